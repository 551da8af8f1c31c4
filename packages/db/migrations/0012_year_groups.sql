ALTER TABLE "classes" ADD COLUMN "year_group" text;--> statement-breakpoint
ALTER TABLE "parents_evenings" ADD COLUMN "year_groups" text[] DEFAULT '{}'::text[] NOT NULL;