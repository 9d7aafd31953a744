CREATE TABLE "opportunities" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid,
	"company_id" uuid,
	"domain" text NOT NULL,
	"product_family" text,
	"origin_id" uuid NOT NULL,
	"wished_start_date" date,
	"probability" smallint,
	"interaction_id" uuid,
	"description" text,
	"introducer_id" uuid,
	"advisor_id" uuid,
	"expected_annual_premium_cents" bigint,
	"state" text DEFAULT 'need_detected' NOT NULL,
	"closed_reason" text,
	CONSTRAINT "opportunities_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "opportunities_one_holder" CHECK (("opportunities"."person_id" is null) <> ("opportunities"."company_id" is null)),
	CONSTRAINT "opportunities_probability_percent" CHECK ("opportunities"."probability" is null or "opportunities"."probability" between 0 and 100),
	CONSTRAINT "opportunities_premium_not_negative" CHECK ("opportunities"."expected_annual_premium_cents" is null or "opportunities"."expected_annual_premium_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "opportunities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "opportunity_state_changes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"reason" text,
	"quote_id" uuid,
	CONSTRAINT "opportunity_state_changes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "opportunity_state_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "quote_attachments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"quote_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"description" text,
	CONSTRAINT "quote_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "quote_attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "quote_beneficiaries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"quote_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"role" text NOT NULL,
	"person_id" uuid,
	"last_name" text,
	"first_name" text,
	"birth_date" date NOT NULL,
	CONSTRAINT "quote_beneficiaries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "quote_beneficiaries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "quote_number_counters" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quote_number_counters_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
ALTER TABLE "quote_number_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "quotes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"product_id" uuid,
	"formula_id" uuid,
	"effective_date" date NOT NULL,
	"valid_until" date NOT NULL,
	"monthly_gross_cents" bigint,
	"annual_gross_cents" bigint NOT NULL,
	"state" text DEFAULT 'to_issue' NOT NULL,
	"state_reason" text,
	"pricing" jsonb,
	"tariff_version" text,
	"external_reference" text,
	CONSTRAINT "quotes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "quotes_amounts_not_negative" CHECK ("quotes"."annual_gross_cents" >= 0 and ("quotes"."monthly_gross_cents" is null or "quotes"."monthly_gross_cents" >= 0))
);
--> statement-breakpoint
ALTER TABLE "quotes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_origin_fk" FOREIGN KEY ("tenant_id","origin_id") REFERENCES "public"."origins"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_person_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_state_changes" ADD CONSTRAINT "opportunity_state_changes_tenant_id_opportunity_id_opportunities_tenant_id_id_fk" FOREIGN KEY ("tenant_id","opportunity_id") REFERENCES "public"."opportunities"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_attachments" ADD CONSTRAINT "quote_attachments_tenant_id_quote_id_quotes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","quote_id") REFERENCES "public"."quotes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_attachments" ADD CONSTRAINT "quote_attachments_tenant_id_file_id_stored_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."stored_files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_beneficiaries" ADD CONSTRAINT "quote_beneficiaries_tenant_id_quote_id_quotes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","quote_id") REFERENCES "public"."quotes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_beneficiaries" ADD CONSTRAINT "quote_beneficiaries_tenant_id_person_id_persons_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_opportunity_id_opportunities_tenant_id_id_fk" FOREIGN KEY ("tenant_id","opportunity_id") REFERENCES "public"."opportunities"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_product_id_products_tenant_id_id_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_formula_id_formulas_tenant_id_id_fk" FOREIGN KEY ("tenant_id","formula_id") REFERENCES "public"."formulas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_person_idx" ON "opportunities" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "opportunities_company_idx" ON "opportunities" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "opportunities_state_idx" ON "opportunities" USING btree ("tenant_id","state");--> statement-breakpoint
CREATE INDEX "opportunities_introducer_idx" ON "opportunities" USING btree ("tenant_id","introducer_id");--> statement-breakpoint
CREATE INDEX "opportunities_advisor_idx" ON "opportunities" USING btree ("tenant_id","advisor_id");--> statement-breakpoint
CREATE INDEX "opportunities_origin_idx" ON "opportunities" USING btree ("tenant_id","origin_id");--> statement-breakpoint
CREATE INDEX "opportunity_state_changes_opportunity_idx" ON "opportunity_state_changes" USING btree ("tenant_id","opportunity_id","created_at");--> statement-breakpoint
CREATE INDEX "quote_attachments_quote_idx" ON "quote_attachments" USING btree ("tenant_id","quote_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quote_beneficiaries_position_unique" ON "quote_beneficiaries" USING btree ("tenant_id","quote_id","position");--> statement-breakpoint
CREATE INDEX "quote_beneficiaries_person_idx" ON "quote_beneficiaries" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_number_unique" ON "quotes" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_external_reference_unique" ON "quotes" USING btree ("tenant_id","external_reference");--> statement-breakpoint
CREATE INDEX "quotes_opportunity_idx" ON "quotes" USING btree ("tenant_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "quotes_expiry_idx" ON "quotes" USING btree ("valid_until","state");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "opportunities" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "opportunity_state_changes" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "quote_attachments" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "quote_beneficiaries" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "quote_number_counters" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "quotes" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);