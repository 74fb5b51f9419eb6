-- A report whose indexing fails for a reason of its own (the database refuses what it would write, its
-- sealed content does not open) is quarantined instead of blocking every report behind it: recorded here
-- with the error code, retried with back-off, listed for supervisors. It stays unindexed (indexed_at NULL)
-- until a retry succeeds; its `report.received` audit entry is chained when it is first quarantined, so
-- every stored report still has exactly one.
CREATE TABLE indexing_quarantine (
  report_id        uuid PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  error_code       text NOT NULL CHECK (error_code ~ '^[A-Za-z0-9_.-]{1,40}$'),
  attempts         integer NOT NULL DEFAULT 1 CHECK (attempts > 0),
  first_failed_at  timestamptz NOT NULL,
  last_failed_at   timestamptz NOT NULL,
  next_attempt_at  timestamptz NOT NULL
);
CREATE INDEX indexing_quarantine_next ON indexing_quarantine (next_attempt_at);
