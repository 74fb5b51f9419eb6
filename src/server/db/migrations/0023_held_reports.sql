-- Reports that arrive during a flood (more a minute than the public limits allow, all sources together)
-- are accepted and answered with a receipt, but held apart for review: not in the triage queue, not
-- announced, not counted in statistics, until staff release them (or mark them spam). `held_at` is when
-- the case was held; NULL for every case in the normal flow.
ALTER TABLE cases ADD COLUMN held_at timestamptz;
CREATE INDEX cases_held ON cases (held_at) WHERE held_at IS NOT NULL;
