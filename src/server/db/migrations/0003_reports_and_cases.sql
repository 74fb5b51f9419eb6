-- Reports as received, the cases staff work them in, messages with the reporter, and evidence files.
-- Content (narrative, identity, messages, file names, files) is sealed by the key ring: bytea columns
-- named *_sealed hold AES-256-GCM envelopes, never plaintext. Classification stays in clear for triage,
-- search filters and de-identified statistics.

CREATE TABLE taxonomy_terms (
  vocabulary  text NOT NULL,             -- tactic, community, channel, perpetrator_type, impact, origin_state
  code        text NOT NULL,
  labels      jsonb NOT NULL,            -- {"en": "...", "fr": "...", ...}
  sort_order  int NOT NULL DEFAULT 0,
  active      boolean NOT NULL DEFAULT true,
  PRIMARY KEY (vocabulary, code)
);

CREATE TABLE cases (
  id               uuid PRIMARY KEY,
  reference        text NOT NULL UNIQUE,             -- FP-XXXXXXX, the reference of its first report
  status           text NOT NULL DEFAULT 'new'
                     CHECK (status IN ('new', 'triaged', 'in_progress', 'referred', 'closed')),
  risk             text NOT NULL CHECK (risk IN ('immediate', 'high', 'medium', 'low')),
  assignee_id      uuid REFERENCES users (id),
  opened_at        timestamptz NOT NULL,
  acknowledged_at  timestamptz,                      -- first staff action (triage or message)
  closed_at        timestamptz,
  closing_reason   text,
  merged_into_id   uuid REFERENCES cases (id),       -- set when merged into another case
  spam             boolean NOT NULL DEFAULT false,   -- marked spam/invalid: excluded from statistics
  updated_at       timestamptz NOT NULL,
  version          int NOT NULL DEFAULT 1            -- optimistic concurrency for PATCH
);
CREATE INDEX cases_queue ON cases (status, risk, opened_at) WHERE merged_into_id IS NULL;
CREATE INDEX cases_assignee ON cases (assignee_id) WHERE assignee_id IS NOT NULL;

CREATE TABLE reports (
  id                     uuid PRIMARY KEY,
  reference              text NOT NULL UNIQUE,
  case_id                uuid NOT NULL REFERENCES cases (id),
  receipt_hash           bytea NOT NULL UNIQUE,        -- HMAC of the receipt; the receipt itself is never stored
  idempotency_hash       bytea UNIQUE,                 -- HMAC of the Idempotency-Key header, when sent
  data_key_id            uuid NOT NULL REFERENCES data_keys (id),
  received_at            timestamptz NOT NULL,
  language               text NOT NULL,
  -- classification, in clear
  incident_started_on    date,
  incident_ended_on      date,
  ongoing                boolean NOT NULL DEFAULT false,
  province               text,
  city                   text,
  institution            text,
  tactics                text[] NOT NULL DEFAULT '{}',
  communities            text[] NOT NULL DEFAULT '{}',
  channels               text[] NOT NULL DEFAULT '{}',
  impacts                text[] NOT NULL DEFAULT '{}',
  perpetrator_types      text[] NOT NULL DEFAULT '{}',
  suspected_state        text,
  reporter_kind          text NOT NULL DEFAULT 'self' CHECK (reporter_kind IN ('self', 'someone_else', 'organisation')),
  anonymous              boolean NOT NULL,
  risk                   text NOT NULL CHECK (risk IN ('immediate', 'high', 'medium', 'low')),
  risk_reasons           text[] NOT NULL DEFAULT '{}', -- codes such as 'death_threat', never text
  consent_contact        boolean NOT NULL DEFAULT false,
  consent_referral_police boolean NOT NULL DEFAULT false,
  consent_statistics     boolean NOT NULL DEFAULT false,
  consent_updates        boolean NOT NULL DEFAULT true, -- to be told of referrals and outcomes in follow-up
  verified               boolean NOT NULL DEFAULT false, -- proof-of-work solved (JavaScript ran)
  synthetic              boolean NOT NULL DEFAULT false, -- made by `focalpoint demo seed`
  deletion_requested_at  timestamptz,
  -- sealed content
  narrative_sealed       bytea NOT NULL,
  details_sealed         bytea,                         -- JSON: perpetrator descriptions, free-text extras
  identity_sealed        bytea                          -- JSON: name, email, phone, preferredLanguage, safeToContact
);
CREATE INDEX reports_case ON reports (case_id);
CREATE INDEX reports_received ON reports (received_at);

CREATE TABLE case_messages (
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases (id),
  report_id       uuid REFERENCES reports (id),        -- the report whose receipt holder wrote or reads it
  direction       text NOT NULL CHECK (direction IN ('to_reporter', 'from_reporter')),
  author_id       uuid REFERENCES users (id),          -- staff author of messages to the reporter
  data_key_id     uuid NOT NULL REFERENCES data_keys (id),
  body_sealed     bytea NOT NULL,
  created_at      timestamptz NOT NULL,
  read_at         timestamptz
);
CREATE INDEX case_messages_case ON case_messages (case_id, created_at);

CREATE TABLE evidence_files (
  id                  uuid PRIMARY KEY,
  report_id           uuid NOT NULL REFERENCES reports (id),
  data_key_id         uuid NOT NULL REFERENCES data_keys (id),
  original_blob_id    text NOT NULL,                   -- sealed original in the blob store
  sanitised_blob_id   text,                            -- sealed copy with metadata removed
  sha256_original     text NOT NULL,                   -- of the bytes as uploaded, taken at receipt
  sha256_sanitised    text,
  size_bytes          bigint NOT NULL,
  media_type          text NOT NULL,                   -- detected from content, not from the name
  filename_sealed     bytea,
  received_at         timestamptz NOT NULL
);
CREATE INDEX evidence_files_report ON evidence_files (report_id);
