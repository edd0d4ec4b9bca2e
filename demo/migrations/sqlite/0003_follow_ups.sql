-- The shop's side of a feedback item: handled or not, and the reply it sent. A delivery may
-- carry its own payload (a reply for the shop's mail system) instead of the submission.
CREATE TABLE IF NOT EXISTS follow_ups (
    submission_id TEXT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    handled_at TEXT,
    reply TEXT,
    replied_at TEXT
);
ALTER TABLE deliveries ADD COLUMN payload TEXT;
