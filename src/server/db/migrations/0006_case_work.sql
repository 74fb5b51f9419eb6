-- Case work in the staff console: the timeline of what happened to a case, notes, tasks, and the record
-- of every identity reveal and original-evidence download with its stated reason. Free text (notes, task
-- titles, reasons) is sealed like all other content; codes and dates stay in clear for the timeline.

-- What happened to a case, in order. `kind` and `data` hold codes only (e.g. {"from":"new","to":"triaged"});
-- a free-text reason given with the act (such as a risk change) is sealed in `reason_sealed`.
CREATE TABLE case_events (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases (id),
  at             timestamptz NOT NULL,
  actor_id       uuid REFERENCES users (id),          -- null for the reporter or the system
  kind           text NOT NULL,                       -- opened, status_changed, risk_changed, assigned, …
  data           jsonb NOT NULL DEFAULT '{}',
  data_key_id    uuid REFERENCES data_keys (id),
  reason_sealed  bytea,
  CHECK ((reason_sealed IS NULL) = (data_key_id IS NULL))
);
CREATE INDEX case_events_case ON case_events (case_id, at);

-- Internal notes: staff only, never shown to the reporter, never in a referral package.
CREATE TABLE case_notes (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases (id),
  author_id    uuid NOT NULL REFERENCES users (id),
  data_key_id  uuid NOT NULL REFERENCES data_keys (id),
  body_sealed  bytea NOT NULL,
  created_at   timestamptz NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, created_at);

CREATE TABLE case_tasks (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES cases (id),
  created_by    uuid NOT NULL REFERENCES users (id),
  assignee_id   uuid REFERENCES users (id),
  data_key_id   uuid NOT NULL REFERENCES data_keys (id),
  title_sealed  bytea NOT NULL,
  due_on        date,
  done_at       timestamptz,
  created_at    timestamptz NOT NULL
);
CREATE INDEX case_tasks_case ON case_tasks (case_id, created_at);
CREATE INDEX case_tasks_open ON case_tasks (assignee_id) WHERE done_at IS NULL;

-- Every time a member of staff saw a reporter's identity, with the reason they gave (sealed).
CREATE TABLE identity_reveals (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases (id),
  user_id        uuid NOT NULL REFERENCES users (id),
  data_key_id    uuid NOT NULL REFERENCES data_keys (id),
  reason_sealed  bytea NOT NULL,
  revealed_at    timestamptz NOT NULL
);
CREATE INDEX identity_reveals_case ON identity_reveals (case_id, revealed_at);

-- Every download of an original (unsanitised) evidence file, with the supervisor's reason (sealed).
CREATE TABLE evidence_original_downloads (
  id                uuid PRIMARY KEY,
  evidence_file_id  uuid NOT NULL REFERENCES evidence_files (id),
  case_id           uuid NOT NULL REFERENCES cases (id),
  user_id           uuid NOT NULL REFERENCES users (id),
  data_key_id       uuid NOT NULL REFERENCES data_keys (id),
  reason_sealed     bytea NOT NULL,
  downloaded_at     timestamptz NOT NULL
);
CREATE INDEX evidence_original_downloads_file ON evidence_original_downloads (evidence_file_id);
