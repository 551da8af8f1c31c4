ALTER TYPE "public"."attendee_role" ADD VALUE 'invitee';--> statement-breakpoint
CREATE TABLE "meeting_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"invited_by_id" uuid NOT NULL,
	"guardian_id" uuid,
	"email" text NOT NULL,
	"role_label" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "meeting_invitations_role_label_length" CHECK (char_length("meeting_invitations"."role_label") BETWEEN 1 AND 60)
);
--> statement-breakpoint
ALTER TABLE "branches" ADD COLUMN "guests_allowed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_invited_by_id_guardians_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitations_token_key" ON "meeting_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitations_one_open_key" ON "meeting_invitations" USING btree ("appointment_id") WHERE "meeting_invitations"."withdrawn_at" IS NULL;--> statement-breakpoint
CREATE INDEX "meeting_invitations_appointment_idx" ON "meeting_invitations" USING btree ("appointment_id");