-- Referrals of a case to a partner organisation (police, intelligence, university, platform, victim
-- services), the package each one carried, and what the partner answered. Free text (purpose, note, the
-- override reason, the partner's reference number and outcome note) is sealed; codes and dates stay in
-- clear for the listing, the overdue flag and the statistics of referral outcomes.

-- Seeded organisations carry a stable code, so an admin may rename or edit them without the next start
-- putting the original back.
ALTER TABLE partner_orgs ADD COLUMN seed_code text UNIQUE;

CREATE TABLE referrals (
  id                      uuid PRIMARY KEY,
  case_id                 uuid NOT NULL REFERENCES cases (id),
  partner_org_id          uuid NOT NULL REFERENCES partner_orgs (id),
  basis                   text NOT NULL CHECK (basis IN ('consent', 'imminent_danger')),
  -- pending_approval: a caseworker asked for an imminent-danger override that no supervisor approved yet;
  -- nothing has reached the partner. sent: the package exists and the partner sees the referral.
  status                  text NOT NULL CHECK (status IN ('pending_approval', 'sent')),
  -- Which consent a consent-based referral relied on: 'referral_police' or 'contact'.
  consent_relied_on       text CHECK (consent_relied_on IN ('referral_police', 'contact')),
  contact_included        boolean NOT NULL DEFAULT false,
  -- The reports the package carries: consent is checked, at every read, against these reports only.
  report_ids              uuid[] NOT NULL DEFAULT '{}',
  created_by              uuid NOT NULL REFERENCES users (id),
  created_at              timestamptz NOT NULL,
  override_approved_by    uuid REFERENCES users (id),
  override_approved_at    timestamptz,
  sent_at                 timestamptz,
  data_key_id             uuid NOT NULL REFERENCES data_keys (id),
  purpose_sealed          bytea NOT NULL,
  note_sealed             bytea,
  override_reason_sealed  bytea,
  -- The package as sent: canonical JSON, sealed in the blob store, and the SHA-256 of those JSON bytes.
  package_blob_id         text,
  package_sha256          text,
  acknowledged_at         timestamptz,
  acknowledged_by         uuid REFERENCES users (id),
  partner_reference_sealed bytea,
  outcome                 text CHECK (outcome IN ('investigating', 'charges_laid', 'no_offence_found', 'referred_elsewhere', 'closed')),
  outcome_at              timestamptz,
  outcome_note_sealed     bytea,
  updated_at              timestamptz NOT NULL,
  CHECK ((basis = 'imminent_danger') = (override_reason_sealed IS NOT NULL)),
  CHECK ((basis = 'consent') = (consent_relied_on IS NOT NULL)),
  CHECK (status = 'pending_approval' OR package_sha256 IS NOT NULL)
);
CREATE INDEX referrals_partner ON referrals (partner_org_id, sent_at) WHERE status = 'sent';
CREATE INDEX referrals_case ON referrals (case_id, created_at);

-- The evidence files a referral's manifest lists: the only files its partner may download.
CREATE TABLE referral_evidence (
  referral_id       uuid NOT NULL REFERENCES referrals (id),
  evidence_file_id  uuid NOT NULL REFERENCES evidence_files (id),
  PRIMARY KEY (referral_id, evidence_file_id)
);

-- What happened to a referral, in order: created, override approved, sent, acknowledged, outcome set.
-- An outcome's note is sealed; the code and date stay in clear.
CREATE TABLE referral_events (
  id            uuid PRIMARY KEY,
  referral_id   uuid NOT NULL REFERENCES referrals (id),
  at            timestamptz NOT NULL,
  actor_id      uuid REFERENCES users (id),
  kind          text NOT NULL,
  outcome       text,
  data_key_id   uuid REFERENCES data_keys (id),
  note_sealed   bytea,
  CHECK ((note_sealed IS NULL) = (data_key_id IS NULL))
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, at);
