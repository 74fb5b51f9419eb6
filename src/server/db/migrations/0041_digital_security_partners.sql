-- A digital-security organisation (spyware checks, account recovery, device hygiene) is a partner kind of
-- its own beside victim services: a safety plan's "Refer for support" goes to either, on the person's
-- consent to be contacted alone (src/server/referrals/policy.ts).
ALTER TABLE partner_orgs DROP CONSTRAINT partner_orgs_kind_check;
ALTER TABLE partner_orgs ADD CONSTRAINT partner_orgs_kind_check
  CHECK (kind IN ('police', 'intelligence', 'university', 'platform', 'victim_services', 'digital_security', 'regulator', 'other'));

-- The seeded digital-security helpline was filed under "other" for want of this kind; one an admin has
-- since given another kind is left as they chose.
UPDATE partner_orgs SET kind = 'digital_security' WHERE seed_code = 'digital_helpline' AND kind = 'other';
