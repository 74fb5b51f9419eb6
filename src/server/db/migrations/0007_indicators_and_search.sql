-- Indicators (identifiers found in reports), links between cases, campaigns and the blind search index.
-- No indicator value and no narrative word is held in plaintext: values are matched by blind index (keyed
-- HMAC of the normalised value) and kept sealed for display; words are truncated keyed HMACs.
-- Storage grows linearly: one row per distinct value, one per occurrence in a report. Links between cases
-- are computed at query time through the (value_id, case_id) index: there is no table of pairs.

CREATE TABLE indicator_values (
  -- Fixed-width columns first, then the variable ones: no padding between them (rows are ~136 bytes).
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  first_seen        timestamptz NOT NULL,
  occurrence_count  int NOT NULL DEFAULT 0,        -- reports it occurs in
  warned            boolean NOT NULL DEFAULT false, -- on the warning list: never links
  kind              text NOT NULL CHECK (kind IN ('phone', 'email', 'url', 'domain', 'account', 'ip', 'other')),
  platform          text,                          -- for accounts: x, facebook, wechat, qq, ...
  blind_index       bytea NOT NULL UNIQUE,         -- blindIndexFor(keys.blindIndex, kind, normalised)
  value_sealed      bytea NOT NULL                 -- the normalised value, sealed (aad indicator.value:<kind>)
);
-- Full recomputation only looks at values seen in more than one report.
CREATE INDEX indicator_values_shared ON indicator_values (id) WHERE occurrence_count > 1 AND NOT warned;

-- Where a value was found. An enum is 4 bytes where the words would take 11: rows stay at 72 bytes.
CREATE TYPE indicator_source AS ENUM ('structured', 'narrative', 'message');

CREATE TABLE indicator_occurrences (
  value_id   bigint NOT NULL REFERENCES indicator_values (id) ON DELETE CASCADE,
  -- No foreign keys to reports and cases: a cascade would need more indexes than the lookups do. Queries
  -- join to reports and cases (so a deleted one vanishes from results) and resolve merged cases there;
  -- forgetReport (indicators/index-report.ts) deletes a report's rows.
  report_id  uuid NOT NULL,
  case_id    uuid NOT NULL,                      -- the report's case when it was indexed
  source     indicator_source NOT NULL
);
-- value -> cases: the link lookup (index-only for the case ids).
CREATE INDEX indicator_occurrences_value ON indicator_occurrences (value_id, case_id);
-- report -> values: a case's links go case -> reports (reports_case) -> values; it survives merges.
CREATE INDEX indicator_occurrences_report ON indicator_occurrences (report_id);

-- Values too common to mean anything: they are stored and shown, but never link cases.
CREATE TABLE indicator_warning_list (
  id           uuid PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('phone', 'email', 'url', 'domain', 'account', 'ip', 'other')),
  blind_index  bytea NOT NULL UNIQUE,
  value_sealed bytea NOT NULL,
  reason       text NOT NULL CHECK (reason IN ('platform', 'public_hotline', 'own_contact', 'common_service', 'other')),
  seeded       boolean NOT NULL DEFAULT false,
  created_by   uuid REFERENCES users (id),
  created_at   timestamptz NOT NULL
);

-- Seeding happens once per database (the seed depends on the deployment's blind-index key, so it is done by
-- the server, not here); entries an admin removes afterwards stay removed.
CREATE TABLE indicator_warning_list_seed (
  version    int PRIMARY KEY,
  seeded_at  timestamptz NOT NULL
);

CREATE TABLE campaigns (
  id           uuid PRIMARY KEY,
  status       text NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected')),
  name_sealed  bytea,                              -- analysts' names may reveal who is targeted: sealed
  note_sealed  bytea,
  data_key_id  uuid REFERENCES data_keys (id),
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  decided_by   uuid REFERENCES users (id),
  decided_at   timestamptz
);
CREATE INDEX campaigns_status ON campaigns (status, updated_at);

CREATE TABLE campaign_members (
  campaign_id  uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  case_id      uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  added_at     timestamptz NOT NULL,
  PRIMARY KEY (campaign_id, case_id)
);
CREATE INDEX campaign_members_case ON campaign_members (case_id);

-- A link an analyst rejected stays rejected: it is never shown or suggested again. case_a < case_b.
CREATE TABLE rejected_links (
  case_a       uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  case_b       uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  rejected_by  uuid REFERENCES users (id),
  rejected_at  timestamptz NOT NULL,
  PRIMARY KEY (case_a, case_b),
  CHECK (case_a < case_b)
);
CREATE INDEX rejected_links_b ON rejected_links (case_b);

-- A new report that links to an existing case or joins a campaign: shown in the console until seen.
CREATE TABLE link_alerts (
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  linked_case_id  uuid REFERENCES cases (id) ON DELETE CASCADE,
  campaign_id     uuid REFERENCES campaigns (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL,
  seen_by         uuid[] NOT NULL DEFAULT '{}'
);
CREATE INDEX link_alerts_created ON link_alerts (created_at);
CREATE INDEX link_alerts_case ON link_alerts (case_id);
CREATE INDEX link_alerts_linked_case ON link_alerts (linked_case_id) WHERE linked_case_id IS NOT NULL;

-- Blind search: one row per distinct token of a report (normalised word or CJK bigram), as an 8-byte keyed
-- HMAC. The primary key is the posting list: token -> reports, read index-only. No foreign key (a cascade
-- would scan the table): results are joined to reports, and forgetReport deletes a report's tokens by key.
CREATE TABLE search_tokens (
  token      bytea NOT NULL,
  report_id  uuid NOT NULL,
  PRIMARY KEY (token, report_id)
);
