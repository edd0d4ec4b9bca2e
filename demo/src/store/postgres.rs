//! Postgres, for shops that outgrow one machine: every collector instance holds a small pool of
//! connections to the one database, and keeps no state of its own, so any number of them can
//! stand behind a load balancer.

use std::str::FromStr;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use serde_json::Value;
use tokio_postgres::NoTls;

use super::upsert_facts;
use super::{
    blank_free_text, fact_columns, limited, person_condition, Delivery, Erased, Fact, FollowUp,
    Insert, Person, Retry, Row, Unavailable, BACKFILL_BATCH, LEASE_SECONDS, MIGRATIONS,
};
use crate::facts::Facts;

/// Connections per instance: enough to keep a 2-core server busy, few enough that several
/// instances stay under Postgres' default `max_connections` (100).
const POOL_SIZE: usize = 16;

/// How long a request waits for a connection, or for a new one to open, before the collector
/// answers 503: a database that is down is reported in seconds, not at the client's timeout.
const CONNECT_LIMIT: Duration = Duration::from_secs(2);

/// Any key, the same in every instance: instances starting together migrate one at a time.
const MIGRATION_LOCK: i64 = 0x0076_6f78_5f6d_6967; // "vox_mig"

/// `received_at` as the SQLite table keeps it: ISO 8601, UTC, milliseconds.
const RECEIVED_AT: &str =
    "to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

/// Rows whose envelope names the person (see [`person_condition`]), in this engine's JSON.
fn matches(key: &str) -> String {
    person_condition(key, |path| format!("body #>> '{{{path},{key}}}'"), "$1")
}

pub struct Postgres(Pool);

impl Postgres {
    pub async fn open(url: &str) -> Result<Postgres, Unavailable> {
        let config = tokio_postgres::Config::from_str(url)
            .map_err(|e| Unavailable(format!("reading the database URL: {e}")))?;
        let manager = Manager::from_config(
            config,
            NoTls,
            // Fast: a connection the server closed is noticed by the client and replaced; a
            // round trip per request to check would double the load.
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(CONNECT_LIMIT))
            .create_timeout(Some(CONNECT_LIMIT))
            .recycle_timeout(Some(CONNECT_LIMIT))
            .build()
            .map_err(|e| Unavailable(format!("opening the pool: {e}")))?;
        let db = Postgres(pool);
        limited("migrating the database", db.migrate()).await?;
        db.backfill().await?;
        Ok(db)
    }

    pub async fn insert(
        &self,
        envelope: &Value,
        webhooks: &[String],
    ) -> Result<Insert, Unavailable> {
        let row = Row::of(envelope);
        limited("storing", async {
            let mut client = self.0.get().await.map_err(text)?;
            let tx = client.transaction().await.map_err(text)?;
            let changed = tx
                .execute(
                    "INSERT INTO submissions (id, widget, locale, created_at, body) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
                    &[&row.id, &row.widget, &row.locale, &row.created_at, envelope],
                )
                .await
                .map_err(text)?;
            if changed == 1 {
                set_facts(&tx, &row).await?;
            }
            for target in webhooks.iter().filter(|_| changed == 1) {
                tx.execute(
                    "INSERT INTO deliveries (submission_id, target) VALUES ($1, $2)",
                    &[&row.id, target],
                )
                .await
                .map_err(text)?;
            }
            tx.commit().await.map_err(text)?;
            Ok::<_, String>(if changed == 1 {
                Insert::Stored
            } else {
                Insert::Duplicate
            })
        })
        .await
    }

