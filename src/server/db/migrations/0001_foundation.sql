-- Foundation: keys, audit log. Applied in one transaction by src/server/platform/db/migrate.ts.

-- Key-encryption keys, each stored wrapped by a key derived from the master secret.
CREATE TABLE key_encryption_keys (
  id          text PRIMARY KEY,
  wrapped     bytea NOT NULL,
  active      boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  retired_at  timestamptz
);
CREATE UNIQUE INDEX key_encryption_keys_one_active ON key_encryption_keys (active) WHERE active;

-- One random data key per record or file, wrapped by a KEK. Rotation rewrites only these rows.
CREATE TABLE data_keys (
  id          uuid PRIMARY KEY,
  kek_id      text NOT NULL REFERENCES key_encryption_keys (id),
  wrapped     bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX data_keys_kek ON data_keys (kek_id);

-- Append-only, hash-chained audit log. No content, no personal data: codes and ids only.
CREATE TABLE audit_log (
  seq          bigint PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_type   text NOT NULL,
  actor_id     text,
  action       text NOT NULL,
  target_type  text,
  target_id    text,
  meta         jsonb,
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id);

-- The head of the chain, so that entries removed from the end are noticed too.
CREATE TABLE audit_head (
  id    int PRIMARY KEY CHECK (id = 1),
  seq   bigint NOT NULL,
  hash  text NOT NULL,
  at    timestamptz NOT NULL
);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
