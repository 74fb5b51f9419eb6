-- Safety planning. The checklist is data: items by section, each labelled in every public language
-- (labels: {"en": "...", "fr": "...", "bo": "...", ...}), seeded at start and edited by admins; a seeded
-- item keeps its code, so seeding again never undoes an admin's wording.
CREATE TABLE safety_plan_items (
  code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,63}$'),
  section     text NOT NULL CHECK (section IN ('physical', 'digital', 'family', 'contacts', 'recurrence')),
  labels      jsonb NOT NULL,
  sort_order  int NOT NULL DEFAULT 0,
  active      boolean NOT NULL DEFAULT true,
  updated_at  timestamptz NOT NULL
);

-- One person's plan: the steps chosen for them (which are done), notes per section and trusted contacts —
-- all sealed in one JSON value. Keyed by the report whose receipt holder reads it in follow-up; staff
-- reach it through the report's case (merges included).
CREATE TABLE safety_plans (
  report_id    uuid PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  data_key_id  uuid NOT NULL REFERENCES data_keys (id),
  plan_sealed  bytea NOT NULL,
  version      int NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  updated_by   uuid REFERENCES users (id)
);
