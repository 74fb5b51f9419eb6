-- The second half of 0021: every stored file's digests are sealed now (this fails, and the whole
-- migration with it, if one was left unsealed), so the clear columns go.
ALTER TABLE evidence_files ALTER COLUMN sha256_original_sealed SET NOT NULL;
ALTER TABLE evidence_files ADD CONSTRAINT evidence_files_sanitised_digest
  CHECK ((sanitised_blob_id IS NULL) = (sha256_sanitised_sealed IS NULL));
ALTER TABLE evidence_files DROP COLUMN sha256_original, DROP COLUMN sha256_sanitised;
-- Dropping a column only hides it: the old row versions, and the digests in them, stay in the table's
-- pages. Rewriting the table writes the live rows alone, with the dropped columns emptied. (Backups
-- and write-ahead-log archives taken before this migration still hold the digests in clear.)
CLUSTER evidence_files USING evidence_files_pkey;
ALTER TABLE evidence_files SET WITHOUT CLUSTER;
