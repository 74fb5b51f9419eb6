-- Foreign-influence registries (src/server/registries/): the public registers of agents of foreign
-- principals (FARA in the United States; Canada's, Australia's and the United Kingdom's schemes in
-- FocalPoint's own import format), versioned by snapshot, and the actors reports name that match them.
-- Register data is public and stored in clear; what a reporter wrote never is: a match holds ids and codes,
-- and an organisation the registers do not know is kept as a blind index and a sealed copy only.

-- A regulator of a register (Canada's Foreign Influence Transparency Commissioner) is a partner kind.
ALTER TABLE partner_orgs DROP CONSTRAINT partner_orgs_kind_check;
ALTER TABLE partner_orgs ADD CONSTRAINT partner_orgs_kind_check
  CHECK (kind IN ('police', 'intelligence', 'university', 'platform', 'victim_services', 'regulator', 'other'));

CREATE TABLE registry_sources (
  code          text PRIMARY KEY CHECK (code ~ '^[a-z]{2}-[a-z0-9-]{2,30}$'),
  name          text NOT NULL,
  jurisdiction  text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}$'),
  -- The partner organisation (kind regulator) that enforces it, by its seed code, when one is seeded.
  regulator     text,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- One import of a register: what was known, and when. `seq` orders every snapshot of every source; the
-- matcher's in-memory index is rebuilt when it grows.
CREATE TABLE registry_snapshots (
  id            uuid PRIMARY KEY,
  seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  source        text NOT NULL REFERENCES registry_sources (code),
  imported_at   timestamptz NOT NULL,
  as_of         date,
  format        text NOT NULL CHECK (format IN ('us-fara', 'focalpoint-csv', 'focalpoint-json')),
  files_sha256  text[] NOT NULL,
  entries       int NOT NULL,
  added         int NOT NULL,
  ended         int NOT NULL,
  imported_by   uuid REFERENCES users (id)
);
CREATE INDEX registry_snapshots_source ON registry_snapshots (source, seq);

-- One agency relationship: a registrant acting for a foreign principal. An entry keeps its id from one
-- snapshot to the next (entry_key: registration number and principal), with the first and last snapshot
-- that listed it; an entry the latest snapshot of its source no longer lists is history, still shown.
CREATE TABLE registry_entries (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source               text NOT NULL REFERENCES registry_sources (code),
  entry_key            text NOT NULL,
  registrant           text NOT NULL,
  principal            text NOT NULL,
  country              text NOT NULL,
  country_code         text CHECK (country_code ~ '^[A-Z]{2}$'),
  registration_number  text,
  registered_on        date,
  terminated_on        date,
  aliases              text[] NOT NULL DEFAULT '{}',
  source_url           text,
  first_snapshot       uuid NOT NULL REFERENCES registry_snapshots (id),
  last_snapshot        uuid NOT NULL REFERENCES registry_snapshots (id),
  UNIQUE (source, entry_key)
);
CREATE INDEX registry_entries_last_snapshot ON registry_entries (last_snapshot);

-- An actor a report names. `actor` says which: 'entry:<id>' (a register entry), 'group:<id>' (a known
-- actor of the alias table that no register lists) or 'name:<hex>' (an organisation named in the
-- perpetrator field that nothing lists: a blind index of its normalised name, its words sealed under the
-- report's data key). Rows are never recreated once decided: a rejection sticks.
CREATE TABLE registry_matches (
  id            uuid PRIMARY KEY,
  report_id     uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  actor         text NOT NULL CHECK (actor ~ '^(entry:[0-9]+|group:[a-z0-9-]+|name:[0-9a-f]{32})$'),
  entry_id      bigint REFERENCES registry_entries (id),
  actor_group   text,
  name_sealed   bytea,
  registered    boolean NOT NULL,
  found_in      text NOT NULL CHECK (found_in IN ('organisation_field', 'perpetrator_description', 'narrative')),
  how           text NOT NULL CHECK (how IN ('registry_name', 'alias', 'transliteration', 'unlisted')),
  confidence    text NOT NULL CHECK (confidence IN ('high', 'medium')),
  snapshot_seq  bigint NOT NULL DEFAULT 0,
  matched_at    timestamptz NOT NULL,
  decision      text NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'confirmed', 'rejected')),
  decided_by    uuid REFERENCES users (id),
  decided_at    timestamptz,
  referral_id   uuid REFERENCES referrals (id),
  UNIQUE (report_id, actor),
  CHECK (registered = (entry_id IS NOT NULL))
);
CREATE INDEX registry_matches_entry ON registry_matches (entry_id) WHERE entry_id IS NOT NULL;
CREATE INDEX registry_matches_unregistered ON registry_matches (matched_at) WHERE NOT registered;
