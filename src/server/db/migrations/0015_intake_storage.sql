-- Intake's one statement, made lighter for the database:
-- Sealed columns hold AES-GCM ciphertext, which never compresses: EXTERNAL storage moves large values out of
-- line without first trying (and failing) to compress them on every insert.
ALTER TABLE reports ALTER COLUMN narrative_sealed SET STORAGE EXTERNAL;
ALTER TABLE reports ALTER COLUMN details_sealed SET STORAGE EXTERNAL;
ALTER TABLE reports ALTER COLUMN identity_sealed SET STORAGE EXTERNAL;
ALTER TABLE reports ALTER COLUMN idempotency_receipt_sealed SET STORAGE EXTERNAL;
-- Most reports come without an Idempotency-Key: index only those that have one.
ALTER TABLE reports DROP CONSTRAINT reports_idempotency_hash_key;
CREATE UNIQUE INDEX reports_idempotency_hash ON reports (idempotency_hash) WHERE idempotency_hash IS NOT NULL;
