CREATE TABLE "indicator_values" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	"note" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "indicator_values_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"no" text NOT NULL,
	"name" text NOT NULL,
	"target_op" text NOT NULL,
	"target_value" double precision,
	"target_unit" text,
	"target_text" text,
	"target_change" jsonb,
	"attribute" text,
	"weight" double precision,
	"baseline_value" double precision,
	"baseline_year" integer,
	"target_year" integer NOT NULL,
	"responsible_unit_id" uuid,
	"definition_concept" text,
	"numerator_definition" text,
	"denominator_definition" text,
	"is_rate" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "indicators_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_indicator_scores" (
	"region_code" varchar(12) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "evaluation_indicator_scores_region_code_evaluation_id_indicator_id_pk" PRIMARY KEY("region_code","evaluation_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_task_scores" (
	"region_code" varchar(12) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "evaluation_task_scores_region_code_evaluation_id_task_id_pk" PRIMARY KEY("region_code","evaluation_id","task_id")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"region_code" varchar(12) NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer,
	"as_of" date NOT NULL,
	"evaluator_org" text NOT NULL,
	"overall" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "evaluations_region_code_id_pk" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_id_uq" ON "indicator_values" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_region_year_uq" ON "indicator_values" USING btree ("region_code","indicator_id","year");--> statement-breakpoint
CREATE INDEX "indicator_values_indicator_idx" ON "indicator_values" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE INDEX "indicator_values_review_idx" ON "indicator_values" USING btree ("region_code","submitted_at") WHERE "indicator_values"."state" = 'submitted';--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_id_uq" ON "indicators" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_plan_seq_uq" ON "indicators" USING btree ("region_code","plan_id","seq");--> statement-breakpoint
CREATE INDEX "indicators_unit_idx" ON "indicators" USING btree ("responsible_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_id_uq" ON "evaluations" USING btree ("id");