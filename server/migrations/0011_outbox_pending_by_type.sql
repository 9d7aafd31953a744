DROP INDEX "domain_events_pending_idx";--> statement-breakpoint
CREATE INDEX "domain_events_pending_by_type_idx" ON "domain_events" USING btree ("type","available_at") WHERE delivered_at is null;