//! `cargo xtask bench dashboard`: how long the collector's dashboard takes to render with
//! 100,000 seeded submissions (`cargo xtask seed`'s realistic multilingual data, spread over
//! 180 days), on each engine. A benchmark, not a test: figures for the README.
//!
//! Each view is read once to warm up, then timed 5 times on one keep-alive connection; the
//! table gives the median and the page's size. The time is the server's whole answer: reading
//! the period's rows, aggregating, drawing the charts, writing the HTML.

use std::time::Instant;

use crate::collector_bench::{Server, ADMIN_TOKEN};
use crate::http::Client;
use crate::postgres::Cluster;
use crate::run::{cmd, root, run, step};

/// Submissions seeded (visits, some of which send two messages).
const SEEDED: usize = 100_000;
/// Timed reads per view.
const READS: usize = 5;

/// The views timed: what a shop's team opens most.
const VIEWS: &[(&str, &str)] = &[
    ("default view (last 90 days, by country)", "/admin"),
    ("all 180 days", "/admin?from=2000-01-01"),
    (
        "180 days, grouped by lifecycle stage",
        "/admin?from=2000-01-01&by=meta.lifecycle_stage",
    ),
    (
        "180 days, Japanese only",
        "/admin?from=2000-01-01&locale=ja",
    ),
    (
        "180 days, verbatims containing \"delivery\"",
        "/admin?from=2000-01-01&q=delivery",
    ),
    ("CSV export, 180 days", "/admin/export.csv?from=2000-01-01"),
];

pub fn run_bench() -> Result<(), String> {
    step("building the collector for release");
    run(cmd("cargo").args(["build", "--release", "-p", "vox-demo"]))?;
    let binary = root().join("target/release/vox-demo");
    let postgres = Cluster::start()?;
    let scratch = std::env::temp_dir().join(format!("vox-dashboard-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let sqlite = scratch
        .join("dashboard.sqlite")
        .to_string_lossy()
        .into_owned();

    let mut rows = Vec::new();
    for (engine, db) in [
        ("SQLite", sqlite),
        ("Postgres", postgres.database("dashboard")?),
    ] {
        let server = Server::start(&binary, &db)?;
        step(&format!("{engine}: seeding {SEEDED} submissions"));
        crate::seed::seed(SEEDED, server.port)?;
        let mut client = Client::new(server.port);
        for (name, path) in VIEWS {
            let mut times = Vec::new();
            let mut size = 0;
            for read in 0..=READS {
                let started = Instant::now();
                let (status, bytes) = client
                    .get(path, ADMIN_TOKEN)
                    .ok_or_else(|| format!("{engine}: {path} did not answer"))?;
                if status != 200 {
                    return Err(format!("{engine}: {path} answered {status}"));
                }
                if read > 0 {
                    times.push(started.elapsed().as_secs_f64() * 1000.0);
                }
                size = bytes;
            }
            times.sort_by(f64::total_cmp);
            let median = times[times.len() / 2];
            println!("{engine} · {name}: {median:.0} ms, {} KB", size / 1024);
            rows.push((engine, *name, median, size));
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    println!("\n| engine | view | render (median of {READS}) | page |");
    println!("|---|---|---|---|");
    for (engine, name, median, size) in rows {
        println!(
            "| {engine} | {name} | {median:.0} ms | {} KB |",
            size / 1024
        );
    }
    Ok(())
}
