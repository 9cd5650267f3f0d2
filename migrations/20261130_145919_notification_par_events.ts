import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_notification_preferences_muted" ADD VALUE 'parCriterionAssigned';
  ALTER TYPE "public"."enum_users_notification_preferences_muted" ADD VALUE 'parCriterionReturned';
  ALTER TYPE "public"."enum_cchc_notifications_event" ADD VALUE 'parCriterionAssigned';
  ALTER TYPE "public"."enum_cchc_notifications_event" ADD VALUE 'parCriterionReturned';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_notification_preferences_muted" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_notification_preferences_muted";
  CREATE TYPE "public"."enum_users_notification_preferences_muted" AS ENUM('postSubmitted', 'postChangesRequested', 'postPublished', 'postScheduledPublished', 'decisionItemsFailed', 'reportSubmitted', 'reportReturned', 'reportAccepted', 'reportDueSoon', 'reportOverdue', 'feedbackAssigned', 'feedbackAnswered', 'feedbackDueSoon', 'feedbackOverdue');
  ALTER TABLE "users_notification_preferences_muted" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_notification_preferences_muted" USING "value"::"public"."enum_users_notification_preferences_muted";
  ALTER TABLE "cchc_notifications" ALTER COLUMN "event" SET DATA TYPE text;
  DROP TYPE "public"."enum_cchc_notifications_event";
  CREATE TYPE "public"."enum_cchc_notifications_event" AS ENUM('postSubmitted', 'postChangesRequested', 'postPublished', 'postScheduledPublished', 'decisionItemsFailed', 'reportSubmitted', 'reportReturned', 'reportAccepted', 'reportDueSoon', 'reportOverdue', 'feedbackAssigned', 'feedbackAnswered', 'feedbackDueSoon', 'feedbackOverdue');
  ALTER TABLE "cchc_notifications" ALTER COLUMN "event" SET DATA TYPE "public"."enum_cchc_notifications_event" USING "event"::"public"."enum_cchc_notifications_event";`)
}
