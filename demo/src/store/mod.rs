//! Where submissions are kept: SQLite (one file, the default: nothing else to run) or Postgres
//! (`--db postgres://…`: any number of collectors behind a load balancer share it).
//!
//! Both engines keep the same tables, made by the same numbered migrations
//! (`demo/migrations/<engine>/NNNN_*.sql`, recorded in `schema_migrations`), and both store a
//! submission once by its id: a retried or concurrent submission is acknowledged, never stored
//! twice. Every call has a time limit; a database that is down or slow is [`Unavailable`], which
//! the collector answers with 503 and `Retry-After`, so the widgets' outbox sends again later.

mod postgres;
mod sqlite;
#[cfg(test)]
pub mod testing;

use std::time::Duration;

use serde_json::Value;

/// Whether an insert stored a new row.
#[derive(Debug, PartialEq, Eq)]
pub enum Insert {
    Stored,
    Duplicate,
}

/// The database did not answer in time, or refused: the caller should try again later.
#[derive(Debug)]
pub struct Unavailable(pub String);

impl std::fmt::Display for Unavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How long one call may take before the database counts as unavailable: long enough for a
/// busy database, short enough that a widget's request does not hang.
const LIMIT: Duration = Duration::from_secs(5);

/// One schema change, written for each engine.
struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

/// Every migration, in order. A new one is a new pair of files and a new line, never an edit
/// of an old one: databases already migrated skip what they have.
const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "submissions",
    sqlite: include_str!("../../migrations/sqlite/0001_submissions.sql"),
    postgres: include_str!("../../migrations/postgres/0001_submissions.sql"),
}];

/// What a row holds besides the whole envelope: the fields every listing sorts or filters by.
struct Row {
    id: String,
    widget: String,
    locale: String,
    created_at: String,
}

impl Row {
    fn of(envelope: &Value) -> Row {
        let text = |k: &str| envelope[k].as_str().unwrap_or_default().to_string();
        Row {
            id: text("id"),
            widget: text("widget"),
            locale: text("locale"),
            created_at: text("created_at"),
        }
    }
}

pub enum Store {
    Sqlite(sqlite::Sqlite),
    Postgres(postgres::Postgres),
}

impl Store {
    /// Opens `spec`, a `postgres://` (or `postgresql://`) URL or else a SQLite file path
    /// (`:memory:` for a throwaway one), and brings its tables up to date.
    pub async fn open(spec: &str) -> Result<Store, Unavailable> {
        if spec.starts_with("postgres://") || spec.starts_with("postgresql://") {
            Ok(Store::Postgres(postgres::Postgres::open(spec).await?))
        } else {
            Ok(Store::Sqlite(sqlite::Sqlite::open(spec).await?))
        }
    }

    /// The engine's name, for messages.
    pub fn engine(&self) -> &'static str {
        match self {
            Store::Sqlite(_) => "SQLite",
            Store::Postgres(_) => "Postgres",
        }
    }

    /// Stores `envelope` (already validated) unless its id is stored already.
    pub async fn insert(&self, envelope: &Value) -> Result<Insert, Unavailable> {
        match self {
            Store::Sqlite(db) => db.insert(envelope).await,
            Store::Postgres(db) => db.insert(envelope).await,
        }
    }

    /// Every submission, newest first, with when it arrived (ISO 8601, UTC, milliseconds).
    pub async fn list(&self) -> Result<Vec<(String, Value)>, Unavailable> {
        match self {
            Store::Sqlite(db) => db.list().await,
            Store::Postgres(db) => db.list().await,
        }
    }

    /// Whether the database answers now (`/readyz`).
    pub async fn ready(&self) -> Result<(), Unavailable> {
        match self {
            Store::Sqlite(db) => db.ready().await,
            Store::Postgres(db) => db.ready().await,
        }
    }
}

/// `work`, or [`Unavailable`] when it fails or takes longer than [`LIMIT`].
async fn limited<T, E: std::fmt::Display>(
    what: &str,
    work: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, Unavailable> {
    match tokio::time::timeout(LIMIT, work).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(Unavailable(format!("{what}: {e}"))),
        Err(_) => Err(Unavailable(format!(
            "{what}: no answer within {} s",
            LIMIT.as_secs()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::testing::{databases, stores};
    use super::*;

    fn envelope(id: &str) -> Value {
        json!({"id": id, "widget": "feedback", "locale": "en", "created_at": "t"})
    }

    #[tokio::test]
    async fn a_repeated_id_is_stored_once() {
        for store in stores().await {
            let e = envelope("a");
            assert_eq!(store.insert(&e).await.unwrap(), Insert::Stored);
            assert_eq!(store.insert(&e).await.unwrap(), Insert::Duplicate);
            assert_eq!(store.list().await.unwrap().len(), 1, "{}", store.engine());
        }
    }

    /// Retries racing each other (a beacon and a fetch for the same submission): one stores it.
    #[tokio::test]
    async fn concurrent_inserts_of_one_id_store_it_once() {
        for store in stores().await {
            let store = std::sync::Arc::new(store);
            let tries = (0..32).map(|_| {
                let store = store.clone();
                tokio::spawn(async move { store.insert(&envelope("same")).await.unwrap() })
            });
            let mut stored = 0;
            for outcome in tries {
                stored += usize::from(outcome.await.unwrap() == Insert::Stored);
            }
            assert_eq!(stored, 1, "{}", store.engine());
            assert_eq!(store.list().await.unwrap().len(), 1);
        }
    }

    /// Two collectors on one database (two instances behind a load balancer): each sees what
    /// the other stored, a submission retried at the other one is a duplicate, and the second
    /// one's start migrates nothing twice.
    #[tokio::test]
    async fn two_collectors_share_one_database() {
        for (engine, spec) in databases().await {
            let a = Store::open(&spec).await.unwrap();
            let b = Store::open(&spec).await.unwrap();
            assert_eq!(a.insert(&envelope("x")).await.unwrap(), Insert::Stored);
            assert_eq!(
                b.insert(&envelope("x")).await.unwrap(),
                Insert::Duplicate,
                "{engine}"
            );
            assert_eq!(b.insert(&envelope("y")).await.unwrap(), Insert::Stored);
            let ids: Vec<Value> = a
                .list()
                .await
                .unwrap()
                .into_iter()
                .map(|(_, s)| s["id"].clone())
                .collect();
            assert_eq!(ids, [json!("y"), json!("x")], "{engine}: newest first");
        }
    }

    #[tokio::test]
    async fn what_arrives_is_listed_with_when_in_utc() {
        for store in stores().await {
            store.insert(&envelope("t")).await.unwrap();
            let (received_at, body) = store.list().await.unwrap().remove(0);
            assert_eq!(body, envelope("t"));
            // 2026-11-26T20:45:00.123Z
            assert_eq!(received_at.len(), 24, "{}: {received_at}", store.engine());
            assert!(received_at.ends_with('Z') && received_at.as_bytes()[10] == b'T');
        }
    }
}
