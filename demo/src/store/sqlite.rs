//! The embedded engine: one SQLite file, one connection, each call on a blocking thread so a
//! slow disk never stalls the server's other requests.

use std::sync::{Arc, Mutex};

use rusqlite::{params, Connection};
use serde_json::Value;

use super::upsert_facts;
use super::{
    blank_free_text, fact_columns, limited, person_condition, Delivery, Erased, Fact, FollowUp,
    Insert, Person, Retry, Row, Unavailable, BACKFILL_BATCH, LEASE_SECONDS, MIGRATIONS,
};
use crate::facts::Facts;

pub struct Sqlite(Arc<Mutex<Connection>>);

impl Sqlite {
    pub async fn open(path: &str) -> Result<Sqlite, Unavailable> {
        let path = path.to_string();
        let conn = blocking("opening the database", move || {
            if let Some(dir) = std::path::Path::new(&path).parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let mut conn = Connection::open(&path)?;
            // WAL lets readers (the admin) and the writer work at once; a writer waits for the
            // lock (another process on the same file) instead of failing at once.
            // Foreign keys on: erasing a submission erases its deliveries.
            conn.execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 4000; PRAGMA foreign_keys = ON;",
            )?;
            migrate(&mut conn)?;
            backfill(&conn)?;
            Ok(conn)
        })
        .await?;
        Ok(Sqlite(Arc::new(Mutex::new(conn))))
    }

    pub async fn insert(
        &self,
        envelope: &Value,
        webhooks: &[String],
    ) -> Result<Insert, Unavailable> {
        let row = Row::of(envelope);
        let body = envelope.to_string();
        let webhooks = webhooks.to_vec();
        self.with("storing", move |conn| {
            let tx = conn.unchecked_transaction()?;
            let changed = tx.execute(
                "INSERT OR IGNORE INTO submissions (id, widget, locale, created_at, body) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![row.id, row.widget, row.locale, row.created_at, body],
            )?;
            if changed == 1 {
                set_facts(&tx, &row)?;
            }
            for target in webhooks.iter().filter(|_| changed == 1) {
                tx.execute(
                    "INSERT INTO deliveries (submission_id, target) VALUES (?1, ?2)",
                    params![row.id, target],
                )?;
            }
            tx.commit()?;
            Ok(if changed == 1 {
                Insert::Stored
            } else {
                Insert::Duplicate
            })
        })
        .await
    }

    pub async fn claim_deliveries(&self, limit: u32) -> Result<Vec<Delivery>, Unavailable> {
        self.with("claiming deliveries", move |conn| {
            let tx = conn.unchecked_transaction()?;
            let due: Vec<Delivery> = {
                let mut stmt = tx.prepare(
                    "SELECT d.submission_id, d.target, d.attempts, s.body, d.payload \
                     FROM deliveries d JOIN submissions s ON s.id = d.submission_id \
                     WHERE d.delivered_at IS NULL AND d.next_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now') \
                     ORDER BY d.next_at LIMIT ?1",
                )?;
                let rows = stmt.query_map([limit], |row| {
                    let body: String = row.get(3)?;
                    let payload: Option<String> = row.get(4)?;
                    Ok(Delivery {
                        submission_id: row.get(0)?,
                        target: row.get(1)?,
                        attempts: row.get(2)?,
                        body: serde_json::from_str(&body).unwrap_or(Value::Null),
                        payload: payload.and_then(|p| serde_json::from_str(&p).ok()),
                    })
                })?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for d in &due {
                tx.execute(
                    "UPDATE deliveries SET next_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?3) \
                     WHERE submission_id = ?1 AND target = ?2",
                    params![d.submission_id, d.target, format!("+{LEASE_SECONDS} seconds")],
                )?;
            }
            tx.commit()?;
            Ok(due)
        })
        .await
    }

    pub async fn delivery_done(
        &self,
        delivery: &Delivery,
        outcome: Result<(), (String, Retry)>,
    ) -> Result<(), Unavailable> {
        let (id, target) = (delivery.submission_id.clone(), delivery.target.clone());
        self.with("recording a delivery", move |conn| {
            match outcome {
                Ok(()) => conn.execute(
                    "UPDATE deliveries SET delivered_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), \
                     last_error = NULL WHERE submission_id = ?1 AND target = ?2",
                    params![id, target],
                ),
                Err((error, retry)) => {
                    let after = match retry {
                        Retry::After(wait) => format!("+{} seconds", wait.as_secs_f64()),
                        // Far in the future: kept, with its error, for the operator to see.
                        Retry::Never => "+100 years".to_string(),
                    };
                    conn.execute(
                        "UPDATE deliveries SET attempts = attempts + 1, last_error = ?3, \
                         next_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?4) \
                         WHERE submission_id = ?1 AND target = ?2",
                        params![id, target, error, after],
                    )
                }
            }
            .map(|_| ())
        })
        .await
    }

    pub async fn list(&self) -> Result<Vec<(String, Value)>, Unavailable> {
        self.with("listing", |conn| {
            let mut stmt = conn.prepare(
                "SELECT received_at, body FROM submissions ORDER BY received_at DESC, rowid DESC",
            )?;
            let rows = stmt.query_map([], received)?;
            rows.collect()
        })
        .await
    }

    pub async fn facts(&self, from: &str, to: &str) -> Result<Vec<Fact>, Unavailable> {
        let (from, to) = (from.to_string(), to.to_string());
        self.with("reading the dashboard's rows", move |conn| {
            // One pass over the narrow table, in the order rows arrived, sorted here: for a
            // period holding most rows, the day index would cost a random lookup per row
            // (measured: 1.7× slower at 100,000).
            let mut stmt = conn.prepare(&format!(
                "SELECT {} FROM facts NOT INDEXED WHERE day >= ?1 AND day <= ?2",
                fact_columns()
            ))?;
            let rows = stmt.query_map([from, to], |r| {
                Ok(Fact {
                    id: r.get(0)?,
                    widget: r.get(1)?,
                    locale: r.get(2)?,
                    facts: Facts {
                        day: r.get(3)?,
                        event: r.get(4)?,
                        topic: r.get(5)?,
                        score: r.get(6)?,
                        text: r.get(7)?,
                        email: r.get(8)?,
                        thread: r.get(9)?,
                        country: r.get(10)?,
                        page: r.get(11)?,
                        meta: r.get(12)?,
                    },
                })
            })?;
            let mut rows: Vec<Fact> = rows.collect::<rusqlite::Result<_>>()?;
            // Newest first: the latest arrival first within a day (a stable sort of the
            // reversed arrival order).
            rows.reverse();
            rows.sort_by(|a, b| b.facts.day.cmp(&a.facts.day));
            Ok(rows)
        })
        .await
    }

    pub async fn export(&self, person: &Person) -> Result<Vec<(String, Value)>, Unavailable> {
        let (key, value) = person.key_and_value();
        self.with("exporting", move |conn| {
            let sql = format!(
                "SELECT received_at, body FROM submissions WHERE {} ORDER BY received_at, rowid",
                matches(key)
            );
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map([value], received)?;
            rows.collect()
        })
        .await
    }

    pub async fn erase(&self, person: &Person) -> Result<Erased, Unavailable> {
        let (key, value) = person.key_and_value();
        self.with("erasing", move |conn| {
            let tx = conn.unchecked_transaction()?;
            let mut records = Vec::new();
            {
                let sql = format!(
                    "SELECT id, body FROM submissions WHERE widget = 'consent' AND ({})",
                    matches(key)
                );
                let mut stmt = tx.prepare(&sql)?;
                let rows = stmt.query_map([&value], |row| {
                    let body: String = row.get(1)?;
                    Ok((row.get::<_, String>(0)?, body))
                })?;
                for row in rows {
                    records.push(row?);
                }
            }
            for (id, body) in &records {
                let mut body: Value = serde_json::from_str(body).unwrap_or(Value::Null);
                blank_free_text(&mut body);
                tx.execute(
                    "UPDATE submissions SET body = ?1 WHERE id = ?2",
                    params![body.to_string(), id],
                )?;
                set_facts(&tx, &Row::of(&body))?;
            }
            let sql = format!(
                "DELETE FROM submissions WHERE widget <> 'consent' AND ({})",
                matches(key)
            );
            let deleted = tx.execute(&sql, [&value])?;
            tx.commit()?;
            Ok(Erased {
                deleted,
                blanked: records.len(),
            })
        })
        .await
    }

    pub async fn expire(&self, widget: &str, days: u32) -> Result<usize, Unavailable> {
        let (widget, age) = (widget.to_string(), format!("-{days} days"));
        self.with("expiring", move |conn| {
            conn.execute(
                "DELETE FROM submissions WHERE widget = ?1 \
                 AND received_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?2)",
                params![widget, age],
            )
        })
        .await
    }

    pub async fn follow_ups(&self) -> Result<Vec<(String, FollowUp)>, Unavailable> {
        self.with("listing follow-ups", |conn| {
            let mut stmt = conn
                .prepare("SELECT submission_id, handled_at IS NOT NULL, reply FROM follow_ups")?;
            let rows = stmt.query_map([], |row| {
                Ok((
                    row.get(0)?,
                    FollowUp {
                        handled: row.get(1)?,
                        reply: row.get(2)?,
                    },
                ))
            })?;
            rows.collect()
        })
        .await
    }

    pub async fn set_handled(&self, id: &str, handled: bool) -> Result<(), Unavailable> {
        let id = id.to_string();
        self.with("marking", move |conn| {
            conn.execute(
                "INSERT INTO follow_ups (submission_id, handled_at) \
                 SELECT id, CASE WHEN ?2 THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END \
                 FROM submissions WHERE id = ?1 \
                 ON CONFLICT (submission_id) DO UPDATE SET handled_at = excluded.handled_at",
                params![id, handled],
            )
            .map(|_| ())
        })
        .await
    }

    pub async fn reply(
        &self,
        id: &str,
        reply: &str,
        hook: Option<(&str, &Value)>,
    ) -> Result<bool, Unavailable> {
        let (id, reply) = (id.to_string(), reply.to_string());
        let hook = hook.map(|(url, payload)| (format!("reply:{url}"), payload.to_string()));
        self.with("replying", move |conn| {
            let tx = conn.unchecked_transaction()?;
            let changed = tx.execute(
                "INSERT INTO follow_ups (submission_id, handled_at, reply, replied_at) \
                 SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?2, \
                        strftime('%Y-%m-%dT%H:%M:%fZ', 'now') \
                 FROM submissions WHERE id = ?1 \
                 ON CONFLICT (submission_id) DO UPDATE SET handled_at = excluded.handled_at, \
                     reply = excluded.reply, replied_at = excluded.replied_at",
                params![id, reply],
            )?;
            if let (1, Some((target, payload))) = (changed, &hook) {
                tx.execute(
                    "INSERT INTO deliveries (submission_id, target, payload) VALUES (?1, ?2, ?3) \
                     ON CONFLICT (submission_id, target) DO UPDATE SET payload = excluded.payload, \
                         attempts = 0, delivered_at = NULL, last_error = NULL, \
                         next_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                    params![id, target, payload],
                )?;
            }
            tx.commit()?;
            Ok(changed == 1)
        })
        .await
    }

    pub async fn get(&self, id: &str) -> Result<Option<Value>, Unavailable> {
        let id = id.to_string();
        self.with("reading", move |conn| {
            let mut stmt = conn.prepare("SELECT body FROM submissions WHERE id = ?1")?;
            let mut rows = stmt.query([id])?;
            Ok(match rows.next()? {
                Some(row) => serde_json::from_str(&row.get::<_, String>(0)?).ok(),
                None => None,
            })
        })
        .await
    }

    pub async fn ready(&self) -> Result<(), Unavailable> {
        self.with("checking", |conn| {
            conn.query_row("SELECT 1", [], |_| Ok(()))
        })
        .await
    }

    /// Runs `work` on the connection, on a blocking thread, within the time limit.
    async fn with<T: Send + 'static>(
        &self,
        what: &str,
        work: impl FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, Unavailable> {
        let conn = self.0.clone();
        blocking(what, move || {
            let conn = conn.lock().unwrap_or_else(|e| e.into_inner());
            work(&conn)
        })
        .await
    }
}

