-- What the dashboard counts, taken out of `body` once when a row is stored (see `facts.rs`),
-- so 100,000 submissions are aggregated from short columns instead of parsed JSON. `day` is
-- NULL until a row's facts are filled in: rows stored before this migration are filled in
-- when the collector starts.
ALTER TABLE submissions ADD COLUMN day TEXT;
ALTER TABLE submissions ADD COLUMN event TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN topic TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN score REAL;
ALTER TABLE submissions ADD COLUMN text TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN thread TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN page TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN meta TEXT NOT NULL DEFAULT '{}';
CREATE INDEX IF NOT EXISTS submissions_day ON submissions (day);
