-- Each stored submission's forwarding to each configured webhook, until it is delivered or
-- given up on. Erasing a submission erases its deliveries.
CREATE TABLE IF NOT EXISTS deliveries (
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    delivered_at TEXT,
    last_error TEXT,
    PRIMARY KEY (submission_id, target)
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (next_at) WHERE delivered_at IS NULL;
