CREATE TABLE "task_unit_lights" (
	"region_code" varchar(12) NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"role" text NOT NULL,
	"active_from" date,
	"done_on" date,
	"red" datemultirange NOT NULL,
	"yellow" datemultirange NOT NULL,
	CONSTRAINT "task_unit_lights_region_code_task_id_unit_id_pk" PRIMARY KEY("region_code","task_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "accepted_on" date;--> statement-breakpoint
CREATE INDEX "task_unit_lights_plan_idx" ON "task_unit_lights" USING btree ("region_code","plan_id");--> statement-breakpoint
CREATE INDEX "task_unit_lights_unit_idx" ON "task_unit_lights" USING btree ("region_code","unit_id");--> statement-breakpoint
CREATE INDEX "reports_region_due_idx" ON "reports" USING btree ("region_code","due");--> statement-breakpoint
CREATE INDEX "reports_review_idx" ON "reports" USING btree ("region_code","submitted_at") WHERE "reports"."state" = 'submitted' AND "reports"."role" = 'lead';