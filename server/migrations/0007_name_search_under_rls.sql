-- Under row-level security PostgreSQL applies a query's own conditions after the policy unless
-- they are leakproof. LIKE and pg_trgm's operators are not, so a name search run as the
-- application role could not use its trigram index and would read every row of the tenant. This
-- function runs the trigram part as the table owner, for the session's tenant only (never one
-- passed in), and returns the ids of the rows whose search_name contains every typed word
-- (`patterns`: the words as LIKE patterns '%word%'), or, only when no row does, the rows where
-- every word is close to a word of the name (one typo): a fuzzy match over a large tenant finds
-- many near names, so it is the fallback, not the rule.
CREATE FUNCTION ids_matching_words(target text, words text[], patterns text[]) RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  rows_of_tenant text;
  containing text := '';
  close_to text := '';
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
    close_to := close_to || format(' AND $2[%s] <%% search_name', word_index);
  END LOOP;
  RETURN QUERY EXECUTE rows_of_tenant || containing USING tenant, words, patterns;
  IF NOT FOUND THEN
    RETURN QUERY EXECUTE rows_of_tenant || close_to USING tenant, words, patterns;
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ids_matching_words(text, text[], text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ids_matching_words(text, text[], text[]) TO adhesia_app;
