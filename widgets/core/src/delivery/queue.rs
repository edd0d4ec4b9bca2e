//! The outbox: submissions not yet acknowledged, persisted as JSON so a reload or a closed tab
//! loses nothing. Each entry keeps its id for life, so retries can never create a duplicate.

use super::{backoff_ms, classify, Verdict};
use crate::config::read::{Obj, Problem, Problems};
use crate::config::{Config, Credentials, Format, Headers, Method};
use crate::json::{self, Json};

/// Bounds storage use; past this the oldest entry is dropped (reported as `vox:error`).
pub const MAX_PENDING: usize = 50;

/// Where and how to send, captured at submit time so a later config change (or a reload on
/// another page) still sends each submission where the visitor's page meant it to go.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub endpoint: String,
    pub method: Method,
    pub headers: Headers,
    pub format: Format,
    pub credentials: Credentials,
}

impl Target {
    /// The delivery target of a config, if it has an endpoint.
    pub fn from_config(config: &Config) -> Option<Self> {
        Some(Target {
            endpoint: config.endpoint.clone()?,
            method: config.method,
            headers: config.headers.clone(),
            format: config.format,
            credentials: config.credentials,
        })
    }

    fn to_json(&self) -> Json {
        Json::object([
            ("endpoint", self.endpoint.as_str().into()),
            ("method", self.method.as_str().into()),
            (
                "headers",
                Json::Obj(
                    self.headers
                        .iter()
                        .map(|(k, v)| (k.as_str(), Json::from(v.as_str())))
                        .collect(),
                ),
            ),
            ("format", self.format.as_str().into()),
            ("credentials", self.credentials.as_str().into()),
        ])
    }
}

/// One submission waiting for an acknowledgement.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub id: String,
    /// The envelope, serialised once so every retry sends identical bytes.
    pub body: String,
    pub target: Target,
    /// Failed tries so far.
    pub attempts: u32,
    /// Epoch milliseconds before which it is not retried.
    pub due_at: f64,
}

impl Pending {
    /// `None` (reported to `problems`) when a field is missing or of the wrong type.
    fn read(value: &Json, problems: &Problems) -> Option<Self> {
        let o = Obj::new(value, "item", problems)?;
        let t = o.object("target")?;
        Some(Pending {
            id: o.string("id")?,
            body: o.string("body")?,
            target: Target {
                endpoint: t.string("endpoint")?,
                method: t.choice("method").unwrap_or_default(),
                headers: t.string_map("headers").unwrap_or_default(),
                format: t.choice("format").unwrap_or_default(),
                credentials: t.choice("credentials").unwrap_or_default(),
            },
            attempts: o
                .int("attempts", 0, u64::from(u32::MAX))
                .unwrap_or_default() as u32,
            due_at: value.get("due_at").as_f64().unwrap_or_default(),
        })
    }

    fn to_json(&self) -> Json {
        Json::object([
            ("id", self.id.as_str().into()),
            ("body", self.body.as_str().into()),
            ("target", self.target.to_json()),
            ("attempts", self.attempts.into()),
            ("due_at", self.due_at.into()),
        ])
    }
}

/// What happened to an entry after a try.
#[derive(Debug, Clone, PartialEq)]
pub enum Settled {
    Delivered,
    /// Will be retried at this epoch-millisecond time.
    Retrying(f64),
    /// Dropped: the backend refused it with this status.
    Refused(u16),
    /// The id was not in the queue (already settled elsewhere, e.g. in another tab).
    Unknown,
}

/// The persisted outbox.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Queue {
    items: Vec<Pending>,
}

impl Queue {
    /// Reads a persisted queue; unreadable data (another version, tampering) starts empty
    /// rather than breaking the widget.
    pub fn from_json(text: Option<&str>) -> Self {
        let value = text.and_then(|t| json::parse(t).ok());
        value.and_then(|v| Self::read(&v).ok()).unwrap_or_default()
    }

    fn read(value: &Json) -> Result<Self, Problem> {
        let problems = Problems::default();
        let items = match Obj::new(value, "", &problems) {
            Some(root) => {
                root.only(&["items"]);
                match value.get("items") {
                    Json::Arr(items) => items.iter().map(|i| Pending::read(i, &problems)).collect(),
                    _ => Some(Vec::new()),
                }
            }
            None => None,
        };
        problems.finish(Queue {
            items: items.unwrap_or_default(),
        })
    }

