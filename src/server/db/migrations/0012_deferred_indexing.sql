-- Indexing (identifiers, links, campaigns, search tokens) leaves the intake transaction: a report is
-- saved and acknowledged first, then a background indexer picks it up. `indexed_at` is NULL while the
-- report waits; the partial index keeps the indexer's "what is waiting?" query small however many
-- reports are stored. Reports saved before this migration were indexed inside their transaction.
ALTER TABLE reports ADD COLUMN indexed_at timestamptz;
UPDATE reports SET indexed_at = received_at;
CREATE INDEX reports_awaiting_index ON reports (received_at) WHERE indexed_at IS NULL;
