//! Submissions in SQLite, keyed by their id: a retried submission is acknowledged, not stored twice.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{params, Connection};
use serde_json::Value;

pub struct Store(Mutex<Connection>);

/// Whether an insert stored a new row.
#[derive(Debug, PartialEq, Eq)]
pub enum Insert {
    Stored,
    Duplicate,
}

impl Store {
    pub fn open(path: &Path) -> rusqlite::Result<Self> {
        let conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE IF NOT EXISTS submissions (
                 id TEXT PRIMARY KEY,
                 widget TEXT NOT NULL,
                 locale TEXT NOT NULL,
                 created_at TEXT NOT NULL,
                 received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                 body TEXT NOT NULL
             );",
        )?;
        Ok(Store(Mutex::new(conn)))
    }

    pub fn insert(&self, envelope: &Value) -> rusqlite::Result<Insert> {
        let text = |k: &str| envelope[k].as_str().unwrap_or_default().to_string();
        let conn = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let changed = conn.execute(
            "INSERT OR IGNORE INTO submissions (id, widget, locale, created_at, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![text("id"), text("widget"), text("locale"), text("created_at"), envelope.to_string()],
        )?;
        Ok(if changed == 1 {
            Insert::Stored
        } else {
            Insert::Duplicate
        })
    }

    /// Every submission, newest first, with when it arrived.
    pub fn list(&self) -> rusqlite::Result<Vec<(String, Value)>> {
        let conn = self.0.lock().unwrap_or_else(|e| e.into_inner());
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_repeated_id_is_stored_once() {
        let path = std::env::temp_dir().join(format!("vox-store-{}.sqlite", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let store = Store::open(&path).unwrap();
        let e = json!({"id": "a", "widget": "feedback", "locale": "en", "created_at": "t"});
        assert_eq!(store.insert(&e).unwrap(), Insert::Stored);
        assert_eq!(store.insert(&e).unwrap(), Insert::Duplicate);
        assert_eq!(store.list().unwrap().len(), 1);
        drop(store);
        let _ = std::fs::remove_file(&path);
    }
}
