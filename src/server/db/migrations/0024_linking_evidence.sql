-- Linking that reads real words (issue 17): each occurrence of an identifier says how it was found and how
-- sure extraction was; a value says whether it may link at all (a shared service's domain never does);
-- staff corrections stick; the weight of a shared value is defined once, here; one alert per arriving
-- report.

-- How each identifier was found in its report ('field', 'url', 'email-domain', 'labelled-id', …; see
-- indicators/claims.ts) and how sure extraction was. Occurrences stored before this migration came from the
-- older extractor, which took ordinary words after a platform name for accounts: those found in prose are
-- kept but counted as "medium", so they no longer link on their own.
ALTER TABLE indicator_occurrences
  ADD COLUMN matched_as text NOT NULL DEFAULT 'field' CHECK (matched_as ~ '^[a-z-]{2,20}$'),
  ADD COLUMN confidence text NOT NULL DEFAULT 'high' CHECK (confidence IN ('high', 'medium'));
UPDATE indicator_occurrences SET matched_as = 'legacy', confidence = 'medium' WHERE source <> 'structured';

-- A value that must never link two reports on its own: the domain of a mail provider, platform, URL
-- shortener, host or CDN (indicators/lists/shared-services.txt).
ALTER TABLE indicator_values ADD COLUMN linkable boolean NOT NULL DEFAULT true;

-- Staff who may read a report's content correct its identifiers: one removed never comes back when the
-- report is indexed again (a message, a re-index), one added is kept with the staff member's name.
CREATE TABLE indicator_corrections (
  report_id    uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  blind_index  bytea NOT NULL,
  action       text NOT NULL CHECK (action IN ('removed', 'added')),
  by_user      uuid REFERENCES users (id),
  at           timestamptz NOT NULL,
  PRIMARY KEY (report_id, blind_index)
);

-- THE LINKING RULE, in one place: how much one shared value weighs between two reports. TypeScript
-- (campaigns/linking.ts) only adds the weights of the values two cases share and calls a total of 1 or more
-- a strong link (enough to join a campaign); anything above 0 is a link shown to staff, with its reasons.
--   kind        phone, e-mail, URL, account, domain (a registrable one: a dedicated site, or the domain of
--               the mailbox that threatened) and public IP address weigh 1; 'other' weighs ½.
--   confidence  a value found in prose without the shape of an identifier (medium) weighs half, on either
--               side: two such values are needed, so one doubtful word never chains reports together.
--   rarity      a value in more than 50 reports weighs less, down to ½ at 100; in more than 100 it is a
--               service everyone meets, not a campaign's trace, and weighs 0.
--   never       a warning-listed value, or one that may not link (a shared service's domain), weighs 0.
CREATE FUNCTION link_weight(
  p_kind text, p_reports int, p_warned boolean, p_linkable boolean, p_confidence_a text, p_confidence_b text
) RETURNS real LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN p_warned OR NOT p_linkable OR p_reports > 100 THEN 0
    ELSE (CASE WHEN p_kind = 'other' THEN 0.5 ELSE 1 END)
       * (CASE WHEN p_confidence_a = 'medium' OR p_confidence_b = 'medium' THEN 0.5 ELSE 1 END)
       * (CASE WHEN p_reports <= 50 THEN 1 ELSE 1 - 0.5 * (p_reports - 50) / 50.0 END)
  END::real
$$;

-- Linking a new report (replaces 0014's function): occurrences carry how they were found and how sure;
-- values carry whether they may link; the links found name each shared value and its weight.
--   links  [{case_id, kind, platform, value_id, w}] — every shared value of weight above 0, per linked case
DROP FUNCTION index_report_indicators(uuid, uuid, timestamptz, text[], text[], text[], text[], text[], text[], int);
CREATE FUNCTION index_report_indicators(
  p_report     uuid,
  p_case       uuid,
  p_now        timestamptz,
  p_kinds      text[],
  p_platforms  text[],
  p_blind      text[],
  p_sealed     text[],   -- NULL where the caller knows the value exists
  p_sources    text[],
  p_matched    text[],
  p_confidence text[],
  p_linkable   boolean[],
  p_tokens     text[]
) RETURNS jsonb LANGUAGE plpgsql
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
    INSERT INTO indicator_values (kind, platform, blind_index, value_sealed, warned, linkable, occurrence_count, first_seen)
    SELECT t.k, t.p, decode(t.b, 'hex'), decode(t.s, 'hex'),
           EXISTS (SELECT 1 FROM indicator_warning_list w WHERE w.blind_index = decode(t.b, 'hex')), t.l, 0, p_now
      FROM unnest(p_kinds, p_platforms, p_blind, p_sealed, p_linkable) AS t(k, p, b, s, l)
     WHERE t.s IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM indicator_values v WHERE v.blind_index = decode(t.b, 'hex'))
    ON CONFLICT (blind_index) DO NOTHING;

    WITH added AS (
      INSERT INTO indicator_occurrences (value_id, report_id, case_id, source, matched_as, confidence)
      SELECT v.id, p_report, p_case, t.src::indicator_source, t.m, t.c
        FROM unnest(p_blind, p_sources, p_matched, p_confidence) AS t(b, src, m, c)
        JOIN indicator_values v ON v.blind_index = decode(t.b, 'hex')
       WHERE NOT EXISTS (SELECT 1 FROM indicator_occurrences o WHERE o.report_id = p_report AND o.value_id = v.id)
         -- Staff removed it from this report: it stays removed, whatever indexing finds again.
         AND NOT EXISTS (SELECT 1 FROM indicator_corrections ic
                          WHERE ic.report_id = p_report AND ic.blind_index = v.blind_index AND ic.action = 'removed')
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
                                                 'value_id', l.value_id, 'w', l.w)), '[]')
      INTO v_links
      FROM (
        SELECT COALESCE(c.merged_into_id, c.id) AS case_id, v.kind, v.platform, v.id AS value_id,
               max(link_weight(v.kind, v.occurrence_count, v.warned, v.linkable, mine.confidence, o.confidence)) AS w
          FROM indicator_values v
          JOIN indicator_occurrences mine ON mine.value_id = v.id AND mine.report_id = p_report
          JOIN indicator_occurrences o ON o.value_id = v.id
          JOIN cases c ON c.id = o.case_id
         WHERE v.id = ANY (v_added) AND NOT v.warned AND v.linkable AND v.occurrence_count <= 100
           AND COALESCE(c.merged_into_id, c.id) <> p_case
           AND NOT EXISTS (
             SELECT 1 FROM rejected_links rl
              WHERE rl.case_a = LEAST(p_case, COALESCE(c.merged_into_id, c.id))
                AND rl.case_b = GREATEST(p_case, COALESCE(c.merged_into_id, c.id)))
         GROUP BY 1, 2, 3, 4
      ) l
     WHERE l.w > 0;

    IF v_links <> '[]' THEN
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

