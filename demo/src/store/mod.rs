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

use crate::facts::Facts;

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

/// `spec` fit for a log: a Postgres URL's password replaced by `***`.
pub fn redacted(spec: &str) -> String {
    let Some((scheme, rest)) = spec.split_once("://") else {
        return spec.to_string();
    };
    match rest.split_once('@') {
        Some((user, host)) if user.contains(':') => {
            let name = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{name}:***@{host}")
        }
        _ => spec.to_string(),
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
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "submissions",
        sqlite: include_str!("../../migrations/sqlite/0001_submissions.sql"),
        postgres: include_str!("../../migrations/postgres/0001_submissions.sql"),
    },
    Migration {
        version: 2,
        name: "deliveries",
        sqlite: include_str!("../../migrations/sqlite/0002_deliveries.sql"),
        postgres: include_str!("../../migrations/postgres/0002_deliveries.sql"),
    },
    Migration {
        version: 3,
        name: "follow_ups",
        sqlite: include_str!("../../migrations/sqlite/0003_follow_ups.sql"),
        postgres: include_str!("../../migrations/postgres/0003_follow_ups.sql"),
    },
    Migration {
        version: 4,
        name: "facts",
        sqlite: include_str!("../../migrations/sqlite/0004_facts.sql"),
        postgres: include_str!("../../migrations/postgres/0004_facts.sql"),
    },
];

/// The `facts` columns, in [`Fact`]'s order: what the dashboard reads, and writes.
const FACT_COLUMNS: [&str; 13] = [
    "id", "widget", "locale", "day", "event", "topic", "score", "text", "email", "thread",
    "country", "page", "meta",
];

/// The columns to select a [`Fact`].
fn fact_columns() -> String {
    FACT_COLUMNS.join(", ")
}

/// The statement that writes a row's facts (new, or replacing its old ones), with this
/// engine's numbered placeholders (`?` or `$`).
fn upsert_facts(placeholder: char) -> String {
    let values: Vec<String> = (1..=FACT_COLUMNS.len())
        .map(|i| format!("{placeholder}{i}"))
        .collect();
    let updates: Vec<String> = FACT_COLUMNS[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    format!(
        "INSERT INTO facts ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
        fact_columns(),
        values.join(", "),
        updates.join(", ")
    )
}

/// How many rows stored before the facts table existed are filled in per transaction.
const BACKFILL_BATCH: u32 = 500;

/// A stored submission as the dashboard reads it (see `facts`).
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub id: String,
    pub widget: String,
    pub locale: String,
    pub facts: Facts,
}

/// The shop's side of a feedback item (the closed loop).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUp {
    pub handled: bool,
    /// The reply sent, if any.
    pub reply: Option<String>,
}

/// How long a claimed delivery is left to its instance before another may take it (a
/// collector stopped mid-delivery leaves it to the others after this).
const LEASE_SECONDS: u32 = 120;

/// A stored submission to forward to one webhook (see `webhooks`).
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    pub submission_id: String,
    /// The webhook as configured (`https://…`, or `slack:https://…`).
    pub target: String,
    /// Failed attempts so far.
    pub attempts: u32,
    /// The submission.
    pub body: Value,
    /// What to post instead of the submission (a reply), if anything.
    pub payload: Option<Value>,
}

/// When a failed delivery is tried again: after a while, or never (given up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    After(Duration),
    Never,
}

/// What a row holds besides the whole envelope: the fields every listing sorts or filters by,
/// and what the dashboard counts.
struct Row {
    id: String,
    widget: String,
    locale: String,
    created_at: String,
    facts: Facts,
}

impl Row {
    fn of(envelope: &Value) -> Row {
        let text = |k: &str| envelope[k].as_str().unwrap_or_default().to_string();
        Row {
            id: text("id"),
            widget: text("widget"),
            locale: text("locale"),
            created_at: text("created_at"),
            facts: Facts::of(envelope, crate::facts::today()),
        }
    }
}

/// Whose data a data-rights request is about: the email they gave (a feedback form's
/// `answers.email`, or `meta.email` where a site sends it), or their consent id (a consent
/// record's `answers.consent_id`, or `meta.consent_id`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    Email(String),
    ConsentId(String),
}

impl Person {
    /// The envelope key that names them, and the value to match. An email matches in any
    /// letter case (ASCII, as both engines' `lower` agree on it).
    fn key_and_value(&self) -> (&'static str, String) {
        match self {
            Person::Email(email) => ("email", email.trim().to_ascii_lowercase()),
            Person::ConsentId(id) => ("consent_id", id.trim().to_string()),
        }
    }
}

