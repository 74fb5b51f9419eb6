-- The audit chain's head row exists from the start, so appenders lock it (SELECT … FOR UPDATE) instead of
-- taking a separate advisory lock: two round trips per entry instead of four.
INSERT INTO audit_head (id, seq, hash, at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 'epoch')
ON CONFLICT (id) DO NOTHING;
