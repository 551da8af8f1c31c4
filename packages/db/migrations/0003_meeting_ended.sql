ALTER TABLE "appointments" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
-- A meeting ended for everyone no longer holds its time (hand-written: drizzle-kit cannot express
-- exclusion constraints). The rest of the slot is free to book; the past part cannot be booked anyway.
ALTER TABLE "appointments" DROP CONSTRAINT "appointments_teacher_no_overlap";
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_teacher_no_overlap"
  EXCLUDE USING gist ("teacher_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" <> 'cancelled' AND "ended_at" IS NULL);
--> statement-breakpoint
ALTER TABLE "appointments" DROP CONSTRAINT "appointments_guardian_no_overlap";
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_guardian_no_overlap"
  EXCLUDE USING gist ("guardian_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" <> 'cancelled' AND "ended_at" IS NULL);
