-- The audit log's second chain, keyed: each entry's `mac` is HMAC-SHA256 under a key derived from the master
-- secret (never in the database) over the previous entry's mac and this entry's hash. A database superuser
-- can recompute the plain SHA-256 `hash` chain, not this one (ARCHITECTURE.md, "Audit").
--
-- Entries written before this migration keep their SHA-256 hashes and a NULL mac. At the next start the
-- server seals them: it appends one keyed entry, `audit.chain.keyed`, whose mac covers the last of them
-- (through its hash, which covers every entry before it), and signs a checkpoint of it outside the database.
-- Adding a nullable column rewrites no row: the append-only triggers are not involved.
ALTER TABLE audit_log ADD COLUMN mac text;
ALTER TABLE audit_head ADD COLUMN mac text;
