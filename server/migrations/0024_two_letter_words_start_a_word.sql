-- As in 0019, except for typed words of two letters: they must start a word of the name. Contained
-- anywhere, "le" matched a third of a tenant ("alexandre", "noel") and gave pg_trgm no trigram to
-- look up, so that each such search read every name of the tenant (300-500 ms on a million
-- persons). Their pattern is a regular expression, `(^| )le`, which the trigram index serves
-- (word-start trigrams); the other words keep their LIKE pattern. The caller (idMatchesWords)
-- sends each word's pattern in the form its length asks for.
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