    pub fn to_json(&self) -> String {
        let items = self.items.iter().map(Pending::to_json).collect();
        Json::object([("items", Json::Arr(items))]).to_string()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn items(&self) -> &[Pending] {
        &self.items
    }

    /// Adds a submission, due now. The same id twice is kept once. Returns an entry pushed out
    /// by the size bound, if any.
    pub fn push(&mut self, pending: Pending) -> Option<Pending> {
        if self.items.iter().any(|p| p.id == pending.id) {
            return None;
        }
        self.items.push(pending);
        (self.items.len() > MAX_PENDING).then(|| self.items.remove(0))
    }

    /// Entries whose retry time has come, oldest first.
    pub fn due(&self, now: f64) -> Vec<Pending> {
        self.items
            .iter()
            .filter(|p| p.due_at <= now)
            .cloned()
            .collect()
    }

    /// The earliest future retry time, to arm a single timer.
    pub fn next_due(&self) -> Option<f64> {
        self.items.iter().map(|p| p.due_at).min_by(f64::total_cmp)
    }

    /// Makes every entry due now (the browser says it is back online).
    pub fn expedite(&mut self, now: f64) {
        self.items
            .iter_mut()
            .for_each(|p| p.due_at = p.due_at.min(now));
    }

    /// Records the result of a try: `status` is `None` when no response came back.
    pub fn settle(&mut self, id: &str, status: Option<u16>, now: f64, random: f64) -> Settled {
        let Some(index) = self.items.iter().position(|p| p.id == id) else {
            return Settled::Unknown;
        };
        match classify(status) {
            Verdict::Delivered => {
                self.items.remove(index);
                Settled::Delivered
            }
            Verdict::Final => {
                self.items.remove(index);
                Settled::Refused(status.unwrap_or_default())
            }
            Verdict::Retry => {
                let entry = &mut self.items[index];
                entry.attempts += 1;
                entry.due_at = now + backoff_ms(entry.attempts, random);
                Settled::Retrying(entry.due_at)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(id: &str, now: f64) -> Pending {
        Pending {
            id: id.into(),
            body: "{}".into(),
            target: Target::from_config(&Config {
                endpoint: Some("/api".into()),
                ..Default::default()
            })
            .unwrap(),
            attempts: 0,
            due_at: now,
        }
    }

    #[test]
    fn retries_with_backoff_until_delivered() {
        let mut q = Queue::default();
        q.push(pending("a", 0.0));
        assert_eq!(q.due(0.0).len(), 1);
        assert_eq!(q.settle("a", None, 0.0, 0.0), Settled::Retrying(500.0));
        assert!(q.due(499.0).is_empty());
        assert_eq!(q.next_due(), Some(500.0));
        assert_eq!(
            q.settle("a", Some(503), 500.0, 0.0),
            Settled::Retrying(1_500.0)
        );
        assert_eq!(q.settle("a", Some(200), 1_500.0, 0.0), Settled::Delivered);
        assert!(q.is_empty());
        assert_eq!(q.settle("a", Some(200), 1_500.0, 0.0), Settled::Unknown);
    }

    #[test]
    fn client_errors_are_final() {
        let mut q = Queue::default();
        q.push(pending("a", 0.0));
        assert_eq!(q.settle("a", Some(422), 0.0, 0.5), Settled::Refused(422));
        assert!(q.is_empty());
    }

    #[test]
    fn survives_a_reload_with_the_same_id() {
        let mut q = Queue::default();
        q.push(pending("a", 0.0));
        q.settle("a", None, 0.0, 0.0);
        let reloaded = Queue::from_json(Some(&q.to_json()));
        assert_eq!(reloaded, q);
        assert_eq!(reloaded.items()[0].id, "a");
        assert_eq!(reloaded.items()[0].attempts, 1);
        assert_eq!(Queue::from_json(Some("not json")), Queue::default());
    }

    #[test]
    fn same_id_is_queued_once_and_size_is_bounded() {
        let mut q = Queue::default();
        q.push(pending("a", 0.0));
        assert_eq!(q.push(pending("a", 0.0)), None);
        assert_eq!(q.items().len(), 1);
        for i in 0..MAX_PENDING {
            q.push(pending(&i.to_string(), 0.0));
        }
        assert_eq!(q.items().len(), MAX_PENDING);
        assert_eq!(q.items()[0].id, "0");
    }

    #[test]
    fn back_online_makes_everything_due() {
        let mut q = Queue::default();
        q.push(pending("a", 0.0));
        q.settle("a", None, 0.0, 1.0);
        q.expedite(10.0);
        assert_eq!(q.due(10.0).len(), 1);
    }
}