/// The SQL condition for rows whose envelope names the person by `key` (`email` or
/// `consent_id`, never user text) in its answers or its `meta`, compared with the parameter
/// `param`; `field(path)` is how the engine reads `body`'s `path.key`. An email compares in any
/// letter case.
fn person_condition(key: &str, field: impl Fn(&str) -> String, param: &str) -> String {
    let value = |path: &str| match key {
        "email" => format!("lower({}) = {param}", field(path)),
        _ => format!("{} = {param}", field(path)),
    };
    format!("{} OR {}", value("answers"), value("meta"))
}

/// What an erasure did.
#[derive(Debug, PartialEq, Eq, serde::Serialize)]
pub struct Erased {
    /// Submissions removed.
    pub deleted: usize,
    /// Consent records kept, as proof of consent (GDPR Art. 7(1)), with their free text blanked.
    pub blanked: usize,
}

/// A consent record's free text, blanked when its person is erased: the page it was given on
/// (a URL can hold an email or an order number) and whatever the site put in `meta`, but for
/// the widget's version. What was decided, when, under which revision and banner text stays.
fn blank_free_text(body: &mut Value) {
    body["page"] = serde_json::json!({ "url": "", "title": "" });
    let version = body["meta"]["vox_version"].clone();
    body["meta"] = serde_json::json!({ "vox_version": version });
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

    /// Stores `envelope` (already validated) unless its id is stored already, and with it a
    /// delivery to each of `webhooks`, in one transaction: a stored submission is always
    /// forwarded, a duplicate never again.
    pub async fn insert(
        &self,
        envelope: &Value,
        webhooks: &[String],
    ) -> Result<Insert, Unavailable> {
        match self {
            Store::Sqlite(db) => db.insert(envelope, webhooks).await,
            Store::Postgres(db) => db.insert(envelope, webhooks).await,
        }
    }

    /// Up to `limit` deliveries that are due, leased to this instance for a while.
    pub async fn claim_deliveries(&self, limit: u32) -> Result<Vec<Delivery>, Unavailable> {
        match self {
            Store::Sqlite(db) => db.claim_deliveries(limit).await,
            Store::Postgres(db) => db.claim_deliveries(limit).await,
        }
    }

    /// Records a delivery's outcome: `Ok` delivered, `Err` failed with its retry.
    pub async fn delivery_done(
        &self,
        delivery: &Delivery,
        outcome: Result<(), (String, Retry)>,
    ) -> Result<(), Unavailable> {
        match self {
            Store::Sqlite(db) => db.delivery_done(delivery, outcome).await,
            Store::Postgres(db) => db.delivery_done(delivery, outcome).await,
        }
    }

    /// Every submission, newest first, with when it arrived (ISO 8601, UTC, milliseconds).
    pub async fn list(&self) -> Result<Vec<(String, Value)>, Unavailable> {
        match self {
            Store::Sqlite(db) => db.list().await,
            Store::Postgres(db) => db.list().await,
        }
    }

    /// What the dashboard counts of every submission from day `from` to day `to` (inclusive,
    /// `YYYY-MM-DD`), newest first.
    pub async fn facts(&self, from: &str, to: &str) -> Result<Vec<Fact>, Unavailable> {
        match self {
            Store::Sqlite(db) => db.facts(from, to).await,
            Store::Postgres(db) => db.facts(from, to).await,
        }
    }

    /// Every submission of `person`, oldest first (a data-access or portability request).
    pub async fn export(&self, person: &Person) -> Result<Vec<(String, Value)>, Unavailable> {
        match self {
            Store::Sqlite(db) => db.export(person).await,
            Store::Postgres(db) => db.export(person).await,
        }
    }

    /// Erases `person`: their submissions go; their consent records stay, free text blanked.
    pub async fn erase(&self, person: &Person) -> Result<Erased, Unavailable> {
        match self {
            Store::Sqlite(db) => db.erase(person).await,
            Store::Postgres(db) => db.erase(person).await,
        }
    }

    /// Deletes `widget`'s submissions received more than `days` days ago; gives how many.
    pub async fn expire(&self, widget: &str, days: u32) -> Result<usize, Unavailable> {
        match self {
            Store::Sqlite(db) => db.expire(widget, days).await,
            Store::Postgres(db) => db.expire(widget, days).await,
        }
    }

    /// Every feedback item's follow-up, by submission id.
    pub async fn follow_ups(&self) -> Result<Vec<(String, FollowUp)>, Unavailable> {
        match self {
            Store::Sqlite(db) => db.follow_ups().await,
            Store::Postgres(db) => db.follow_ups().await,
        }
    }

    /// Marks an item handled, or not.
    pub async fn set_handled(&self, id: &str, handled: bool) -> Result<(), Unavailable> {
        match self {
            Store::Sqlite(db) => db.set_handled(id, handled).await,
            Store::Postgres(db) => db.set_handled(id, handled).await,
        }
    }

    /// Records `reply` to item `id` (which marks it handled) and, with `hook`, a delivery of
    /// `payload` to it; a newer reply replaces an unsent one. `false` when there is no such item.
    pub async fn reply(
        &self,
        id: &str,
        reply: &str,
        hook: Option<(&str, &Value)>,
    ) -> Result<bool, Unavailable> {
        match self {
            Store::Sqlite(db) => db.reply(id, reply, hook).await,
            Store::Postgres(db) => db.reply(id, reply, hook).await,
        }
    }

    /// One submission by id.
    pub async fn get(&self, id: &str) -> Result<Option<Value>, Unavailable> {
        match self {
            Store::Sqlite(db) => db.get(id).await,
            Store::Postgres(db) => db.get(id).await,
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

    #[test]
    fn passwords_stay_out_of_logs() {
        assert_eq!(
            redacted("postgres://vox:s3cret@db.internal:5432/vox"),
            "postgres://vox:***@db.internal:5432/vox"
        );
        assert_eq!(
            redacted("postgres://vox@127.0.0.1:5432/db"),
            "postgres://vox@127.0.0.1:5432/db"
        );
        assert_eq!(redacted("target/vox.sqlite"), "target/vox.sqlite");
    }

    #[tokio::test]
    async fn a_repeated_id_is_stored_once() {
        for store in stores().await {
            let e = envelope("a");
            assert_eq!(store.insert(&e, &[]).await.unwrap(), Insert::Stored);
            assert_eq!(store.insert(&e, &[]).await.unwrap(), Insert::Duplicate);
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
                tokio::spawn(async move { store.insert(&envelope("same"), &[]).await.unwrap() })
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
            assert_eq!(a.insert(&envelope("x"), &[]).await.unwrap(), Insert::Stored);
            assert_eq!(
                b.insert(&envelope("x"), &[]).await.unwrap(),
                Insert::Duplicate,
                "{engine}"
            );
            assert_eq!(b.insert(&envelope("y"), &[]).await.unwrap(), Insert::Stored);
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
            store.insert(&envelope("t"), &[]).await.unwrap();
            let (received_at, body) = store.list().await.unwrap().remove(0);
            assert_eq!(body, envelope("t"));
            // 2026-11-26T20:45:00.123Z
            assert_eq!(received_at.len(), 24, "{}: {received_at}", store.engine());
            assert!(received_at.ends_with('Z') && received_at.as_bytes()[10] == b'T');
        }
    }

    /// Ana's feedback (her email in two letter cases), her consent record, and Bo's feedback.
    fn people() -> Vec<Value> {
        vec![
            json!({"id": "f1", "widget": "feedback", "locale": "en", "created_at": "t",
                "answers": {"message": "Late parcel", "email": "ana@shop.example"}}),
            json!({"id": "f2", "widget": "feedback", "locale": "en", "created_at": "t",
                "answers": {"message": "Again", "email": "Ana@Shop.Example"}}),
            json!({"id": "c1", "widget": "consent", "locale": "en", "created_at": "t",
                "answers": {"consent_id": "cid-ana", "action": "reject_all"},
                "page": {"url": "https://shop.example/order?email=ana@shop.example", "title": "Order"},
                "meta": {"vox_version": "0.1.0", "order": "A-17"}}),
            json!({"id": "p1", "widget": "prompt", "locale": "en", "created_at": "t",
                "answers": {"score": 9}, "meta": {"consent_id": "cid-ana"}}),
            json!({"id": "f3", "widget": "feedback", "locale": "en", "created_at": "t",
                "answers": {"message": "Fine", "email": "bo@shop.example"}}),
        ]
    }

    fn ids(rows: &[(String, Value)]) -> Vec<&str> {
        rows.iter()
            .map(|(_, s)| s["id"].as_str().unwrap())
            .collect()
    }

    #[tokio::test]
    async fn a_person_is_exported_by_email_or_consent_id() {
        for store in stores().await {
            for e in people() {
                store.insert(&e, &[]).await.unwrap();
            }
            let by_email = store
                .export(&Person::Email(" ANA@shop.example ".into()))
                .await
                .unwrap();
            assert_eq!(ids(&by_email), ["f1", "f2"], "{}", store.engine());
            let by_consent = store
                .export(&Person::ConsentId("cid-ana".into()))
                .await
                .unwrap();
            assert_eq!(ids(&by_consent), ["c1", "p1"], "{}", store.engine());
            let nobody = store
                .export(&Person::Email("x' OR '1'='1".into()))
                .await
                .unwrap();
            assert!(nobody.is_empty());
        }
    }

    /// Erasure removes the person's submissions, keeps their consent record as proof with its
    /// free text blanked, and leaves everyone else alone.
    #[tokio::test]
    async fn erasing_a_person_keeps_their_consent_record_blanked() {
        for store in stores().await {
            for e in people() {
                store.insert(&e, &[]).await.unwrap();
            }
            let engine = store.engine();
            let erased = store
                .erase(&Person::Email("ana@shop.example".into()))
                .await
                .unwrap();
            assert_eq!(
                erased,
                Erased {
                    deleted: 2,
                    blanked: 0
                },
                "{engine}"
            );
            let erased = store
                .erase(&Person::ConsentId("cid-ana".into()))
                .await
                .unwrap();
            assert_eq!(
                erased,
                Erased {
                    deleted: 1,
                    blanked: 1
                },
                "{engine}"
            );
            let left = store.list().await.unwrap();
            assert_eq!(ids(&left), ["f3", "c1"], "{engine}");
            let record = &left[1].1;
            assert_eq!(
                record["answers"]["action"], "reject_all",
                "what was decided stays"
            );
            assert_eq!(record["page"], json!({"url": "", "title": ""}));
            assert_eq!(record["meta"], json!({"vox_version": "0.1.0"}));
            // The dashboard's copy of the record is blanked too.
            let today = crate::facts::today().to_string();
            let facts = store.facts(&today, &today).await.unwrap();
            let kept = facts.iter().find(|f| f.id == "c1").unwrap();
            assert_eq!(
                (kept.facts.page.as_str(), kept.facts.meta.as_str()),
                ("", "{}"),
                "{engine}"
            );
        }
    }

    /// Both engines store the dashboard's facts as `facts` reads them from the envelope, and
    /// give the period's rows newest first.
    #[tokio::test]
    async fn the_dashboard_reads_the_same_facts_on_each_engine() {
        for store in stores().await {
            let engine = store.engine();
            let mut old = people()[0].clone();
            old["id"] = json!("old");
            old["created_at"] = json!("2026-01-15T08:00:00Z");
            store.insert(&old, &[]).await.unwrap();
            for e in people() {
                store.insert(&e, &[]).await.unwrap();
            }
            let today = crate::facts::today();
            let rows = store
                .facts(&today.to_string(), &today.to_string())
                .await
                .unwrap();
            let ids: Vec<&str> = rows.iter().map(|f| f.id.as_str()).collect();
            assert_eq!(ids, ["f3", "p1", "c1", "f2", "f1"], "{engine}");
            for f in &rows {
                let body = store.get(&f.id).await.unwrap().unwrap();
                assert_eq!(
                    f.facts,
                    crate::facts::Facts::of(&body, today),
                    "{engine}: {}",
                    f.id
                );
            }
            let january = store.facts("2026-01-01", "2026-01-31").await.unwrap();
            assert_eq!(january.len(), 1, "{engine}");
            assert_eq!(
                (
                    january[0].facts.day.as_str(),
                    january[0].facts.text.as_str()
                ),
                ("2026-01-15", "Late parcel")
            );
        }
    }

    /// Rows stored before the facts table existed get their facts when a collector starts
    /// (simulated by emptying it).
    #[tokio::test]
    async fn older_rows_get_their_facts_at_start() {
        for (engine, spec) in databases().await {
            let store = Store::open(&spec).await.unwrap();
            for e in people() {
                store.insert(&e, &[]).await.unwrap();
            }
            let empty = "DELETE FROM facts";
            match &store {
                Store::Sqlite(_) => {
                    rusqlite::Connection::open(&spec)
                        .unwrap()
                        .execute(empty, [])
                        .unwrap();
                }
                Store::Postgres(_) => {
                    let (client, connection) =
                        tokio_postgres::connect(&spec, tokio_postgres::NoTls)
                            .await
                            .unwrap();
                    tokio::spawn(connection);
                    client.execute(empty, &[]).await.unwrap();
                }
            }
            let today = crate::facts::today().to_string();
            assert!(
                store.facts(&today, &today).await.unwrap().is_empty(),
                "{engine}"
            );
            let reopened = Store::open(&spec).await.unwrap();
            let rows = reopened.facts(&today, &today).await.unwrap();
            assert_eq!(rows.len(), 5, "{engine}");
            assert!(
                rows.iter().any(|f| f.facts.text == "Late parcel"),
                "{engine}"
            );
        }
    }

    /// Retention: a widget's submissions older than its days go, others stay.
    #[tokio::test]
    async fn expiry_deletes_one_widgets_old_submissions() {
        for store in stores().await {
            for e in people() {
                store.insert(&e, &[]).await.unwrap();
            }
            let engine = store.engine();
            assert_eq!(
                store.expire("feedback", 1).await.unwrap(),
                0,
                "{engine}: nothing is a day old"
            );
            // Past the millisecond they arrived in, so "older than 0 days" takes them.
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            assert_eq!(store.expire("feedback", 0).await.unwrap(), 3, "{engine}");
            assert_eq!(ids(&store.list().await.unwrap()), ["p1", "c1"], "{engine}");
        }
    }
}
