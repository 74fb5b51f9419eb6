-- Records management (issue 21): retention schedules an admin edits, the retention job that de-identifies
-- and then destroys closed cases on schedule, legal holds, deletion on a reporter's request, tombstones.
-- See src/server/retention/ and README "Retention".
--
-- De-identification removes a report's content (sealed columns, city, incident dates), its messages,
-- evidence (blobs deleted), identifier occurrences and search tokens, and the case's notes, tasks and
-- sealed reasons; it keeps the coded columns that statistics and dashboards count, so no published
-- figure changes. Destruction then removes what is left of the case's working record (timeline, referral
-- events, holds, assignee) and leaves a tombstone; the coded row stays as the anonymous statistical
-- record. Data keys that sealed only removed values are deleted (crypto-shredding).

-- The schedule: one row per setting, in minutes (NULL: never). Seeded with the documented defaults at
-- start (retention/seed.ts); an admin's change is audited.
CREATE TABLE retention_settings (
  key         text PRIMARY KEY CHECK (key ~ '^[a-z_]+(\.[a-z_]+)+$'),
  minutes     integer CHECK (minutes >= 0),
  updated_by  uuid REFERENCES users (id),
  updated_at  timestamptz NOT NULL
);

-- Where a case and each report stand. A report is disposed of with its case, or alone at its reporter's
-- request (a merged case may hold other people's reports).
ALTER TABLE cases ADD COLUMN deidentified_at timestamptz;
ALTER TABLE cases ADD COLUMN destroyed_at timestamptz;
ALTER TABLE reports ADD COLUMN deidentified_at timestamptz;
ALTER TABLE reports ADD COLUMN destroyed_at timestamptz;
ALTER TABLE reports ALTER COLUMN narrative_sealed DROP NOT NULL;
-- A de-identified report seals nothing any more: its data key may be destroyed.
ALTER TABLE reports ALTER COLUMN data_key_id DROP NOT NULL;
-- The receipt's hash stays while the reporter may still read the outcome (retention_tombstones.receipt_until).
ALTER TABLE reports ALTER COLUMN receipt_hash DROP NOT NULL;
ALTER TABLE reports ADD CONSTRAINT reports_content_or_deidentified
  CHECK (narrative_sealed IS NOT NULL OR deidentified_at IS NOT NULL);

-- The retention job finds its candidates through these, never by walking every case: closed cases by their
-- closing date; cases nobody acted on through cases_queue (status, risk, opened_at).
CREATE INDEX cases_closed_retention ON cases (closed_at) WHERE status = 'closed' AND destroyed_at IS NULL;
CREATE INDEX reports_deidentified ON reports (deidentified_at) WHERE deidentified_at IS NOT NULL;
-- A case goes with the cases merged into it (their timelines, reveals and referrals stay with them).
CREATE INDEX cases_merged_into ON cases (merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX reports_deletion_requested ON reports (deletion_requested_at) WHERE deletion_requested_at IS NOT NULL;

-- An evidence file may outlive its original (keep.evidence_originals) and keep only its sanitised copy.
ALTER TABLE evidence_files ALTER COLUMN original_blob_id DROP NOT NULL;

-- A referral of a de-identified case keeps its codes and dates (the dashboards count sent referrals by
-- partner and outcome), not its sealed texts nor its package.
ALTER TABLE referrals ADD COLUMN content_removed_at timestamptz;
ALTER TABLE referrals ALTER COLUMN purpose_sealed DROP NOT NULL;
ALTER TABLE referrals ALTER COLUMN data_key_id DROP NOT NULL;
DO $$
DECLARE c text;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
            WHERE conrelid = 'referrals'::regclass AND contype = 'c'
              AND pg_get_constraintdef(oid) LIKE '%override_reason_sealed%'
  LOOP
    EXECUTE format('ALTER TABLE referrals DROP CONSTRAINT %I', c);
  END LOOP;
END $$;
ALTER TABLE referrals ADD CONSTRAINT referrals_override_reason
  CHECK (content_removed_at IS NOT NULL OR (basis = 'imminent_danger') = (override_reason_sealed IS NOT NULL));
ALTER TABLE referrals ADD CONSTRAINT referrals_purpose
  CHECK (content_removed_at IS NOT NULL OR purpose_sealed IS NOT NULL);

-- Crypto-shredding deletes data keys; every foreign key to data_keys needs an index, or each deleted key
-- would make PostgreSQL scan the referencing table whole to check it. (A new table sealing under a data key
-- adds its own.) On intake's path this adds one index entry to the report's insert.
CREATE INDEX reports_data_key ON reports (data_key_id);
CREATE INDEX case_messages_data_key ON case_messages (data_key_id);
CREATE INDEX case_notes_data_key ON case_notes (data_key_id);
CREATE INDEX case_tasks_data_key ON case_tasks (data_key_id);
CREATE INDEX case_events_data_key ON case_events (data_key_id) WHERE data_key_id IS NOT NULL;
CREATE INDEX identity_reveals_data_key ON identity_reveals (data_key_id);
CREATE INDEX evidence_files_data_key ON evidence_files (data_key_id);
CREATE INDEX evidence_original_downloads_data_key ON evidence_original_downloads (data_key_id);
CREATE INDEX referrals_data_key ON referrals (data_key_id) WHERE data_key_id IS NOT NULL;
CREATE INDEX referral_events_data_key ON referral_events (data_key_id) WHERE data_key_id IS NOT NULL;
CREATE INDEX campaigns_data_key ON campaigns (data_key_id) WHERE data_key_id IS NOT NULL;
-- And the lookups of removal by case or file.
CREATE INDEX evidence_original_downloads_case ON evidence_original_downloads (case_id);
CREATE INDEX referral_evidence_file ON referral_evidence (evidence_file_id);

-- Legal holds: while a case has one not lifted, every retention rule is suspended for it (and a deletion
-- request cannot be approved). The reason is sealed; the basis is a code for listings.
CREATE TABLE legal_holds (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases (id),
  basis          text NOT NULL CHECK (basis IN ('police_investigation', 'litigation', 'access_request', 'other')),
  data_key_id    uuid REFERENCES data_keys (id),
  reason_sealed  bytea,
  placed_by      uuid NOT NULL REFERENCES users (id),
  placed_at      timestamptz NOT NULL,
  review_on      date NOT NULL,
  reviewed_by    uuid REFERENCES users (id),
  reviewed_at    timestamptz,
  lifted_by      uuid REFERENCES users (id),
  lifted_at      timestamptz,
  CHECK ((reason_sealed IS NULL) = (data_key_id IS NULL)),
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE INDEX legal_holds_active ON legal_holds (case_id) WHERE lifted_at IS NULL;
CREATE INDEX legal_holds_case ON legal_holds (case_id);
CREATE INDEX legal_holds_data_key ON legal_holds (data_key_id) WHERE data_key_id IS NOT NULL;

-- A supervisor's answer to a deletion request (reports.deletion_requested_at): approved (carried out at
-- once) or refused with a reason the reporter reads in follow-up. A refused request may be approved later.
CREATE TABLE deletion_decisions (
  report_id   uuid PRIMARY KEY REFERENCES reports (id),
  decision    text NOT NULL CHECK (decision IN ('approved', 'refused')),
  refusal     text CHECK (refusal IN ('legal_hold', 'legal_obligation', 'investigation', 'other')),
  decided_by  uuid NOT NULL REFERENCES users (id),
  decided_at  timestamptz NOT NULL,
  CHECK ((decision = 'refused') = (refusal IS NOT NULL))
);

-- What was destroyed: one tombstone per report — reference, dates, the rule applied — and nothing else.
-- A restore applies them (backup/restore.ts): a destroyed case never comes back from an older backup.
-- `ledger_written`: the tombstone was also written to the file store (retention/ledger.ts), which survives
-- the loss of the database.
CREATE TABLE retention_tombstones (
  report_id        uuid PRIMARY KEY,
  reference        text NOT NULL UNIQUE,
  case_id          uuid NOT NULL,
  case_reference   text NOT NULL,
  received_at      timestamptz NOT NULL,
  closed_at        timestamptz,
  deidentified_at  timestamptz NOT NULL,
  destroyed_at     timestamptz NOT NULL,
  rule             text NOT NULL CHECK (rule ~ '^[a-z_]+(\.[a-z_]+)*$'),
  receipt_until    timestamptz,
  ledger_written   boolean NOT NULL DEFAULT false
);
CREATE INDEX retention_tombstones_destroyed ON retention_tombstones (destroyed_at);
CREATE INDEX retention_tombstones_receipt ON retention_tombstones (receipt_until) WHERE receipt_until IS NOT NULL;
CREATE INDEX retention_tombstones_ledger ON retention_tombstones (report_id) WHERE NOT ledger_written;

-- Blobs to delete from the file store once the transaction that unlinked them has committed (the file
-- store is not transactional): drained right after, and by every run of the job if a crash came between.
CREATE TABLE retention_blob_queue (
  blob_id    text PRIMARY KEY,
  queued_at  timestamptz NOT NULL
);
