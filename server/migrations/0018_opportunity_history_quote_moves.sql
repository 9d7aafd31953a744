ALTER TABLE "opportunity_state_changes" ADD COLUMN "quote_from_state" text;--> statement-breakpoint
ALTER TABLE "opportunity_state_changes" ADD COLUMN "quote_to_state" text;--> statement-breakpoint
-- Rows written before: the quote's move was text in the reason (« Devis N : sent — motif »); keep the code apart and only the words as reason.
UPDATE "opportunity_state_changes" SET "quote_to_state" = substring("reason" from ' : ([a-z_]+)(?: — .*)?$'), "reason" = substring("reason" from ' : [a-z_]+ — (.*)$') WHERE "quote_id" IS NOT NULL AND "reason" ~ '^Devis .+ : [a-z_]+( — .*)?$';
