DROP INDEX "companies_siren_unique";--> statement-breakpoint
CREATE INDEX "companies_siren_idx" ON "companies" USING btree ("tenant_id","siren" text_pattern_ops);