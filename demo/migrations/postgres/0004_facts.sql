-- What the dashboard counts, taken out of `body` once when a row is stored (see `facts.rs`),
-- so 100,000 submissions are aggregated from short columns instead of parsed JSON. `day` is
-- NULL until a row's facts are filled in: rows stored before this migration are filled in
-- when the collector starts.
ALTER TABLE submissions
    ADD COLUMN IF NOT EXISTS day TEXT,
    ADD COLUMN IF NOT EXISTS event TEXT NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS topic TEXT NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS score DOUBLE PRECISION,
    ADD COLUMN IF NOT EXISTS text TEXT NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS email TEXT NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS thread TEXT NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS country TEXT NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS page TEXT NOT NULL DEFAULT '',
    ADD COLUMN IF NOT EXISTS meta TEXT NOT NULL DEFAULT '{}';
CREATE INDEX IF NOT EXISTS submissions_day ON submissions (day);
