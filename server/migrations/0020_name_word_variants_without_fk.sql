ALTER TABLE "name_word_variants" DROP CONSTRAINT "name_word_variants_word_fk";

--> statement-breakpoint
-- The lexicon's forms no longer hang on their word by a foreign key: its check, one per form,
-- made a load of new names ten times slower. The trigger removes a word's forms with the word.
CREATE OR REPLACE FUNCTION keep_name_words() RETURNS trigger
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
      'WITH gone AS (
         DELETE FROM name_words USING (
           SELECT DISTINCT changed.tenant_id, word FROM (%s) AS changed, unnest(string_to_array(changed.removed, '' '')) AS word
           WHERE length(word) >= 3) AS removed
         WHERE name_words.tenant_id = removed.tenant_id AND name_words.target = %L AND name_words.word = removed.word
           AND NOT EXISTS (
             SELECT 1 FROM %I AS holder WHERE holder.tenant_id = removed.tenant_id
               AND holder.search_name LIKE ''%%'' || replace(replace(replace(removed.word, ''\'', ''\\''), ''%%'', ''\%%''), ''_'', ''\_'') || ''%%''
               AND removed.word = ANY (string_to_array(holder.search_name, '' '')))
         RETURNING name_words.tenant_id, name_words.target, name_words.word)
       DELETE FROM name_word_variants USING gone
       WHERE name_word_variants.tenant_id = gone.tenant_id AND name_word_variants.target = gone.target AND name_word_variants.word = gone.word', changed, TG_TABLE_NAME, TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END
$$;
