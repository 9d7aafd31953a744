CREATE TABLE "person_addresses" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"lines" text[] NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"country" text DEFAULT 'FR' NOT NULL,
	"normalised_lines" text[] NOT NULL,
	"normalisation_status" text NOT NULL,
	CONSTRAINT "person_addresses_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "person_addresses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person_attachments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"description" text,
	CONSTRAINT "person_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "person_attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person_competitor_coverages" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"insurer" text NOT NULL,
	"product" text,
	"end_date" date,
	"annual_premium_cents" bigint,
	CONSTRAINT "person_competitor_coverages_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "person_competitor_coverages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person_relations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"type" text NOT NULL,
	"related_person_id" uuid NOT NULL,
	CONSTRAINT "person_relations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "person_relations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "persons" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"category" text NOT NULL,
	"civility" text,
	"last_name" text NOT NULL,
	"first_name" text,
	"birth_name" text,
	"birth_date" date,
	"email" text,
	"mobile_phone" text,
	"landline_phone" text,
	"profession" text,
	"social_regime" text,
	"local_regime" boolean DEFAULT false NOT NULL,
	"title" text,
	"nature" text DEFAULT 'suspect' NOT NULL,
	"origin_id" uuid NOT NULL,
	"prescriber_person_id" uuid,
	"prescriber_company_id" uuid,
	"importance" text,
	"markers" text[] DEFAULT '{}'::text[] NOT NULL,
	"pep" boolean DEFAULT false NOT NULL,
	"asset_freeze" boolean DEFAULT false NOT NULL,
	"protected_adult" boolean DEFAULT false NOT NULL,
	"c2s_beneficiary" boolean DEFAULT false NOT NULL,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"portal_access" boolean DEFAULT false NOT NULL,
	"portal_access_since" date,
	"paperless_statements" boolean DEFAULT false NOT NULL,
	"paperless_since" date,
	"professional_company_name" text,
	"professional_email" text,
	"professional_phone" text,
	"functions" text,
	"madelin_eligible" boolean DEFAULT false NOT NULL,
	"business_creator" boolean DEFAULT false NOT NULL,
	"search_name" text NOT NULL,
	CONSTRAINT "persons_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "persons" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "person_addresses" ADD CONSTRAINT "person_addresses_tenant_id_person_id_persons_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_attachments" ADD CONSTRAINT "person_attachments_tenant_id_person_id_persons_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_attachments" ADD CONSTRAINT "person_attachments_tenant_id_file_id_stored_files_tenant_id_id_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."stored_files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_competitor_coverages" ADD CONSTRAINT "person_competitor_coverages_tenant_id_person_id_persons_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_tenant_id_person_id_persons_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_tenant_id_related_person_id_persons_tenant_id_id_fk" FOREIGN KEY ("tenant_id","related_person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_origin_fk" FOREIGN KEY ("tenant_id","origin_id") REFERENCES "public"."origins"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_prescriber_person_fk" FOREIGN KEY ("tenant_id","prescriber_person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "person_addresses_kind_unique" ON "person_addresses" USING btree ("tenant_id","person_id","kind");--> statement-breakpoint
CREATE INDEX "person_addresses_postal_code_idx" ON "person_addresses" USING btree ("tenant_id","postal_code");--> statement-breakpoint
CREATE INDEX "person_attachments_person_idx" ON "person_attachments" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "person_competitor_coverages_person_idx" ON "person_competitor_coverages" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_relations_unique" ON "person_relations" USING btree ("tenant_id","person_id","type","related_person_id");--> statement-breakpoint
CREATE INDEX "person_relations_related_idx" ON "person_relations" USING btree ("tenant_id","related_person_id");--> statement-breakpoint
CREATE INDEX "persons_search_name_trgm" ON "persons" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_email_idx" ON "persons" USING btree ("tenant_id","email" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_mobile_idx" ON "persons" USING btree ("tenant_id","mobile_phone" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_landline_idx" ON "persons" USING btree ("tenant_id","landline_phone" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_origin_idx" ON "persons" USING btree ("tenant_id","origin_id");--> statement-breakpoint
CREATE INDEX "persons_markers_idx" ON "persons" USING gin ("markers");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "person_addresses" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "person_attachments" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "person_competitor_coverages" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "person_relations" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "persons" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);