//! `cargo xtask seed [--count N] [--to URL]`: realistic multilingual submissions for the
//! collector's dashboard, posted to a running collector (`cargo xtask demo`'s by default) as
//! the widgets would post them.
//!
//! Over the last 180 days, in eleven languages (`seed_texts.rs`), from visitors with a country,
//! a market, a store and a lifecycle stage in `meta`: feedback (topic, rating, message, a
//! reply address for some), rating prompts (an NPS after orders that improves over the
//! period, a CSAT after support, a CES at checkout; a follow-up answer for some), help-center
//! events (queries, some that find nothing and end in "Contact us"; articles opened and voted
//! on) and consent records
//! (opt-in in the EU, opt-out elsewhere; a second banner revision for the last 60 days).
//!
//! Deterministic: the same count gives the same submissions with the same ids, so seeding
//! twice stores nothing twice (the collector answers 200 for each duplicate).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use vox_core::config::LIFECYCLE_STAGES;

use crate::http::{uuid, Client};
use crate::run::step;
use crate::seed_texts::{Texts, LANGUAGES};

const DAYS: u64 = 180;
const CONNECTIONS: usize = 8;

/// The demo help center's articles (`demo/help/<locale>/<id>.md`).
const ARTICLES: &[&str] = &[
    "track-order",
    "return-policy",
    "shipping-costs",
    "shipping-times",
    "refund-timing",
    "gift-cards",
    "customs-duties",
    "lost-parcel",
    "payment-declined",
    "start-return",
    "change-order",
    "password-reset",
    "size-guide",
    "warranty",
    "contact-support",
];
const PAGES: &[(&str, &str)] = &[
    ("/", "Lumen Tea"),
    ("/product/oolong-sampler", "Oolong sampler"),
    ("/product/stoneware-teapot", "Stoneware teapot"),
    ("/cart", "Cart"),
    ("/checkout", "Checkout"),
    ("/orders/confirmation", "Order confirmed"),
    ("/help", "Help center"),
];

pub fn command(args: &[&str]) -> Result<(), String> {
    let mut count = 100_000;
    let mut to = "http://127.0.0.1:8080/api/vox".to_string();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        match *flag {
            "--count" => count = value.parse().map_err(|_| "--count takes a number")?,
            "--to" => to = value.to_string(),
            other => {
                return Err(format!(
                    "unknown option {other}; usage: cargo xtask seed [--count N] [--to URL]"
                ))
            }
        }
    }
    let port = loopback_port(&to)?;
    step(&format!("seeding {count} submissions into {to}"));
    seed(count, port)
}

