-- A case of immediate risk that nobody acknowledged within the configured minutes is escalated to the
-- supervisors (the escalation job): `escalated_at` marks it in the queue, once.
ALTER TABLE cases ADD COLUMN escalated_at timestamptz;
CREATE INDEX cases_awaiting_escalation ON cases (opened_at)
  WHERE risk = 'immediate' AND acknowledged_at IS NULL AND escalated_at IS NULL AND merged_into_id IS NULL;