    /// Claims due deliveries with `SKIP LOCKED`, so instances never take the same one.
    pub async fn claim_deliveries(&self, limit: u32) -> Result<Vec<Delivery>, Unavailable> {
        limited("claiming deliveries", async {
            let client = self.0.get().await.map_err(text)?;
            let rows = client
                .query(
                    "WITH due AS ( \
                         SELECT submission_id, target FROM deliveries \
                         WHERE delivered_at IS NULL AND next_at <= now() \
                         ORDER BY next_at LIMIT $1 FOR UPDATE SKIP LOCKED) \
                     UPDATE deliveries d SET next_at = now() + make_interval(secs => $2) \
                     FROM due, submissions s \
                     WHERE d.submission_id = due.submission_id AND d.target = due.target \
                       AND s.id = d.submission_id \
                     RETURNING d.submission_id, d.target, d.attempts, s.body, d.payload",
                    &[&i64::from(limit), &f64::from(LEASE_SECONDS)],
                )
                .await
                .map_err(text)?;
            Ok::<_, String>(
                rows.iter()
                    .map(|r| Delivery {
                        submission_id: r.get(0),
                        target: r.get(1),
                        attempts: u32::try_from(r.get::<_, i32>(2)).unwrap_or(0),
                        body: r.get(3),
                        payload: r.get(4),
                    })
                    .collect(),
            )
        })
        .await
    }

    pub async fn delivery_done(
        &self,
        delivery: &Delivery,
        outcome: Result<(), (String, Retry)>,
    ) -> Result<(), Unavailable> {
        let (id, target) = (&delivery.submission_id, &delivery.target);
        limited("recording a delivery", async {
            let client = self.0.get().await.map_err(text)?;
            match outcome {
                Ok(()) => {
                    client
                        .execute(
                            "UPDATE deliveries SET delivered_at = now(), last_error = NULL \
                             WHERE submission_id = $1 AND target = $2",
                            &[id, target],
                        )
                        .await
                }
                Err((error, retry)) => {
                    // Never: 'infinity', kept with its error for the operator to see.
                    let wait = match retry {
                        Retry::After(wait) => wait.as_secs_f64(),
                        Retry::Never => f64::INFINITY,
                    };
                    client
                        .execute(
                            "UPDATE deliveries SET attempts = attempts + 1, last_error = $3, \
                             next_at = CASE WHEN $4 = 'Infinity'::float8 \
                                            THEN 'infinity'::timestamptz \
                                            ELSE now() + make_interval(secs => $4) END \
                             WHERE submission_id = $1 AND target = $2",
                            &[id, target, &error, &wait],
                        )
                        .await
                }
            }
            .map_err(text)?;
            Ok::<_, String>(())
        })
        .await
    }

