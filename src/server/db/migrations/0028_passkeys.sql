-- Passkeys (WebAuthn) as a second factor beside TOTP, and sign-ins in two steps kept in the database so
-- that any instance completes what another began.

-- A person's passkeys: the public key and the signature counter, never anything secret. The name is the
-- one its owner gave it ("office key"), a staff label.
CREATE TABLE passkeys (
  id             uuid PRIMARY KEY,
  user_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  credential_id  text NOT NULL UNIQUE,           -- base64url, as the authenticator names it
  public_key     bytea NOT NULL,                 -- COSE public key
  sign_count     bigint NOT NULL DEFAULT 0,
  transports     text[] NOT NULL DEFAULT '{}',
  backed_up      boolean NOT NULL DEFAULT false, -- synced passkey (a platform's keychain) or a device-bound key
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  created_at     timestamptz NOT NULL,
  last_used_at   timestamptz
);
CREATE INDEX passkeys_user ON passkeys (user_id);

-- A passkey being registered: the challenge the authenticator must sign, for ten minutes.
CREATE TABLE passkey_registrations (
  user_id     uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  challenge   text NOT NULL,
  expires_at  timestamptz NOT NULL
);

-- A sign-in whose first factor is proven (the password, or the organisation's identity provider) and
-- whose second is awaited: a TOTP code or a passkey's signature over `challenge`. The browser holds the
-- token in a cookie; only its SHA-256 is kept. Five minutes, three wrong codes.
CREATE TABLE sign_in_attempts (
  token_hash  bytea PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  first_factor text NOT NULL CHECK (first_factor IN ('password', 'oidc')),
  challenge   text,
  failures    int NOT NULL DEFAULT 0,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sign_in_attempts_expires ON sign_in_attempts (expires_at);
