import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_cchc_audit_log_action" AS ENUM('create', 'update', 'submit', 'approve', 'reject', 'publish', 'unpublish', 'archive', 'schedule', 'apply_item', 'delete', 'login', 'login_failed', 'lockout');
  CREATE TYPE "public"."enum_cchc_audit_log_collection" AS ENUM('units', 'cchc-posts', 'cchc-topics', 'cchc-media', 'procedures', 'procedure-announcements', 'procedure-results', 'cchc-reports', 'cchc-rate-limits', 'cchc-audit-log', 'users');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'cchcPurgeExpiredRecords' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'cchcPurgeExpiredRecords' BEFORE 'schedulePublish';
  CREATE TABLE "cchc_rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"hits" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_cchc_audit_log_action" NOT NULL,
  	"collection" "enum_cchc_audit_log_collection",
  	"document_id" varchar,
  	"document_title" varchar,
  	"user_id" varchar,
  	"user_name" varchar,
  	"unit_id" varchar,
  	"unit_name" varchar,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_audit_log_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_rate_limits_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_audit_log_id" integer;
  ALTER TABLE "cchc_audit_log_texts" ADD CONSTRAINT "cchc_audit_log_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cchc_audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "cchc_rate_limits_key_idx" ON "cchc_rate_limits" USING btree ("key");
  CREATE INDEX "cchc_rate_limits_window_start_idx" ON "cchc_rate_limits" USING btree ("window_start");
  CREATE INDEX "cchc_rate_limits_updated_at_idx" ON "cchc_rate_limits" USING btree ("updated_at");
  CREATE INDEX "cchc_rate_limits_created_at_idx" ON "cchc_rate_limits" USING btree ("created_at");
  CREATE INDEX "cchc_audit_log_action_idx" ON "cchc_audit_log" USING btree ("action");
  CREATE INDEX "cchc_audit_log_collection_idx" ON "cchc_audit_log" USING btree ("collection");
  CREATE INDEX "cchc_audit_log_document_id_idx" ON "cchc_audit_log" USING btree ("document_id");
  CREATE INDEX "cchc_audit_log_user_id_idx" ON "cchc_audit_log" USING btree ("user_id");
  CREATE INDEX "cchc_audit_log_updated_at_idx" ON "cchc_audit_log" USING btree ("updated_at");
  CREATE INDEX "cchc_audit_log_created_at_idx" ON "cchc_audit_log" USING btree ("created_at");
  CREATE INDEX "collection_documentId_idx" ON "cchc_audit_log" USING btree ("collection","document_id");
  CREATE INDEX "cchc_audit_log_texts_order_parent" ON "cchc_audit_log_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_rate_limits_fk" FOREIGN KEY ("cchc_rate_limits_id") REFERENCES "public"."cchc_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_audit_log_fk" FOREIGN KEY ("cchc_audit_log_id") REFERENCES "public"."cchc_audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_cchc_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_rate_limits_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_audit_log_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cchc_rate_limits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_audit_log_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "cchc_rate_limits" CASCADE;
  DROP TABLE "cchc_audit_log" CASCADE;
  DROP TABLE "cchc_audit_log_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_rate_limits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_audit_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'cchcApplyDueAnnouncements', 'cchcMarkOverdueReports', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'cchcApplyDueAnnouncements', 'cchcMarkOverdueReports', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_cchc_rate_limits_id_idx";
  DROP INDEX "payload_locked_documents_rels_cchc_audit_log_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_rate_limits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_audit_log_id";
  DROP TYPE "public"."enum_cchc_audit_log_action";
  DROP TYPE "public"."enum_cchc_audit_log_collection";`)
}