-- One alert per arriving report that links (replacing one row per linked case): the linked cases, strongest
-- first, and the campaign the report's case joined. Existing alerts are gathered the same way.
ALTER TABLE link_alerts ADD COLUMN report_id uuid REFERENCES reports (id) ON DELETE CASCADE;
ALTER TABLE link_alerts ADD COLUMN linked_case_ids uuid[] NOT NULL DEFAULT '{}';
WITH grouped AS (
  SELECT (array_agg(id ORDER BY id))[1] AS keep, case_id, created_at,
         array_agg(linked_case_id ORDER BY linked_case_id) FILTER (WHERE linked_case_id IS NOT NULL) AS linked,
         (array_agg(campaign_id) FILTER (WHERE campaign_id IS NOT NULL))[1] AS campaign
    FROM link_alerts GROUP BY case_id, created_at
), kept AS (
  UPDATE link_alerts a SET linked_case_ids = COALESCE(g.linked, '{}'), campaign_id = g.campaign
    FROM grouped g WHERE a.id = g.keep
  RETURNING a.id
)
DELETE FROM link_alerts WHERE id NOT IN (SELECT id FROM kept);
DROP INDEX link_alerts_linked_case;
ALTER TABLE link_alerts DROP COLUMN linked_case_id;
CREATE INDEX link_alerts_linked_cases ON link_alerts USING gin (linked_case_ids);

DROP FUNCTION record_link_outcome(uuid, timestamptz, uuid, uuid, uuid[], uuid[], uuid[], uuid[], uuid[], uuid[]);
CREATE FUNCTION record_link_outcome(
  p_case             uuid,
  p_report           uuid,
  p_now              timestamptz,
  p_create           uuid,
  p_merge_into       uuid,
  p_merge_from       uuid[],
  p_member_campaigns uuid[],
  p_member_cases     uuid[],
  p_alert_id         uuid,
  p_alert_cases      uuid[],
  p_alert_campaign   uuid
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
  IF p_alert_id IS NOT NULL THEN
    INSERT INTO link_alerts (id, case_id, report_id, linked_case_ids, campaign_id, created_at)
    VALUES (p_alert_id, p_case, p_report, p_alert_cases, p_alert_campaign, p_now);
  END IF;
END;
$$;
