CREATE TABLE "password_history" (
	"user_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"retired_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "reactivated_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "password_history_user_idx" ON "password_history" USING btree ("user_id","retired_at");