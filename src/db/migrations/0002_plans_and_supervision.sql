CREATE TABLE "milestones" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"due" date NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"source_index" integer NOT NULL,
	CONSTRAINT "milestones_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "plan_files" (
	"region_code" varchar(12) NOT NULL,
	"plan_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "plan_files_region_code_plan_id_pk" PRIMARY KEY("region_code","plan_id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"doc_number" text,
	"issuer" text,
	"issued_on" date,
	"plan_year" integer,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"reporting_cycle" text DEFAULT 'quarter' NOT NULL,
	"warning_days" integer DEFAULT 15 NOT NULL,
	"source_file_name" text NOT NULL,
	"source_sha256" varchar(64) NOT NULL,
	"extraction" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "plans_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "task_units" (
	"region_code" varchar(12) NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	"name_as_written" text NOT NULL,
	CONSTRAINT "task_units_region_code_task_id_unit_id_pk" PRIMARY KEY("region_code","task_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"no" text NOT NULL,
	"parent_no" text,
	"chapter" text,
	"content" text NOT NULL,
	"schedule_raw" text,
	"schedule_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "tasks_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid,
	CONSTRAINT "evidence_files_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"milestone_id" uuid,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"message" text NOT NULL,
	"response_due" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"response" text,
	"responded_at" timestamp with time zone,
	"responded_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "notices_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"milestone_id" uuid NOT NULL,
	"due" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"progress" text DEFAULT 'not-started' NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"is_final" integer DEFAULT 0 NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "reports_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "milestones_id_uq" ON "milestones" USING btree ("id");--> statement-breakpoint
CREATE INDEX "milestones_task_due_idx" ON "milestones" USING btree ("region_code","task_id","due");--> statement-breakpoint
CREATE INDEX "milestones_plan_due_idx" ON "milestones" USING btree ("region_code","plan_id","due");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_id_uq" ON "plans" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_source_sha_uq" ON "plans" USING btree ("region_code","source_sha256");--> statement-breakpoint
CREATE INDEX "task_units_unit_idx" ON "task_units" USING btree ("region_code","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_id_uq" ON "tasks" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_plan_no_uq" ON "tasks" USING btree ("region_code","plan_id","no");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_id_uq" ON "evidence_files" USING btree ("id");--> statement-breakpoint
CREATE INDEX "evidence_report_idx" ON "evidence_files" USING btree ("region_code","report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notices_id_uq" ON "notices" USING btree ("id");--> statement-breakpoint
CREATE INDEX "notices_unit_state_idx" ON "notices" USING btree ("region_code","unit_id","state");--> statement-breakpoint
CREATE INDEX "notices_task_idx" ON "notices" USING btree ("region_code","task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_id_uq" ON "reports" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_milestone_unit_uq" ON "reports" USING btree ("region_code","milestone_id","unit_id");--> statement-breakpoint
CREATE INDEX "reports_unit_due_idx" ON "reports" USING btree ("region_code","unit_id","due");--> statement-breakpoint
CREATE INDEX "reports_plan_due_idx" ON "reports" USING btree ("region_code","plan_id","due");