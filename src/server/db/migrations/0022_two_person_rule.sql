-- The two-person rule for power over case content; sign-in failures kept in memory only; a pending
-- second factor while a person replaces their own.

-- Failed sign-ins are counted in the server's memory per address and source (auth/sign-in-throttle.ts):
-- the per-address lock-out that anyone knowing an address could trigger goes, and with it its table.
DROP TABLE sign_in_throttle;

-- What an administrator may not do alone: make an account that reaches case content (intake officer,
-- caseworker, supervisor) or an administrator, raise an account to such a role, reset the credentials of
-- such an account, or enable one again. The admin proposes; another person approves (a supervisor; for an
-- administrator, another admin or a supervisor), never the proposer and never the account's owner.
CREATE TABLE account_proposals (
  id                 uuid PRIMARY KEY,
  kind               text NOT NULL CHECK (kind IN ('create', 'elevate', 'reset', 'enable')),
  -- The account concerned; null when the proposal is to create one.
  target_user_id     uuid REFERENCES users (id),
  -- A new account's address, name and language (create only); staff addresses are kept in clear.
  email              text CHECK (email = lower(email)),
  display_name       text,
  locale             text CHECK (locale IN ('en', 'fr')),
  -- The role the account has once approved, and (elevate) the one it had when proposed: an approval is
  -- refused if the account changed in between.
  role               text NOT NULL CHECK (role IN ('intake_officer', 'caseworker', 'analyst', 'supervisor', 'admin', 'partner')),
  from_role          text,
  -- Split knowledge: the new TOTP secret (create, elevate, reset) is shown to the proposer once, when
  -- proposing; the one-time password is made and shown to the approver only. Sealed while pending, and
  -- wiped once decided (an approved secret lives on in users only).
  totp_secret_sealed bytea,
  proposed_by        uuid NOT NULL REFERENCES users (id),
  proposed_at        timestamptz NOT NULL,
  expires_at         timestamptz NOT NULL,
  status             text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused', 'withdrawn', 'expired')),
  decided_by         uuid REFERENCES users (id),
  decided_at         timestamptz,
  CONSTRAINT account_proposals_target CHECK ((kind = 'create') = (target_user_id IS NULL)),
  CONSTRAINT account_proposals_new_account CHECK (kind <> 'create' OR (email IS NOT NULL AND locale IS NOT NULL)),
  CONSTRAINT account_proposals_credentials CHECK (
    CASE WHEN status = 'pending' THEN (kind = 'enable') = (totp_secret_sealed IS NULL) ELSE totp_secret_sealed IS NULL END
  ),
  CONSTRAINT account_proposals_decided CHECK ((status = 'pending') = (decided_at IS NULL)),
  CONSTRAINT account_proposals_decider CHECK ((status IN ('pending', 'expired')) = (decided_by IS NULL)),
  -- The second person is a second person: only the proposer's own withdrawal is decided by them.
  CONSTRAINT account_proposals_two_people CHECK (status NOT IN ('approved', 'refused') OR decided_by <> proposed_by)
);
-- One open proposal per account and per new address at a time.
CREATE UNIQUE INDEX account_proposals_pending_target ON account_proposals (target_user_id)
  WHERE status = 'pending' AND target_user_id IS NOT NULL;
CREATE UNIQUE INDEX account_proposals_pending_email ON account_proposals (email)
  WHERE status = 'pending' AND kind = 'create';
CREATE INDEX account_proposals_pending ON account_proposals (proposed_at) WHERE status = 'pending';

-- A person replacing their own second factor: the new TOTP secret waits here, sealed, until they confirm
-- it with a code from it (or ten minutes pass); only then does it replace the old one.
ALTER TABLE users ADD COLUMN totp_pending_sealed bytea;
ALTER TABLE users ADD COLUMN totp_pending_until timestamptz;
