-- The triage queue (issue 18, item 7): staff-defined tags on cases, and each person's saved views.
--
-- Tags are labels staff define for their own work ("needs a Uyghur speaker", "press interest"); they are
-- staff text, never a reporter's words, and are shown only to roles that read case content. Adding and
-- removing one is audited (by id; the label is never in the audit log).
CREATE TABLE case_tag_labels (
  id          uuid PRIMARY KEY,
  label       text NOT NULL,
  created_by  uuid NOT NULL REFERENCES users (id),
  created_at  timestamptz NOT NULL
);
-- One label per spelling, whatever the case of its letters.
CREATE UNIQUE INDEX case_tag_labels_label ON case_tag_labels (lower(label));

CREATE TABLE case_tags (
  case_id   uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  tag_id    uuid NOT NULL REFERENCES case_tag_labels (id) ON DELETE CASCADE,
  added_by  uuid NOT NULL REFERENCES users (id),
  added_at  timestamptz NOT NULL,
  PRIMARY KEY (case_id, tag_id)
);
CREATE INDEX case_tags_tag ON case_tags (tag_id);

-- A person's saved filters of the queue, kept on the server so they follow them from device to device.
-- The filters are the queue's own query (codes, dates, ids), validated by the contract when saved.
CREATE TABLE queue_views (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name        text NOT NULL,
  filters     jsonb NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX queue_views_user_name ON queue_views (user_id, lower(name));
