-- Intake: answering a retried submission (same Idempotency-Key) with the same reference and receipt.
-- The receipt is sealed under a key derived from the Idempotency-Key itself (which only the client
-- holds) and the server's receipt key, so neither a database dump nor the server alone can open it:
-- only a client presenting the same key again. See src/server/intake/idempotency.ts.
ALTER TABLE reports ADD COLUMN idempotency_receipt_sealed bytea;
