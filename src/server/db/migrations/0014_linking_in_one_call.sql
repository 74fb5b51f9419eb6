-- Linking a new report in one round trip (issue 5: p99 ≤ 5 ms at a million reports), and search postings
-- in time order (two-word search p95 ≤ 100 ms).
--
-- Measured on PostgreSQL at 100k reports, indexing a report took five to eight statements, and most of
-- each statement's time was planning it (≈0.4 ms planning against ≈0.1 ms executing). PL/pgSQL keeps
-- each statement's plan for the life of the connection, so the same SQL runs without re-planning and
-- in one round trip. The TypeScript keeps the decisions (campaign choice, alerts); these functions do
-- only what the earlier statements did: the SQL is the same, moved here.

-- Search: each posting list in time order. A query of two or more words intersects its words' lists
-- newest first (a merge join of index-only scans) and stops once a page of results is found; two words
-- that rarely meet cost one pass over both lists, never a walk over every report (measured at 100k
-- reports: 787 ms walking reports for two words with no report in common, 13 ms merging their lists).
-- received_at first in the row (8-byte aligned), then the 8-byte token, then the report: 33 bytes of data.
CREATE TABLE search_postings (
  received_at  timestamptz NOT NULL,   -- the report's received_at (never changes)
  token        bytea NOT NULL,
  report_id    uuid NOT NULL,
  PRIMARY KEY (token, received_at, report_id)
);
INSERT INTO search_postings (received_at, token, report_id)
SELECT r.received_at, s.token, s.report_id FROM search_tokens s JOIN reports r ON r.id = s.report_id;
DROP TABLE search_tokens;
ALTER TABLE search_postings RENAME TO search_tokens;
ALTER INDEX search_postings_pkey RENAME TO search_tokens_pkey;
-- A writer that names only (token, report_id) still works: the report's received_at is looked up once
-- per row. Writers in bulk should pass it (the trigger then does nothing).
CREATE FUNCTION search_tokens_received_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT received_at INTO NEW.received_at FROM reports WHERE id = NEW.report_id;
  RETURN NEW;
END;
$$;
CREATE TRIGGER search_tokens_received_at BEFORE INSERT ON search_tokens
  FOR EACH ROW WHEN (NEW.received_at IS NULL) EXECUTE FUNCTION search_tokens_received_at();

-- Records one report's identifiers and search tokens, then returns what linking needs:
--   added      ids of the values this call added to the report (a value the report already had adds none)
--   missing    blind indexes (hex) with no value row and no sealed value given: the caller seals and retries
--   links      cases that share an added value: {case_id, kind, platform, n} (warned, common and rejected
--              values and links left out, as in campaigns/linking.ts)
--   campaigns  the campaigns (not rejected) those cases are in: {campaign_id, case_id, status, created_at}
-- Blind indexes, sealed values and tokens travel as hex text so the call is the same on PGlite.
CREATE FUNCTION index_report_indicators(
  p_report   uuid,
  p_case     uuid,
  p_now      timestamptz,
  p_kinds    text[],
  p_platforms text[],
  p_blind    text[],
  p_sealed   text[],   -- NULL where the caller knows the value exists
  p_sources  text[],
  p_tokens   text[],
  p_common   int       -- COMMON_VALUE_REPORTS
) RETURNS jsonb LANGUAGE plpgsql
-- Generic plans, kept: a custom plan per call (PostgreSQL's default while it judges the arrays' sizes)
-- re-plans every statement each time, which measured two to three times slower than the whole call.
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  v_added   bigint[];
  v_missing text[];
  v_links   jsonb;
  v_cases   uuid[];
  v_campaigns jsonb;