async fn blocking<T: Send + 'static>(
    what: &str,
    work: impl FnOnce() -> rusqlite::Result<T> + Send + 'static,
) -> Result<T, Unavailable> {
    let task = tokio::task::spawn_blocking(work);
    match limited(what, task).await {
        Ok(result) => result.map_err(|e| Unavailable(format!("{what}: {e}"))),
        Err(e) => Err(e),
    }
}

/// A `(received_at, body)` row as the listing gives it.
fn received(row: &rusqlite::Row) -> rusqlite::Result<(String, Value)> {
    let body: String = row.get(1)?;
    Ok((
        row.get(0)?,
        serde_json::from_str(&body).unwrap_or(Value::Null),
    ))
}

/// Rows whose envelope names the person (see [`person_condition`]), in this engine's JSON.
fn matches(key: &str) -> String {
    person_condition(
        key,
        |path| format!("json_extract(body, '$.{path}.{key}')"),
        "?1",
    )
}

/// Writes a row's facts (see `facts`).
fn set_facts(conn: &Connection, row: &Row) -> rusqlite::Result<()> {
    let f = &row.facts;
    conn.execute(
        &upsert_facts('?'),
        params![
            row.id, row.widget, row.locale, f.day, f.event, f.topic, f.score, f.text, f.email,
            f.thread, f.country, f.page, f.meta
        ],
    )
    .map(|_| ())
}

