CREATE TABLE "formulas" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"product_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"guarantee_levels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"coverage_levels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "formulas_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "formulas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "guarantees" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"range_id" uuid NOT NULL,
	"coverage_module" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "guarantees_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "guarantees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "products" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"range_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"contract_type" text NOT NULL,
	"insurers" text[] DEFAULT '{}'::text[] NOT NULL,
	"managers" text[] DEFAULT '{}'::text[] NOT NULL,
	"network" text,
	"channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"distribution_mode" text,
	"distribution_type" text,
	"sale_start" date,
	"sale_end" date,
	"grants_membership" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "products_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "products_sale_dates_ordered" CHECK ("products"."sale_end" is null or "products"."sale_start" is null or "products"."sale_end" >= "products"."sale_start")
);
--> statement-breakpoint
ALTER TABLE "products" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ranges" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"domain" text NOT NULL,
	"product_family" text,
	"contract_type" text NOT NULL,
	"range_type" text NOT NULL,
	"designers" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "ranges_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "ranges" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pricing_parameters" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"valid_from" date NOT NULL,
	"value" jsonb NOT NULL,
	CONSTRAINT "pricing_parameters_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "pricing_parameters_code" CHECK ("pricing_parameters"."code" in ('pmss', 'tsa'))
);
--> statement-breakpoint
ALTER TABLE "pricing_parameters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tariff_grids" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"tariff_id" uuid NOT NULL,
	"formula_id" uuid NOT NULL,
	"grid" jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "tariff_grids_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tariff_grids" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tariffs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"product_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"effective_from" date NOT NULL,
	"age_method" text NOT NULL,
	"responsible_contract" boolean NOT NULL,
	"zones" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"default_zone" text,
	"fees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"discounts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"commissions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "tariffs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tariffs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "formulas" ADD CONSTRAINT "formulas_tenant_id_product_id_products_tenant_id_id_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_tenant_id_range_id_ranges_tenant_id_id_fk" FOREIGN KEY ("tenant_id","range_id") REFERENCES "public"."ranges"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_tenant_id_range_id_ranges_tenant_id_id_fk" FOREIGN KEY ("tenant_id","range_id") REFERENCES "public"."ranges"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_grids" ADD CONSTRAINT "tariff_grids_tenant_id_tariff_id_tariffs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","tariff_id") REFERENCES "public"."tariffs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_grids" ADD CONSTRAINT "tariff_grids_tenant_id_formula_id_formulas_tenant_id_id_fk" FOREIGN KEY ("tenant_id","formula_id") REFERENCES "public"."formulas"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_tenant_id_product_id_products_tenant_id_id_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "formulas_code_unique" ON "formulas" USING btree ("tenant_id","product_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "guarantees_code_unique" ON "guarantees" USING btree ("tenant_id","range_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "products_code_unique" ON "products" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "ranges_code_unique" ON "ranges" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "pricing_parameters_unique" ON "pricing_parameters" USING btree ("tenant_id","code","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "tariff_grids_formula_unique" ON "tariff_grids" USING btree ("tenant_id","tariff_id","formula_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tariffs_number_unique" ON "tariffs" USING btree ("tenant_id","product_id","number");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "formulas" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "guarantees" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "products" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "ranges" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pricing_parameters" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tariff_grids" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tariffs" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);