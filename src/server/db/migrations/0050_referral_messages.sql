-- referral messages: the partner and the focal point write to each other about one referral. The text is
-- sealed under a data key of its own (like every message); only who wrote and when are in clear.
CREATE TABLE referral_messages (
  id            uuid PRIMARY KEY,
  referral_id   uuid NOT NULL REFERENCES referrals (id),
  at            timestamptz NOT NULL,
  author_id     uuid NOT NULL REFERENCES users (id),
  from_partner  boolean NOT NULL,
  data_key_id   uuid NOT NULL REFERENCES data_keys (id),
  body_sealed   bytea NOT NULL
);
CREATE INDEX referral_messages_referral ON referral_messages (referral_id, at);
