-- Nothing fingerprintable in clear (issue 16), any suspected state and community packs (issue 19).
--
-- A report's city and the name of an institution were free text in clear: a copy of the database, its
-- write-ahead log, a dump, a backup or the dashboard's rollup named the campus and the town of a
-- reporter, next to a count of one. From now on the city and the name of an institution that is not on
-- the list are sealed under the report's data key (place_sealed, JSON {city, institutionOther}, additional
-- authenticated data report.place:<report id>), and `institution` holds a code of the maintained list
-- (the `institution` vocabulary of taxonomy_terms, seeded from src/shared/institutions.ts) or 'other'.
--
-- Sealing needs the key ring: this migration adds the sealed column, its data step (db/migrations/steps.ts,
-- run right after it in the same transaction) seals what is stored and turns each stored institution into
-- a code ('other' unless it is one of the list's names), and 0032 drops the clear city and rewrites the
-- table without the old row versions.
ALTER TABLE reports ADD COLUMN place_sealed bytea;
-- Ciphertext never compresses (as 0015 for the other sealed columns).
ALTER TABLE reports ALTER COLUMN place_sealed SET STORAGE EXTERNAL;

-- Attributes of a term that are codes: an institution's province and kind.
ALTER TABLE taxonomy_terms ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}';

-- Suspected states are any ISO 3166-1 code now, named by ICU: no vocabulary of their own. The one name of
-- the concept is suspected_state (the column's); the form offers first the states of enabled packs.
DELETE FROM taxonomy_terms WHERE vocabulary = 'origin_state';

-- Community packs: the communities a state is known to target (COMMUNITY_PACKS in src/shared/taxonomy.ts,
-- seeded at every start). An admin enables or disables a pack; its terms can be retired one by one too.
CREATE TABLE taxonomy_packs (
  code             text PRIMARY KEY,
  suspected_state  text,                         -- ISO 3166-1 alpha-2; NULL for the pack of any state
  labels           jsonb NOT NULL,
  sort_order       int NOT NULL DEFAULT 0,
  active           boolean NOT NULL DEFAULT true
);
CREATE TABLE taxonomy_pack_terms (
  pack        text NOT NULL REFERENCES taxonomy_packs (code),
  vocabulary  text NOT NULL,
  code        text NOT NULL,
  sort_order  int NOT NULL DEFAULT 0,
  PRIMARY KEY (pack, vocabulary, code),
  FOREIGN KEY (vocabulary, code) REFERENCES taxonomy_terms (vocabulary, code)
);
