CREATE TABLE "record_versions" (
	"kind" text NOT NULL,
	"record_id" text NOT NULL,
	"revision" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_versions_kind_record_id_revision_pk" PRIMARY KEY("kind","record_id","revision")
);
--> statement-breakpoint
ALTER TABLE "cadre_files" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "cadre_files" ADD COLUMN "kind" text DEFAULT 'appointment' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadre_files" ADD COLUMN "organization" text;--> statement-breakpoint
ALTER TABLE "cadre_files" ADD COLUMN "act_date" date;--> statement-breakpoint
ALTER TABLE "cadre_files" ADD COLUMN "content_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadre_files" ADD COLUMN "recorded_by" text;--> statement-breakpoint
ALTER TABLE "confidence_votes" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "confidence_votes" ADD COLUMN "organization" text;--> statement-breakpoint
ALTER TABLE "confidence_votes" ADD COLUMN "content_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "confidence_votes" ADD COLUMN "recorded_by" text;--> statement-breakpoint
ALTER TABLE "ranking_rounds" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "ranking_rounds" ADD COLUMN "decided_on" date;--> statement-breakpoint
ALTER TABLE "ranking_rounds" ADD COLUMN "content_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "ranking_rounds" ADD COLUMN "recorded_by" text;--> statement-breakpoint
CREATE INDEX "cadre_files_org_idx" ON "cadre_files" USING btree ("organization");--> statement-breakpoint
CREATE INDEX "cadre_files_member_idx" ON "cadre_files" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "confidence_votes_org_idx" ON "confidence_votes" USING btree ("organization","vote_date");--> statement-breakpoint
CREATE INDEX "ranking_rounds_year_org_idx" ON "ranking_rounds" USING btree ("year","organization");