CREATE TYPE "public"."evening_hold_kind" AS ENUM('proposal', 'offer', 'booked');--> statement-breakpoint
CREATE TYPE "public"."evening_household_mode" AS ENUM('one_per_household', 'per_parent');--> statement-breakpoint
CREATE TYPE "public"."evening_waitlist_status" AS ENUM('waiting', 'offered', 'booked', 'passed', 'left');--> statement-breakpoint
CREATE TABLE "appointment_teachers" (
	"appointment_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"active" boolean NOT NULL,
	CONSTRAINT "appointment_teachers_appointment_id_teacher_id_pk" PRIMARY KEY("appointment_id","teacher_id")
);
--> statement-breakpoint
CREATE TABLE "evening_early_access" (
	"evening_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	CONSTRAINT "evening_early_access_evening_id_student_id_pk" PRIMARY KEY("evening_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "evening_flags" (
	"evening_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evening_flags_evening_id_teacher_id_student_id_pk" PRIMARY KEY("evening_id","teacher_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "evening_joint_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evening_id" uuid NOT NULL,
	"name" text NOT NULL,
	"teacher_ids" uuid[] NOT NULL,
	CONSTRAINT "evening_joint_meetings_size" CHECK (cardinality("evening_joint_meetings"."teacher_ids") BETWEEN 2 AND 3)
);
--> statement-breakpoint
CREATE TABLE "evening_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evening_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evening_sessions_positive_length" CHECK ("evening_sessions"."ends_at" > "evening_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "evening_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evening_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"unavailable" boolean DEFAULT false NOT NULL,
	"held_by" uuid,
	"held_for" uuid,
	"hold_kind" "evening_hold_kind",
	"hold_expires_at" timestamp with time zone,
	"hold_joint_id" uuid,
	"hold_lead_slot_id" uuid,
	CONSTRAINT "evening_slots_positive_length" CHECK ("evening_slots"."ends_at" > "evening_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "evening_teachers" (
	"evening_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"slot_minutes" integer,
	"session_ids" uuid[],
	CONSTRAINT "evening_teachers_evening_id_teacher_id_pk" PRIMARY KEY("evening_id","teacher_id"),
	CONSTRAINT "evening_teachers_slot_minutes" CHECK ("evening_teachers"."slot_minutes" IS NULL OR "evening_teachers"."slot_minutes" BETWEEN 4 AND 15)
);
--> statement-breakpoint
CREATE TABLE "evening_waitlist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evening_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"status" "evening_waitlist_status" DEFAULT 'waiting' NOT NULL,
	"offered_slot_id" uuid,
	"offer_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parents_evenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"branch_id" uuid NOT NULL,
	"name" text NOT NULL,
	"slot_minutes" integer NOT NULL,
	"gap_minutes" integer DEFAULT 0 NOT NULL,
	"class_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"early_access_opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"per_parent_limit" integer,
	"per_child_limit" integer,
	"household_mode" "evening_household_mode" DEFAULT 'one_per_household' NOT NULL,
	"parents_may_change_after_close" boolean DEFAULT false NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parents_evenings_slot_minutes" CHECK ("parents_evenings"."slot_minutes" BETWEEN 4 AND 15),
	CONSTRAINT "parents_evenings_gap_minutes" CHECK ("parents_evenings"."gap_minutes" BETWEEN 0 AND 30)
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "evening_id" uuid;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "evening_slot_id" uuid;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "evening_household" uuid;--> statement-breakpoint
ALTER TABLE "appointment_teachers" ADD CONSTRAINT "appointment_teachers_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_teachers" ADD CONSTRAINT "appointment_teachers_teacher_id_staff_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_early_access" ADD CONSTRAINT "evening_early_access_evening_id_parents_evenings_id_fk" FOREIGN KEY ("evening_id") REFERENCES "public"."parents_evenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_early_access" ADD CONSTRAINT "evening_early_access_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_flags" ADD CONSTRAINT "evening_flags_evening_id_parents_evenings_id_fk" FOREIGN KEY ("evening_id") REFERENCES "public"."parents_evenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_flags" ADD CONSTRAINT "evening_flags_teacher_id_staff_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_flags" ADD CONSTRAINT "evening_flags_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_joint_meetings" ADD CONSTRAINT "evening_joint_meetings_evening_id_parents_evenings_id_fk" FOREIGN KEY ("evening_id") REFERENCES "public"."parents_evenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_sessions" ADD CONSTRAINT "evening_sessions_evening_id_parents_evenings_id_fk" FOREIGN KEY ("evening_id") REFERENCES "public"."parents_evenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_slots" ADD CONSTRAINT "evening_slots_evening_id_parents_evenings_id_fk" FOREIGN KEY ("evening_id") REFERENCES "public"."parents_evenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_slots" ADD CONSTRAINT "evening_slots_session_id_evening_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."evening_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_slots" ADD CONSTRAINT "evening_slots_teacher_id_staff_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_slots" ADD CONSTRAINT "evening_slots_held_by_guardians_id_fk" FOREIGN KEY ("held_by") REFERENCES "public"."guardians"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_slots" ADD CONSTRAINT "evening_slots_held_for_students_id_fk" FOREIGN KEY ("held_for") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_slots" ADD CONSTRAINT "evening_slots_hold_joint_id_evening_joint_meetings_id_fk" FOREIGN KEY ("hold_joint_id") REFERENCES "public"."evening_joint_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_teachers" ADD CONSTRAINT "evening_teachers_evening_id_parents_evenings_id_fk" FOREIGN KEY ("evening_id") REFERENCES "public"."parents_evenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_teachers" ADD CONSTRAINT "evening_teachers_teacher_id_staff_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_waitlist" ADD CONSTRAINT "evening_waitlist_evening_id_parents_evenings_id_fk" FOREIGN KEY ("evening_id") REFERENCES "public"."parents_evenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_waitlist" ADD CONSTRAINT "evening_waitlist_teacher_id_staff_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_waitlist" ADD CONSTRAINT "evening_waitlist_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_waitlist" ADD CONSTRAINT "evening_waitlist_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evening_waitlist" ADD CONSTRAINT "evening_waitlist_offered_slot_id_evening_slots_id_fk" FOREIGN KEY ("offered_slot_id") REFERENCES "public"."evening_slots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parents_evenings" ADD CONSTRAINT "parents_evenings_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parents_evenings" ADD CONSTRAINT "parents_evenings_created_by_id_staff_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_teachers_teacher_start_idx" ON "appointment_teachers" USING btree ("teacher_id","starts_at");--> statement-breakpoint
CREATE INDEX "evening_joint_meetings_evening_idx" ON "evening_joint_meetings" USING btree ("evening_id");--> statement-breakpoint
CREATE INDEX "evening_sessions_evening_idx" ON "evening_sessions" USING btree ("evening_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evening_slots_teacher_start_key" ON "evening_slots" USING btree ("evening_id","teacher_id","starts_at");--> statement-breakpoint
CREATE INDEX "evening_slots_holder_idx" ON "evening_slots" USING btree ("held_by") WHERE "evening_slots"."held_by" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "evening_teachers_teacher_idx" ON "evening_teachers" USING btree ("teacher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evening_waitlist_active_key" ON "evening_waitlist" USING btree ("evening_id","teacher_id","student_id","guardian_id") WHERE "evening_waitlist"."status" IN ('waiting', 'offered');--> statement-breakpoint
CREATE INDEX "evening_waitlist_queue_idx" ON "evening_waitlist" USING btree ("evening_id","teacher_id","created_at");--> statement-breakpoint
CREATE INDEX "parents_evenings_branch_idx" ON "parents_evenings" USING btree ("branch_id");--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_evening_id_parents_evenings_id_fk" FOREIGN KEY ("evening_id") REFERENCES "public"."parents_evenings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_evening_slot_id_evening_slots_id_fk" FOREIGN KEY ("evening_slot_id") REFERENCES "public"."evening_slots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_active_evening_slot_key" ON "appointments" USING btree ("evening_slot_id") WHERE "appointments"."evening_slot_id" IS NOT NULL AND "appointments"."status" <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_evening_household_key" ON "appointments" USING btree ("evening_id","teacher_id","student_id","evening_household") WHERE "appointments"."evening_id" IS NOT NULL AND "appointments"."status" <> 'cancelled';--> statement-breakpoint
-- hand-written: drizzle-kit cannot express exclusion constraints or triggers.
-- Every teacher of a meeting is blocked for its time, also the co-teachers of a joint meeting: the
-- lead's row mirrors `appointments` (trigger below), co-teachers' rows are written by the booking.
ALTER TABLE "appointment_teachers" ADD CONSTRAINT "appointment_teachers_no_overlap"
  EXCLUDE USING gist ("teacher_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("active");
--> statement-breakpoint
CREATE FUNCTION appointment_teachers_mirror() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO appointment_teachers (appointment_id, teacher_id, starts_at, ends_at, active)
    VALUES (NEW.id, NEW.teacher_id, NEW.starts_at, NEW.ends_at, NEW.status <> 'cancelled' AND NEW.ended_at IS NULL);
  ELSE
    IF NEW.teacher_id IS DISTINCT FROM OLD.teacher_id THEN
      UPDATE appointment_teachers SET teacher_id = NEW.teacher_id
        WHERE appointment_id = NEW.id AND teacher_id = OLD.teacher_id;
    END IF;
    UPDATE appointment_teachers
      SET starts_at = NEW.starts_at, ends_at = NEW.ends_at, active = (NEW.status <> 'cancelled' AND NEW.ended_at IS NULL)
      WHERE appointment_id = NEW.id;
    -- A cancelled, ended or moved evening meeting gives its slots back (a booked slot's hold never lapses).
    IF OLD.evening_slot_id IS NOT NULL AND (NEW.status = 'cancelled' OR NEW.ended_at IS NOT NULL
        OR NEW.evening_slot_id IS DISTINCT FROM OLD.evening_slot_id) THEN
      UPDATE evening_slots
        SET held_by = NULL, held_for = NULL, hold_kind = NULL, hold_expires_at = NULL, hold_joint_id = NULL, hold_lead_slot_id = NULL
        WHERE (id = OLD.evening_slot_id OR hold_lead_slot_id = OLD.evening_slot_id) AND hold_kind = 'booked';
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER appointment_teachers_mirror AFTER INSERT OR UPDATE OF teacher_id, starts_at, ends_at, status, ended_at, evening_slot_id
  ON appointments FOR EACH ROW EXECUTE FUNCTION appointment_teachers_mirror();
--> statement-breakpoint
INSERT INTO appointment_teachers (appointment_id, teacher_id, starts_at, ends_at, active)
  SELECT id, teacher_id, starts_at, ends_at, status <> 'cancelled' AND ended_at IS NULL FROM appointments;
--> statement-breakpoint
-- A teacher's slots in one evening never overlap (overrides and regenerated grids included).
ALTER TABLE "evening_slots" ADD CONSTRAINT "evening_slots_teacher_no_overlap"
  EXCLUDE USING gist ("evening_id" WITH =, "teacher_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&);
