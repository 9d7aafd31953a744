-- The lexicon's update triggers were statement-level with transition tables: every update of a
-- person or company (an equipment flag, a nature: a feed rewrites thousands per batch) copied its
-- old and new rows to find the few renamed ones. A row-level trigger on `search_name` with a WHEN
-- clause fires for renames only and costs nothing to any other update.
DROP TRIGGER persons_name_words_update ON persons;
--> statement-breakpoint
DROP TRIGGER companies_name_words_update ON companies;
--> statement-breakpoint
CREATE FUNCTION keep_renamed_name_words() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  WITH filed AS (
    INSERT INTO name_words (tenant_id, target, word)
    SELECT DISTINCT NEW.tenant_id, TG_TABLE_NAME, word FROM unnest(string_to_array(NEW.search_name, ' ')) AS word
    WHERE length(word) >= 3
    ON CONFLICT DO NOTHING
    RETURNING tenant_id, target, word)
  INSERT INTO name_word_variants (tenant_id, target, variant, word)
  SELECT filed.tenant_id, filed.target, form, filed.word FROM filed, name_word_forms(filed.word) AS form
  ON CONFLICT DO NOTHING;
  EXECUTE format(
    'WITH gone AS (
       DELETE FROM name_words
       WHERE name_words.tenant_id = $1 AND name_words.target = %L
         AND name_words.word = ANY (string_to_array($2, '' '')) AND NOT name_words.word = ANY (string_to_array($3, '' ''))
         AND NOT EXISTS (
           SELECT 1 FROM %I AS holder WHERE holder.tenant_id = $1
             AND holder.search_name LIKE ''%%'' || replace(replace(replace(name_words.word, ''\'', ''\\''), ''%%'', ''\%%''), ''_'', ''\_'') || ''%%''
             AND name_words.word = ANY (string_to_array(holder.search_name, '' '')))
       RETURNING name_words.tenant_id, name_words.target, name_words.word)
     DELETE FROM name_word_variants USING gone
     WHERE name_word_variants.tenant_id = gone.tenant_id AND name_word_variants.target = gone.target AND name_word_variants.word = gone.word',
    TG_TABLE_NAME, TG_TABLE_NAME) USING OLD.tenant_id, OLD.search_name, NEW.search_name;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER persons_name_words_rename AFTER UPDATE OF search_name ON persons FOR EACH ROW WHEN (OLD.search_name IS DISTINCT FROM NEW.search_name) EXECUTE FUNCTION keep_renamed_name_words();
--> statement-breakpoint
CREATE TRIGGER companies_name_words_rename AFTER UPDATE OF search_name ON companies FOR EACH ROW WHEN (OLD.search_name IS DISTINCT FROM NEW.search_name) EXECUTE FUNCTION keep_renamed_name_words();

--> statement-breakpoint
-- The statement-level function now serves inserts and deletions only.
CREATE OR REPLACE FUNCTION keep_name_words() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT tenant_id, search_name AS added, NULL::text AS removed FROM new_rows'
    ELSE 'SELECT tenant_id, NULL::text AS added, search_name AS removed FROM old_rows' END;
BEGIN
  IF TG_OP = 'INSERT' THEN
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
  IF TG_OP = 'DELETE' THEN
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
