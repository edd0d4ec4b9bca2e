-- Every submission once, keyed by the envelope's id; its JSON kept whole in `body`.
CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    widget TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    body TEXT NOT NULL
);
