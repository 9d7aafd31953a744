CREATE TABLE "name_word_variants" (
	"tenant_id" uuid NOT NULL,
	"target" text NOT NULL,
	"variant" text NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "name_word_variants_tenant_id_target_variant_word_pk" PRIMARY KEY("tenant_id","target","variant","word")
);
--> statement-breakpoint
ALTER TABLE "name_word_variants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "name_words" (
	"tenant_id" uuid NOT NULL,
	"target" text NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "name_words_tenant_id_target_word_pk" PRIMARY KEY("tenant_id","target","word")
);
--> statement-breakpoint
ALTER TABLE "name_words" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "name_word_variants" ADD CONSTRAINT "name_word_variants_word_fk" FOREIGN KEY ("tenant_id","target","word") REFERENCES "public"."name_words"("tenant_id","target","word") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "name_word_variants_word_idx" ON "name_word_variants" USING btree ("tenant_id","target","word");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "name_word_variants" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "name_words" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
-- A word and each form of it with one letter deleted: two words are at most one typo apart
-- (one letter added, deleted, replaced, or two neighbours swapped) only if they share one.
CREATE FUNCTION name_word_forms(word text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT word UNION SELECT overlay(word PLACING '' FROM place FOR 1) FROM generate_series(1, length(word)) AS place
$$;
--> statement-breakpoint
-- Sharing a form is necessary, not sufficient ("abc" and "bca" share "bc"): the typo is checked.
CREATE FUNCTION one_typo_apart(typed text, word text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
  SELECT levenshtein(typed, word) <= 1
    OR (length(typed) = length(word) AND EXISTS (
      SELECT 1 FROM generate_series(1, length(typed) - 1) AS place
      WHERE overlay(typed PLACING substr(typed, place + 1, 1) || substr(typed, place, 1) FROM place FOR 2) = word))
$$;
--> statement-breakpoint
-- Keeps the lexicon of the names of the table the trigger is on: the words of new or renamed rows
-- are filed with their forms; the words of deleted or renamed rows that no row of the tenant
-- still holds are removed (a name erased from the base must not stay in its lexicon). Rows whose
-- name did not change (an equipment flag, a nature, an assignment) cost a join only. Runs as the
-- owner: under row-level security the check for a remaining holder could not use the trigram index.
CREATE FUNCTION keep_name_words() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'UPDATE' THEN 'SELECT n.tenant_id, n.search_name AS added, o.search_name AS removed FROM new_rows n JOIN old_rows o ON o.id = n.id AND o.tenant_id = n.tenant_id WHERE n.search_name IS DISTINCT FROM o.search_name'
    WHEN 'INSERT' THEN 'SELECT tenant_id, search_name AS added, NULL::text AS removed FROM new_rows'
    ELSE 'SELECT tenant_id, NULL::text AS added, search_name AS removed FROM old_rows' END;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format(
      'WITH filed AS (
         INSERT INTO name_words (tenant_id, target, word)
         SELECT DISTINCT changed.tenant_id, %L, word FROM (%s) AS changed, unnest(string_to_array(changed.added, '' '')) AS word
         WHERE length(word) >= 3
         ON CONFLICT DO NOTHING
         RETURNING tenant_id, target, word)
       INSERT INTO name_word_variants (tenant_id, target, variant, word)
       SELECT filed.tenant_id, filed.target, form, filed.word FROM filed, name_word_forms(filed.word) AS form
       ON CONFLICT DO NOTHING', TG_TABLE_NAME, changed);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    EXECUTE format(
      'DELETE FROM name_words USING (
         SELECT DISTINCT changed.tenant_id, word FROM (%s) AS changed, unnest(string_to_array(changed.removed, '' '')) AS word
         WHERE length(word) >= 3) AS gone
       WHERE name_words.tenant_id = gone.tenant_id AND name_words.target = %L AND name_words.word = gone.word
         AND NOT EXISTS (
           SELECT 1 FROM %I AS holder WHERE holder.tenant_id = gone.tenant_id
             AND holder.search_name LIKE ''%%'' || replace(replace(replace(gone.word, ''\'', ''\\''), ''%%'', ''\%%''), ''_'', ''\_'') || ''%%''
             AND gone.word = ANY (string_to_array(holder.search_name, '' '')))', changed, TG_TABLE_NAME, TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER persons_name_words_insert AFTER INSERT ON persons REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_name_words();
--> statement-breakpoint
CREATE TRIGGER persons_name_words_update AFTER UPDATE ON persons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_name_words();
--> statement-breakpoint
CREATE TRIGGER persons_name_words_delete AFTER DELETE ON persons REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_name_words();
--> statement-breakpoint
CREATE TRIGGER companies_name_words_insert AFTER INSERT ON companies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_name_words();
--> statement-breakpoint
CREATE TRIGGER companies_name_words_update AFTER UPDATE ON companies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_name_words();
--> statement-breakpoint
CREATE TRIGGER companies_name_words_delete AFTER DELETE ON companies REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_name_words();
--> statement-breakpoint
INSERT INTO name_words (tenant_id, target, word)
SELECT DISTINCT tenant_id, 'persons', word FROM persons, unnest(string_to_array(search_name, ' ')) AS word WHERE length(word) >= 3
UNION SELECT DISTINCT tenant_id, 'companies', word FROM companies, unnest(string_to_array(search_name, ' ')) AS word WHERE length(word) >= 3;
--> statement-breakpoint
INSERT INTO name_word_variants (tenant_id, target, variant, word)
SELECT tenant_id, target, form, word FROM name_words, name_word_forms(word) AS form;
--> statement-breakpoint
ANALYZE name_words, name_word_variants;
--> statement-breakpoint
-- As in 0007, with a second step between the two: when no row contains every typed word, the rows
-- where each typed word (three letters or more) is contained or is one typo from a word of the
-- tenant's names, found in the lexicon; the trigram closeness of 0007 stays the last resort
-- (a word typed without its space, "lehenaff"). The lexicon's neighbours of each word travel as
-- one row of a padded two-dimensional array of patterns (padding repeats the word's own), so that
-- the query takes a fixed number of parameters.
CREATE OR REPLACE FUNCTION ids_matching_words(target text, words text[], patterns text[]) RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  rows_of_tenant text;
  containing text := '';
  near_typed text := '';
  close_to text := '';
  near_patterns text[];
BEGIN
  IF target NOT IN ('persons', 'companies') THEN
    RAISE EXCEPTION 'no name search on %', target;
  END IF;
  IF tenant IS NULL OR coalesce(array_length(words, 1), 0) = 0 OR array_length(words, 1) <> array_length(patterns, 1) THEN
    RETURN;
  END IF;
  rows_of_tenant := format('SELECT id FROM %I WHERE tenant_id = $1', target);
  FOR word_index IN 1 .. array_length(words, 1) LOOP
    containing := containing || format(' AND search_name LIKE $3[%s]', word_index);
    near_typed := near_typed || format(' AND search_name LIKE ANY ($4[%s:%s])', word_index, word_index);
    close_to := close_to || format(' AND $2[%s] <%% search_name', word_index);
  END LOOP;
  RETURN QUERY EXECUTE rows_of_tenant || containing USING tenant, words, patterns;
  IF FOUND THEN
    RETURN;
  END IF;
  WITH typed AS (
    SELECT place, word, own FROM unnest(words, patterns) WITH ORDINALITY AS typed(word, own, place)),
  -- Per typed word, a look-up of the lexicon's key by the word's forms (a lateral DISTINCT is not
  -- flattened into a join, so the plan stays a few index probes whatever the statistics say).
  near AS (
    SELECT typed.place, array_agg('%' || replace(replace(replace(neighbour.word, '\', '\\'), '%', '\%'), '_', '\_') || '%') AS found
    FROM typed, LATERAL (
      SELECT DISTINCT variant.word FROM name_word_variants AS variant
      WHERE variant.tenant_id = tenant AND variant.target = ids_matching_words.target
        AND variant.variant = ANY (ARRAY(SELECT name_word_forms(typed.word))) AND variant.word <> typed.word) AS neighbour
    WHERE length(typed.word) >= 3 AND one_typo_apart(typed.word, neighbour.word)
    GROUP BY typed.place),
  lists AS (
    SELECT typed.place, typed.own, array_prepend(typed.own, coalesce(near.found, '{}')) AS list
    FROM typed LEFT JOIN near ON near.place = typed.place)
  SELECT CASE WHEN EXISTS (SELECT 1 FROM near)
    THEN array_agg(lists.list || array_fill(lists.own, ARRAY[widest.length - cardinality(lists.list)]) ORDER BY lists.place) END
  INTO near_patterns
  FROM lists, (SELECT max(cardinality(list)) AS length FROM lists) AS widest;
  IF near_patterns IS NOT NULL THEN
    RETURN QUERY EXECUTE rows_of_tenant || near_typed USING tenant, words, patterns, near_patterns;
    IF FOUND THEN
      RETURN;
    END IF;
  END IF;
  RETURN QUERY EXECUTE rows_of_tenant || close_to USING tenant, words, patterns;
END
$$;
