-- The dashboard's aggregates, pre-computed so that the summary answers in milliseconds at a million
-- reports. Nothing here is written by intake: a background sweep (src/server/dashboards/rollup.ts)
-- recomputes the days whose reports, cases or referrals changed, found through their timestamps, and a
-- recount of reports per day catches what timestamps cannot show (bulk loads of old reports, deletions).
--
-- `f` is the filter a row answers: '' for no filter, else 'tactic:<code>', 'community:<code>',
-- 'province:<code>', 'channel:<code>', 'risk:<code>' or 'status:<code>'. A report counts under every
-- filter it matches. Day rows (grain 'd') are recomputed from the base tables; month rows (grain 'm') are
-- the sums of their days, kept by adding the difference whenever days are recomputed, so whole months are
-- read from 'm' rows and only the partial months at the edges of a period from 'd' rows.
CREATE TABLE dashboard_rollup (
  f      text NOT NULL,
  grain  char(1) NOT NULL CHECK (grain IN ('d', 'm')),
  start  date NOT NULL,
  dim    text NOT NULL,        -- reports, institution, tactic, …; cases, risk, status, referral (case-level)
  key    text NOT NULL,
  n      bigint NOT NULL,
  PRIMARY KEY (f, grain, start, dim, key)
);
-- A day's rows, for recomputing them (the key leads with the filter, for reading).
CREATE INDEX dashboard_rollup_day ON dashboard_rollup (start) WHERE grain = 'd';

-- Cases with more than one report (merged duplicates): counting them once per selection is not a sum
-- over days, so their case-level figures are computed directly, and the rollup's case-level rows count
-- single-report cases only. The set only grows between full rebuilds (a member that is single again is
-- still counted exactly, directly).
CREATE TABLE dashboard_shared_cases (
  case_id  uuid PRIMARY KEY
);
-- Their reports (spam left out), with the filters each matches and its case's risk, status and time to
-- acknowledge as of the day's last recomputation: a narrow table read whole, instead of a lookup per case.
CREATE TABLE dashboard_shared_reports (
  report_id  uuid PRIMARY KEY,
  case_id    uuid NOT NULL,
  day        date NOT NULL,
  f          text[] NOT NULL,
  risk       text NOT NULL,
  status     text NOT NULL,
  hours      float8,
  bucket     int NOT NULL
);
CREATE INDEX dashboard_shared_reports_day ON dashboard_shared_reports (day);

-- Time to acknowledge of each acknowledged single-report case, in hours as the direct query computes
-- it, with the filters its report matches: the exact values behind the median and 90th percentile.
CREATE TABLE dashboard_ack (
  case_id  uuid PRIMARY KEY,
  day      date NOT NULL,
  risk     text NOT NULL,
  bucket   int NOT NULL,         -- a fine logarithmic bucket of the hours, ordered like the hours
  hours    float8 NOT NULL,
  f        text[] NOT NULL       -- the filters the report matches, '' left out
);
CREATE INDEX dashboard_ack_bucket ON dashboard_ack (risk, bucket, hours);
CREATE INDEX dashboard_ack_day ON dashboard_ack (day);

-- How many of those values fall in each bucket, per month and filter: the rank of the median is found
-- here, then only the values of one bucket are read.
CREATE TABLE dashboard_ack_hist (
  f       text NOT NULL,
  month   date NOT NULL,
  risk    text NOT NULL,
  bucket  int NOT NULL,
  n       bigint NOT NULL,
  PRIMARY KEY (f, month, risk, bucket)
);

-- Which campaigns have a member case with a report on a day, per filter: a campaign counts once per
-- selection however many of its cases match, and membership and status are read live at answer time.
CREATE TABLE dashboard_campaign_days (
  f            text NOT NULL,
  day          date NOT NULL,
  campaign_id  uuid NOT NULL,
  case_id      uuid NOT NULL,
  PRIMARY KEY (f, day, campaign_id, case_id)
);
CREATE INDEX dashboard_campaign_days_day ON dashboard_campaign_days (day);

-- One row once the rollup has been built: the watermark of the last catch-up and a fingerprint of the
-- changes it saw, so a request can tell cheaply whether anything changed since.
CREATE TABLE dashboard_rollup_state (
  id           int PRIMARY KEY CHECK (id = 1),
  built_at     timestamptz NOT NULL,
  watermark    timestamptz NOT NULL,
  probe        text NOT NULL,
  verified_at  timestamptz NOT NULL
);

-- Change feeds for the catch-up, none of them written by intake: a case enters `cases_changed` on its
-- first update after opening (intake writes updated_at = opened_at); a report enters `reports_indexed`
-- when the background indexer sets indexed_at. Referrals and campaigns are never written by intake.
CREATE INDEX cases_changed ON cases (updated_at) WHERE updated_at > opened_at;
CREATE INDEX reports_indexed ON reports (indexed_at) WHERE indexed_at IS NOT NULL;
CREATE INDEX referrals_updated ON referrals (updated_at);
CREATE INDEX campaigns_updated ON campaigns (updated_at);
