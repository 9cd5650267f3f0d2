import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** The search keys decisions gained (number_key, issuer_key, search_text), for those saved before: as the hook folds them (test/documents.test.ts compares). */
export const decisionSearchKeysBackfill = String.raw`update procedure_announcements set
  number_key = nullif(regexp_replace(btrim(regexp_replace(lower(translate(coalesce(number, ''), 'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ', 'AAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYydD')), '\s+', ' ', 'g')), '[^a-z0-9]', '', 'g'), ''),
  issuer_key = nullif(btrim(regexp_replace(lower(translate(coalesce(issuer, ''), 'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ', 'AAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYydD')), '\s+', ' ', 'g')), ''),
  search_text = btrim(regexp_replace(lower(translate(concat_ws(' ', nullif(number, ''), nullif(summary, ''), nullif(issuer, ''), nullif(signer, '')), 'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ', 'AAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYydD')), '\s+', ' ', 'g'))
where number_key is null or search_text is null`

/**
 * Written by hand (Payload's schema does not declare them; the plugin also runs the indexes and the
 * sequence on start, idempotently): the feedback tracking numbers' sequence, the public reads'
 * partial and trigram indexes (src/db/searchIndexes.ts as of this migration), and the search keys of
 * decisions saved before they existed.
 */
const handWritten = [
  'create sequence if not exists "cchc_feedback_tracking_seq"',
  'create extension if not exists pg_trgm',
  'create index if not exists cchc_documents_search_text_trgm_idx on cchc_documents using gin (search_text gin_trgm_ops)',
  'create index if not exists procedure_announcements_search_text_trgm_idx on procedure_announcements using gin (search_text gin_trgm_ops)',
  "create index if not exists cchc_posts_published_idx on cchc_posts (id) where _status = 'published'",
  "create index if not exists cchc_posts_published_at_published_idx on cchc_posts (published_at desc, id) where _status = 'published'",
  "create index if not exists procedures_published_code_idx on procedures (code, id) where _status = 'published'",
  decisionSearchKeysBackfill,
]

