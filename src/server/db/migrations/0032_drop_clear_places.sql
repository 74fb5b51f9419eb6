-- The second half of 0031: every stored city and institution name is sealed now, and every institution is
-- a code (this fails, and the whole migration with it, if one was left as a name), so the clear city goes.
ALTER TABLE reports ADD CONSTRAINT reports_institution_code CHECK (institution ~ '^[a-z0-9_]+$');
ALTER TABLE reports DROP COLUMN city;

-- The dashboard's rollup held institutions by name, and counted suspected states under the dimension
-- 'origin' (now 'suspected_state'): emptied, it is rebuilt in full on first use.
TRUNCATE dashboard_rollup, dashboard_shared_cases, dashboard_shared_reports, dashboard_ack,
  dashboard_ack_hist, dashboard_campaign_days, dashboard_rollup_state;

-- Dropping a column or updating a row only hides the old values: the row versions that held them stay in
-- the table's pages. Rewriting the table writes the live rows alone. (Backups and write-ahead-log archives
-- taken before this migration still hold them in clear.)
CLUSTER reports USING reports_pkey;
ALTER TABLE reports SET WITHOUT CLUSTER;
