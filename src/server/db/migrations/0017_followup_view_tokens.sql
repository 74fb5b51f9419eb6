-- The reporter's follow-up pages answer a posted receipt with a redirect (POST → 303 → GET) to an address
-- holding a one-time token, so that neither the browser's history nor a reload ever replays the receipt,
-- and Back after a quick exit shows "this page has expired" instead of the report. Tokens are random,
-- short-lived and single-use; only their keyed hash is stored (HMAC under the receipt key, with its own
-- label), never the token and never the receipt. In the database so that any instance can answer the GET.
--   view          the address of the GET that shows a report once (minutes)
--   act           the hidden field of the forms on that page: write, add, consents, delete, language (an hour)
--   confirmation  the language switcher of the page that shows a new receipt (an hour)
CREATE TABLE followup_view_tokens (
  token_hash  bytea PRIMARY KEY,
  report_id   uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  purpose     text NOT NULL CHECK (purpose IN ('view', 'act', 'confirmation')),
  -- What the reporter just did, shown once on the page the token opens: a code, never their words.
  notice      text CHECK (notice ~ '^[a-z-]+(:[0-9]+)?$'),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
-- Expired tokens are removed whenever one is issued; a deleted report takes its tokens with it.
CREATE INDEX followup_view_tokens_expiry ON followup_view_tokens (expires_at);
CREATE INDEX followup_view_tokens_report ON followup_view_tokens (report_id);
