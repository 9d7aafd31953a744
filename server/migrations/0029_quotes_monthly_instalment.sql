ALTER TABLE "quotes" DROP CONSTRAINT "quotes_amounts_not_negative";--> statement-breakpoint
-- A quote typed or pushed with its annual premium alone showed no monthly one: it is the instalment, to the cent.
UPDATE "quotes" SET "monthly_gross_cents" = round("annual_gross_cents" / 12.0) WHERE "monthly_gross_cents" IS NULL;--> statement-breakpoint
ALTER TABLE "quotes" ALTER COLUMN "monthly_gross_cents" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_amounts_not_negative" CHECK ("quotes"."annual_gross_cents" >= 0 and "quotes"."monthly_gross_cents" >= 0);