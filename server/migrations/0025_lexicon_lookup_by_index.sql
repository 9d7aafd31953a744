-- As in 0024, except for how the lexicon is looked up for a typed word's neighbours. 0019 asked for
-- `variant = ANY (forms)`, and PostgreSQL may leave the array out of the index condition: when its
-- statistics of name_word_variants are stale (a tenant's first import of persons, before autovacuum
-- analyses it), it reads every variant of the tenant (444,911 for 100,000 persons) and filters
-- them, 100-170 ms per typo instead of 0.3 ms. An equality per form on the whole key prefix, in a
-- lateral subquery that cannot be flattened, is an index probe whatever the statistics say.
CREATE OR REPLACE FUNCTION ids_matching_words(target text, words text[], patterns text[]) RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  rows_of_tenant text;
  containing text := '';
  near_typed text := '';
  close_to text := '';
  near_patterns text[];
  operator text;
BEGIN
  IF target NOT IN ('persons', 'companies') THEN
    RAISE EXCEPTION 'no name search on %', target;
  END IF;
  IF tenant IS NULL OR coalesce(array_length(words, 1), 0) = 0 OR array_length(words, 1) <> array_length(patterns, 1) THEN
    RETURN;
  END IF;
  rows_of_tenant := format('SELECT id FROM %I WHERE tenant_id = $1', target);
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
        WHERE stored.tenant_id = tenant AND stored.target = ids_matching_words.target AND stored.variant = form.variant
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
