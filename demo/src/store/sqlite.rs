//! The embedded engine: one SQLite file, one connection, each call on a blocking thread so a
//! slow disk never stalls the server's other requests.

use std::sync::{Arc, Mutex};

use rusqlite::{params, Connection};
use serde_json::Value;

use super::{limited, Insert, Row, Unavailable, MIGRATIONS};

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
            conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 4000;")?;
            migrate(&mut conn)?;
            Ok(conn)
        })
        .await?;
        Ok(Sqlite(Arc::new(Mutex::new(conn))))
    }

    pub async fn insert(&self, envelope: &Value) -> Result<Insert, Unavailable> {
        let row = Row::of(envelope);
        let body = envelope.to_string();
        self.with("storing", move |conn| {
            let changed = conn.execute(
                "INSERT OR IGNORE INTO submissions (id, widget, locale, created_at, body) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![row.id, row.widget, row.locale, row.created_at, body],
            )?;
            Ok(if changed == 1 {
                Insert::Stored
            } else {
                Insert::Duplicate
            })
        })
        .await
    }

    pub async fn list(&self) -> Result<Vec<(String, Value)>, Unavailable> {
        self.with("listing", |conn| {
            let mut stmt = conn.prepare(
                "SELECT received_at, body FROM submissions ORDER BY received_at DESC, rowid DESC",
            )?;
            let rows = stmt.query_map([], |row| {
                let body: String = row.get(1)?;
                Ok((
                    row.get(0)?,
                    serde_json::from_str(&body).unwrap_or(Value::Null),
                ))
            })?;
            rows.collect()
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
