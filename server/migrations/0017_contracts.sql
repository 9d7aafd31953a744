CREATE TABLE "contract_beneficiaries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"position" integer NOT NULL,
	CONSTRAINT "contract_beneficiaries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "contract_beneficiaries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contract_guarantees" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"label" text,
	"premium_annual_cents" bigint,
	"position" integer NOT NULL,
	CONSTRAINT "contract_guarantees_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "contract_guarantees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contract_import_batches" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"files" jsonb NOT NULL,
	"preview" jsonb,
	"job_run_id" uuid,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "contract_import_batches_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "contract_import_batches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contracts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"source_system" text NOT NULL,
	"number" text NOT NULL,
	"holder_person_id" uuid,
	"holder_company_id" uuid,
	"domain" text NOT NULL,
	"product_id" uuid,
	"formula_id" uuid,
	"product_code" text,
	"formula_code" text,
	"product_label" text,
	"grants_membership" boolean NOT NULL,
	"status" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"termination_date" date,
	"termination_reason" text,
	"premium_annual_cents" bigint,
	"introducer_id" uuid,
	"quote_number" text,
	"quote_id" uuid,
	"content_hash" text NOT NULL,
	CONSTRAINT "contracts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "contracts_one_holder" CHECK (("contracts"."holder_person_id" is null) <> ("contracts"."holder_company_id" is null)),
	CONSTRAINT "contracts_premium_not_negative" CHECK ("contracts"."premium_annual_cents" is null or "contracts"."premium_annual_cents" >= 0),
	CONSTRAINT "contracts_end_after_start" CHECK ("contracts"."end_date" is null or "contracts"."end_date" >= "contracts"."start_date")
);
--> statement-breakpoint
ALTER TABLE "contracts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "coverage_flags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "coverage_flags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contract_beneficiaries" ADD CONSTRAINT "contract_beneficiaries_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_beneficiaries" ADD CONSTRAINT "contract_beneficiaries_person_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_guarantees" ADD CONSTRAINT "contract_guarantees_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_holder_person_fk" FOREIGN KEY ("tenant_id","holder_person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_holder_company_fk" FOREIGN KEY ("tenant_id","holder_company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_tenant_id_product_id_products_tenant_id_id_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_tenant_id_formula_id_formulas_tenant_id_id_fk" FOREIGN KEY ("tenant_id","formula_id") REFERENCES "public"."formulas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_tenant_id_introducer_id_introducers_tenant_id_id_fk" FOREIGN KEY ("tenant_id","introducer_id") REFERENCES "public"."introducers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_beneficiaries_position_unique" ON "contract_beneficiaries" USING btree ("tenant_id","contract_id","position");--> statement-breakpoint
CREATE INDEX "contract_beneficiaries_person_idx" ON "contract_beneficiaries" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_guarantees_position_unique" ON "contract_guarantees" USING btree ("tenant_id","contract_id","position");--> statement-breakpoint
CREATE INDEX "contract_import_batches_created_idx" ON "contract_import_batches" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_number_unique" ON "contracts" USING btree ("tenant_id","source_system","number");--> statement-breakpoint
CREATE INDEX "contracts_holder_person_idx" ON "contracts" USING btree ("tenant_id","holder_person_id");--> statement-breakpoint
CREATE INDEX "contracts_holder_company_idx" ON "contracts" USING btree ("tenant_id","holder_company_id");--> statement-breakpoint
CREATE INDEX "contracts_status_idx" ON "contracts" USING btree ("tenant_id","status","domain");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "contract_beneficiaries" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "contract_guarantees" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "contract_import_batches" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "contracts" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);