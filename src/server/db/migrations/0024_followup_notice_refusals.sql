-- A one-time follow-up page may also say which files were refused and why (evidence limits): the notice
-- code gains "|refused:<n>.<reason>,…" — positions and reason codes only, never a name or content.
ALTER TABLE followup_view_tokens DROP CONSTRAINT IF EXISTS followup_view_tokens_notice_check;
ALTER TABLE followup_view_tokens
  ADD CONSTRAINT followup_view_tokens_notice_check
  CHECK (notice ~ '^[a-z-]+(:[0-9]+)?(\|refused:[0-9]+\.[A-Za-z]+(,[0-9]+\.[A-Za-z]+)*)?$');
