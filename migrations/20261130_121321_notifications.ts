import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_notification_preferences_muted" AS ENUM('postSubmitted', 'postChangesRequested', 'postPublished', 'postScheduledPublished', 'decisionItemsFailed', 'reportSubmitted', 'reportReturned', 'reportAccepted', 'reportDueSoon', 'reportOverdue', 'feedbackAssigned', 'feedbackAnswered', 'feedbackDueSoon', 'feedbackOverdue');
  CREATE TYPE "public"."enum_users_notification_preferences_delivery" AS ENUM('immediate', 'digest');
  CREATE TYPE "public"."enum_cchc_notifications_event" AS ENUM('postSubmitted', 'postChangesRequested', 'postPublished', 'postScheduledPublished', 'decisionItemsFailed', 'reportSubmitted', 'reportReturned', 'reportAccepted', 'reportDueSoon', 'reportOverdue', 'feedbackAssigned', 'feedbackAnswered', 'feedbackDueSoon', 'feedbackOverdue');
  CREATE TYPE "public"."enum_cchc_notifications_email_state" AS ENUM('none', 'queued', 'sent', 'digest', 'kept');
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'cchc-notifications' BEFORE 'users';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'cchcSendNotificationEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'cchcNotificationReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'cchcNotificationDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'cchcSendNotificationEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'cchcNotificationReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'cchcNotificationDigest' BEFORE 'schedulePublish';
  CREATE TABLE "users_notification_preferences_muted" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_notification_preferences_muted",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "cchc_notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"is_read" boolean DEFAULT false,
  	"recipient_id" integer NOT NULL,
  	"event" "enum_cchc_notifications_event" NOT NULL,
  	"item_collection" varchar,
  	"item_id" varchar,
  	"link" varchar,
  	"once_key" varchar,
  	"email_state" "enum_cchc_notifications_email_state" DEFAULT 'none',
  	"emailed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "notification_preferences_email" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "notification_preferences_delivery" "enum_users_notification_preferences_delivery" DEFAULT 'immediate';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_notifications_id" integer;
  ALTER TABLE "users_notification_preferences_muted" ADD CONSTRAINT "users_notification_preferences_muted_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_notifications" ADD CONSTRAINT "cchc_notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_notification_preferences_muted_order_idx" ON "users_notification_preferences_muted" USING btree ("order");
  CREATE INDEX "users_notification_preferences_muted_parent_idx" ON "users_notification_preferences_muted" USING btree ("parent_id");
  CREATE INDEX "cchc_notifications_is_read_idx" ON "cchc_notifications" USING btree ("is_read");
  CREATE INDEX "cchc_notifications_recipient_idx" ON "cchc_notifications" USING btree ("recipient_id");
  CREATE INDEX "cchc_notifications_event_idx" ON "cchc_notifications" USING btree ("event");
  CREATE UNIQUE INDEX "cchc_notifications_once_key_idx" ON "cchc_notifications" USING btree ("once_key");
  CREATE INDEX "cchc_notifications_updated_at_idx" ON "cchc_notifications" USING btree ("updated_at");
  CREATE INDEX "cchc_notifications_created_at_idx" ON "cchc_notifications" USING btree ("created_at");
  CREATE INDEX "recipient_isRead_idx" ON "cchc_notifications" USING btree ("recipient_id","is_read");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_notifications_fk" FOREIGN KEY ("cchc_notifications_id") REFERENCES "public"."cchc_notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_cchc_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_notifications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_notification_preferences_muted" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_notifications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_notification_preferences_muted" CASCADE;
  DROP TABLE "cchc_notifications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_notifications_fk";
  
  ALTER TABLE "cchc_audit_log" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_cchc_audit_log_collection";
  CREATE TYPE "public"."enum_cchc_audit_log_collection" AS ENUM('units', 'cchc-posts', 'cchc-topics', 'cchc-media', 'procedures', 'procedure-announcements', 'procedure-results', 'cchc-reports', 'cchc-rate-limits', 'cchc-audit-log', 'broadcast-slots', 'broadcast-schedules', 'cchc-documents', 'cchc-document-issuers', 'par-criteria-sets', 'par-assessments', 'par-scores', 'cchc-content-versions', 'procedure-lists', 'cchc-visitor-marks', 'cchc-interest-days', 'cchc-ratings', 'cchc-feedback', 'users');
  ALTER TABLE "cchc_audit_log" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_cchc_audit_log_collection" USING "collection"::"public"."enum_cchc_audit_log_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'cchcApplyDueAnnouncements', 'cchcMarkOverdueReports', 'cchcPurgeExpiredRecords', 'cchcFeedbackUpkeep', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'cchcApplyDueAnnouncements', 'cchcMarkOverdueReports', 'cchcPurgeExpiredRecords', 'cchcFeedbackUpkeep', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_cchc_notifications_id_idx";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_email";
  ALTER TABLE "users" DROP COLUMN "notification_preferences_delivery";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_notifications_id";
  DROP TYPE "public"."enum_users_notification_preferences_muted";
  DROP TYPE "public"."enum_users_notification_preferences_delivery";
  DROP TYPE "public"."enum_cchc_notifications_event";
  DROP TYPE "public"."enum_cchc_notifications_email_state";`)
}
