CREATE TABLE "advisor_memberships" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"introducer_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "advisor_memberships_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "advisor_memberships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "assignment_rules" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"market" text NOT NULL,
	"postal_code" text,
	"department" text,
	"introducer_id" uuid NOT NULL,
	"advisor_id" uuid,
	CONSTRAINT "assignment_rules_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "assignment_rules_one_place" CHECK (("assignment_rules"."postal_code" is null) <> ("assignment_rules"."department" is null))
);
--> statement-breakpoint
ALTER TABLE "assignment_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "assignment_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"mode" text DEFAULT 'manual' NOT NULL,
	"level" text DEFAULT 'introducer' NOT NULL,
	"companies_in_mdpro" boolean DEFAULT false NOT NULL,
	"mdpro_max_headcount_band" text,
	"mde_from_headcount_band" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "assignment_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "introducers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"address_lines" text[],
	"postal_code" text,
	"city" text,
	"phone" text,
	"email" text,
	"contact_name" text,
	"orias_number" text,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "introducers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "introducers_orias_brokers_only" CHECK ("introducers"."orias_number" is null or ("introducers"."kind" = 'broker' and "introducers"."orias_number" ~ '^[0-9]{8}$'))
);
--> statement-breakpoint
ALTER TABLE "introducers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sectors" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"departments" text[] DEFAULT '{}'::text[] NOT NULL,
	"postal_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "sectors_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "sectors" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "roles" ADD COLUMN "data_scope" text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "introducer_id" uuid;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "market" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "sector_id" uuid;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "introducer_id" uuid;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "advisor_id" uuid;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "assignment_source" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "market" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "sector_id" uuid;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "introducer_id" uuid;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "advisor_id" uuid;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "assignment_source" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "advisor_memberships" ADD CONSTRAINT "advisor_memberships_tenant_id_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_memberships" ADD CONSTRAINT "advisor_memberships_tenant_id_introducer_id_introducers_tenant_id_id_fk" FOREIGN KEY ("tenant_id","introducer_id") REFERENCES "public"."introducers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_rules" ADD CONSTRAINT "assignment_rules_tenant_id_introducer_id_introducers_tenant_id_id_fk" FOREIGN KEY ("tenant_id","introducer_id") REFERENCES "public"."introducers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_rules" ADD CONSTRAINT "assignment_rules_tenant_id_advisor_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","advisor_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "advisor_memberships_current_unique" ON "advisor_memberships" USING btree ("tenant_id","user_id") WHERE "advisor_memberships"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "advisor_memberships_introducer_idx" ON "advisor_memberships" USING btree ("tenant_id","introducer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_rules_postal_code_unique" ON "assignment_rules" USING btree ("tenant_id","market","postal_code") WHERE "assignment_rules"."postal_code" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_rules_department_unique" ON "assignment_rules" USING btree ("tenant_id","market","department") WHERE "assignment_rules"."department" is not null;--> statement-breakpoint
CREATE INDEX "assignment_rules_introducer_idx" ON "assignment_rules" USING btree ("tenant_id","introducer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "introducers_code_unique" ON "introducers" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "sectors_code_unique" ON "sectors" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "companies_introducer_idx" ON "companies" USING btree ("tenant_id","introducer_id");--> statement-breakpoint
CREATE INDEX "companies_advisor_idx" ON "companies" USING btree ("tenant_id","advisor_id");--> statement-breakpoint
CREATE INDEX "persons_introducer_idx" ON "persons" USING btree ("tenant_id","introducer_id");--> statement-breakpoint
CREATE INDEX "persons_advisor_idx" ON "persons" USING btree ("tenant_id","advisor_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "advisor_memberships" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "assignment_rules" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "assignment_settings" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "introducers" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sectors" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
-- A credential's data scope (migration 0002): it narrows when a role's scope, a user's introducer or that introducer's kind (a broker sees only its own) changes.
DROP TRIGGER users_credentials_changed ON users;--> statement-breakpoint
CREATE TRIGGER users_credentials_changed AFTER UPDATE OF active, password_hash, introducer_id ON users FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();--> statement-breakpoint
DROP TRIGGER roles_credentials_changed ON roles;--> statement-breakpoint
CREATE TRIGGER roles_credentials_changed AFTER UPDATE OF permissions, data_scope OR DELETE ON roles FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();--> statement-breakpoint
CREATE TRIGGER introducers_credentials_changed AFTER UPDATE OF kind ON introducers FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();
