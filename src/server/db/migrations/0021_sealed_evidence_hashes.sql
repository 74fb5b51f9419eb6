-- Evidence digests sealed. The SHA-256 of every evidence file (original and sanitised copy) was stored in
-- clear: whoever held a copy of the database and a picture they had sent could confirm that it was
-- reported, in which case and when. From now on each digest is sealed under its file's data key, with
-- additional authenticated data naming the field and the file (evidence.sha256_original:<file id>).
--
-- Sealing needs the key ring, which SQL does not have: this migration adds the sealed columns, its data
-- step (src/server/db/migrations/steps.ts, run right after it in the same transaction) seals the digests
-- of the files already stored, and 0022 drops the clear columns.
ALTER TABLE evidence_files
  ADD COLUMN sha256_original_sealed bytea,
  ADD COLUMN sha256_sanitised_sealed bytea;
