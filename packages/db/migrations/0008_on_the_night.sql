CREATE TABLE "teacher_running_late" (
	"teacher_id" uuid PRIMARY KEY NOT NULL,
	"minutes" integer NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	"until" timestamp with time zone NOT NULL,
	CONSTRAINT "teacher_running_late_minutes_range" CHECK ("teacher_running_late"."minutes" BETWEEN 1 AND 120),
	CONSTRAINT "teacher_running_late_until_after_set" CHECK ("teacher_running_late"."until" > "teacher_running_late"."set_at")
);
--> statement-breakpoint
ALTER TABLE "branches" ADD COLUMN "call_handover_minutes" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "teacher_running_late" ADD CONSTRAINT "teacher_running_late_teacher_id_staff_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branches" ADD CONSTRAINT "branches_call_handover_range" CHECK ("branches"."call_handover_minutes" BETWEEN 0 AND 10);