BEGIN
  IF cardinality(p_blind) > 0 THEN
    -- Values not yet known; one on the warning list is born warned. A value another transaction is
    -- inserting at the same moment is waited for, then skipped (and found by the next statement).
    INSERT INTO indicator_values (kind, platform, blind_index, value_sealed, warned, occurrence_count, first_seen)
    SELECT t.k, t.p, decode(t.b, 'hex'), decode(t.s, 'hex'),
           EXISTS (SELECT 1 FROM indicator_warning_list w WHERE w.blind_index = decode(t.b, 'hex')), 0, p_now
      FROM unnest(p_kinds, p_platforms, p_blind, p_sealed) AS t(k, p, b, s)
     WHERE t.s IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM indicator_values v WHERE v.blind_index = decode(t.b, 'hex'))
    ON CONFLICT (blind_index) DO NOTHING;

    -- One occurrence per value and report, and the counts they add to.
    WITH added AS (
      INSERT INTO indicator_occurrences (value_id, report_id, case_id, source)
      SELECT v.id, p_report, p_case, t.src::indicator_source
        FROM unnest(p_blind, p_sources) AS t(b, src)
        JOIN indicator_values v ON v.blind_index = decode(t.b, 'hex')
       WHERE NOT EXISTS (SELECT 1 FROM indicator_occurrences o WHERE o.report_id = p_report AND o.value_id = v.id)
      RETURNING value_id
    ), counted AS (
      UPDATE indicator_values SET occurrence_count = occurrence_count + 1
       WHERE id IN (SELECT value_id FROM added)
    )
    SELECT array_agg(value_id) INTO v_added FROM added;

    SELECT array_agg(t.b) INTO v_missing
      FROM unnest(p_blind) AS t(b)
     WHERE NOT EXISTS (SELECT 1 FROM indicator_values v WHERE v.blind_index = decode(t.b, 'hex'));
  END IF;

  IF cardinality(p_tokens) > 0 THEN
    INSERT INTO search_tokens (received_at, token, report_id)
    SELECT r.received_at, decode(t.h, 'hex'), p_report
      FROM unnest(p_tokens) AS t(h) JOIN reports r ON r.id = p_report
    ON CONFLICT DO NOTHING;
  END IF;

  IF v_added IS NOT NULL THEN
    SELECT COALESCE(jsonb_agg(jsonb_build_object('case_id', l.case_id, 'kind', l.kind, 'platform', l.platform,
                                                 'n', l.n)), '[]')
      INTO v_links
      FROM (
        SELECT COALESCE(c.merged_into_id, c.id) AS case_id, v.kind, v.platform, count(DISTINCT v.id)::int AS n
          FROM indicator_values v
          JOIN indicator_occurrences o ON o.value_id = v.id
          JOIN cases c ON c.id = o.case_id
         WHERE v.id = ANY (v_added) AND NOT v.warned AND v.occurrence_count <= p_common
           AND COALESCE(c.merged_into_id, c.id) <> p_case
           AND NOT EXISTS (
             SELECT 1 FROM rejected_links rl
              WHERE rl.case_a = LEAST(p_case, COALESCE(c.merged_into_id, c.id))
                AND rl.case_b = GREATEST(p_case, COALESCE(c.merged_into_id, c.id)))
         GROUP BY 1, 2, 3
      ) l;

    IF v_links <> '[]' THEN
      -- An array, not a subquery over the JSON: the planner then knows it is a handful of cases and
      -- walks campaign_members_case instead of scanning the table.
      v_cases := ARRAY(SELECT DISTINCT (l ->> 'case_id')::uuid FROM jsonb_array_elements(v_links) AS l);
      SELECT COALESCE(jsonb_agg(jsonb_build_object('campaign_id', m.campaign_id, 'case_id', m.case_id,
                                                   'status', c.status, 'created_at', c.created_at)), '[]')
        INTO v_campaigns
        FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
       WHERE m.case_id = ANY (v_cases) AND c.status <> 'rejected';
    END IF;
  END IF;

  RETURN jsonb_build_object(
    'added', COALESCE(to_jsonb(v_added::text[]), '[]'),
    'missing', COALESCE(to_jsonb(v_missing), '[]'),
    'links', COALESCE(v_links, '[]'),
    'campaigns', COALESCE(v_campaigns, '[]'));
END;
$$;

-- Writes what linking decided for a new report, in one round trip: a new suggested campaign, suggested
-- campaigns the report bridges merged into the oldest, the memberships, the campaigns' timestamps and
-- one alert per linked case.
CREATE FUNCTION record_link_outcome(
  p_case             uuid,
  p_now              timestamptz,
  p_create           uuid,     -- a new suggested campaign, or NULL
  p_merge_into       uuid,     -- with p_merge_from: suggested campaigns that become one, or NULL
  p_merge_from       uuid[],
  p_member_campaigns uuid[],
  p_member_cases     uuid[],
  p_alert_ids        uuid[],
  p_alert_cases      uuid[],
  p_alert_campaigns  uuid[]
) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan
AS $$
BEGIN
  IF p_create IS NOT NULL THEN
    INSERT INTO campaigns (id, status, created_at, updated_at) VALUES (p_create, 'suggested', p_now, p_now);
  END IF;
  IF p_merge_into IS NOT NULL AND cardinality(p_merge_from) > 0 THEN
    INSERT INTO campaign_members (campaign_id, case_id, added_at)
    SELECT p_merge_into, m.case_id, p_now FROM campaign_members m WHERE m.campaign_id = ANY (p_merge_from)
    ON CONFLICT DO NOTHING;
    UPDATE link_alerts SET campaign_id = p_merge_into WHERE campaign_id = ANY (p_merge_from);
    DELETE FROM campaigns WHERE id = ANY (p_merge_from);
  END IF;
  IF cardinality(p_member_campaigns) > 0 THEN
    INSERT INTO campaign_members (campaign_id, case_id, added_at)
    SELECT t.c, t.k, p_now FROM unnest(p_member_campaigns, p_member_cases) AS t(c, k)
    ON CONFLICT DO NOTHING;
    UPDATE campaigns SET updated_at = p_now WHERE id = ANY (p_member_campaigns);
  END IF;
  INSERT INTO link_alerts (id, case_id, linked_case_id, campaign_id, created_at)
  SELECT t.id, p_case, t.linked, t.campaign, p_now
    FROM unnest(p_alert_ids, p_alert_cases, p_alert_campaigns) AS t(id, linked, campaign);
END;
$$;
