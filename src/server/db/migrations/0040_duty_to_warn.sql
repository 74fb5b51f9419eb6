-- Duty to warn: a person — a reporter or not (someone named as a target in others' reports) — faces a
-- credible threat of serious harm and must be told. Who the person is and how to reach them, the threat
-- assessment and every note are sealed (one data key per warning); codes, dates and the workflow's state
-- stay in clear for the lists, the dashboards and the periodic report.
--   awaiting_signoff → approved (a supervisor, not the one who opened it) | declined
--   approved → delivered (by a police partner through the portal, or by a caseworker) → closed (outcome)
CREATE TABLE duty_to_warn (
  id                       uuid PRIMARY KEY,
  reference                text NOT NULL UNIQUE,
  status                   text NOT NULL CHECK (status IN ('awaiting_signoff', 'declined', 'approved', 'delivered', 'closed')),
  case_id                  uuid REFERENCES cases (id) ON DELETE SET NULL,  -- the person's own case, if they reported
  related_case_ids         uuid[] NOT NULL DEFAULT '{}',                  -- cases whose reports name the person
  severity                 text NOT NULL CHECK (severity IN ('death', 'serious_bodily_harm', 'abduction', 'other_serious_harm')),
  data_key_id              uuid NOT NULL REFERENCES data_keys (id),
  person_sealed            bytea NOT NULL,
  assessment_sealed        bytea NOT NULL,
  created_by               uuid NOT NULL REFERENCES users (id),
  created_at               timestamptz NOT NULL,
  signoff_by               uuid REFERENCES users (id),
  signoff_at               timestamptz,
  signoff_note_sealed      bytea,
  delivery_method          text CHECK (delivery_method IN ('police_partner', 'caseworker')),
  delivery_partner_org_id  uuid REFERENCES partner_orgs (id),
  delivery_assignee_id     uuid REFERENCES users (id),
  delivered_at             timestamptz,
  delivered_by             uuid REFERENCES users (id),
  delivery_channel         text CHECK (delivery_channel IN ('in_person', 'phone', 'letter', 'other')),
  delivery_note_sealed     bytea,
  acknowledgement          text CHECK (acknowledgement IN ('acknowledged', 'refused', 'not_reached')),
  outcome                  text CHECK (outcome IN ('protective_measures', 'police_protection', 'relocated', 'no_further_action', 'other')),
  outcome_note_sealed      bytea,
  closed_at                timestamptz,
  updated_at               timestamptz NOT NULL,
  version                  int NOT NULL DEFAULT 1,
  CHECK ((delivery_method = 'police_partner') = (delivery_partner_org_id IS NOT NULL)),
  CHECK (status IN ('awaiting_signoff', 'declined') OR delivery_method IS NOT NULL)
);
CREATE INDEX duty_to_warn_open ON duty_to_warn (created_at) WHERE status NOT IN ('declined', 'closed');
CREATE INDEX duty_to_warn_partner ON duty_to_warn (delivery_partner_org_id) WHERE delivery_partner_org_id IS NOT NULL;

-- What happened to a warning, in order: codes only (the notes are sealed on the warning itself).
CREATE TABLE duty_to_warn_events (
  id          uuid PRIMARY KEY,
  warning_id  uuid NOT NULL REFERENCES duty_to_warn (id) ON DELETE CASCADE,
  at          timestamptz NOT NULL,
  actor_id    uuid REFERENCES users (id),
  kind        text NOT NULL,
  data        jsonb NOT NULL DEFAULT '{}',
  -- Steps taken in the same instant still read in the order they were taken.
  seq         bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX duty_to_warn_events_warning ON duty_to_warn_events (warning_id, at);
