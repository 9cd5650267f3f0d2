import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The channels of a decision's item get short table names (their version table's index names passed
 * PostgreSQL's 63 characters and were truncated). Written by hand from the generated statements so
 * that nothing is lost: the tables are renamed, their values move to the one enum both now use, and
 * their constraints and indexes are made again under the new names.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_pa_item_channels" AS ENUM('in_person', 'online', 'postal');
  ALTER TABLE "procedure_announcements_items_data_channels" RENAME TO "pa_item_channels";
  ALTER TABLE "_procedure_announcements_v_version_items_data_channels" RENAME TO "_pa_item_channels_v";
  ALTER TABLE "pa_item_channels" ALTER COLUMN "value" TYPE "enum_pa_item_channels" USING "value"::text::"enum_pa_item_channels";
  ALTER TABLE "_pa_item_channels_v" ALTER COLUMN "value" TYPE "enum_pa_item_channels" USING "value"::text::"enum_pa_item_channels";
  DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT conname, conrelid::regclass::text AS tbl FROM pg_constraint
             WHERE contype = 'f' AND conrelid IN ('pa_item_channels'::regclass, '_pa_item_channels_v'::regclass) LOOP
      EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    END LOOP;
    FOR r IN SELECT indexname FROM pg_indexes
             WHERE tablename IN ('pa_item_channels', '_pa_item_channels_v') AND indexname NOT LIKE '%pkey' LOOP
      EXECUTE format('DROP INDEX %I', r.indexname);
    END LOOP;
  END $$;
  ALTER TABLE "pa_item_channels" RENAME CONSTRAINT "procedure_announcements_items_data_channels_pkey" TO "pa_item_channels_pkey";
  ALTER TABLE "_pa_item_channels_v" RENAME CONSTRAINT "_procedure_announcements_v_version_items_data_channels_pkey" TO "_pa_item_channels_v_pkey";
  ALTER TABLE "pa_item_channels" ADD CONSTRAINT "pa_item_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedure_announcements_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pa_item_channels_v" ADD CONSTRAINT "_pa_item_channels_v_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedure_announcements_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pa_item_channels_order_idx" ON "pa_item_channels" USING btree ("order");
  CREATE INDEX "pa_item_channels_parent_idx" ON "pa_item_channels" USING btree ("parent_id");
  CREATE INDEX "_pa_item_channels_v_order_idx" ON "_pa_item_channels_v" USING btree ("order");
  CREATE INDEX "_pa_item_channels_v_parent_idx" ON "_pa_item_channels_v" USING btree ("parent_id");
  DROP TYPE "public"."enum_procedure_announcements_items_data_channels";
  DROP TYPE "public"."enum__procedure_announcements_v_version_items_data_channels";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_procedure_announcements_items_data_channels" AS ENUM('in_person', 'online', 'postal');
  CREATE TYPE "public"."enum__procedure_announcements_v_version_items_data_channels" AS ENUM('in_person', 'online', 'postal');
  CREATE TABLE "procedure_announcements_items_data_channels" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_procedure_announcements_items_data_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedure_announcements_v_version_items_data_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedure_announcements_v_version_items_data_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  DROP TABLE "pa_item_channels" CASCADE;
  DROP TABLE "_pa_item_channels_v" CASCADE;
  ALTER TABLE "procedure_announcements_items_data_channels" ADD CONSTRAINT "procedure_announcements_items_data_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedure_announcements_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedure_announcements_v_version_items_data_channels" ADD CONSTRAINT "_procedure_announcements_v_version_items_data_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedure_announcements_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "procedure_announcements_items_data_channels_order_idx" ON "procedure_announcements_items_data_channels" USING btree ("order");
  CREATE INDEX "procedure_announcements_items_data_channels_parent_idx" ON "procedure_announcements_items_data_channels" USING btree ("parent_id");
  CREATE INDEX "_procedure_announcements_v_version_items_data_channels_order_idx" ON "_procedure_announcements_v_version_items_data_channels" USING btree ("order");
  CREATE INDEX "_procedure_announcements_v_version_items_data_channels_parent_idx" ON "_procedure_announcements_v_version_items_data_channels" USING btree ("parent_id");
  DROP TYPE "public"."enum_pa_item_channels";`)
}
