CREATE TABLE "cadre_files" (
	"id" text PRIMARY KEY NOT NULL,
	"member_id" text,
	"payload" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "confidence_votes" (
	"id" text PRIMARY KEY NOT NULL,
	"cadre_id" text,
	"vote_date" date,
	"payload" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"recorded_by" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"members_added" integer DEFAULT 0 NOT NULL,
	"members_changed" integer DEFAULT 0 NOT NULL,
	"events_added" integer DEFAULT 0 NOT NULL,
	"accounting" jsonb
);
--> statement-breakpoint
CREATE TABLE "import_rows" (
	"batch_id" integer NOT NULL,
	"ordinal" integer NOT NULL,
	"sheet" text NOT NULL,
	"row" integer NOT NULL,
	"outcome" text NOT NULL,
	"member_id" text,
	"reason" text,
	"issues" jsonb,
	CONSTRAINT "import_rows_batch_id_ordinal_pk" PRIMARY KEY("batch_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "member_events" (
	"id" text PRIMARY KEY NOT NULL,
	"member_id" text NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"act_date" date NOT NULL,
	"payload" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text,
	"source_file" text,
	"source_cell" text,
	"corrects" text,
	"batch_id" integer
);
--> statement-breakpoint
CREATE TABLE "member_versions" (
	"member_id" text NOT NULL,
	"revision" integer NOT NULL,
	"head" jsonb NOT NULL,
	"head_hash" text NOT NULL,
	"batch_id" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_versions_member_id_revision_pk" PRIMARY KEY("member_id","revision")
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" text PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL,
	"organization" text,
	"sex" text,
	"birth_date" date,
	"head" jsonb NOT NULL,
	"head_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_versions" (
	"organization_id" text NOT NULL,
	"revision" integer NOT NULL,
	"record" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"batch_id" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_versions_organization_id_revision_pk" PRIMARY KEY("organization_id","revision")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"parent" text,
	"valid_from" date,
	"valid_to" date,
	"record" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ranking_rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"organization" text,
	"level" text,
	"payload" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "store_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "validation_issues" (
	"run_id" integer NOT NULL,
	"ordinal" integer NOT NULL,
	"member_id" text,
	"rule_id" text NOT NULL,
	"severity" text NOT NULL,
	"issue" jsonb NOT NULL,
	CONSTRAINT "validation_issues_run_id_ordinal_pk" PRIMARY KEY("run_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "validation_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rule_set_hash" text NOT NULL,
	"as_of" date NOT NULL,
	"locale" text NOT NULL,
	"plugins" jsonb NOT NULL,
	"scope" text NOT NULL,
	"data_hash" text NOT NULL,
	"records" integer NOT NULL,
	"errors" integer NOT NULL,
	"warnings" integer NOT NULL,
	"infos" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"meta" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "import_batches_hash_idx" ON "import_batches" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "member_events_member_idx" ON "member_events" USING btree ("member_id","act_date","seq");--> statement-breakpoint
CREATE INDEX "member_events_type_date_idx" ON "member_events" USING btree ("type","act_date");--> statement-breakpoint
CREATE INDEX "member_events_corrects_idx" ON "member_events" USING btree ("corrects");--> statement-breakpoint
CREATE INDEX "members_organization_idx" ON "members" USING btree ("organization","id");--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent");--> statement-breakpoint
CREATE INDEX "ranking_rounds_year_idx" ON "ranking_rounds" USING btree ("year","subject_kind");--> statement-breakpoint
CREATE INDEX "validation_issues_member_idx" ON "validation_issues" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "validation_issues_rule_idx" ON "validation_issues" USING btree ("run_id","rule_id");--> statement-breakpoint
CREATE UNIQUE INDEX "validation_runs_key_idx" ON "validation_runs" USING btree ("rule_set_hash","as_of","locale","scope","data_hash");