CREATE TYPE "public"."attendee_role" AS ENUM('teacher', 'guardian', 'guest');--> statement-breakpoint
CREATE TYPE "public"."presence_kind" AS ENUM('participant', 'waiting');--> statement-breakpoint
CREATE TABLE "daily_webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_presence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"kind" "presence_kind" NOT NULL,
	"session_id" text NOT NULL,
	"role" "attendee_role" NOT NULL,
	"user_id" uuid,
	"user_name" text,
	"joined_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	"duration_seconds" integer,
	"confirmed_by_daily" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment_rooms" ADD COLUMN "meeting_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "appointment_rooms" ADD COLUMN "meeting_ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meeting_presence" ADD CONSTRAINT "meeting_presence_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_presence_kind_session_key" ON "meeting_presence" USING btree ("kind","session_id");--> statement-breakpoint
CREATE INDEX "meeting_presence_open_idx" ON "meeting_presence" USING btree ("appointment_id") WHERE "meeting_presence"."left_at" IS NULL;--> statement-breakpoint
CREATE INDEX "meeting_presence_appointment_idx" ON "meeting_presence" USING btree ("appointment_id","joined_at");