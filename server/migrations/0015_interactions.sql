CREATE TABLE "interactions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"type" text NOT NULL,
	"person_id" uuid,
	"company_id" uuid,
	"advisor_id" uuid NOT NULL,
	"opportunity_id" uuid,
	"planned_at" timestamp with time zone NOT NULL,
	"subject" text NOT NULL,
	"notes" text,
	"state" text DEFAULT 'planned' NOT NULL,
	"ended_at" timestamp with time zone,
	"result_code" text,
	"report" text,
	CONSTRAINT "interactions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "interactions_record_required" CHECK ("interactions"."person_id" is not null or "interactions"."company_id" is not null),
	CONSTRAINT "interactions_done_completed" CHECK ("interactions"."state" = 'planned' or ("interactions"."ended_at" is not null and "interactions"."result_code" is not null))
);
--> statement-breakpoint
ALTER TABLE "interactions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_person_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."persons"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_company_fk" FOREIGN KEY ("tenant_id","company_id") REFERENCES "public"."companies"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_advisor_fk" FOREIGN KEY ("tenant_id","advisor_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interactions_person_idx" ON "interactions" USING btree ("tenant_id","person_id","planned_at");--> statement-breakpoint
CREATE INDEX "interactions_company_idx" ON "interactions" USING btree ("tenant_id","company_id","planned_at");--> statement-breakpoint
CREATE INDEX "interactions_advisor_idx" ON "interactions" USING btree ("tenant_id","advisor_id","state","planned_at");--> statement-breakpoint
CREATE INDEX "interactions_opportunity_idx" ON "interactions" USING btree ("tenant_id","opportunity_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "interactions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);