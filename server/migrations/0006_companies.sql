CREATE TABLE "companies" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"legal_form" text,
	"siren" text,
	"siret" text,
	"in_creation" boolean DEFAULT false NOT NULL,
	"headcount_band" text,
	"naf_code" text,
	"idcc" text,
	"hds_enabled" boolean DEFAULT false NOT NULL,
	"hds_rate" numeric(5, 2),
	"origin_id" uuid NOT NULL,
	"main_contact_id" uuid,
	"email" text,
	"phone" text,
	"website" text,
	"turnover_cents" bigint,
	"activity_code" text,
	"balance_sheet_date" date,
	"end_of_activity_date" date,
	"nature" text DEFAULT 'suspect' NOT NULL,
	"pep" boolean DEFAULT false NOT NULL,
	"asset_freeze" boolean DEFAULT false NOT NULL,
	"prescriber_person_id" uuid,
	"prescriber_company_id" uuid,
	"importance" text,
	"markers" text[] DEFAULT '{}'::text[] NOT NULL,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"search_name" text NOT NULL,
	CONSTRAINT "companies_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "companies_hds_rate_range" CHECK ("companies"."hds_rate" is null or ("companies"."hds_rate" >= 0 and "companies"."hds_rate" <= 100)),
	CONSTRAINT "companies_turnover_not_negative" CHECK ("companies"."turnover_cents" is null or "companies"."turnover_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "companies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_addresses" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"lines" text[] NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"country" text DEFAULT 'FR' NOT NULL,
	"normalised_lines" text[] NOT NULL,
	"normalisation_status" text NOT NULL,
	CONSTRAINT "company_addresses_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "company_addresses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_attachments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"company_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"description" text,
	CONSTRAINT "company_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "company_attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_competitor_coverages" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"company_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"insurer" text NOT NULL,
	"product" text,
	"end_date" date,
	"annual_premium_cents" bigint,
	CONSTRAINT "company_competitor_coverages_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "company_competitor_coverages_premium_not_negative" CHECK ("company_competitor_coverages"."annual_premium_cents" is null or "company_competitor_coverages"."annual_premium_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "company_competitor_coverages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_demographies" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"company_id" uuid NOT NULL,
	"attachment_id" uuid NOT NULL,
	CONSTRAINT "company_demographies_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "company_demographies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_persons" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"company_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "company_persons_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "company_persons" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_relations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"company_id" uuid NOT NULL,
	"type" text NOT NULL,
	"related_company_id" uuid NOT NULL,
	CONSTRAINT "company_relations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "company_relations_not_self" CHECK ("company_relations"."company_id" <> "company_relations"."related_company_id")
);
--> statement-breakpoint
ALTER TABLE "company_relations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_sites" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"siret" text,
	"lines" text[] NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"country" text DEFAULT 'FR' NOT NULL,
	"normalised_lines" text[] NOT NULL,
	"normalisation_status" text NOT NULL,
	"phone" text,
	"contact_person_id" uuid,
	CONSTRAINT "company_sites_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "company_sites" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_origin_fk" FOREIGN KEY ("tenant_id","origin_id") REFERENCES "public"."origins"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_main_contact_fk" FOREIGN KEY ("tenant_id","main_contact_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_prescriber_person_fk" FOREIGN KEY ("tenant_id","prescriber_person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_prescriber_company_fk" FOREIGN KEY ("tenant_id","prescriber_company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_addresses" ADD CONSTRAINT "company_addresses_tenant_id_company_id_companies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_attachments" ADD CONSTRAINT "company_attachments_tenant_id_company_id_companies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_attachments" ADD CONSTRAINT "company_attachments_tenant_id_file_id_stored_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."stored_files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_competitor_coverages" ADD CONSTRAINT "company_competitor_coverages_tenant_id_company_id_companies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_demographies" ADD CONSTRAINT "company_demographies_tenant_id_company_id_companies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_demographies" ADD CONSTRAINT "company_demographies_tenant_id_attachment_id_company_attachments_tenant_id_id_fk" FOREIGN KEY ("tenant_id","attachment_id") REFERENCES "public"."company_attachments"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_persons" ADD CONSTRAINT "company_persons_tenant_id_company_id_companies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_persons" ADD CONSTRAINT "company_persons_tenant_id_person_id_persons_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_relations" ADD CONSTRAINT "company_relations_tenant_id_company_id_companies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_relations" ADD CONSTRAINT "company_relations_tenant_id_related_company_id_companies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","related_company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_sites" ADD CONSTRAINT "company_sites_tenant_id_company_id_companies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_sites" ADD CONSTRAINT "company_sites_contact_person_fk" FOREIGN KEY ("tenant_id","contact_person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_siren_unique" ON "companies" USING btree ("tenant_id","siren" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "companies_siret_idx" ON "companies" USING btree ("tenant_id","siret" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "companies_search_name_trgm" ON "companies" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "companies_email_idx" ON "companies" USING btree ("tenant_id","email" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "companies_phone_idx" ON "companies" USING btree ("tenant_id","phone" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "companies_naf_idx" ON "companies" USING btree ("tenant_id","naf_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "companies_origin_idx" ON "companies" USING btree ("tenant_id","origin_id");--> statement-breakpoint
CREATE INDEX "companies_main_contact_idx" ON "companies" USING btree ("tenant_id","main_contact_id");--> statement-breakpoint
CREATE INDEX "companies_markers_idx" ON "companies" USING gin ("markers");--> statement-breakpoint
CREATE UNIQUE INDEX "company_addresses_kind_unique" ON "company_addresses" USING btree ("tenant_id","company_id","kind");--> statement-breakpoint
CREATE INDEX "company_addresses_postal_code_idx" ON "company_addresses" USING btree ("tenant_id","postal_code");--> statement-breakpoint
CREATE INDEX "company_attachments_company_idx" ON "company_attachments" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "company_competitor_coverages_company_idx" ON "company_competitor_coverages" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "company_demographies_company_idx" ON "company_demographies" USING btree ("tenant_id","company_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "company_demographies_attachment_unique" ON "company_demographies" USING btree ("tenant_id","attachment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "company_persons_unique" ON "company_persons" USING btree ("tenant_id","company_id","person_id","role");--> statement-breakpoint
CREATE INDEX "company_persons_person_idx" ON "company_persons" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "company_relations_unique" ON "company_relations" USING btree ("tenant_id","company_id","type","related_company_id");--> statement-breakpoint
CREATE INDEX "company_relations_related_idx" ON "company_relations" USING btree ("tenant_id","related_company_id");--> statement-breakpoint
CREATE INDEX "company_sites_company_idx" ON "company_sites" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "company_sites_contact_idx" ON "company_sites" USING btree ("tenant_id","contact_person_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "companies" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "company_addresses" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "company_attachments" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "company_competitor_coverages" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "company_demographies" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "company_persons" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "company_relations" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "company_sites" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);