/// Posts `count` seeded visits' submissions to the collector on loopback `port`.
pub fn seed(count: usize, port: u16) -> Result<(), String> {
    let to = format!("http://127.0.0.1:{port}/api/vox");
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs();
    let next = Arc::new(AtomicUsize::new(0));
    let (stored, duplicate, refused) = (
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
    );
    let started = Instant::now();
    let workers: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (next, stored, duplicate, refused) = (
                next.clone(),
                stored.clone(),
                duplicate.clone(),
                refused.clone(),
            );
            std::thread::spawn(move || {
                let mut client = Client::new(port);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= count {
                        break;
                    }
                    for body in submission(i as u64, count as u64, now) {
                        let text = body.to_string();
                        let status = (0..5).find_map(|attempt| match client.post(&text) {
                            Some(503) | None => {
                                std::thread::sleep(Duration::from_millis(200 << attempt));
                                None
                            }
                            status => status,
                        });
                        match status {
                            Some(201) => stored.fetch_add(1, Ordering::Relaxed),
                            Some(200) => duplicate.fetch_add(1, Ordering::Relaxed),
                            _ => refused.fetch_add(1, Ordering::Relaxed),
                        };
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let (stored, duplicate, refused) = (
        stored.load(Ordering::Relaxed),
        duplicate.load(Ordering::Relaxed),
        refused.load(Ordering::Relaxed),
    );
    println!(
        "{stored} stored, {duplicate} already there, {refused} refused, in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    if refused > 0 {
        return Err(format!(
            "{refused} submissions were refused (is the collector running at {to}?)"
        ));
    }
    Ok(())
}

/// The port of a loopback `http://127.0.0.1:PORT/api/vox` URL (the client speaks plain HTTP to
/// this machine only).
fn loopback_port(url: &str) -> Result<u16, String> {
    let rest = url
        .strip_prefix("http://127.0.0.1:")
        .or_else(|| url.strip_prefix("http://localhost:"))
        .ok_or_else(|| format!("--to takes http://127.0.0.1:PORT/api/vox, got {url}"))?;
    let (port, path) = rest.split_once('/').unwrap_or((rest, ""));
    if path != "api/vox" {
        return Err(format!("--to must end in /api/vox, got {url}"));
    }
    port.parse().map_err(|_| format!("no port in {url}"))
}

/// A small deterministic generator (SplitMix64): the same `i` gives the same visitor.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// 0 to `n - 1`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    fn id(&mut self) -> String {
        let mut bytes = [0u8; 16];
        for chunk in bytes.chunks_mut(8) {
            chunk.copy_from_slice(&self.next().to_le_bytes());
        }
        uuid(bytes)
    }
}

/// The `i`-th of `count` seeded submissions (two for a prompt answered with a follow-up).
fn submission(i: u64, count: u64, now: u64) -> Vec<Value> {
    let mut dice = Dice(i.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ 0x5eed);
    // Spread over the period, denser lately (a growing shop): the square root of a uniform.
    let age_fraction = 1.0 - ((i as f64 + 0.5) / count as f64).sqrt();
    let at = now - (age_fraction * (DAYS * 86_400) as f64) as u64 - dice.below(3600);
    let texts = language(&mut dice);
    let country = *dice.pick(texts.countries);
    let (path, title) = *dice.pick(PAGES);
    let envelope = |dice: &mut Dice, widget: &str, answers: Value| {
        json!({
            "schema_version": 1,
            "id": dice.id(),
            "widget": widget,
            "answers": answers,
            "created_at": rfc3339(at),
            "locale": texts.locale,
            "page": { "url": format!("https://shop.example{path}"), "title": title },
            "meta": {
                "vox_version": "0.1.0",
                "country": country,
                "market": market(country),
                "store": if dice.chance(80) { "main" } else { "outlet" },
                "lifecycle_stage": dice.pick(LIFECYCLE_STAGES),
            },
        })
    };
    match dice.below(100) {
        0..=14 => vec![feedback(&mut dice, texts, envelope)],
        15..=39 => prompt(&mut dice, texts, 1.0 - age_fraction, envelope),
        40..=84 => vec![help(&mut dice, texts, envelope)],
        _ => vec![consent(&mut dice, country, age_fraction, envelope)],
    }
}

fn language(dice: &mut Dice) -> &'static Texts {
    let mut roll = dice.below(100) as u32;
    for texts in LANGUAGES {
        if roll < texts.share {
            return texts;
        }
        roll -= texts.share;
    }
    &LANGUAGES[0]
}

fn market(country: &str) -> &'static str {
    match country {
        "US" | "CA" | "MX" => "NA",
        "BR" | "AR" | "CO" => "LATAM",
        "AE" | "SA" | "EG" => "MEA",
        "CN" | "JP" | "KR" | "SG" | "MY" | "TH" | "AU" => "APAC",
        _ => "EU",
    }
}

fn feedback(
    dice: &mut Dice,
    texts: &Texts,
    envelope: impl Fn(&mut Dice, &str, Value) -> Value,
) -> Value {
    let category = *dice.pick(&[
        "bug", "bug", "order", "order", "order", "question", "idea", "other",
    ]);
    let rating = [
        Value::Null,
        json!(1),
        json!(2),
        json!(3),
        json!(4),
        json!(5),
        json!(5),
    ];
    let mut answers = json!({
        "category": category,
        "message": dice.pick(texts.feedback),
        "rating": dice.pick(&rating),
    });
    if dice.chance(25) {
        answers["email"] = json!(format!("visitor{}@mail.example", dice.below(40_000)));
    }
    envelope(dice, "feedback", answers)
}

/// A prompt's score, and for some a follow-up. `progress` runs from 0 (180 days ago) to 1
/// (now): the NPS after orders improves over the period, as a shop fixing its shipping would.
fn prompt(
    dice: &mut Dice,
    texts: &Texts,
    progress: f64,
    envelope: impl Fn(&mut Dice, &str, Value) -> Value,
) -> Vec<Value> {
    let (prompt, kind, score, band) = match dice.below(3) {
        0 => {
            let lift = (progress * 25.0) as u64;
            let roll = dice.below(100) + lift;
            let score = match roll {
                0..=24 => dice.below(7),
                25..=54 => 7 + dice.below(2),
                _ => 9 + dice.below(2),
            };
            let band = match score {
                0..=6 => "detractor",
                7 | 8 => "passive",
                _ => "promoter",
            };
            ("nps-after-order", "nps", score, band)
        }
        1 => {
            let score = *dice.pick(&[1, 2, 3, 3, 4, 4, 4, 5, 5, 5]);
            (
                "csat-support",
                "csat",
                score,
                if score >= 4 { "high" } else { "low" },
            )
        }
        _ => {
            let score = *dice.pick(&[2, 3, 4, 5, 5, 6, 6, 6, 7, 7]);
            (
                "ces-checkout",
                "ces",
                score,
                if score >= 5 { "high" } else { "low" },
            )
        }
    };
    let response_id = format!("r-{}", dice.below(u64::MAX));
    let answers = json!({
        "prompt": prompt, "kind": kind, "response_id": response_id,
        "stage": "score", "score": score, "band": band,
    });
    let mut messages = vec![envelope(dice, "prompt", answers.clone())];
    if dice.chance(35) {
        let unhappy = matches!(band, "detractor" | "low");
        let text = if unhappy {
            dice.pick(texts.unhappy)
        } else {
            dice.pick(texts.happy)
        };
        let mut follow_up = answers;
        follow_up["stage"] = json!("follow_up");
        follow_up["text"] = json!(text);
        messages.push(envelope(dice, "prompt", follow_up));
    }
    messages
}

