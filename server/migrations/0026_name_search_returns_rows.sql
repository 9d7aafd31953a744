-- The name search of 0025 returns the matching rows themselves, not their ids. The list's page
-- query then reads them from the function (`FROM rows_matching_words(null::persons, …) AS persons`)
-- with its other filters, instead of reading each id back from the table: under row-level security
-- that was one index descent per match, 17 of the 36 ms of a surname that 5,000 persons hold on a
-- million. The function still runs as the owner for the session's tenant only (never one passed
-- in), which is all the tables' policy asks; `target` names the table by its row type
-- (`null::persons`, `null::companies`), whose rows it returns.
CREATE FUNCTION rows_matching_words(target anyelement, words text[], patterns text[]) RETURNS SETOF anyelement
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  target_table text := pg_typeof(target)::text;
  rows_of_tenant text;
  containing text := '';
  near_typed text := '';
  close_to text := '';
  near_patterns text[];
  operator text;
BEGIN
  IF target_table NOT IN ('persons', 'companies') THEN
    RAISE EXCEPTION 'no name search on %', target_table;
  END IF;
  IF tenant IS NULL OR coalesce(array_length(words, 1), 0) = 0 OR array_length(words, 1) <> array_length(patterns, 1) THEN
    RETURN;
  END IF;
  rows_of_tenant := format('SELECT * FROM %I WHERE tenant_id = $1', target_table);
  FOR word_index IN 1 .. array_length(words, 1) LOOP
    operator := CASE WHEN length(words[word_index]) = 2 THEN '~' ELSE 'LIKE' END;
    containing := containing || format(' AND search_name %s $3[%s]', operator, word_index);
    near_typed := near_typed || format(' AND search_name %s ANY ($4[%s:%s])', operator, word_index, word_index);
    close_to := close_to || format(' AND $2[%s] <%% search_name', word_index);
  END LOOP;
  RETURN QUERY EXECUTE rows_of_tenant || containing USING tenant, words, patterns;
  IF FOUND THEN
    RETURN;
  END IF;
  WITH typed AS (
    SELECT place, word, own FROM unnest(words, patterns) WITH ORDINALITY AS typed(word, own, place)),
  -- Per typed word, one look-up of the lexicon's key per form of the word: an equality on every
  -- column of the key's prefix, behind OFFSET 0 so that it is never flattened into a join.
  near AS (
    SELECT typed.place, array_agg('%' || replace(replace(replace(neighbour.word, '\', '\\'), '%', '\%'), '_', '\_') || '%') AS found
    FROM typed, LATERAL (
      SELECT DISTINCT variant.word FROM name_word_forms(typed.word) AS form(variant), LATERAL (
        SELECT stored.word FROM name_word_variants AS stored
        WHERE stored.tenant_id = tenant AND stored.target = target_table AND stored.variant = form.variant
        OFFSET 0) AS variant
      WHERE variant.word <> typed.word) AS neighbour
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
--> statement-breakpoint
DROP FUNCTION ids_matching_words(text, text[], text[]);
--> statement-breakpoint
REVOKE ALL ON FUNCTION rows_matching_words(anyelement, text[], text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION rows_matching_words(anyelement, text[], text[]) TO adhesia_app;
