import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_units_kind" AS ENUM('center', 'department', 'office', 'front');
  CREATE TYPE "public"."enum_units_access_level" AS ENUM('editor', 'contributor');
  CREATE TYPE "public"."enum_cchc_posts_format" AS ENUM('article', 'photo', 'video', 'audio');
  CREATE TYPE "public"."enum_cchc_posts_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum_cchc_posts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cchc_posts_v_version_format" AS ENUM('article', 'photo', 'video', 'audio');
  CREATE TYPE "public"."enum__cchc_posts_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'archived');
  CREATE TYPE "public"."enum__cchc_posts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_procedures_channels_kind" AS ENUM('in_person', 'online', 'postal');
  CREATE TYPE "public"."enum_procedures_history_kind" AS ENUM('new', 'amended', 'replaced', 'repealed');
  CREATE TYPE "public"."enum_procedures_level" AS ENUM('commune', 'district', 'province', 'central');
  CREATE TYPE "public"."enum_procedures_online_level" AS ENUM('toan_trinh', 'mot_phan');
  CREATE TYPE "public"."enum_procedures_standing" AS ENUM('active', 'amended', 'repealed');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_channels_kind" AS ENUM('in_person', 'online', 'postal');
  CREATE TYPE "public"."enum__procedures_v_version_history_kind" AS ENUM('new', 'amended', 'replaced', 'repealed');
  CREATE TYPE "public"."enum__procedures_v_version_level" AS ENUM('commune', 'district', 'province', 'central');
  CREATE TYPE "public"."enum__procedures_v_version_online_level" AS ENUM('toan_trinh', 'mot_phan');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_procedure_announcements_items_data_channels" AS ENUM('in_person', 'online', 'postal');
  CREATE TYPE "public"."enum_procedure_announcements_items_kind" AS ENUM('new', 'amended', 'replaced', 'repealed');
  CREATE TYPE "public"."enum_procedure_announcements_items_data_level" AS ENUM('commune', 'district', 'province', 'central');
  CREATE TYPE "public"."enum_procedure_announcements_items_data_online_level" AS ENUM('toan_trinh', 'mot_phan');
  CREATE TYPE "public"."enum_procedure_announcements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedure_announcements_v_version_items_data_channels" AS ENUM('in_person', 'online', 'postal');
  CREATE TYPE "public"."enum__procedure_announcements_v_version_items_kind" AS ENUM('new', 'amended', 'replaced', 'repealed');
  CREATE TYPE "public"."enum__procedure_announcements_v_version_items_data_level" AS ENUM('commune', 'district', 'province', 'central');
  CREATE TYPE "public"."enum__procedure_announcements_v_version_items_data_online_level" AS ENUM('toan_trinh', 'mot_phan');
  CREATE TYPE "public"."enum__procedure_announcements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_procedure_results_period_kind" AS ENUM('month', 'quarter', 'half_year', 'year', 'ad_hoc');
  CREATE TYPE "public"."enum_procedure_results_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedure_results_v_version_period_kind" AS ENUM('month', 'quarter', 'half_year', 'year', 'ad_hoc');
  CREATE TYPE "public"."enum__procedure_results_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_cchc_reports_period_kind" AS ENUM('month', 'quarter', 'half_year', 'year', 'ad_hoc');
  CREATE TYPE "public"."enum_cchc_reports_report_state" AS ENUM('draft', 'submitted', 'accepted', 'returned');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'cchcApplyDueAnnouncements', 'cchcMarkOverdueReports', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'cchcApplyDueAnnouncements', 'cchcMarkOverdueReports', 'schedulePublish');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"unit_id" integer,
  	"is_system_admin" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"short_name" varchar NOT NULL,
  	"kind" "enum_units_kind" DEFAULT 'department' NOT NULL,
  	"access_level" "enum_units_access_level" DEFAULT 'contributor' NOT NULL,
  	"is_coordinator" boolean DEFAULT false,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"credit" varchar,
  	"unit_id" integer,
  	"internal" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_mobile_url" varchar,
  	"sizes_mobile_width" numeric,
  	"sizes_mobile_height" numeric,
  	"sizes_mobile_mime_type" varchar,
  	"sizes_mobile_filesize" numeric,
  	"sizes_mobile_filename" varchar,
  	"sizes_tablet_url" varchar,
  	"sizes_tablet_width" numeric,
  	"sizes_tablet_height" numeric,
  	"sizes_tablet_mime_type" varchar,
  	"sizes_tablet_filesize" numeric,
  	"sizes_tablet_filename" varchar,
  	"sizes_desktop_url" varchar,
  	"sizes_desktop_width" numeric,
  	"sizes_desktop_height" numeric,
  	"sizes_desktop_mime_type" varchar,
  	"sizes_desktop_filesize" numeric,
  	"sizes_desktop_filename" varchar
  );
  
  CREATE TABLE "cchc_topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"excerpt" varchar,
  	"format" "enum_cchc_posts_format" DEFAULT 'article',
  	"cover_image_id" integer,
  	"content" jsonb,
  	"video_file_id" integer,
  	"video_url" varchar,
  	"audio_file_id" integer,
  	"transcript" varchar,
  	"unit_id" integer,
  	"author_id" integer,
  	"author_name" varchar,
  	"byline" varchar,
  	"featured" boolean DEFAULT false,
  	"workflow_state" "enum_cchc_posts_workflow_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"published_at" timestamp(3) with time zone,
  	"search_text" varchar,
  	"view_count" numeric DEFAULT 0,
  	"rating_count" numeric DEFAULT 0,
  	"rating_total" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_cchc_posts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "cchc_posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cchc_media_id" integer,
  	"cchc_topics_id" integer,
  	"procedures_id" integer
  );
  
  CREATE TABLE "_cchc_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_excerpt" varchar,
  	"version_format" "enum__cchc_posts_v_version_format" DEFAULT 'article',
  	"version_cover_image_id" integer,
  	"version_content" jsonb,
  	"version_video_file_id" integer,
  	"version_video_url" varchar,
  	"version_audio_file_id" integer,
  	"version_transcript" varchar,
  	"version_unit_id" integer,
  	"version_author_id" integer,
  	"version_author_name" varchar,
  	"version_byline" varchar,
  	"version_featured" boolean DEFAULT false,
  	"version_workflow_state" "enum__cchc_posts_v_version_workflow_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_search_text" varchar,
  	"version_view_count" numeric DEFAULT 0,
  	"version_rating_count" numeric DEFAULT 0,
  	"version_rating_total" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__cchc_posts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_cchc_posts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cchc_media_id" integer,
  	"cchc_topics_id" integer,
  	"procedures_id" integer
  );
  
  CREATE TABLE "procedures_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_procedures_channels_kind",
  	"processing_time" varchar,
  	"fees" varchar
  );
  
  CREATE TABLE "procedures_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"originals" numeric DEFAULT 1,
  	"copies" numeric DEFAULT 0,
  	"form_id" integer
  );
  
  CREATE TABLE "procedures_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone,
  	"title" varchar,
  	"issuer" varchar
  );
  
  CREATE TABLE "procedures_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_procedures_history_kind",
  	"effective_date" timestamp(3) with time zone,
  	"announcement_id" integer,
  	"changes" varchar,
  	"related_code" varchar,
  	"item_id" varchar,
  	"applied_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"full_code" varchar,
  	"name" varchar,
  	"sector" varchar,
  	"level" "enum_procedures_level",
  	"agency" varchar,
  	"online_level" "enum_procedures_online_level",
  	"partial_reason" varchar,
  	"requirements" varchar,
  	"result" varchar,
  	"portal_url" varchar,
  	"applicants" varchar,
  	"steps" varchar,
  	"status" "enum_procedures_standing" DEFAULT 'active',
  	"replaced_by_id" integer,
  	"unit_id" integer,
  	"search_text" varchar,
  	"sector_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procedures_v_version_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__procedures_v_version_channels_kind",
  	"processing_time" varchar,
  	"fees" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"originals" numeric DEFAULT 1,
  	"copies" numeric DEFAULT 0,
  	"form_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"date" timestamp(3) with time zone,
  	"title" varchar,
  	"issuer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__procedures_v_version_history_kind",
  	"effective_date" timestamp(3) with time zone,
  	"announcement_id" integer,
  	"changes" varchar,
  	"related_code" varchar,
  	"item_id" varchar,
  	"applied_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_full_code" varchar,
  	"version_name" varchar,
  	"version_sector" varchar,
  	"version_level" "enum__procedures_v_version_level",
  	"version_agency" varchar,
  	"version_online_level" "enum__procedures_v_version_online_level",
  	"version_partial_reason" varchar,
  	"version_requirements" varchar,
  	"version_result" varchar,
  	"version_portal_url" varchar,
  	"version_applicants" varchar,
  	"version_steps" varchar,
  	"version_status" "enum_procedures_standing" DEFAULT 'active',
  	"version_replaced_by_id" integer,
  	"version_unit_id" integer,
  	"version_search_text" varchar,
  	"version_sector_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "procedure_announcements_items_data_channels" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_procedure_announcements_items_data_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedure_announcements_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_procedure_announcements_items_kind",
  	"code" varchar,
  	"replacement_code" varchar,
  	"effective_date" timestamp(3) with time zone,
  	"full_code" varchar,
  	"changes" varchar,
  	"data_name" varchar,
  	"data_sector" varchar,
  	"data_level" "enum_procedure_announcements_items_data_level",
  	"data_agency" varchar,
  	"data_online_level" "enum_procedure_announcements_items_data_online_level",
  	"data_partial_reason" varchar,
  	"data_requirements" varchar,
  	"data_result" varchar,
  	"data_portal_url" varchar,
  	"data_processing_time" varchar,
  	"data_fees" varchar
  );
  
  CREATE TABLE "procedure_announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"issuer" varchar DEFAULT 'UBND thành phố Hải Phòng',
  	"signer" varchar,
  	"signed_at" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"summary" varchar,
  	"signed_pdf_id" integer,
  	"body" jsonb,
  	"unit_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"applied_items" jsonb,
  	"pending_from" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedure_announcements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procedure_announcements_v_version_items_data_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedure_announcements_v_version_items_data_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedure_announcements_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__procedure_announcements_v_version_items_kind",
  	"code" varchar,
  	"replacement_code" varchar,
  	"effective_date" timestamp(3) with time zone,
  	"full_code" varchar,
  	"changes" varchar,
  	"data_name" varchar,
  	"data_sector" varchar,
  	"data_level" "enum__procedure_announcements_v_version_items_data_level",
  	"data_agency" varchar,
  	"data_online_level" "enum__procedure_announcements_v_version_items_data_online_level",
  	"data_partial_reason" varchar,
  	"data_requirements" varchar,
  	"data_result" varchar,
  	"data_portal_url" varchar,
  	"data_processing_time" varchar,
  	"data_fees" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedure_announcements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_issuer" varchar DEFAULT 'UBND thành phố Hải Phòng',
  	"version_signer" varchar,
  	"version_signed_at" timestamp(3) with time zone,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_signed_pdf_id" integer,
  	"version_body" jsonb,
  	"version_unit_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_applied_items" jsonb,
  	"version_pending_from" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedure_announcements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "procedure_results" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"unit_id" integer,
  	"period_kind" "enum_procedure_results_period_kind" DEFAULT 'quarter',
  	"year" numeric,
  	"period_number" numeric,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"period_key" varchar,
  	"sector" varchar,
  	"carried_over" numeric,
  	"received" numeric,
  	"received_online" numeric,
  	"received_in_person" numeric,
  	"resolved_before_deadline" numeric,
  	"resolved_on_time" numeric,
  	"resolved_late" numeric,
  	"resolved" numeric,
  	"in_progress_within_deadline" numeric,
  	"in_progress_overdue" numeric,
  	"in_progress" numeric,
  	"with_fee" numeric,
  	"paid_online" numeric,
  	"digitised" numeric,
  	"on_time_rate" numeric,
  	"online_share" numeric,
  	"online_payment_share" numeric,
  	"digitised_share" numeric,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedure_results_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procedure_results_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_unit_id" integer,
  	"version_period_kind" "enum__procedure_results_v_version_period_kind" DEFAULT 'quarter',
  	"version_year" numeric,
  	"version_period_number" numeric,
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_period_key" varchar,
  	"version_sector" varchar,
  	"version_carried_over" numeric,
  	"version_received" numeric,
  	"version_received_online" numeric,
  	"version_received_in_person" numeric,
  	"version_resolved_before_deadline" numeric,
  	"version_resolved_on_time" numeric,
  	"version_resolved_late" numeric,
  	"version_resolved" numeric,
  	"version_in_progress_within_deadline" numeric,
  	"version_in_progress_overdue" numeric,
  	"version_in_progress" numeric,
  	"version_with_fee" numeric,
  	"version_paid_online" numeric,
  	"version_digitised" numeric,
  	"version_on_time_rate" numeric,
  	"version_online_share" numeric,
  	"version_online_payment_share" numeric,
  	"version_digitised_share" numeric,
  	"version_unique_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedure_results_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "cchc_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"unit_id" integer NOT NULL,
  	"period_kind" "enum_cchc_reports_period_kind" DEFAULT 'quarter' NOT NULL,
  	"year" numeric NOT NULL,
  	"period_number" numeric,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"period_key" varchar,
  	"report_state" "enum_cchc_reports_report_state" DEFAULT 'draft',
  	"return_reason" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_at" timestamp(3) with time zone,
  	"late" boolean DEFAULT false,
  	"overdue" boolean DEFAULT false,
  	"narrative" jsonb,
  	"figures_articles" numeric,
  	"figures_articles_override" numeric,
  	"figures_photo_stories" numeric,
  	"figures_photo_stories_override" numeric,
  	"figures_videos" numeric,
  	"figures_videos_override" numeric,
  	"figures_audios" numeric,
  	"figures_audios_override" numeric,
  	"figures_posts_total" numeric,
  	"figures_posts_total_override" numeric,
  	"figures_views" numeric,
  	"figures_views_override" numeric,
  	"figures_announcements" numeric,
  	"figures_announcements_override" numeric,
  	"figures_radio_items" numeric,
  	"figures_radio_items_override" numeric,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cchc_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cchc_media_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"units_id" integer,
  	"cchc_media_id" integer,
  	"cchc_topics_id" integer,
  	"cchc_posts_id" integer,
  	"procedures_id" integer,
  	"procedure_announcements_id" integer,
  	"procedure_results_id" integer,
  	"cchc_reports_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_media" ADD CONSTRAINT "cchc_media_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_posts" ADD CONSTRAINT "cchc_posts_cover_image_id_cchc_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_posts" ADD CONSTRAINT "cchc_posts_video_file_id_cchc_media_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_posts" ADD CONSTRAINT "cchc_posts_audio_file_id_cchc_media_id_fk" FOREIGN KEY ("audio_file_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_posts" ADD CONSTRAINT "cchc_posts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_posts" ADD CONSTRAINT "cchc_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_posts_rels" ADD CONSTRAINT "cchc_posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cchc_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_posts_rels" ADD CONSTRAINT "cchc_posts_rels_cchc_media_fk" FOREIGN KEY ("cchc_media_id") REFERENCES "public"."cchc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_posts_rels" ADD CONSTRAINT "cchc_posts_rels_cchc_topics_fk" FOREIGN KEY ("cchc_topics_id") REFERENCES "public"."cchc_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_posts_rels" ADD CONSTRAINT "cchc_posts_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v" ADD CONSTRAINT "_cchc_posts_v_parent_id_cchc_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cchc_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v" ADD CONSTRAINT "_cchc_posts_v_version_cover_image_id_cchc_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v" ADD CONSTRAINT "_cchc_posts_v_version_video_file_id_cchc_media_id_fk" FOREIGN KEY ("version_video_file_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v" ADD CONSTRAINT "_cchc_posts_v_version_audio_file_id_cchc_media_id_fk" FOREIGN KEY ("version_audio_file_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v" ADD CONSTRAINT "_cchc_posts_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v" ADD CONSTRAINT "_cchc_posts_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v_rels" ADD CONSTRAINT "_cchc_posts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cchc_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v_rels" ADD CONSTRAINT "_cchc_posts_v_rels_cchc_media_fk" FOREIGN KEY ("cchc_media_id") REFERENCES "public"."cchc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v_rels" ADD CONSTRAINT "_cchc_posts_v_rels_cchc_topics_fk" FOREIGN KEY ("cchc_topics_id") REFERENCES "public"."cchc_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cchc_posts_v_rels" ADD CONSTRAINT "_cchc_posts_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_channels" ADD CONSTRAINT "procedures_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier" ADD CONSTRAINT "procedures_dossier_form_id_cchc_media_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_dossier" ADD CONSTRAINT "procedures_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_legal_basis" ADD CONSTRAINT "procedures_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_history" ADD CONSTRAINT "procedures_history_announcement_id_procedure_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."procedure_announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_history" ADD CONSTRAINT "procedures_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_replaced_by_id_procedures_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_channels" ADD CONSTRAINT "_procedures_v_version_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier" ADD CONSTRAINT "_procedures_v_version_dossier_form_id_cchc_media_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier" ADD CONSTRAINT "_procedures_v_version_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_legal_basis" ADD CONSTRAINT "_procedures_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_history" ADD CONSTRAINT "_procedures_v_version_history_announcement_id_procedure_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."procedure_announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_history" ADD CONSTRAINT "_procedures_v_version_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_replaced_by_id_procedures_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_announcements_items_data_channels" ADD CONSTRAINT "procedure_announcements_items_data_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedure_announcements_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedure_announcements_items" ADD CONSTRAINT "procedure_announcements_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedure_announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedure_announcements" ADD CONSTRAINT "procedure_announcements_signed_pdf_id_cchc_media_id_fk" FOREIGN KEY ("signed_pdf_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_announcements" ADD CONSTRAINT "procedure_announcements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v_version_items_data_channels" ADD CONSTRAINT "_procedure_announcements_v_version_items_data_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedure_announcements_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v_version_items" ADD CONSTRAINT "_procedure_announcements_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedure_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v" ADD CONSTRAINT "_procedure_announcements_v_parent_id_procedure_announcements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedure_announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v" ADD CONSTRAINT "_procedure_announcements_v_version_signed_pdf_id_cchc_media_id_fk" FOREIGN KEY ("version_signed_pdf_id") REFERENCES "public"."cchc_media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v" ADD CONSTRAINT "_procedure_announcements_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_results" ADD CONSTRAINT "procedure_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_results_v" ADD CONSTRAINT "_procedure_results_v_parent_id_procedure_results_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedure_results"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_results_v" ADD CONSTRAINT "_procedure_results_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_reports" ADD CONSTRAINT "cchc_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cchc_reports_rels" ADD CONSTRAINT "cchc_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cchc_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cchc_reports_rels" ADD CONSTRAINT "cchc_reports_rels_cchc_media_fk" FOREIGN KEY ("cchc_media_id") REFERENCES "public"."cchc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_media_fk" FOREIGN KEY ("cchc_media_id") REFERENCES "public"."cchc_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_topics_fk" FOREIGN KEY ("cchc_topics_id") REFERENCES "public"."cchc_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_posts_fk" FOREIGN KEY ("cchc_posts_id") REFERENCES "public"."cchc_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedure_announcements_fk" FOREIGN KEY ("procedure_announcements_id") REFERENCES "public"."procedure_announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedure_results_fk" FOREIGN KEY ("procedure_results_id") REFERENCES "public"."procedure_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cchc_reports_fk" FOREIGN KEY ("cchc_reports_id") REFERENCES "public"."cchc_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE INDEX "units_active_idx" ON "units" USING btree ("active");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "cchc_media_unit_idx" ON "cchc_media" USING btree ("unit_id");
  CREATE INDEX "cchc_media_internal_idx" ON "cchc_media" USING btree ("internal");
  CREATE INDEX "cchc_media_updated_at_idx" ON "cchc_media" USING btree ("updated_at");
  CREATE INDEX "cchc_media_created_at_idx" ON "cchc_media" USING btree ("created_at");
  CREATE UNIQUE INDEX "cchc_media_filename_idx" ON "cchc_media" USING btree ("filename");
  CREATE INDEX "cchc_media_sizes_mobile_sizes_mobile_filename_idx" ON "cchc_media" USING btree ("sizes_mobile_filename");
  CREATE INDEX "cchc_media_sizes_tablet_sizes_tablet_filename_idx" ON "cchc_media" USING btree ("sizes_tablet_filename");
  CREATE INDEX "cchc_media_sizes_desktop_sizes_desktop_filename_idx" ON "cchc_media" USING btree ("sizes_desktop_filename");
  CREATE UNIQUE INDEX "cchc_topics_slug_idx" ON "cchc_topics" USING btree ("slug");
  CREATE INDEX "cchc_topics_order_idx" ON "cchc_topics" USING btree ("order");
  CREATE INDEX "cchc_topics_updated_at_idx" ON "cchc_topics" USING btree ("updated_at");
  CREATE INDEX "cchc_topics_created_at_idx" ON "cchc_topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "cchc_posts_slug_idx" ON "cchc_posts" USING btree ("slug");
  CREATE INDEX "cchc_posts_format_idx" ON "cchc_posts" USING btree ("format");
  CREATE INDEX "cchc_posts_cover_image_idx" ON "cchc_posts" USING btree ("cover_image_id");
  CREATE INDEX "cchc_posts_video_file_idx" ON "cchc_posts" USING btree ("video_file_id");
  CREATE INDEX "cchc_posts_audio_file_idx" ON "cchc_posts" USING btree ("audio_file_id");
  CREATE INDEX "cchc_posts_unit_idx" ON "cchc_posts" USING btree ("unit_id");
  CREATE INDEX "cchc_posts_author_idx" ON "cchc_posts" USING btree ("author_id");
  CREATE INDEX "cchc_posts_featured_idx" ON "cchc_posts" USING btree ("featured");
  CREATE INDEX "cchc_posts_workflow_state_idx" ON "cchc_posts" USING btree ("workflow_state");
  CREATE INDEX "cchc_posts_published_at_idx" ON "cchc_posts" USING btree ("published_at");
  CREATE INDEX "cchc_posts_search_text_idx" ON "cchc_posts" USING btree ("search_text");
  CREATE INDEX "cchc_posts_updated_at_idx" ON "cchc_posts" USING btree ("updated_at");
  CREATE INDEX "cchc_posts_created_at_idx" ON "cchc_posts" USING btree ("created_at");
  CREATE INDEX "cchc_posts__status_idx" ON "cchc_posts" USING btree ("_status");
  CREATE INDEX "_status_publishedAt_idx" ON "cchc_posts" USING btree ("_status","published_at");
  CREATE INDEX "cchc_posts_rels_order_idx" ON "cchc_posts_rels" USING btree ("order");
  CREATE INDEX "cchc_posts_rels_parent_idx" ON "cchc_posts_rels" USING btree ("parent_id");
  CREATE INDEX "cchc_posts_rels_path_idx" ON "cchc_posts_rels" USING btree ("path");
  CREATE INDEX "cchc_posts_rels_cchc_media_id_idx" ON "cchc_posts_rels" USING btree ("cchc_media_id");
  CREATE INDEX "cchc_posts_rels_cchc_topics_id_idx" ON "cchc_posts_rels" USING btree ("cchc_topics_id");
  CREATE INDEX "cchc_posts_rels_procedures_id_idx" ON "cchc_posts_rels" USING btree ("procedures_id");
  CREATE INDEX "_cchc_posts_v_parent_idx" ON "_cchc_posts_v" USING btree ("parent_id");
  CREATE INDEX "_cchc_posts_v_version_version_slug_idx" ON "_cchc_posts_v" USING btree ("version_slug");
  CREATE INDEX "_cchc_posts_v_version_version_format_idx" ON "_cchc_posts_v" USING btree ("version_format");
  CREATE INDEX "_cchc_posts_v_version_version_cover_image_idx" ON "_cchc_posts_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_cchc_posts_v_version_version_video_file_idx" ON "_cchc_posts_v" USING btree ("version_video_file_id");
  CREATE INDEX "_cchc_posts_v_version_version_audio_file_idx" ON "_cchc_posts_v" USING btree ("version_audio_file_id");
  CREATE INDEX "_cchc_posts_v_version_version_unit_idx" ON "_cchc_posts_v" USING btree ("version_unit_id");
  CREATE INDEX "_cchc_posts_v_version_version_author_idx" ON "_cchc_posts_v" USING btree ("version_author_id");
  CREATE INDEX "_cchc_posts_v_version_version_featured_idx" ON "_cchc_posts_v" USING btree ("version_featured");
  CREATE INDEX "_cchc_posts_v_version_version_workflow_state_idx" ON "_cchc_posts_v" USING btree ("version_workflow_state");
  CREATE INDEX "_cchc_posts_v_version_version_published_at_idx" ON "_cchc_posts_v" USING btree ("version_published_at");
  CREATE INDEX "_cchc_posts_v_version_version_search_text_idx" ON "_cchc_posts_v" USING btree ("version_search_text");
  CREATE INDEX "_cchc_posts_v_version_version_updated_at_idx" ON "_cchc_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_cchc_posts_v_version_version_created_at_idx" ON "_cchc_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_cchc_posts_v_version_version__status_idx" ON "_cchc_posts_v" USING btree ("version__status");
  CREATE INDEX "_cchc_posts_v_created_at_idx" ON "_cchc_posts_v" USING btree ("created_at");
  CREATE INDEX "_cchc_posts_v_updated_at_idx" ON "_cchc_posts_v" USING btree ("updated_at");
  CREATE INDEX "_cchc_posts_v_latest_idx" ON "_cchc_posts_v" USING btree ("latest");
  CREATE INDEX "_cchc_posts_v_autosave_idx" ON "_cchc_posts_v" USING btree ("autosave");
  CREATE INDEX "version__status_version_publishedAt_idx" ON "_cchc_posts_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "_cchc_posts_v_rels_order_idx" ON "_cchc_posts_v_rels" USING btree ("order");
  CREATE INDEX "_cchc_posts_v_rels_parent_idx" ON "_cchc_posts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_cchc_posts_v_rels_path_idx" ON "_cchc_posts_v_rels" USING btree ("path");
  CREATE INDEX "_cchc_posts_v_rels_cchc_media_id_idx" ON "_cchc_posts_v_rels" USING btree ("cchc_media_id");
  CREATE INDEX "_cchc_posts_v_rels_cchc_topics_id_idx" ON "_cchc_posts_v_rels" USING btree ("cchc_topics_id");
  CREATE INDEX "_cchc_posts_v_rels_procedures_id_idx" ON "_cchc_posts_v_rels" USING btree ("procedures_id");
  CREATE INDEX "procedures_channels_order_idx" ON "procedures_channels" USING btree ("_order");
  CREATE INDEX "procedures_channels_parent_id_idx" ON "procedures_channels" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_order_idx" ON "procedures_dossier" USING btree ("_order");
  CREATE INDEX "procedures_dossier_parent_id_idx" ON "procedures_dossier" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_form_idx" ON "procedures_dossier" USING btree ("form_id");
  CREATE INDEX "procedures_legal_basis_order_idx" ON "procedures_legal_basis" USING btree ("_order");
  CREATE INDEX "procedures_legal_basis_parent_id_idx" ON "procedures_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "procedures_history_order_idx" ON "procedures_history" USING btree ("_order");
  CREATE INDEX "procedures_history_parent_id_idx" ON "procedures_history" USING btree ("_parent_id");
  CREATE INDEX "procedures_history_effective_date_idx" ON "procedures_history" USING btree ("effective_date");
  CREATE INDEX "procedures_history_announcement_idx" ON "procedures_history" USING btree ("announcement_id");
  CREATE INDEX "procedures_history_item_id_idx" ON "procedures_history" USING btree ("item_id");
  CREATE UNIQUE INDEX "procedures_code_idx" ON "procedures" USING btree ("code");
  CREATE INDEX "procedures_sector_idx" ON "procedures" USING btree ("sector");
  CREATE INDEX "procedures_online_level_idx" ON "procedures" USING btree ("online_level");
  CREATE INDEX "procedures_status_idx" ON "procedures" USING btree ("status");
  CREATE INDEX "procedures_replaced_by_idx" ON "procedures" USING btree ("replaced_by_id");
  CREATE INDEX "procedures_unit_idx" ON "procedures" USING btree ("unit_id");
  CREATE INDEX "procedures_search_text_idx" ON "procedures" USING btree ("search_text");
  CREATE INDEX "procedures_sector_key_idx" ON "procedures" USING btree ("sector_key");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE INDEX "_procedures_v_version_channels_order_idx" ON "_procedures_v_version_channels" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_channels_parent_id_idx" ON "_procedures_v_version_channels" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_order_idx" ON "_procedures_v_version_dossier" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_dossier_parent_id_idx" ON "_procedures_v_version_dossier" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_form_idx" ON "_procedures_v_version_dossier" USING btree ("form_id");
  CREATE INDEX "_procedures_v_version_legal_basis_order_idx" ON "_procedures_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_legal_basis_parent_id_idx" ON "_procedures_v_version_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_history_order_idx" ON "_procedures_v_version_history" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_history_parent_id_idx" ON "_procedures_v_version_history" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_history_effective_date_idx" ON "_procedures_v_version_history" USING btree ("effective_date");
  CREATE INDEX "_procedures_v_version_history_announcement_idx" ON "_procedures_v_version_history" USING btree ("announcement_id");
  CREATE INDEX "_procedures_v_version_history_item_id_idx" ON "_procedures_v_version_history" USING btree ("item_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_code_idx" ON "_procedures_v" USING btree ("version_code");
  CREATE INDEX "_procedures_v_version_version_sector_idx" ON "_procedures_v" USING btree ("version_sector");
  CREATE INDEX "_procedures_v_version_version_online_level_idx" ON "_procedures_v" USING btree ("version_online_level");
  CREATE INDEX "_procedures_v_version_version_status_idx" ON "_procedures_v" USING btree ("version_status");
  CREATE INDEX "_procedures_v_version_version_replaced_by_idx" ON "_procedures_v" USING btree ("version_replaced_by_id");
  CREATE INDEX "_procedures_v_version_version_unit_idx" ON "_procedures_v" USING btree ("version_unit_id");
  CREATE INDEX "_procedures_v_version_version_search_text_idx" ON "_procedures_v" USING btree ("version_search_text");
  CREATE INDEX "_procedures_v_version_version_sector_key_idx" ON "_procedures_v" USING btree ("version_sector_key");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE INDEX "procedure_announcements_items_data_channels_order_idx" ON "procedure_announcements_items_data_channels" USING btree ("order");
  CREATE INDEX "procedure_announcements_items_data_channels_parent_idx" ON "procedure_announcements_items_data_channels" USING btree ("parent_id");
  CREATE INDEX "procedure_announcements_items_order_idx" ON "procedure_announcements_items" USING btree ("_order");
  CREATE INDEX "procedure_announcements_items_parent_id_idx" ON "procedure_announcements_items" USING btree ("_parent_id");
  CREATE INDEX "procedure_announcements_number_idx" ON "procedure_announcements" USING btree ("number");
  CREATE INDEX "procedure_announcements_signed_at_idx" ON "procedure_announcements" USING btree ("signed_at");
  CREATE INDEX "procedure_announcements_signed_pdf_idx" ON "procedure_announcements" USING btree ("signed_pdf_id");
  CREATE INDEX "procedure_announcements_unit_idx" ON "procedure_announcements" USING btree ("unit_id");
  CREATE INDEX "procedure_announcements_published_at_idx" ON "procedure_announcements" USING btree ("published_at");
  CREATE INDEX "procedure_announcements_pending_from_idx" ON "procedure_announcements" USING btree ("pending_from");
  CREATE INDEX "procedure_announcements_updated_at_idx" ON "procedure_announcements" USING btree ("updated_at");
  CREATE INDEX "procedure_announcements_created_at_idx" ON "procedure_announcements" USING btree ("created_at");
  CREATE INDEX "procedure_announcements__status_idx" ON "procedure_announcements" USING btree ("_status");
  CREATE INDEX "_procedure_announcements_v_version_items_data_channels_order_idx" ON "_procedure_announcements_v_version_items_data_channels" USING btree ("order");
  CREATE INDEX "_procedure_announcements_v_version_items_data_channels_parent_idx" ON "_procedure_announcements_v_version_items_data_channels" USING btree ("parent_id");
  CREATE INDEX "_procedure_announcements_v_version_items_order_idx" ON "_procedure_announcements_v_version_items" USING btree ("_order");
  CREATE INDEX "_procedure_announcements_v_version_items_parent_id_idx" ON "_procedure_announcements_v_version_items" USING btree ("_parent_id");
  CREATE INDEX "_procedure_announcements_v_parent_idx" ON "_procedure_announcements_v" USING btree ("parent_id");
  CREATE INDEX "_procedure_announcements_v_version_version_number_idx" ON "_procedure_announcements_v" USING btree ("version_number");
  CREATE INDEX "_procedure_announcements_v_version_version_signed_at_idx" ON "_procedure_announcements_v" USING btree ("version_signed_at");
  CREATE INDEX "_procedure_announcements_v_version_version_signed_pdf_idx" ON "_procedure_announcements_v" USING btree ("version_signed_pdf_id");
  CREATE INDEX "_procedure_announcements_v_version_version_unit_idx" ON "_procedure_announcements_v" USING btree ("version_unit_id");
  CREATE INDEX "_procedure_announcements_v_version_version_published_at_idx" ON "_procedure_announcements_v" USING btree ("version_published_at");
  CREATE INDEX "_procedure_announcements_v_version_version_pending_from_idx" ON "_procedure_announcements_v" USING btree ("version_pending_from");
  CREATE INDEX "_procedure_announcements_v_version_version_updated_at_idx" ON "_procedure_announcements_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedure_announcements_v_version_version_created_at_idx" ON "_procedure_announcements_v" USING btree ("version_created_at");
  CREATE INDEX "_procedure_announcements_v_version_version__status_idx" ON "_procedure_announcements_v" USING btree ("version__status");
  CREATE INDEX "_procedure_announcements_v_created_at_idx" ON "_procedure_announcements_v" USING btree ("created_at");
  CREATE INDEX "_procedure_announcements_v_updated_at_idx" ON "_procedure_announcements_v" USING btree ("updated_at");
  CREATE INDEX "_procedure_announcements_v_latest_idx" ON "_procedure_announcements_v" USING btree ("latest");
  CREATE INDEX "procedure_results_unit_idx" ON "procedure_results" USING btree ("unit_id");
  CREATE INDEX "procedure_results_period_kind_idx" ON "procedure_results" USING btree ("period_kind");
  CREATE INDEX "procedure_results_year_idx" ON "procedure_results" USING btree ("year");
  CREATE INDEX "procedure_results_period_number_idx" ON "procedure_results" USING btree ("period_number");
  CREATE INDEX "procedure_results_period_start_idx" ON "procedure_results" USING btree ("period_start");
  CREATE INDEX "procedure_results_period_end_idx" ON "procedure_results" USING btree ("period_end");
  CREATE INDEX "procedure_results_period_key_idx" ON "procedure_results" USING btree ("period_key");
  CREATE UNIQUE INDEX "procedure_results_unique_key_idx" ON "procedure_results" USING btree ("unique_key");
  CREATE INDEX "procedure_results_updated_at_idx" ON "procedure_results" USING btree ("updated_at");
  CREATE INDEX "procedure_results_created_at_idx" ON "procedure_results" USING btree ("created_at");
  CREATE INDEX "procedure_results__status_idx" ON "procedure_results" USING btree ("_status");
  CREATE INDEX "_procedure_results_v_parent_idx" ON "_procedure_results_v" USING btree ("parent_id");
  CREATE INDEX "_procedure_results_v_version_version_unit_idx" ON "_procedure_results_v" USING btree ("version_unit_id");
  CREATE INDEX "_procedure_results_v_version_version_period_kind_idx" ON "_procedure_results_v" USING btree ("version_period_kind");
  CREATE INDEX "_procedure_results_v_version_version_year_idx" ON "_procedure_results_v" USING btree ("version_year");
  CREATE INDEX "_procedure_results_v_version_version_period_number_idx" ON "_procedure_results_v" USING btree ("version_period_number");
  CREATE INDEX "_procedure_results_v_version_version_period_start_idx" ON "_procedure_results_v" USING btree ("version_period_start");
  CREATE INDEX "_procedure_results_v_version_version_period_end_idx" ON "_procedure_results_v" USING btree ("version_period_end");
  CREATE INDEX "_procedure_results_v_version_version_period_key_idx" ON "_procedure_results_v" USING btree ("version_period_key");
  CREATE INDEX "_procedure_results_v_version_version_unique_key_idx" ON "_procedure_results_v" USING btree ("version_unique_key");
  CREATE INDEX "_procedure_results_v_version_version_updated_at_idx" ON "_procedure_results_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedure_results_v_version_version_created_at_idx" ON "_procedure_results_v" USING btree ("version_created_at");
  CREATE INDEX "_procedure_results_v_version_version__status_idx" ON "_procedure_results_v" USING btree ("version__status");
  CREATE INDEX "_procedure_results_v_created_at_idx" ON "_procedure_results_v" USING btree ("created_at");
  CREATE INDEX "_procedure_results_v_updated_at_idx" ON "_procedure_results_v" USING btree ("updated_at");
  CREATE INDEX "_procedure_results_v_latest_idx" ON "_procedure_results_v" USING btree ("latest");
  CREATE INDEX "cchc_reports_unit_idx" ON "cchc_reports" USING btree ("unit_id");
  CREATE INDEX "cchc_reports_period_kind_idx" ON "cchc_reports" USING btree ("period_kind");
  CREATE INDEX "cchc_reports_year_idx" ON "cchc_reports" USING btree ("year");
  CREATE INDEX "cchc_reports_period_number_idx" ON "cchc_reports" USING btree ("period_number");
  CREATE INDEX "cchc_reports_period_start_idx" ON "cchc_reports" USING btree ("period_start");
  CREATE INDEX "cchc_reports_period_end_idx" ON "cchc_reports" USING btree ("period_end");
  CREATE INDEX "cchc_reports_due_date_idx" ON "cchc_reports" USING btree ("due_date");
  CREATE INDEX "cchc_reports_period_key_idx" ON "cchc_reports" USING btree ("period_key");
  CREATE INDEX "cchc_reports_report_state_idx" ON "cchc_reports" USING btree ("report_state");
  CREATE INDEX "cchc_reports_submitted_at_idx" ON "cchc_reports" USING btree ("submitted_at");
  CREATE INDEX "cchc_reports_reviewed_at_idx" ON "cchc_reports" USING btree ("reviewed_at");
  CREATE INDEX "cchc_reports_late_idx" ON "cchc_reports" USING btree ("late");
  CREATE INDEX "cchc_reports_overdue_idx" ON "cchc_reports" USING btree ("overdue");
  CREATE UNIQUE INDEX "cchc_reports_unique_key_idx" ON "cchc_reports" USING btree ("unique_key");
  CREATE INDEX "cchc_reports_updated_at_idx" ON "cchc_reports" USING btree ("updated_at");
  CREATE INDEX "cchc_reports_created_at_idx" ON "cchc_reports" USING btree ("created_at");
  CREATE INDEX "cchc_reports_rels_order_idx" ON "cchc_reports_rels" USING btree ("order");
  CREATE INDEX "cchc_reports_rels_parent_idx" ON "cchc_reports_rels" USING btree ("parent_id");
  CREATE INDEX "cchc_reports_rels_path_idx" ON "cchc_reports_rels" USING btree ("path");
  CREATE INDEX "cchc_reports_rels_cchc_media_id_idx" ON "cchc_reports_rels" USING btree ("cchc_media_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_media_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_media_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_topics_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_posts_id");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_procedure_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("procedure_announcements_id");
  CREATE INDEX "payload_locked_documents_rels_procedure_results_id_idx" ON "payload_locked_documents_rels" USING btree ("procedure_results_id");
  CREATE INDEX "payload_locked_documents_rels_cchc_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("cchc_reports_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "cchc_media" CASCADE;
  DROP TABLE "cchc_topics" CASCADE;
  DROP TABLE "cchc_posts" CASCADE;
  DROP TABLE "cchc_posts_rels" CASCADE;
  DROP TABLE "_cchc_posts_v" CASCADE;
  DROP TABLE "_cchc_posts_v_rels" CASCADE;
  DROP TABLE "procedures_channels" CASCADE;
  DROP TABLE "procedures_dossier" CASCADE;
  DROP TABLE "procedures_legal_basis" CASCADE;
  DROP TABLE "procedures_history" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "_procedures_v_version_channels" CASCADE;
  DROP TABLE "_procedures_v_version_dossier" CASCADE;
  DROP TABLE "_procedures_v_version_legal_basis" CASCADE;
  DROP TABLE "_procedures_v_version_history" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "procedure_announcements_items_data_channels" CASCADE;
  DROP TABLE "procedure_announcements_items" CASCADE;
  DROP TABLE "procedure_announcements" CASCADE;
  DROP TABLE "_procedure_announcements_v_version_items_data_channels" CASCADE;
  DROP TABLE "_procedure_announcements_v_version_items" CASCADE;
  DROP TABLE "_procedure_announcements_v" CASCADE;
  DROP TABLE "procedure_results" CASCADE;
  DROP TABLE "_procedure_results_v" CASCADE;
  DROP TABLE "cchc_reports" CASCADE;
  DROP TABLE "cchc_reports_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_units_access_level";
  DROP TYPE "public"."enum_cchc_posts_format";
  DROP TYPE "public"."enum_cchc_posts_workflow_state";
  DROP TYPE "public"."enum_cchc_posts_status";
  DROP TYPE "public"."enum__cchc_posts_v_version_format";
  DROP TYPE "public"."enum__cchc_posts_v_version_workflow_state";
  DROP TYPE "public"."enum__cchc_posts_v_version_status";
  DROP TYPE "public"."enum_procedures_channels_kind";
  DROP TYPE "public"."enum_procedures_history_kind";
  DROP TYPE "public"."enum_procedures_level";
  DROP TYPE "public"."enum_procedures_online_level";
  DROP TYPE "public"."enum_procedures_standing";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_channels_kind";
  DROP TYPE "public"."enum__procedures_v_version_history_kind";
  DROP TYPE "public"."enum__procedures_v_version_level";
  DROP TYPE "public"."enum__procedures_v_version_online_level";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum_procedure_announcements_items_data_channels";
  DROP TYPE "public"."enum_procedure_announcements_items_kind";
  DROP TYPE "public"."enum_procedure_announcements_items_data_level";
  DROP TYPE "public"."enum_procedure_announcements_items_data_online_level";
  DROP TYPE "public"."enum_procedure_announcements_status";
  DROP TYPE "public"."enum__procedure_announcements_v_version_items_data_channels";
  DROP TYPE "public"."enum__procedure_announcements_v_version_items_kind";
  DROP TYPE "public"."enum__procedure_announcements_v_version_items_data_level";
  DROP TYPE "public"."enum__procedure_announcements_v_version_items_data_online_level";
  DROP TYPE "public"."enum__procedure_announcements_v_version_status";
  DROP TYPE "public"."enum_procedure_results_period_kind";
  DROP TYPE "public"."enum_procedure_results_status";
  DROP TYPE "public"."enum__procedure_results_v_version_period_kind";
  DROP TYPE "public"."enum__procedure_results_v_version_status";
  DROP TYPE "public"."enum_cchc_reports_period_kind";
  DROP TYPE "public"."enum_cchc_reports_report_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
