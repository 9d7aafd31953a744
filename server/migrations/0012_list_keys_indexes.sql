DROP INDEX "company_addresses_postal_code_idx";--> statement-breakpoint
DROP INDEX "person_addresses_postal_code_idx";--> statement-breakpoint
CREATE INDEX "companies_list_keys_idx" ON "companies" USING btree ("tenant_id","id","name","search_name");--> statement-breakpoint
CREATE INDEX "persons_list_keys_idx" ON "persons" USING btree ("tenant_id","id","last_name","first_name","search_name");--> statement-breakpoint
CREATE INDEX "company_addresses_postal_code_idx" ON "company_addresses" USING btree ("tenant_id","postal_code","company_id");--> statement-breakpoint
CREATE INDEX "person_addresses_postal_code_idx" ON "person_addresses" USING btree ("tenant_id","postal_code","person_id");