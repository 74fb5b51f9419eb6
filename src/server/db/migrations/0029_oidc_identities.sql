-- Staff sign-in through the organisation's OpenID Connect provider. Roles are granted inside FocalPoint
-- only: an identity the provider vouches for signs in once it is linked to an account, and a link is
-- proposed by an administrator and approved by a second person (the two-person rule, as for accounts).

-- Every identity the provider has presented, linked or not. `email` and `display_name` are the provider's
-- claims at the last sign-in (staff work data, in clear like users.email), shown to the administrator who
-- links it; they grant nothing.
CREATE TABLE oidc_identities (
  id                uuid PRIMARY KEY,
  issuer            text NOT NULL,
  subject           text NOT NULL,
  email             text,
  display_name      text,
  first_seen_at     timestamptz NOT NULL,
  last_seen_at      timestamptz NOT NULL,
  -- The account it signs in as: proposed by one person, approved by another.
  user_id           uuid REFERENCES users (id) ON DELETE CASCADE,
  link_proposed_by  uuid REFERENCES users (id),
  link_proposed_at  timestamptz,
  link_approved_by  uuid REFERENCES users (id),
  link_approved_at  timestamptz,
  UNIQUE (issuer, subject),
  CONSTRAINT oidc_identities_link_proposed CHECK ((user_id IS NULL) = (link_proposed_by IS NULL)),
  CONSTRAINT oidc_identities_link_approved CHECK (link_approved_by IS NULL OR user_id IS NOT NULL),
  CONSTRAINT oidc_identities_two_people CHECK (link_approved_by IS NULL OR link_approved_by <> link_proposed_by),
  CONSTRAINT oidc_identities_not_own CHECK (link_approved_by IS NULL OR link_approved_by <> user_id)
);
-- One identity of a provider per account.
CREATE UNIQUE INDEX oidc_identities_account ON oidc_identities (issuer, user_id) WHERE user_id IS NOT NULL;

-- A sign-in sent to the provider and not yet back: the PKCE verifier and the nonce, under the SHA-256 of
-- the state that the browser carries in a cookie. Ten minutes; deleted when used. The verifier is useless
-- without the authorisation code, which only the provider's redirect brings.
CREATE TABLE oidc_sign_ins (
  state_hash     bytea PRIMARY KEY,
  code_verifier  text NOT NULL,
  nonce          text NOT NULL,
  expires_at     timestamptz NOT NULL
);
CREATE INDEX oidc_sign_ins_expires ON oidc_sign_ins (expires_at);
