-- Reports that staff record on a person's behalf: taken by phone, in person, by e-mail or by letter. The
-- report itself is an ordinary report (sealed the same way, with a receipt the person follows up with);
-- this row says how it came, who took it, and (sealed with the report's own data key) the language of the
-- interpreter, if one was used. A report deleted takes its row with it.
CREATE TABLE assisted_intakes (
  report_id                    uuid PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  channel                      text NOT NULL CHECK (channel IN ('phone', 'in_person', 'email', 'letter')),
  taken_by                     uuid NOT NULL REFERENCES users (id),
  interpreter_language_sealed  bytea,
  recorded_at                  timestamptz NOT NULL
);
CREATE INDEX assisted_intakes_taken_by ON assisted_intakes (taken_by, recorded_at);

-- The printable slip that hands the receipt to the person is opened once, with a one-time token like the
-- follow-up pages' (0017): `slip`.
ALTER TABLE followup_view_tokens DROP CONSTRAINT followup_view_tokens_purpose_check;
ALTER TABLE followup_view_tokens
  ADD CONSTRAINT followup_view_tokens_purpose_check CHECK (purpose IN ('view', 'act', 'confirmation', 'slip'));
