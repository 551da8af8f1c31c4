CREATE TABLE "school_guardians" (
	"school_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_guardians_school_id_guardian_id_pk" PRIMARY KEY("school_id","guardian_id")
);
--> statement-breakpoint
CREATE TABLE "worker_heartbeats" (
	"worker_id" text PRIMARY KEY NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "school_guardians" ADD CONSTRAINT "school_guardians_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_guardians" ADD CONSTRAINT "school_guardians_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "school_guardians_guardian_idx" ON "school_guardians" USING btree ("guardian_id");--> statement-breakpoint
-- Every school that already has a parent linked keeps the name it knew them by.
INSERT INTO "school_guardians" ("school_id", "guardian_id", "name")
SELECT DISTINCT b."school_id", gs."guardian_id", g."name"
FROM "guardian_students" gs
JOIN "students" s ON s."id" = gs."student_id"
JOIN "branches" b ON b."id" = s."branch_id"
JOIN "guardians" g ON g."id" = gs."guardian_id"
ON CONFLICT DO NOTHING;