fn help(
    dice: &mut Dice,
    texts: &Texts,
    envelope: impl Fn(&mut Dice, &str, Value) -> Value,
) -> Value {
    let answered = dice.chance(88);
    let query = if answered {
        *dice.pick(texts.queries)
    } else {
        *dice.pick(texts.unanswered)
    };
    let results = if answered { 1 + dice.below(7) } else { 0 };
    let answers = match dice.below(10) {
        0..=5 => json!({ "event": "query", "query": query, "results": results }),
        6..=8 if answered => json!({
            "event": "click", "query": query, "results": results, "article": dice.pick(ARTICLES),
        }),
        _ if answered => json!({
            "event": "helpful", "query": query, "results": results,
            "article": dice.pick(ARTICLES), "helpful": dice.chance(72),
        }),
        // Nothing answered it: some of them press "Contact us".
        _ if dice.chance(50) => json!({ "event": "contact", "query": query, "results": 0 }),
        _ => json!({ "event": "query", "query": query, "results": 0 }),
    };
    envelope(dice, "help", answers)
}

fn consent(
    dice: &mut Dice,
    country: &str,
    age_fraction: f64,
    envelope: impl Fn(&mut Dice, &str, Value) -> Value,
) -> Value {
    let opt_in = market(country) == "EU";
    let (action, analytics, marketing) = match (opt_in, dice.below(100)) {
        (true, 0..=57) => ("accept_all", true, true),
        (true, 58..=84) => ("reject_all", false, false),
        (true, _) => ("custom", true, false),
        (false, 0..=79) => ("acknowledge", true, true),
        (false, _) => ("custom", true, false),
    };
    let recent = age_fraction < 60.0 / DAYS as f64;
    let (consent_id, gpc) = (dice.id(), dice.chance(3));
    envelope(
        dice,
        "consent",
        json!({
            "consent_id": consent_id,
            "action": action,
            "revision": if recent { 2 } else { 1 },
            "mode": if opt_in { "opt-in" } else { "opt-out" },
            "gpc": gpc,
            "categories": { "necessary": true, "functional": analytics, "analytics": analytics, "marketing": marketing },
            "text_hash": format!("{:016x}{:016x}{:016x}{:016x}", 0xa11ce, u64::from(recent), 0, 1),
        }),
    )
}

/// Seconds since 1970 as `2026-11-26T10:00:00.000Z` (the envelope's `created_at`).
fn rfc3339(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    // Days to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.000Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(1_795_680_000), "2026-11-26T08:00:00.000Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00.000Z");
    }

    /// Every seeded submission is one the collector accepts: checked against the published
    /// schema, for a spread of indexes.
    #[test]
    fn every_seeded_submission_passes_the_published_schema() {
        let schema: Value =
            serde_json::from_str(include_str!("../../schema/submission.schema.json")).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let mut widgets = std::collections::BTreeSet::new();
        for i in (0..20_000).step_by(7) {
            for s in submission(i, 20_000, 1_795_686_400) {
                if let Some(e) = validator.iter_errors(&s).next() {
                    panic!("{i}: {e} at {} in {s}", e.instance_path);
                }
                widgets.insert(s["widget"].as_str().unwrap().to_string());
            }
        }
        assert_eq!(widgets.len(), 4, "{widgets:?}");
    }

    #[test]
    fn the_same_index_gives_the_same_submission() {
        assert_eq!(
            submission(42, 1000, 1_795_686_400),
            submission(42, 1000, 1_795_686_400)
        );
        assert_ne!(
            submission(42, 1000, 1_795_686_400),
            submission(43, 1000, 1_795_686_400)
        );
    }
}
