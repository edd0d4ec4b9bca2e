-- Every submission once, keyed by the envelope's id; its JSON kept whole in `body` (jsonb, so
-- the dashboard can read any field). `seq` orders rows that arrived in the same microsecond.
CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    seq BIGSERIAL NOT NULL,
    widget TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    body JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_received ON submissions (received_at DESC, seq DESC);
