-- Staff and partner accounts, and the partner organisations partner users belong to.

CREATE TABLE partner_orgs (
  id             uuid PRIMARY KEY,
  name           text NOT NULL UNIQUE,
  kind           text NOT NULL CHECK (kind IN ('police', 'intelligence', 'university', 'platform', 'victim_services', 'other')),
  jurisdiction   text NOT NULL DEFAULT 'national',
  contact_email  text,
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id                    uuid PRIMARY KEY,
  -- Staff e-mail addresses are work addresses, needed in clear to sign in and to notify.
  email                 text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name          text NOT NULL DEFAULT '',
  role                  text NOT NULL CHECK (role IN ('intake_officer', 'caseworker', 'analyst', 'supervisor', 'admin', 'partner')),
  partner_org_id        uuid REFERENCES partner_orgs (id),
  password_hash         text NOT NULL,
  must_change_password  boolean NOT NULL DEFAULT true,
  -- The TOTP secret must be readable to check codes, so it is sealed, not hashed.
  totp_secret_sealed    bytea NOT NULL,
  locale                text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr')),
  failed_attempts       int NOT NULL DEFAULT 0,
  locked_until          timestamptz,
  disabled_at           timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT partner_users_have_an_org CHECK ((role = 'partner') = (partner_org_id IS NOT NULL))
);
CREATE INDEX users_role ON users (role) WHERE disabled_at IS NULL;
