-- Staff sign-in: server-side sessions, TOTP replay protection, sign-in throttling, first-run set-up.
-- Tokens are never stored: only their SHA-256 (sessions, set-up) or a keyed HMAC (throttle keys).

-- The last TOTP time step accepted for a user: a code is good once, even inside its 30-second window.
ALTER TABLE users ADD COLUMN totp_last_step bigint;
-- Caseworkers on duty receive the high-risk report alerts alongside intake officers and supervisors.
ALTER TABLE users ADD COLUMN on_duty boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz;

CREATE TABLE sessions (
  id            uuid PRIMARY KEY,
  token_hash    bytea NOT NULL UNIQUE,        -- SHA-256 of the cookie's opaque token
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,         -- idle time-out counts from here
  expires_at    timestamptz NOT NULL          -- absolute time-out
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Failed sign-ins per e-mail address typed, whether or not an account has it, so that the answer and the
-- lockout are the same for both. Keyed by an HMAC of the lower-cased address; rows go once they expire.
CREATE TABLE sign_in_throttle (
  key_hash      bytea PRIMARY KEY,
  failures      int NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX sign_in_throttle_updated ON sign_in_throttle (updated_at);

-- One-time links that create the first admin in the browser. Only the SHA-256 of the token is kept.
CREATE TABLE setup_tokens (
  token_hash  bytea PRIMARY KEY,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);

-- Staff e-mail notifications already claimed (an outbox read backwards): each arrival — a high-risk report,
-- a reporter's message — is announced once, by one instance, even if several sweep at the same time.
CREATE TABLE notification_log (
  kind        text NOT NULL CHECK (kind IN ('high_risk_report', 'reporter_message')),
  subject_id  uuid NOT NULL,              -- the report or the message announced
  claimed_at  timestamptz NOT NULL,
  PRIMARY KEY (kind, subject_id)
);
