-- Exports that need a supervisor's approval (exports/policy.ts): an analyst asks for a STIX bundle with the
-- perpetrators' identifier values, a supervisor approves or rejects it, and the analyst may then download
-- it once, before the approval expires. The export's parameters (since, TLP level) are fixed when it is
-- asked for, so the supervisor approves exactly what will leave. No free text: codes, times and people.
CREATE TABLE export_approvals (
  id            uuid PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('stix_values')),
  requested_by  uuid NOT NULL REFERENCES users (id),
  requested_at  timestamptz NOT NULL,
  since         timestamptz,
  tlp           text NOT NULL CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  decided_by    uuid REFERENCES users (id),
  decided_at    timestamptz,
  expires_at    timestamptz,
  used_at       timestamptz,
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK ((status = 'pending') = (decided_by IS NULL)),
  CHECK ((status = 'approved') = (expires_at IS NOT NULL)),
  -- Nobody approves their own request.
  CHECK (decided_by IS NULL OR decided_by <> requested_by),
  CHECK (used_at IS NULL OR status = 'approved')
);
CREATE INDEX export_approvals_pending ON export_approvals (requested_at) WHERE status = 'pending';
CREATE INDEX export_approvals_requester ON export_approvals (requested_by, requested_at);
