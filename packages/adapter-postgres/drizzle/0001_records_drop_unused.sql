DROP INDEX "ranking_rounds_year_idx";--> statement-breakpoint
ALTER TABLE "confidence_votes" DROP COLUMN "cadre_id";--> statement-breakpoint
ALTER TABLE "ranking_rounds" DROP COLUMN "subject_kind";--> statement-breakpoint
ALTER TABLE "ranking_rounds" DROP COLUMN "subject_id";--> statement-breakpoint
ALTER TABLE "ranking_rounds" DROP COLUMN "level";