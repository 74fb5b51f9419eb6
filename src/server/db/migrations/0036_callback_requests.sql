-- A reporter asks to be called: a safe number, safe times and a language, sealed under a data key of its
-- own (JSON). Each request is a case task with a due time (case_tasks.due_at, case_tasks.callback_id) that
-- staff see in the case and in the list of call-backs; the task done is the call made. The request names
-- the report (whose receipt holder asked); its case is the report's, which follows merges.
CREATE TABLE callback_requests (
  id              uuid PRIMARY KEY,
  report_id       uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  source          text NOT NULL CHECK (source IN ('report_form', 'followup', 'assisted_intake')),
  data_key_id     uuid NOT NULL REFERENCES data_keys (id),
  details_sealed  bytea NOT NULL,
  requested_at    timestamptz NOT NULL,
  due_at          timestamptz NOT NULL,
  done_at         timestamptz,
  done_by         uuid REFERENCES users (id),
  -- What came of the call, a code the reporter is told in plain words (never the call's content).
  outcome         text CHECK (outcome IN ('reached', 'no_answer', 'unsafe_to_talk', 'wrong_number')),
  CHECK ((done_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX callback_requests_open ON callback_requests (due_at) WHERE done_at IS NULL;
CREATE INDEX callback_requests_report ON callback_requests (report_id, requested_at);

ALTER TABLE case_tasks ADD COLUMN due_at timestamptz;
ALTER TABLE case_tasks ADD COLUMN callback_id uuid REFERENCES callback_requests (id) ON DELETE CASCADE;
CREATE UNIQUE INDEX case_tasks_callback ON case_tasks (callback_id) WHERE callback_id IS NOT NULL;

-- A call-back task is made by the system when a reporter asks, not by a member of staff.
ALTER TABLE case_tasks ALTER COLUMN created_by DROP NOT NULL;
