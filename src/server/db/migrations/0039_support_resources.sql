-- What the public support page lists besides its fixed advice: helplines, victim services, digital-security
-- help. Public information, edited by admins; names and descriptions per language ({"en": …, "fr": …}).
CREATE TABLE support_resources (
  id            uuid PRIMARY KEY,
  seed_code     text UNIQUE,
  kind          text NOT NULL CHECK (kind IN ('emergency', 'police', 'helpline', 'victim_services', 'digital_security', 'other')),
  names         jsonb NOT NULL,
  descriptions  jsonb NOT NULL,
  phone         text,
  url           text,
  sort_order    int NOT NULL DEFAULT 0,
  active        boolean NOT NULL DEFAULT true,
  updated_at    timestamptz NOT NULL
);