const handWrittenDown = [
  'drop index if exists cchc_documents_search_text_trgm_idx',
  'drop index if exists procedure_announcements_search_text_trgm_idx',
  'drop index if exists cchc_posts_published_idx',
  'drop index if exists cchc_posts_published_at_published_idx',
  'drop index if exists procedures_published_code_idx',
  'drop sequence if exists "cchc_feedback_tracking_seq"',
]

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_broadcast_slots_weekdays" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_broadcast_schedules_items_kind" AS ENUM('post', 'media', 'script');
  CREATE TYPE "public"."enum_broadcast_schedules_items_item_state" AS ENUM('proposed', 'accepted');
  CREATE TYPE "public"."enum_broadcast_schedules_programme_state" AS ENUM('planned', 'aired', 'cancelled');
  CREATE TYPE "public"."enum_cchc_documents_kind" AS ENUM('plan', 'decision', 'dispatch', 'report', 'notice', 'guidance', 'other');
  CREATE TYPE "public"."enum_cchc_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cchc_documents_v_version_kind" AS ENUM('plan', 'decision', 'dispatch', 'report', 'notice', 'guidance', 'other');
  CREATE TYPE "public"."enum__cchc_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_par_assessments_assessment_state" AS ENUM('open', 'submitted', 'appraised');
  CREATE TYPE "public"."enum_par_scores_score_state" AS ENUM('draft', 'submitted', 'accepted', 'returned');
  CREATE TYPE "public"."enum_cchc_feedback_category" AS ENUM('feedback', 'recommendation', 'question');
  CREATE TYPE "public"."enum_cchc_feedback_state" AS ENUM('received', 'routed', 'answered', 'published', 'closed');
  ALTER TYPE "public"."enum_procedure_announcements_items_data_online_level" ADD VALUE 'none';
  ALTER TYPE "public"."enum__procedure_announcements_v_version_items_data_online_level" ADD VALUE 'none';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'broadcast-slots' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'broadcast-schedules' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'cchc-documents' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'cchc-document-issuers' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'par-criteria-sets' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'par-assessments' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'par-scores' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'cchc-content-versions' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'procedure-lists' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'cchc-visitor-marks' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'cchc-interest-days' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'cchc-ratings' BEFORE 'users';
  ALTER TYPE "public"."enum_cchc_audit_log_collection" ADD VALUE 'cchc-feedback' BEFORE 'users';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'cchcFeedbackUpkeep' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'cchcFeedbackUpkeep' BEFORE 'schedulePublish';
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedure_lists_id" integer
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedure_lists_id" integer
  );
  
  CREATE TABLE "pa_items_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"originals" numeric,
  	"copies" numeric
  );
  
  CREATE TABLE "pa_items_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone,
  	"title" varchar,
  	"issuer" varchar
  );
  
  CREATE TABLE "procedure_announcements_failed_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" numeric,
  	"code" varchar,
  	"failed_at" timestamp(3) with time zone,
  	"reason" varchar,
  	"item_id" varchar
  );
  
  CREATE TABLE "procedure_announcements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedure_lists_id" integer
  );
  
  CREATE TABLE "_pa_items_dossier_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"originals" numeric,
  	"copies" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pa_items_basis_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone,
  	"title" varchar,
  	"issuer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedure_announcements_v_version_failed_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" numeric,
  	"code" varchar,
  	"failed_at" timestamp(3) with time zone,
  	"reason" varchar,
  	"item_id" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedure_announcements_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"procedure_lists_id" integer
  );
  
  CREATE TABLE "broadcast_slots_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_broadcast_slots_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "broadcast_slots_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"reason" varchar
  );
  
  CREATE TABLE "broadcast_slots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"start_time" varchar NOT NULL,
  	"end_time" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "broadcast_schedules_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_broadcast_schedules_items_kind" NOT NULL,
  	"title" varchar,
  	"post_id" integer,
  	"media_id" integer,
  	"script" varchar,
  	"unit_id" integer,
  	"seconds" numeric,
  	"item_state" "enum_broadcast_schedules_items_item_state"
  );
  
  CREATE TABLE "broadcast_schedules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slot_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"programme_state" "enum_broadcast_schedules_programme_state" DEFAULT 'planned',
  	"cancel_reason" varchar,
  	"total_seconds" numeric,
  	"slot_seconds" numeric,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"aired_at" timestamp(3) with time zone,
  	"day" varchar,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_document_issuers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_documents_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"title" varchar,
  	"document_id" integer,
  	"number_key" varchar
  );
  
  CREATE TABLE "cchc_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"kind" "enum_cchc_documents_kind",
  	"issuer_id" integer,
  	"signer" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"summary" varchar,
  	"signed_pdf_id" integer,
  	"unit_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"issuer_name" varchar,
  	"number_key" varchar,
  	"issuer_key" varchar,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_cchc_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "cchc_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cchc_media_id" integer,
  	"cchc_posts_id" integer,
  	"procedures_id" integer
  );
  
  CREATE TABLE "_cchc_documents_v_version_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"title" varchar,
  	"document_id" integer,
  	"number_key" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cchc_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_kind" "enum__cchc_documents_v_version_kind",
  	"version_issuer_id" integer,
  	"version_signer" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_signed_pdf_id" integer,
  	"version_unit_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_issuer_name" varchar,
  	"version_number_key" varchar,
  	"version_issuer_key" varchar,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__cchc_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_cchc_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cchc_media_id" integer,
  	"cchc_posts_id" integer,
  	"procedures_id" integer
  );
  
  CREATE TABLE "par_criteria_sets_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"max_score" numeric NOT NULL,
  	"step" numeric,
  	"guidance" varchar,
  	"evidence_required" varchar
  );
  
  CREATE TABLE "par_criteria_sets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"issued_by" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "par_assessments_unit_deadlines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"unit_id" integer NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "par_assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"criteria_set_id" integer NOT NULL,
  	"year" numeric,
  	"assessment_state" "enum_par_assessments_assessment_state" DEFAULT 'open',
  	"result_published" boolean DEFAULT false,
  	"submitted_at" timestamp(3) with time zone,
  	"appraised_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "par_scores_evidence_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "par_scores" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"assessment_id" integer NOT NULL,
  	"criterion_code" varchar NOT NULL,
  	"unit_id" integer,
  	"criterion_name" varchar,
  	"max_score" numeric,
  	"step" numeric,
  	"unique_key" varchar,
  	"score" numeric,
  	"explanation" varchar,
  	"score_state" "enum_par_scores_score_state" DEFAULT 'draft',
  	"return_reason" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_at" timestamp(3) with time zone,
  	"appraisal_score" numeric,
  	"appraisal_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "par_scores_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cchc_media_id" integer,
  	"cchc_posts_id" integer,
  	"procedure_announcements_id" integer
  );
  
  CREATE TABLE "procedure_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar,
  	"decision" varchar,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_content_versions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"version" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_visitor_marks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar NOT NULL,
  	"item_kind" varchar NOT NULL,
  	"item_id" numeric NOT NULL,
  	"day" varchar NOT NULL,
  	"visitor" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_interest_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_kind" varchar NOT NULL,
  	"item_id" numeric NOT NULL,
  	"day" varchar NOT NULL,
  	"views" numeric DEFAULT 0 NOT NULL,
  	"ratings" numeric DEFAULT 0 NOT NULL,
  	"rating_total" numeric DEFAULT 0 NOT NULL,
  	"score1" numeric DEFAULT 0 NOT NULL,
  	"score2" numeric DEFAULT 0 NOT NULL,
  	"score3" numeric DEFAULT 0 NOT NULL,
  	"score4" numeric DEFAULT 0 NOT NULL,
  	"score5" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_ratings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_kind" varchar NOT NULL,
  	"item_id" numeric NOT NULL,
  	"day" varchar NOT NULL,
  	"score" numeric NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar,
  	"category" "enum_cchc_feedback_category" DEFAULT 'feedback' NOT NULL,
  	"subject" varchar NOT NULL,
  	"content" varchar NOT NULL,
  	"procedure_id" integer,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_erased_at" timestamp(3) with time zone,
  	"state" "enum_cchc_feedback_state" DEFAULT 'received',
  	"unit_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"overdue" boolean DEFAULT false,
  	"public_question" varchar,
  	"answer" varchar,
  	"published_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "cchc_media" ADD COLUMN "duration" numeric;
  ALTER TABLE "cchc_posts" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "cchc_posts" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "cchc_posts" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_cchc_posts_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_cchc_posts_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_cchc_posts_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "procedures_history" ADD COLUMN "changed_fields" jsonb;
  ALTER TABLE "procedures" ADD COLUMN "non_territorial" boolean DEFAULT false;
  ALTER TABLE "procedures" ADD COLUMN "interlinked" boolean DEFAULT false;
  ALTER TABLE "procedures" ADD COLUMN "view_count" numeric DEFAULT 0;
  ALTER TABLE "procedures" ADD COLUMN "rating_count" numeric DEFAULT 0;
  ALTER TABLE "procedures" ADD COLUMN "rating_total" numeric DEFAULT 0;
  ALTER TABLE "_procedures_v_version_history" ADD COLUMN "changed_fields" jsonb;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_non_territorial" boolean DEFAULT false;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_interlinked" boolean DEFAULT false;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_view_count" numeric DEFAULT 0;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_rating_count" numeric DEFAULT 0;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_rating_total" numeric DEFAULT 0;
  ALTER TABLE "procedure_announcements_items" ADD COLUMN "data_applicants" varchar;
  ALTER TABLE "procedure_announcements_items" ADD COLUMN "data_steps" varchar;
  ALTER TABLE "procedure_announcements_items" ADD COLUMN "data_non_territorial" boolean;
  ALTER TABLE "procedure_announcements_items" ADD COLUMN "data_interlinked" boolean;
  ALTER TABLE "procedure_announcements" ADD COLUMN "number_key" varchar;
  ALTER TABLE "procedure_announcements" ADD COLUMN "issuer_key" varchar;
  ALTER TABLE "procedure_announcements" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_procedure_announcements_v_version_items" ADD COLUMN "data_applicants" varchar;
  ALTER TABLE "_procedure_announcements_v_version_items" ADD COLUMN "data_steps" varchar;
  ALTER TABLE "_procedure_announcements_v_version_items" ADD COLUMN "data_non_territorial" boolean;
  ALTER TABLE "_procedure_announcements_v_version_items" ADD COLUMN "data_interlinked" boolean;
  ALTER TABLE "_procedure_announcements_v" ADD COLUMN "version_number_key" varchar;
  ALTER TABLE "_procedure_announcements_v" ADD COLUMN "version_issuer_key" varchar;
  ALTER TABLE "_procedure_announcements_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "cchc_reports" ADD COLUMN "figures_radio_minutes" numeric;
  ALTER TABLE "cchc_reports" ADD COLUMN "figures_radio_minutes_override" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "broadcast_slots_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "broadcast_schedules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_document_issuers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "par_criteria_sets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "par_assessments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "par_scores_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procedure_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_content_versions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_visitor_marks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_interest_days_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_ratings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cchc_feedback_id" integer;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_procedure_lists_fk" FOREIGN KEY ("procedure_lists_id") REFERENCES "public"."procedure_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_procedure_lists_fk" FOREIGN KEY ("procedure_lists_id") REFERENCES "public"."procedure_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pa_items_dossier" ADD CONSTRAINT "pa_items_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedure_announcements_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pa_items_basis" ADD CONSTRAINT "pa_items_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedure_announcements_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedure_announcements_failed_items" ADD CONSTRAINT "procedure_announcements_failed_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedure_announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedure_announcements_rels" ADD CONSTRAINT "procedure_announcements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedure_announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedure_announcements_rels" ADD CONSTRAINT "procedure_announcements_rels_procedure_lists_fk" FOREIGN KEY ("procedure_lists_id") REFERENCES "public"."procedure_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pa_items_dossier_v" ADD CONSTRAINT "_pa_items_dossier_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedure_announcements_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pa_items_basis_v" ADD CONSTRAINT "_pa_items_basis_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedure_announcements_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v_version_failed_items" ADD CONSTRAINT "_procedure_announcements_v_version_failed_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedure_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v_rels" ADD CONSTRAINT "_procedure_announcements_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedure_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v_rels" ADD CONSTRAINT "_procedure_announcements_v_rels_procedure_lists_fk" FOREIGN KEY ("procedure_lists_id") REFERENCES "public"."procedure_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_slots_weekdays" ADD CONSTRAINT "broadcast_slots_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."broadcast_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_slots_exceptions" ADD CONSTRAINT "broadcast_slots_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."broadcast_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_items" ADD CONSTRAINT "broadcast_schedules_items_post_id_cchc_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."cchc_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_items" ADD CONSTRAINT "broadcast_schedules_items_media_id_cchc_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_items" ADD CONSTRAINT "broadcast_schedules_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "broadcast_schedules_items" ADD CONSTRAINT "broadcast_schedules_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."broadcast_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "broadcast_schedules" ADD CONSTRAINT "broadcast_schedules_slot_id_broadcast_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."broadcast_slots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_documents_basis" ADD CONSTRAINT "cchc_documents_basis_document_id_cchc_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."cchc_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_documents_basis" ADD CONSTRAINT "cchc_documents_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cchc_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_documents" ADD CONSTRAINT "cchc_documents_issuer_id_cchc_document_issuers_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."cchc_document_issuers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_documents" ADD CONSTRAINT "cchc_documents_signed_pdf_id_cchc_media_id_fk" FOREIGN KEY ("signed_pdf_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_documents" ADD CONSTRAINT "cchc_documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_documents_rels" ADD CONSTRAINT "cchc_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cchc_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_documents_rels" ADD CONSTRAINT "cchc_documents_rels_cchc_media_fk" FOREIGN KEY ("cchc_media_id") REFERENCES "public"."cchc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_documents_rels" ADD CONSTRAINT "cchc_documents_rels_cchc_posts_fk" FOREIGN KEY ("cchc_posts_id") REFERENCES "public"."cchc_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_documents_rels" ADD CONSTRAINT "cchc_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v_version_basis" ADD CONSTRAINT "_cchc_documents_v_version_basis_document_id_cchc_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."cchc_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v_version_basis" ADD CONSTRAINT "_cchc_documents_v_version_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cchc_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v" ADD CONSTRAINT "_cchc_documents_v_parent_id_cchc_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cchc_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v" ADD CONSTRAINT "_cchc_documents_v_version_issuer_id_cchc_document_issuers_id_fk" FOREIGN KEY ("version_issuer_id") REFERENCES "public"."cchc_document_issuers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v" ADD CONSTRAINT "_cchc_documents_v_version_signed_pdf_id_cchc_media_id_fk" FOREIGN KEY ("version_signed_pdf_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v" ADD CONSTRAINT "_cchc_documents_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v_rels" ADD CONSTRAINT "_cchc_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cchc_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v_rels" ADD CONSTRAINT "_cchc_documents_v_rels_cchc_media_fk" FOREIGN KEY ("cchc_media_id") REFERENCES "public"."cchc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v_rels" ADD CONSTRAINT "_cchc_documents_v_rels_cchc_posts_fk" FOREIGN KEY ("cchc_posts_id") REFERENCES "public"."cchc_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_documents_v_rels" ADD CONSTRAINT "_cchc_documents_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "par_criteria_sets_criteria" ADD CONSTRAINT "par_criteria_sets_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."par_criteria_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "par_assessments_unit_deadlines" ADD CONSTRAINT "par_assessments_unit_deadlines_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "par_assessments_unit_deadlines" ADD CONSTRAINT "par_assessments_unit_deadlines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."par_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "par_assessments" ADD CONSTRAINT "par_assessments_criteria_set_id_par_criteria_sets_id_fk" FOREIGN KEY ("criteria_set_id") REFERENCES "public"."par_criteria_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "par_scores_evidence_links" ADD CONSTRAINT "par_scores_evidence_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."par_scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "par_scores" ADD CONSTRAINT "par_scores_assessment_id_par_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."par_assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "par_scores" ADD CONSTRAINT "par_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "par_scores_rels" ADD CONSTRAINT "par_scores_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."par_scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "par_scores_rels" ADD CONSTRAINT "par_scores_rels_cchc_media_fk" FOREIGN KEY ("cchc_media_id") REFERENCES "public"."cchc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "par_scores_rels" ADD CONSTRAINT "par_scores_rels_cchc_posts_fk" FOREIGN KEY ("cchc_posts_id") REFERENCES "public"."cchc_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "par_scores_rels" ADD CONSTRAINT "par_scores_rels_procedure_announcements_fk" FOREIGN KEY ("procedure_announcements_id") REFERENCES "public"."procedure_announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_feedback" ADD CONSTRAINT "cchc_feedback_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_feedback" ADD CONSTRAINT "cchc_feedback_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_procedure_lists_id_idx" ON "procedures_rels" USING btree ("procedure_lists_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_procedure_lists_id_idx" ON "_procedures_v_rels" USING btree ("procedure_lists_id");
  CREATE INDEX "pa_items_dossier_order_idx" ON "pa_items_dossier" USING btree ("_order");
  CREATE INDEX "pa_items_dossier_parent_id_idx" ON "pa_items_dossier" USING btree ("_parent_id");
  CREATE INDEX "pa_items_basis_order_idx" ON "pa_items_basis" USING btree ("_order");
  CREATE INDEX "pa_items_basis_parent_id_idx" ON "pa_items_basis" USING btree ("_parent_id");
  CREATE INDEX "procedure_announcements_failed_items_order_idx" ON "procedure_announcements_failed_items" USING btree ("_order");
  CREATE INDEX "procedure_announcements_failed_items_parent_id_idx" ON "procedure_announcements_failed_items" USING btree ("_parent_id");
  CREATE INDEX "procedure_announcements_rels_order_idx" ON "procedure_announcements_rels" USING btree ("order");
  CREATE INDEX "procedure_announcements_rels_parent_idx" ON "procedure_announcements_rels" USING btree ("parent_id");
  CREATE INDEX "procedure_announcements_rels_path_idx" ON "procedure_announcements_rels" USING btree ("path");
  CREATE INDEX "procedure_announcements_rels_procedure_lists_id_idx" ON "procedure_announcements_rels" USING btree ("procedure_lists_id");
  CREATE INDEX "_pa_items_dossier_v_order_idx" ON "_pa_items_dossier_v" USING btree ("_order");
  CREATE INDEX "_pa_items_dossier_v_parent_id_idx" ON "_pa_items_dossier_v" USING btree ("_parent_id");
  CREATE INDEX "_pa_items_basis_v_order_idx" ON "_pa_items_basis_v" USING btree ("_order");
  CREATE INDEX "_pa_items_basis_v_parent_id_idx" ON "_pa_items_basis_v" USING btree ("_parent_id");
  CREATE INDEX "_procedure_announcements_v_version_failed_items_order_idx" ON "_procedure_announcements_v_version_failed_items" USING btree ("_order");
  CREATE INDEX "_procedure_announcements_v_version_failed_items_parent_id_idx" ON "_procedure_announcements_v_version_failed_items" USING btree ("_parent_id");
  CREATE INDEX "_procedure_announcements_v_rels_order_idx" ON "_procedure_announcements_v_rels" USING btree ("order");
  CREATE INDEX "_procedure_announcements_v_rels_parent_idx" ON "_procedure_announcements_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedure_announcements_v_rels_path_idx" ON "_procedure_announcements_v_rels" USING btree ("path");
  CREATE INDEX "_procedure_announcements_v_rels_procedure_lists_id_idx" ON "_procedure_announcements_v_rels" USING btree ("procedure_lists_id");
  CREATE INDEX "broadcast_slots_weekdays_order_idx" ON "broadcast_slots_weekdays" USING btree ("order");
  CREATE INDEX "broadcast_slots_weekdays_parent_idx" ON "broadcast_slots_weekdays" USING btree ("parent_id");
  CREATE INDEX "broadcast_slots_exceptions_order_idx" ON "broadcast_slots_exceptions" USING btree ("_order");
  CREATE INDEX "broadcast_slots_exceptions_parent_id_idx" ON "broadcast_slots_exceptions" USING btree ("_parent_id");
  CREATE INDEX "broadcast_slots_start_time_idx" ON "broadcast_slots" USING btree ("start_time");
  CREATE INDEX "broadcast_slots_active_idx" ON "broadcast_slots" USING btree ("active");
  CREATE INDEX "broadcast_slots_updated_at_idx" ON "broadcast_slots" USING btree ("updated_at");
  CREATE INDEX "broadcast_slots_created_at_idx" ON "broadcast_slots" USING btree ("created_at");
  CREATE INDEX "broadcast_schedules_items_order_idx" ON "broadcast_schedules_items" USING btree ("_order");
  CREATE INDEX "broadcast_schedules_items_parent_id_idx" ON "broadcast_schedules_items" USING btree ("_parent_id");
  CREATE INDEX "broadcast_schedules_items_post_idx" ON "broadcast_schedules_items" USING btree ("post_id");
  CREATE INDEX "broadcast_schedules_items_media_idx" ON "broadcast_schedules_items" USING btree ("media_id");
  CREATE INDEX "broadcast_schedules_items_unit_idx" ON "broadcast_schedules_items" USING btree ("unit_id");
  CREATE INDEX "broadcast_schedules_slot_idx" ON "broadcast_schedules" USING btree ("slot_id");
  CREATE INDEX "broadcast_schedules_programme_state_idx" ON "broadcast_schedules" USING btree ("programme_state");
  CREATE INDEX "broadcast_schedules_starts_at_idx" ON "broadcast_schedules" USING btree ("starts_at");
  CREATE INDEX "broadcast_schedules_day_idx" ON "broadcast_schedules" USING btree ("day");
  CREATE UNIQUE INDEX "broadcast_schedules_unique_key_idx" ON "broadcast_schedules" USING btree ("unique_key");
  CREATE INDEX "broadcast_schedules_updated_at_idx" ON "broadcast_schedules" USING btree ("updated_at");
  CREATE INDEX "broadcast_schedules_created_at_idx" ON "broadcast_schedules" USING btree ("created_at");
  CREATE UNIQUE INDEX "cchc_document_issuers_name_idx" ON "cchc_document_issuers" USING btree ("name");
  CREATE INDEX "cchc_document_issuers_order_idx" ON "cchc_document_issuers" USING btree ("order");
  CREATE INDEX "cchc_document_issuers_updated_at_idx" ON "cchc_document_issuers" USING btree ("updated_at");
  CREATE INDEX "cchc_document_issuers_created_at_idx" ON "cchc_document_issuers" USING btree ("created_at");
  CREATE INDEX "cchc_documents_basis_order_idx" ON "cchc_documents_basis" USING btree ("_order");
  CREATE INDEX "cchc_documents_basis_parent_id_idx" ON "cchc_documents_basis" USING btree ("_parent_id");
  CREATE INDEX "cchc_documents_basis_document_idx" ON "cchc_documents_basis" USING btree ("document_id");
  CREATE INDEX "cchc_documents_basis_number_key_idx" ON "cchc_documents_basis" USING btree ("number_key");
  CREATE INDEX "cchc_documents_number_idx" ON "cchc_documents" USING btree ("number");
  CREATE INDEX "cchc_documents_kind_idx" ON "cchc_documents" USING btree ("kind");
  CREATE INDEX "cchc_documents_issuer_idx" ON "cchc_documents" USING btree ("issuer_id");
  CREATE INDEX "cchc_documents_issued_at_idx" ON "cchc_documents" USING btree ("issued_at");
  CREATE INDEX "cchc_documents_signed_pdf_idx" ON "cchc_documents" USING btree ("signed_pdf_id");
  CREATE INDEX "cchc_documents_unit_idx" ON "cchc_documents" USING btree ("unit_id");
  CREATE INDEX "cchc_documents_published_at_idx" ON "cchc_documents" USING btree ("published_at");
  CREATE INDEX "cchc_documents_number_key_idx" ON "cchc_documents" USING btree ("number_key");
  CREATE INDEX "cchc_documents_issuer_key_idx" ON "cchc_documents" USING btree ("issuer_key");
  CREATE INDEX "cchc_documents_search_text_idx" ON "cchc_documents" USING btree ("search_text");
  CREATE INDEX "cchc_documents_updated_at_idx" ON "cchc_documents" USING btree ("updated_at");
  CREATE INDEX "cchc_documents_created_at_idx" ON "cchc_documents" USING btree ("created_at");
  CREATE INDEX "cchc_documents__status_idx" ON "cchc_documents" USING btree ("_status");
  CREATE INDEX "cchc_documents_rels_order_idx" ON "cchc_documents_rels" USING btree ("order");
  CREATE INDEX "cchc_documents_rels_parent_idx" ON "cchc_documents_rels" USING btree ("parent_id");
  CREATE INDEX "cchc_documents_rels_path_idx" ON "cchc_documents_rels" USING btree ("path");
  CREATE INDEX "cchc_documents_rels_cchc_media_id_idx" ON "cchc_documents_rels" USING btree ("cchc_media_id");
  CREATE INDEX "cchc_documents_rels_cchc_posts_id_idx" ON "cchc_documents_rels" USING btree ("cchc_posts_id");
  CREATE INDEX "cchc_documents_rels_procedures_id_idx" ON "cchc_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "_cchc_documents_v_version_basis_order_idx" ON "_cchc_documents_v_version_basis" USING btree ("_order");
  CREATE INDEX "_cchc_documents_v_version_basis_parent_id_idx" ON "_cchc_documents_v_version_basis" USING btree ("_parent_id");
  CREATE INDEX "_cchc_documents_v_version_basis_document_idx" ON "_cchc_documents_v_version_basis" USING btree ("document_id");
  CREATE INDEX "_cchc_documents_v_version_basis_number_key_idx" ON "_cchc_documents_v_version_basis" USING btree ("number_key");
  CREATE INDEX "_cchc_documents_v_parent_idx" ON "_cchc_documents_v" USING btree ("parent_id");
  CREATE INDEX "_cchc_documents_v_version_version_number_idx" ON "_cchc_documents_v" USING btree ("version_number");
  CREATE INDEX "_cchc_documents_v_version_version_kind_idx" ON "_cchc_documents_v" USING btree ("version_kind");
  CREATE INDEX "_cchc_documents_v_version_version_issuer_idx" ON "_cchc_documents_v" USING btree ("version_issuer_id");
  CREATE INDEX "_cchc_documents_v_version_version_issued_at_idx" ON "_cchc_documents_v" USING btree ("version_issued_at");
  CREATE INDEX "_cchc_documents_v_version_version_signed_pdf_idx" ON "_cchc_documents_v" USING btree ("version_signed_pdf_id");
  CREATE INDEX "_cchc_documents_v_version_version_unit_idx" ON "_cchc_documents_v" USING btree ("version_unit_id");
  CREATE INDEX "_cchc_documents_v_version_version_published_at_idx" ON "_cchc_documents_v" USING btree ("version_published_at");
  CREATE INDEX "_cchc_documents_v_version_version_number_key_idx" ON "_cchc_documents_v" USING btree ("version_number_key");
  CREATE INDEX "_cchc_documents_v_version_version_issuer_key_idx" ON "_cchc_documents_v" USING btree ("version_issuer_key");
  CREATE INDEX "_cchc_documents_v_version_version_search_text_idx" ON "_cchc_documents_v" USING btree ("version_search_text");
  CREATE INDEX "_cchc_documents_v_version_version_updated_at_idx" ON "_cchc_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_cchc_documents_v_version_version_created_at_idx" ON "_cchc_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_cchc_documents_v_version_version__status_idx" ON "_cchc_documents_v" USING btree ("version__status");
  CREATE INDEX "_cchc_documents_v_created_at_idx" ON "_cchc_documents_v" USING btree ("created_at");
  CREATE INDEX "_cchc_documents_v_updated_at_idx" ON "_cchc_documents_v" USING btree ("updated_at");
  CREATE INDEX "_cchc_documents_v_latest_idx" ON "_cchc_documents_v" USING btree ("latest");
  CREATE INDEX "_cchc_documents_v_rels_order_idx" ON "_cchc_documents_v_rels" USING btree ("order");
  CREATE INDEX "_cchc_documents_v_rels_parent_idx" ON "_cchc_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_cchc_documents_v_rels_path_idx" ON "_cchc_documents_v_rels" USING btree ("path");
  CREATE INDEX "_cchc_documents_v_rels_cchc_media_id_idx" ON "_cchc_documents_v_rels" USING btree ("cchc_media_id");
  CREATE INDEX "_cchc_documents_v_rels_cchc_posts_id_idx" ON "_cchc_documents_v_rels" USING btree ("cchc_posts_id");
  CREATE INDEX "_cchc_documents_v_rels_procedures_id_idx" ON "_cchc_documents_v_rels" USING btree ("procedures_id");
  CREATE INDEX "par_criteria_sets_criteria_order_idx" ON "par_criteria_sets_criteria" USING btree ("_order");
  CREATE INDEX "par_criteria_sets_criteria_parent_id_idx" ON "par_criteria_sets_criteria" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "par_criteria_sets_year_idx" ON "par_criteria_sets" USING btree ("year");
  CREATE INDEX "par_criteria_sets_updated_at_idx" ON "par_criteria_sets" USING btree ("updated_at");
  CREATE INDEX "par_criteria_sets_created_at_idx" ON "par_criteria_sets" USING btree ("created_at");
  CREATE INDEX "par_assessments_unit_deadlines_order_idx" ON "par_assessments_unit_deadlines" USING btree ("_order");
  CREATE INDEX "par_assessments_unit_deadlines_parent_id_idx" ON "par_assessments_unit_deadlines" USING btree ("_parent_id");
  CREATE INDEX "par_assessments_unit_deadlines_unit_idx" ON "par_assessments_unit_deadlines" USING btree ("unit_id");
  CREATE INDEX "par_assessments_criteria_set_idx" ON "par_assessments" USING btree ("criteria_set_id");
  CREATE UNIQUE INDEX "par_assessments_year_idx" ON "par_assessments" USING btree ("year");
  CREATE INDEX "par_assessments_assessment_state_idx" ON "par_assessments" USING btree ("assessment_state");
  CREATE INDEX "par_assessments_result_published_idx" ON "par_assessments" USING btree ("result_published");
  CREATE INDEX "par_assessments_updated_at_idx" ON "par_assessments" USING btree ("updated_at");
  CREATE INDEX "par_assessments_created_at_idx" ON "par_assessments" USING btree ("created_at");
  CREATE INDEX "par_scores_evidence_links_order_idx" ON "par_scores_evidence_links" USING btree ("_order");
  CREATE INDEX "par_scores_evidence_links_parent_id_idx" ON "par_scores_evidence_links" USING btree ("_parent_id");
  CREATE INDEX "par_scores_assessment_idx" ON "par_scores" USING btree ("assessment_id");
  CREATE INDEX "par_scores_criterion_code_idx" ON "par_scores" USING btree ("criterion_code");
  CREATE INDEX "par_scores_unit_idx" ON "par_scores" USING btree ("unit_id");
  CREATE UNIQUE INDEX "par_scores_unique_key_idx" ON "par_scores" USING btree ("unique_key");
  CREATE INDEX "par_scores_score_state_idx" ON "par_scores" USING btree ("score_state");
  CREATE INDEX "par_scores_updated_at_idx" ON "par_scores" USING btree ("updated_at");
  CREATE INDEX "par_scores_created_at_idx" ON "par_scores" USING btree ("created_at");
  CREATE INDEX "par_scores_rels_order_idx" ON "par_scores_rels" USING btree ("order");
  CREATE INDEX "par_scores_rels_parent_idx" ON "par_scores_rels" USING btree ("parent_id");
  CREATE INDEX "par_scores_rels_path_idx" ON "par_scores_rels" USING btree ("path");
  CREATE INDEX "par_scores_rels_cchc_media_id_idx" ON "par_scores_rels" USING btree ("cchc_media_id");
  CREATE INDEX "par_scores_rels_cchc_posts_id_idx" ON "par_scores_rels" USING btree ("cchc_posts_id");
  CREATE INDEX "par_scores_rels_procedure_announcements_id_idx" ON "par_scores_rels" USING btree ("procedure_announcements_id");
  CREATE UNIQUE INDEX "procedure_lists_name_idx" ON "procedure_lists" USING btree ("name");
  CREATE UNIQUE INDEX "procedure_lists_slug_idx" ON "procedure_lists" USING btree ("slug");
  CREATE INDEX "procedure_lists_order_idx" ON "procedure_lists" USING btree ("order");
  CREATE INDEX "procedure_lists_updated_at_idx" ON "procedure_lists" USING btree ("updated_at");
  CREATE INDEX "procedure_lists_created_at_idx" ON "procedure_lists" USING btree ("created_at");
  CREATE UNIQUE INDEX "cchc_content_versions_key_idx" ON "cchc_content_versions" USING btree ("key");
  CREATE INDEX "cchc_content_versions_updated_at_idx" ON "cchc_content_versions" USING btree ("updated_at");
  CREATE INDEX "cchc_content_versions_created_at_idx" ON "cchc_content_versions" USING btree ("created_at");
  CREATE INDEX "cchc_visitor_marks_day_idx" ON "cchc_visitor_marks" USING btree ("day");
  CREATE INDEX "cchc_visitor_marks_updated_at_idx" ON "cchc_visitor_marks" USING btree ("updated_at");
  CREATE INDEX "cchc_visitor_marks_created_at_idx" ON "cchc_visitor_marks" USING btree ("created_at");
  CREATE UNIQUE INDEX "action_itemKind_itemId_day_visitor_idx" ON "cchc_visitor_marks" USING btree ("action","item_kind","item_id","day","visitor");
  CREATE INDEX "cchc_interest_days_updated_at_idx" ON "cchc_interest_days" USING btree ("updated_at");
  CREATE INDEX "cchc_interest_days_created_at_idx" ON "cchc_interest_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "itemKind_itemId_day_idx" ON "cchc_interest_days" USING btree ("item_kind","item_id","day");
  CREATE INDEX "day_itemKind_idx" ON "cchc_interest_days" USING btree ("day","item_kind");
  CREATE INDEX "cchc_ratings_day_idx" ON "cchc_ratings" USING btree ("day");
  CREATE INDEX "cchc_ratings_updated_at_idx" ON "cchc_ratings" USING btree ("updated_at");
  CREATE INDEX "cchc_ratings_created_at_idx" ON "cchc_ratings" USING btree ("created_at");
  CREATE INDEX "itemKind_itemId_idx" ON "cchc_ratings" USING btree ("item_kind","item_id");
  CREATE UNIQUE INDEX "cchc_feedback_tracking_code_idx" ON "cchc_feedback" USING btree ("tracking_code");
  CREATE INDEX "cchc_feedback_procedure_idx" ON "cchc_feedback" USING btree ("procedure_id");
  CREATE INDEX "cchc_feedback_state_idx" ON "cchc_feedback" USING btree ("state");
  CREATE INDEX "cchc_feedback_unit_idx" ON "cchc_feedback" USING btree ("unit_id");
  CREATE INDEX "cchc_feedback_due_date_idx" ON "cchc_feedback" USING btree ("due_date");
  CREATE INDEX "cchc_feedback_overdue_idx" ON "cchc_feedback" USING btree ("overdue");
  CREATE INDEX "cchc_feedback_published_at_idx" ON "cchc_feedback" USING btree ("published_at");
  CREATE INDEX "cchc_feedback_finished_at_idx" ON "cchc_feedback" USING btree ("finished_at");
  CREATE INDEX "cchc_feedback_updated_at_idx" ON "cchc_feedback" USING btree ("updated_at");
  CREATE INDEX "cchc_feedback_created_at_idx" ON "cchc_feedback" USING btree ("created_at");
  CREATE INDEX "state_dueDate_idx" ON "cchc_feedback" USING btree ("state","due_date");
  ALTER TABLE "cchc_posts" ADD CONSTRAINT "cchc_posts_meta_image_id_cchc_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v" ADD CONSTRAINT "_cchc_posts_v_version_meta_image_id_cchc_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_broadcast_slots_fk" FOREIGN KEY ("broadcast_slots_id") REFERENCES "public"."broadcast_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_broadcast_schedules_fk" FOREIGN KEY ("broadcast_schedules_id") REFERENCES "public"."broadcast_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_document_issuers_fk" FOREIGN KEY ("cchc_document_issuers_id") REFERENCES "public"."cchc_document_issuers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_documents_fk" FOREIGN KEY ("cchc_documents_id") REFERENCES "public"."cchc_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_par_criteria_sets_fk" FOREIGN KEY ("par_criteria_sets_id") REFERENCES "public"."par_criteria_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_par_assessments_fk" FOREIGN KEY ("par_assessments_id") REFERENCES "public"."par_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_par_scores_fk" FOREIGN KEY ("par_scores_id") REFERENCES "public"."par_scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedure_lists_fk" FOREIGN KEY ("procedure_lists_id") REFERENCES "public"."procedure_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_content_versions_fk" FOREIGN KEY ("cchc_content_versions_id") REFERENCES "public"."cchc_content_versions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_visitor_marks_fk" FOREIGN KEY ("cchc_visitor_marks_id") REFERENCES "public"."cchc_visitor_marks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_interest_days_fk" FOREIGN KEY ("cchc_interest_days_id") REFERENCES "public"."cchc_interest_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_ratings_fk" FOREIGN KEY ("cchc_ratings_id") REFERENCES "public"."cchc_ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_feedback_fk" FOREIGN KEY ("cchc_feedback_id") REFERENCES "public"."cchc_feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "cchc_posts_meta_meta_image_idx" ON "cchc_posts" USING btree ("meta_image_id");
  CREATE INDEX "_cchc_posts_v_version_meta_version_meta_image_idx" ON "_cchc_posts_v" USING btree ("version_meta_image_id");
  CREATE INDEX "procedures_non_territorial_idx" ON "procedures" USING btree ("non_territorial");
  CREATE INDEX "procedures_interlinked_idx" ON "procedures" USING btree ("interlinked");
  CREATE INDEX "_procedures_v_version_version_non_territorial_idx" ON "_procedures_v" USING btree ("version_non_territorial");
  CREATE INDEX "_procedures_v_version_version_interlinked_idx" ON "_procedures_v" USING btree ("version_interlinked");
  CREATE INDEX "procedure_announcements_number_key_idx" ON "procedure_announcements" USING btree ("number_key");
  CREATE INDEX "procedure_announcements_issuer_key_idx" ON "procedure_announcements" USING btree ("issuer_key");
  CREATE INDEX "procedure_announcements_search_text_idx" ON "procedure_announcements" USING btree ("search_text");
  CREATE INDEX "_procedure_announcements_v_version_version_number_key_idx" ON "_procedure_announcements_v" USING btree ("version_number_key");
  CREATE INDEX "_procedure_announcements_v_version_version_issuer_key_idx" ON "_procedure_announcements_v" USING btree ("version_issuer_key");
  CREATE INDEX "_procedure_announcements_v_version_version_search_text_idx" ON "_procedure_announcements_v" USING btree ("version_search_text");
  CREATE INDEX "payload_locked_documents_rels_broadcast_slots_id_idx" ON "payload_locked_documents_rels" USING btree ("broadcast_slots_id");
  CREATE INDEX "payload_locked_documents_rels_broadcast_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("broadcast_schedules_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_document_issuers_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_document_issuers_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_documents_id");
  CREATE INDEX "payload_locked_documents_rels_par_criteria_sets_id_idx" ON "payload_locked_documents_rels" USING btree ("par_criteria_sets_id");
  CREATE INDEX "payload_locked_documents_rels_par_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("par_assessments_id");
  CREATE INDEX "payload_locked_documents_rels_par_scores_id_idx" ON "payload_locked_documents_rels" USING btree ("par_scores_id");
  CREATE INDEX "payload_locked_documents_rels_procedure_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("procedure_lists_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_content_versions_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_content_versions_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_visitor_marks_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_visitor_marks_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_interest_days_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_interest_days_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_ratings_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_ratings_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_feedback_id");`)
  for (const statement of handWritten) await db.execute(sql.raw(statement))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  for (const statement of handWrittenDown) await db.execute(sql.raw(statement))
  await db.execute(sql`
   ALTER TABLE "procedures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pa_items_dossier" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pa_items_basis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedure_announcements_failed_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedure_announcements_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pa_items_dossier_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pa_items_basis_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedure_announcements_v_version_failed_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedure_announcements_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_slots_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_slots_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_schedules_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "broadcast_schedules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_document_issuers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_documents_basis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cchc_documents_v_version_basis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cchc_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_cchc_documents_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "par_criteria_sets_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "par_criteria_sets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "par_assessments_unit_deadlines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "par_assessments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "par_scores_evidence_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "par_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "par_scores_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedure_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_content_versions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_visitor_marks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_interest_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_ratings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cchc_feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP TABLE "pa_items_dossier" CASCADE;
  DROP TABLE "pa_items_basis" CASCADE;
  DROP TABLE "procedure_announcements_failed_items" CASCADE;
  DROP TABLE "procedure_announcements_rels" CASCADE;
  DROP TABLE "_pa_items_dossier_v" CASCADE;
  DROP TABLE "_pa_items_basis_v" CASCADE;
  DROP TABLE "_procedure_announcements_v_version_failed_items" CASCADE;
  DROP TABLE "_procedure_announcements_v_rels" CASCADE;
  DROP TABLE "broadcast_slots_weekdays" CASCADE;
  DROP TABLE "broadcast_slots_exceptions" CASCADE;
  DROP TABLE "broadcast_slots" CASCADE;
  DROP TABLE "broadcast_schedules_items" CASCADE;
  DROP TABLE "broadcast_schedules" CASCADE;
  DROP TABLE "cchc_document_issuers" CASCADE;
  DROP TABLE "cchc_documents_basis" CASCADE;
  DROP TABLE "cchc_documents" CASCADE;
  DROP TABLE "cchc_documents_rels" CASCADE;
  DROP TABLE "_cchc_documents_v_version_basis" CASCADE;
  DROP TABLE "_cchc_documents_v" CASCADE;
  DROP TABLE "_cchc_documents_v_rels" CASCADE;
  DROP TABLE "par_criteria_sets_criteria" CASCADE;
  DROP TABLE "par_criteria_sets" CASCADE;
  DROP TABLE "par_assessments_unit_deadlines" CASCADE;
  DROP TABLE "par_assessments" CASCADE;
  DROP TABLE "par_scores_evidence_links" CASCADE;
  DROP TABLE "par_scores" CASCADE;
  DROP TABLE "par_scores_rels" CASCADE;
  DROP TABLE "procedure_lists" CASCADE;
  DROP TABLE "cchc_content_versions" CASCADE;
  DROP TABLE "cchc_visitor_marks" CASCADE;
  DROP TABLE "cchc_interest_days" CASCADE;
  DROP TABLE "cchc_ratings" CASCADE;
  DROP TABLE "cchc_feedback" CASCADE;
  ALTER TABLE "cchc_posts" DROP CONSTRAINT "cchc_posts_meta_image_id_cchc_media_id_fk";
  
  ALTER TABLE "_cchc_posts_v" DROP CONSTRAINT "_cchc_posts_v_version_meta_image_id_cchc_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_broadcast_slots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_broadcast_schedules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_document_issuers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_par_criteria_sets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_par_assessments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_par_scores_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procedure_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_content_versions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_visitor_marks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_interest_days_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_ratings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cchc_feedback_fk";
  
  ALTER TABLE "procedure_announcements_items" ALTER COLUMN "data_online_level" SET DATA TYPE text;
  DROP TYPE "public"."enum_procedure_announcements_items_data_online_level";
  CREATE TYPE "public"."enum_procedure_announcements_items_data_online_level" AS ENUM('toan_trinh', 'mot_phan');
  ALTER TABLE "procedure_announcements_items" ALTER COLUMN "data_online_level" SET DATA TYPE "public"."enum_procedure_announcements_items_data_online_level" USING "data_online_level"::"public"."enum_procedure_announcements_items_data_online_level";
  ALTER TABLE "_procedure_announcements_v_version_items" ALTER COLUMN "data_online_level" SET DATA TYPE text;
  DROP TYPE "public"."enum__procedure_announcements_v_version_items_data_online_level";
  CREATE TYPE "public"."enum__procedure_announcements_v_version_items_data_online_level" AS ENUM('toan_trinh', 'mot_phan');
  ALTER TABLE "_procedure_announcements_v_version_items" ALTER COLUMN "data_online_level" SET DATA TYPE "public"."enum__procedure_announcements_v_version_items_data_online_level" USING "data_online_level"::"public"."enum__procedure_announcements_v_version_items_data_online_level";
  ALTER TABLE "cchc_audit_log" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_cchc_audit_log_collection";
  CREATE TYPE "public"."enum_cchc_audit_log_collection" AS ENUM('units', 'cchc-posts', 'cchc-topics', 'cchc-media', 'procedures', 'procedure-announcements', 'procedure-results', 'cchc-reports', 'cchc-rate-limits', 'cchc-audit-log', 'users');
  ALTER TABLE "cchc_audit_log" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_cchc_audit_log_collection" USING "collection"::"public"."enum_cchc_audit_log_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'cchcApplyDueAnnouncements', 'cchcMarkOverdueReports', 'cchcPurgeExpiredRecords', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'cchcApplyDueAnnouncements', 'cchcMarkOverdueReports', 'cchcPurgeExpiredRecords', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "cchc_posts_meta_meta_image_idx";
  DROP INDEX "_cchc_posts_v_version_meta_version_meta_image_idx";
  DROP INDEX "procedures_non_territorial_idx";
  DROP INDEX "procedures_interlinked_idx";
  DROP INDEX "_procedures_v_version_version_non_territorial_idx";
  DROP INDEX "_procedures_v_version_version_interlinked_idx";
  DROP INDEX "procedure_announcements_number_key_idx";
  DROP INDEX "procedure_announcements_issuer_key_idx";
  DROP INDEX "procedure_announcements_search_text_idx";
  DROP INDEX "_procedure_announcements_v_version_version_number_key_idx";
  DROP INDEX "_procedure_announcements_v_version_version_issuer_key_idx";
  DROP INDEX "_procedure_announcements_v_version_version_search_text_idx";
  DROP INDEX "payload_locked_documents_rels_broadcast_slots_id_idx";
  DROP INDEX "payload_locked_documents_rels_broadcast_schedules_id_idx";
  DROP INDEX "payload_locked_documents_rels_cchc_document_issuers_id_idx";
  DROP INDEX "payload_locked_documents_rels_cchc_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_par_criteria_sets_id_idx";
  DROP INDEX "payload_locked_documents_rels_par_assessments_id_idx";
  DROP INDEX "payload_locked_documents_rels_par_scores_id_idx";
  DROP INDEX "payload_locked_documents_rels_procedure_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_cchc_content_versions_id_idx";
  DROP INDEX "payload_locked_documents_rels_cchc_visitor_marks_id_idx";
  DROP INDEX "payload_locked_documents_rels_cchc_interest_days_id_idx";
  DROP INDEX "payload_locked_documents_rels_cchc_ratings_id_idx";
  DROP INDEX "payload_locked_documents_rels_cchc_feedback_id_idx";
  ALTER TABLE "cchc_media" DROP COLUMN "duration";
  ALTER TABLE "cchc_posts" DROP COLUMN "meta_title";
  ALTER TABLE "cchc_posts" DROP COLUMN "meta_description";
  ALTER TABLE "cchc_posts" DROP COLUMN "meta_image_id";
  ALTER TABLE "_cchc_posts_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_cchc_posts_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_cchc_posts_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "procedures_history" DROP COLUMN "changed_fields";
  ALTER TABLE "procedures" DROP COLUMN "non_territorial";
  ALTER TABLE "procedures" DROP COLUMN "interlinked";
  ALTER TABLE "procedures" DROP COLUMN "view_count";
  ALTER TABLE "procedures" DROP COLUMN "rating_count";
  ALTER TABLE "procedures" DROP COLUMN "rating_total";
  ALTER TABLE "_procedures_v_version_history" DROP COLUMN "changed_fields";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_non_territorial";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_interlinked";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_view_count";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_rating_count";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_rating_total";
  ALTER TABLE "procedure_announcements_items" DROP COLUMN "data_applicants";
  ALTER TABLE "procedure_announcements_items" DROP COLUMN "data_steps";
  ALTER TABLE "procedure_announcements_items" DROP COLUMN "data_non_territorial";
  ALTER TABLE "procedure_announcements_items" DROP COLUMN "data_interlinked";
  ALTER TABLE "procedure_announcements" DROP COLUMN "number_key";
  ALTER TABLE "procedure_announcements" DROP COLUMN "issuer_key";
  ALTER TABLE "procedure_announcements" DROP COLUMN "search_text";
  ALTER TABLE "_procedure_announcements_v_version_items" DROP COLUMN "data_applicants";
  ALTER TABLE "_procedure_announcements_v_version_items" DROP COLUMN "data_steps";
  ALTER TABLE "_procedure_announcements_v_version_items" DROP COLUMN "data_non_territorial";
  ALTER TABLE "_procedure_announcements_v_version_items" DROP COLUMN "data_interlinked";
  ALTER TABLE "_procedure_announcements_v" DROP COLUMN "version_number_key";
  ALTER TABLE "_procedure_announcements_v" DROP COLUMN "version_issuer_key";
  ALTER TABLE "_procedure_announcements_v" DROP COLUMN "version_search_text";
  ALTER TABLE "cchc_reports" DROP COLUMN "figures_radio_minutes";
  ALTER TABLE "cchc_reports" DROP COLUMN "figures_radio_minutes_override";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "broadcast_slots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "broadcast_schedules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_document_issuers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "par_criteria_sets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "par_assessments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "par_scores_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procedure_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_content_versions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_visitor_marks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_interest_days_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_ratings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cchc_feedback_id";
  DROP TYPE "public"."enum_broadcast_slots_weekdays";
  DROP TYPE "public"."enum_broadcast_schedules_items_kind";
  DROP TYPE "public"."enum_broadcast_schedules_items_item_state";
  DROP TYPE "public"."enum_broadcast_schedules_programme_state";
  DROP TYPE "public"."enum_cchc_documents_kind";
  DROP TYPE "public"."enum_cchc_documents_status";
  DROP TYPE "public"."enum__cchc_documents_v_version_kind";
  DROP TYPE "public"."enum__cchc_documents_v_version_status";
  DROP TYPE "public"."enum_par_assessments_assessment_state";
  DROP TYPE "public"."enum_par_scores_score_state";
  DROP TYPE "public"."enum_cchc_feedback_category";
  DROP TYPE "public"."enum_cchc_feedback_state";`)
}
