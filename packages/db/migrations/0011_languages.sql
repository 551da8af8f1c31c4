ALTER TABLE "branches" ADD COLUMN "locale" text DEFAULT 'en-GB' NOT NULL;--> statement-breakpoint
ALTER TABLE "guardians" ADD COLUMN "language" text;