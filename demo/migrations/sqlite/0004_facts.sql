-- What the dashboard counts of each submission, taken out of its envelope once, when it is
-- stored (see `facts.rs`): a narrow table beside `submissions`, so 100,000 submissions are
-- aggregated from a few MB of short rows instead of scanning and parsing their JSON. `id`,
-- `widget` and `locale` are repeated here so the dashboard reads this table alone. Rows
-- stored before this migration get theirs when the collector starts.
CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    widget TEXT NOT NULL,
    locale TEXT NOT NULL,
    day TEXT NOT NULL,
    event TEXT NOT NULL,
    topic TEXT NOT NULL,
    score REAL,
    text TEXT NOT NULL,
    email TEXT NOT NULL,
    thread TEXT NOT NULL,
    country TEXT NOT NULL,
    page TEXT NOT NULL,
    meta TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS facts_day ON facts (day);
