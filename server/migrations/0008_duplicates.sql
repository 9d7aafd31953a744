CREATE TABLE "duplicate_candidates" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"target" text NOT NULL,
	"record_a" uuid NOT NULL,
	"record_b" uuid NOT NULL,
	"rule_code" text NOT NULL,
	"score" real NOT NULL,
	"fields" text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"scan_id" uuid,
	CONSTRAINT "duplicate_candidates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "duplicate_candidates_ordered" CHECK ("duplicate_candidates"."record_a" < "duplicate_candidates"."record_b")
);
--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duplicate_keys" (
	"tenant_id" uuid NOT NULL,
	"target" text NOT NULL,
	"record_id" uuid NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "duplicate_keys_tenant_id_target_record_id_key_pk" PRIMARY KEY("tenant_id","target","record_id","key")
);
--> statement-breakpoint
ALTER TABLE "duplicate_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duplicate_rules" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"target" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"fields" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"system" boolean DEFAULT false NOT NULL,
	CONSTRAINT "duplicate_rules_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "duplicate_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "false_duplicates" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"target" text NOT NULL,
	"record_a" uuid NOT NULL,
	"record_b" uuid NOT NULL,
	CONSTRAINT "false_duplicates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "false_duplicates_ordered" CHECK ("false_duplicates"."record_a" < "false_duplicates"."record_b")
);
--> statement-breakpoint
ALTER TABLE "false_duplicates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "merges" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"target" text NOT NULL,
	"target_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"field_choices" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" uuid,
	CONSTRAINT "merges_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "merges" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_candidates_pair_unique" ON "duplicate_candidates" USING btree ("tenant_id","target","record_a","record_b");--> statement-breakpoint
CREATE INDEX "duplicate_candidates_review_idx" ON "duplicate_candidates" USING btree ("tenant_id","target","status","score");--> statement-breakpoint
CREATE INDEX "duplicate_keys_key_idx" ON "duplicate_keys" USING btree ("tenant_id","target","key");--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_rules_code_unique" ON "duplicate_rules" USING btree ("tenant_id","target","code");--> statement-breakpoint
CREATE UNIQUE INDEX "false_duplicates_pair_unique" ON "false_duplicates" USING btree ("tenant_id","target","record_a","record_b");--> statement-breakpoint
CREATE INDEX "false_duplicates_b_idx" ON "false_duplicates" USING btree ("tenant_id","target","record_b");--> statement-breakpoint
CREATE INDEX "merges_source_idx" ON "merges" USING btree ("tenant_id","target","source_id");--> statement-breakpoint
CREATE INDEX "merges_target_idx" ON "merges" USING btree ("tenant_id","target","target_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "duplicate_candidates" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "duplicate_keys" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "duplicate_rules" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "false_duplicates" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "merges" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);