CREATE TABLE "daily_webhook_health" (
	"id" text PRIMARY KEY NOT NULL,
	"state" text,
	"failed_count" integer,
	"checked_at" timestamp with time zone,
	"reactivated_at" timestamp with time zone,
	"problem" text,
	"skipped_deliveries" integer DEFAULT 0 NOT NULL,
	"last_skipped_at" timestamp with time zone
);
