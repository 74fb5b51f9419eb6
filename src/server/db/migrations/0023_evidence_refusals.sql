-- Evidence files refused for a limit (decompressed size, time, memory: evidence/file-workers.ts) while the
-- report that brought them was kept. Staff learn that something was sent and why it is not there; nothing
-- of the file is stored — not its bytes, name or digest.
CREATE TABLE evidence_refusals (
  id           uuid PRIMARY KEY,
  report_id    uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  reason       text NOT NULL CHECK (reason IN ('expandsTooMuch', 'submissionExpandsTooMuch', 'tooSlow', 'tooComplex')),
  size_bytes   bigint NOT NULL,
  received_at  timestamptz NOT NULL
);
CREATE INDEX evidence_refusals_report ON evidence_refusals (report_id);
