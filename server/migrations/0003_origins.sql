CREATE TABLE "origins" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"label_en" text,
	"kind" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"cost_cents" bigint,
	"active" boolean DEFAULT true NOT NULL,
	"system" boolean DEFAULT false NOT NULL,
	CONSTRAINT "origins_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "origins_dates_ordered" CHECK ("origins"."end_date" is null or "origins"."start_date" is null or "origins"."end_date" >= "origins"."start_date"),
	CONSTRAINT "origins_cost_not_negative" CHECK ("origins"."cost_cents" is null or "origins"."cost_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "origins" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "origins_code_unique" ON "origins" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "origins" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);