/// Gives rows stored before the facts table existed their facts, a batch per transaction (a
/// no-op once done).
fn backfill(conn: &Connection) -> rusqlite::Result<()> {
    loop {
        let tx = conn.unchecked_transaction()?;
        let bodies: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT s.body FROM submissions s LEFT JOIN facts f ON f.id = s.id \
                 WHERE f.id IS NULL LIMIT ?1",
            )?;
            let rows = stmt.query_map([BACKFILL_BATCH], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for body in &bodies {
            let body: Value = serde_json::from_str(body).unwrap_or(Value::Null);
            set_facts(&tx, &Row::of(&body))?;
        }
        tx.commit()?;
        if bodies.len() < BACKFILL_BATCH as usize {
            return Ok(());
        }
    }
}

/// Applies the migrations this file lacks, each in its own transaction with its record.
fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version INTEGER PRIMARY KEY,
             name TEXT NOT NULL,
             applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
         );",
    )?;
    for m in MIGRATIONS {
        let tx = conn.transaction()?;
        let done: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?1)",
            [m.version],
            |row| row.get(0),
        )?;
        if !done {
            tx.execute_batch(m.sqlite)?;
            tx.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?1, ?2)",
                params![m.version, m.name],
            )?;
        }
        tx.commit()?;
    }
    Ok(())
}