    pub async fn list(&self) -> Result<Vec<(String, Value)>, Unavailable> {
        limited("listing", async {
            let client = self.0.get().await.map_err(text)?;
            let rows = client
                .query(
                    &format!(
                        "SELECT {RECEIVED_AT}, body FROM submissions \
                         ORDER BY received_at DESC, seq DESC"
                    ),
                    &[],
                )
                .await
                .map_err(text)?;
            Ok::<_, String>(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })
        .await
    }

    pub async fn facts(&self, from: &str, to: &str) -> Result<Vec<Fact>, Unavailable> {
        limited("reading the dashboard's rows", async {
            let client = self.0.get().await.map_err(text)?;
            let rows = client
                .query(
                    &format!(
                        "SELECT {} FROM facts WHERE day >= $1 AND day <= $2 \
                         ORDER BY day DESC, seq DESC",
                        fact_columns()
                    ),
                    &[&from, &to],
                )
                .await
                .map_err(text)?;
            Ok::<_, String>(
                rows.iter()
                    .map(|r| Fact {
                        id: r.get(0),
                        widget: r.get(1),
                        locale: r.get(2),
                        facts: Facts {
                            day: r.get(3),
                            event: r.get(4),
                            topic: r.get(5),
                            score: r.get(6),
                            text: r.get(7),
                            email: r.get(8),
                            thread: r.get(9),
                            country: r.get(10),
                            page: r.get(11),
                            meta: r.get(12),
                        },
                    })
                    .collect(),
            )
        })
        .await
    }

    pub async fn export(&self, person: &Person) -> Result<Vec<(String, Value)>, Unavailable> {
        let (key, value) = person.key_and_value();
        limited("exporting", async {
            let client = self.0.get().await.map_err(text)?;
            let sql = format!(
                "SELECT {RECEIVED_AT}, body FROM submissions WHERE {} ORDER BY received_at, seq",
                matches(key)
            );
            let rows = client.query(&sql, &[&value]).await.map_err(text)?;
            Ok::<_, String>(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })
        .await
    }

    pub async fn erase(&self, person: &Person) -> Result<Erased, Unavailable> {
        let (key, value) = person.key_and_value();
        limited("erasing", async {
            let mut client = self.0.get().await.map_err(text)?;
            let tx = client.transaction().await.map_err(text)?;
            let sql = format!(
                "SELECT id, body FROM submissions WHERE widget = 'consent' AND ({}) FOR UPDATE",
                matches(key)
            );
            let records = tx.query(&sql, &[&value]).await.map_err(text)?;
            for record in &records {
                let (id, mut body): (String, Value) = (record.get(0), record.get(1));
                blank_free_text(&mut body);
                tx.execute(
                    "UPDATE submissions SET body = $1 WHERE id = $2",
                    &[&body, &id],
                )
                .await
                .map_err(text)?;
                set_facts(&tx, &Row::of(&body)).await?;
            }
            let sql = format!(
                "DELETE FROM submissions WHERE widget <> 'consent' AND ({})",
                matches(key)
            );
            let deleted = tx.execute(&sql, &[&value]).await.map_err(text)?;
            tx.commit().await.map_err(text)?;
            Ok::<_, String>(Erased {
                deleted: deleted as usize,
                blanked: records.len(),
            })
        })
        .await
    }

    pub async fn expire(&self, widget: &str, days: u32) -> Result<usize, Unavailable> {
        let days = i32::try_from(days).unwrap_or(i32::MAX);
        limited("expiring", async {
            let client = self.0.get().await.map_err(text)?;
            let deleted = client
                .execute(
                    "DELETE FROM submissions WHERE widget = $1 \
                     AND received_at < now() - make_interval(days => $2)",
                    &[&widget, &days],
                )
                .await
                .map_err(text)?;
            Ok::<_, String>(deleted as usize)
        })
        .await
    }

    pub async fn follow_ups(&self) -> Result<Vec<(String, FollowUp)>, Unavailable> {
        limited("listing follow-ups", async {
            let client = self.0.get().await.map_err(text)?;
            let rows = client
                .query(
                    "SELECT submission_id, handled_at IS NOT NULL, reply FROM follow_ups",
                    &[],
                )
                .await
                .map_err(text)?;
            Ok::<_, String>(
                rows.iter()
                    .map(|r| {
                        let follow_up = FollowUp {
                            handled: r.get(1),
                            reply: r.get(2),
                        };
                        (r.get(0), follow_up)
                    })
                    .collect(),
            )
        })
        .await
    }

    pub async fn set_handled(&self, id: &str, handled: bool) -> Result<(), Unavailable> {
        limited("marking", async {
            let client = self.0.get().await.map_err(text)?;
            client
                .execute(
                    "INSERT INTO follow_ups (submission_id, handled_at) \
                     SELECT id, CASE WHEN $2 THEN now() END FROM submissions WHERE id = $1 \
                     ON CONFLICT (submission_id) DO UPDATE SET handled_at = excluded.handled_at",
                    &[&id, &handled],
                )
                .await
                .map_err(text)?;
            Ok::<_, String>(())
        })
        .await
    }

    pub async fn reply(
        &self,
        id: &str,
        reply: &str,
        hook: Option<(&str, &Value)>,
    ) -> Result<bool, Unavailable> {
        limited("replying", async {
            let mut client = self.0.get().await.map_err(text)?;
            let tx = client.transaction().await.map_err(text)?;
            let changed = tx
                .execute(
                    "INSERT INTO follow_ups (submission_id, handled_at, reply, replied_at) \
                     SELECT id, now(), $2, now() FROM submissions WHERE id = $1 \
                     ON CONFLICT (submission_id) DO UPDATE SET handled_at = excluded.handled_at, \
                         reply = excluded.reply, replied_at = excluded.replied_at",
                    &[&id, &reply],
                )
                .await
                .map_err(text)?;
            if let (1, Some((url, payload))) = (changed, hook) {
                tx.execute(
                    "INSERT INTO deliveries (submission_id, target, payload) VALUES ($1, $2, $3) \
                     ON CONFLICT (submission_id, target) DO UPDATE SET payload = excluded.payload, \
                         attempts = 0, delivered_at = NULL, last_error = NULL, next_at = now()",
                    &[&id, &format!("reply:{url}"), payload],
                )
                .await
                .map_err(text)?;
            }
            tx.commit().await.map_err(text)?;
            Ok::<_, String>(changed == 1)
        })
        .await
    }

    pub async fn get(&self, id: &str) -> Result<Option<Value>, Unavailable> {
        limited("reading", async {
            let client = self.0.get().await.map_err(text)?;
            let row = client
                .query_opt("SELECT body FROM submissions WHERE id = $1", &[&id])
                .await
                .map_err(text)?;
            Ok::<_, String>(row.map(|r| r.get(0)))
        })
        .await
    }

    pub async fn ready(&self) -> Result<(), Unavailable> {
        limited("checking", async {
            let client = self.0.get().await.map_err(text)?;
            client.simple_query("SELECT 1").await.map_err(text)?;
            Ok::<_, String>(())
        })
        .await
    }

    /// Gives rows stored before the facts table existed their facts, a batch per
    /// transaction; rows are locked with `SKIP LOCKED`, so instances starting together share
    /// the work instead of repeating it.
    async fn backfill(&self) -> Result<(), Unavailable> {
        loop {
            let filled = limited("filling in the dashboard's facts", async {
                let mut client = self.0.get().await.map_err(text)?;
                let tx = client.transaction().await.map_err(text)?;
                let rows = tx
                    .query(
                        "SELECT s.body FROM submissions s LEFT JOIN facts f ON f.id = s.id \
                         WHERE f.id IS NULL LIMIT $1 FOR UPDATE OF s SKIP LOCKED",
                        &[&i64::from(BACKFILL_BATCH)],
                    )
                    .await
                    .map_err(text)?;
                for r in &rows {
                    set_facts(&tx, &Row::of(&r.get::<_, Value>(0))).await?;
                }
                tx.commit().await.map_err(text)?;
                Ok::<_, String>(rows.len())
            })
            .await?;
            if filled < BACKFILL_BATCH as usize {
                return Ok(());
            }
        }
    }

    /// Applies the migrations the database lacks, all in one transaction under a lock, so
    /// instances that start together neither race nor half-apply (Postgres' DDL is
    /// transactional).
    async fn migrate(&self) -> Result<(), String> {
        let mut client = self.0.get().await.map_err(text)?;
        let tx = client.transaction().await.map_err(text)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(text)?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                 version BIGINT PRIMARY KEY,
                 name TEXT NOT NULL,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
             );",
        )
        .await
        .map_err(text)?;
        for m in MIGRATIONS {
            let done = tx
                .query_opt(
                    "SELECT 1 FROM schema_migrations WHERE version = $1",
                    &[&m.version],
                )
                .await
                .map_err(text)?
                .is_some();
            if !done {
                tx.batch_execute(m.postgres)
                    .await
                    .map_err(|e| format!("migration {} ({}): {e}", m.version, m.name))?;
                tx.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                    &[&m.version, &m.name],
                )
                .await
                .map_err(text)?;
            }
        }
        tx.commit().await.map_err(text)
    }
}

/// Writes a row's facts (see `facts`).
async fn set_facts(tx: &deadpool_postgres::Transaction<'_>, row: &Row) -> Result<(), String> {
    let f = &row.facts;
    tx.execute(
        &upsert_facts('$'),
        &[
            &row.id,
            &row.widget,
            &row.locale,
            &f.day,
            &f.event,
            &f.topic,
            &f.score,
            &f.text,
            &f.email,
            &f.thread,
            &f.country,
            &f.page,
            &f.meta,
        ],
    )
    .await
    .map(|_| ())
    .map_err(text)
}

/// A driver or pool error as the text [`Unavailable`] carries.
fn text(e: impl std::fmt::Display) -> String {
    e.to_string()
}
