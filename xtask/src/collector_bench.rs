//! `cargo xtask bench collector`: what the reference collector sustains, and that a database
//! restart loses and doubles nothing. A benchmark, not a test: figures for the README, never a
//! pass/fail line in `cargo xtask test`.
//!
//! **Load.** Valid envelopes, each with a new id, are posted at rising rates, for 5 s per rate,
//! over 32 keep-alive connections, each sending on its own schedule (open loop). Latency is
//! measured from when a request was due, not when it went out, so a server that falls behind
//! shows it in the p99 instead of hiding it (what wrk2 calls coordinated omission). Three
//! setups: SQLite with one instance; Postgres with one; Postgres with two behind a local
//! round-robin proxy.
//!
//! **Exactly once under a restart.** Clients post a fixed set of envelopes, each until it is
//! acknowledged (2xx), retrying on 503 and on broken connections; Postgres is stopped and
//! started again mid-run. Afterwards every id must be in the database exactly once.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::http::{self, Client};
use crate::postgres::Cluster;
use crate::run::{cmd, root, run, step};

/// Connections the load generator keeps open.
const CONNECTIONS: usize = 32;
/// Seconds at each rate.
const STEP: Duration = Duration::from_secs(5);
/// Target rates, requests per second; a setup stops rising once it falls behind.
const RATES: [u32; 7] = [250, 500, 1000, 2000, 4000, 8000, 16000];
/// Envelopes in the restart run.
const RESTART_ENVELOPES: usize = 4000;

pub fn run_bench() -> Result<(), String> {
    step("building the collector for release");
    run(cmd("cargo").args(["build", "--release", "-p", "vox-demo"]))?;
    let binary = root().join("target/release/vox-demo");
    let postgres = Cluster::start()?;
    let scratch = std::env::temp_dir().join(format!("vox-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;

    let mut tables = Vec::new();
    let sqlite = scratch.join("bench.sqlite").to_string_lossy().into_owned();
    for (name, databases) in [
        ("SQLite, 1 instance", vec![sqlite]),
        (
            "Postgres, 1 instance",
            vec![postgres.database("bench_one")?],
        ),
        (
            "Postgres, 2 instances behind a proxy",
            vec![postgres.database("bench_two")?; 2],
        ),
    ] {
        step(&format!("load: {name}"));
        let servers = databases
            .iter()
            .map(|db| Server::start(&binary, db))
            .collect::<Result<Vec<_>, _>>()?;
        let proxy =
            (servers.len() > 1).then(|| Proxy::start(servers.iter().map(|s| s.port).collect()));
        let port = match &proxy {
            Some(proxy) => proxy.port,
            None => servers[0].port,
        };
        let mut rows = Vec::new();
        for rate in RATES {
            let row = load_step(port, rate);
            println!("{}", row.line());
            let behind = !row.kept_up();
            rows.push(row);
            if behind {
                break;
            }
        }
        tables.push((name, rows));
        drop(proxy);
    }

    step("exactly once: clients retry while Postgres restarts");
    let restart = restart_run(&binary, &postgres)?;

    println!("\n| setup | target rate | accepted/s | p50 | p99 | failed |");
    println!("|---|---|---|---|---|---|");
    for (name, rows) in &tables {
        for row in rows {
            println!(
                "| {name} | {} | {:.0} | {:.1} ms | {:.1} ms | {} |",
                row.rate, row.accepted_per_second, row.p50, row.p99, row.failed
            );
        }
    }
    println!("\nSustained (the highest rate kept up with, nothing failed):");
    for (name, rows) in &tables {
        let kept = rows.iter().rev().find(|r| r.kept_up());
        match kept {
            Some(r) => println!(
                "- {name}: {:.0} submissions/s, p50 {:.1} ms, p99 {:.1} ms",
                r.accepted_per_second, r.p50, r.p99
            ),
            None => println!("- {name}: not even {} submissions/s", RATES[0]),
        }
    }
    println!("\n{}", restart.report());
    let _ = std::fs::remove_dir_all(&scratch);
    if restart.stored != RESTART_ENVELOPES || restart.distinct != RESTART_ENVELOPES {
        return Err("the restart run lost or doubled submissions (above)".into());
    }
    Ok(())
}

/// One `vox-demo` on a free port, stopped when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
}

/// The admin token the bench's collectors start with.
pub const ADMIN_TOKEN: &str = "bench-admin-token";

impl Server {
    pub fn start(binary: &Path, db: &str) -> Result<Server, String> {
        let mut child = Command::new(binary)
            .args(["--port", "0", "--admin-token", ADMIN_TOKEN, "--db", db])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("{}: {e}", binary.display()))?;
        let mut out = BufReader::new(child.stdout.take().ok_or("no stdout")?);
        let mut first = String::new();
        out.read_line(&mut first).map_err(|e| e.to_string())?;
        // Keep reading: a closed pipe would end it at its next line.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        let port = first
            .trim()
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .ok_or_else(|| format!("the collector did not start: {first:?}"))?;
        Ok(Server { child, port })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A round-robin TCP proxy: each new connection goes to the next backend.
struct Proxy {
    port: u16,
    stop: Arc<AtomicBool>,
}

impl Proxy {
    fn start(backends: Vec<u16>) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a proxy port");
        let port = listener.local_addr().expect("its port").port();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        std::thread::spawn(move || {
            for (n, client) in listener.incoming().enumerate() {
                if stopping.load(Ordering::Relaxed) {
                    break;
                }
                let (Ok(client), Ok(server)) = (
                    client,
                    TcpStream::connect(("127.0.0.1", backends[n % backends.len()])),
                ) else {
                    continue;
                };
                let _ = (client.set_nodelay(true), server.set_nodelay(true));
                let (c2, s2) = (client.try_clone(), server.try_clone());
                if let (Ok(mut c2), Ok(mut s2)) = (c2, s2) {
                    let (mut client, mut server) = (client, server);
                    std::thread::spawn(move || std::io::copy(&mut client, &mut s2));
                    std::thread::spawn(move || std::io::copy(&mut server, &mut c2));
                }
            }
        });
        Proxy { port, stop }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(("127.0.0.1", self.port)); // wakes the accept loop
    }
}

/// One rate's figures.
struct Row {
    rate: u32,
    accepted_per_second: f64,
    p50: f64,
    p99: f64,
    failed: usize,
}

impl Row {
    /// Whether the collector kept up: at least 95% of the target rate accepted, none failed.
    fn kept_up(&self) -> bool {
        self.accepted_per_second >= 0.95 * f64::from(self.rate) && self.failed == 0
    }

    fn line(&self) -> String {
        format!(
            "  {:>6}/s target: {:>7.0}/s accepted, p50 {:>7.1} ms, p99 {:>7.1} ms, {} failed",
            self.rate, self.accepted_per_second, self.p50, self.p99, self.failed
        )
    }
}

/// Posts new envelopes at `rate` for [`STEP`], open loop, and measures.
fn load_step(port: u16, rate: u32) -> Row {
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let failed = Arc::new(AtomicUsize::new(0));
    let start = Instant::now() + Duration::from_millis(100);
    let interval = Duration::from_secs_f64(CONNECTIONS as f64 / f64::from(rate));
    let per_connection = (STEP.as_secs_f64() / interval.as_secs_f64()).round() as u32;
    let workers: Vec<_> = (0..CONNECTIONS)
        .map(|w| {
            let (latencies, failed) = (latencies.clone(), failed.clone());
            std::thread::spawn(move || {
                let mut client = Client::new(port);
                let mut mine = Vec::new();
                // Staggered, so the connections do not all send at the same instant.
                let offset = interval.mul_f64(w as f64 / CONNECTIONS as f64);
                for i in 0..per_connection {
                    let due = start + offset + interval * i;
                    if let Some(wait) = due.checked_duration_since(Instant::now()) {
                        std::thread::sleep(wait);
                    }
                    match client.post(&envelope()) {
                        Some(status) if (200..300).contains(&status) => {
                            mine.push(due.elapsed().as_secs_f64() * 1000.0)
                        }
                        _ => {
                            failed.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                latencies.lock().unwrap().extend(mine);
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let elapsed = start.elapsed().as_secs_f64().max(STEP.as_secs_f64());
    let mut ms = std::mem::take(&mut *latencies.lock().unwrap());
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| {
        ms.get(((ms.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(f64::NAN)
    };
    Row {
        rate,
        accepted_per_second: ms.len() as f64 / elapsed,
        p50: at(0.50),
        p99: at(0.99),
        failed: failed.load(Ordering::Relaxed),
    }
}

/// What the restart run saw.
struct Restart {
    sent: usize,
    retries: usize,
    unavailable: usize,
    broken: usize,
    stored: usize,
    distinct: usize,
    seconds: f64,
}

impl Restart {
    fn report(&self) -> String {
        format!(
            "Restart run: {} envelopes, each posted until acknowledged, by 16 clients; Postgres \
             stopped (fast) and started again mid-run. {} retries ({} answered 503, {} broken \
             connections); {:.1} s. Stored: {} rows, {} distinct ids ({}).",
            self.sent,
            self.retries,
            self.unavailable,
            self.broken,
            self.seconds,
            self.stored,
            self.distinct,
            if self.stored == self.sent && self.distinct == self.sent {
                "each exactly once"
            } else {
                "NOT each exactly once"
            }
        )
    }
}

fn restart_run(binary: &Path, postgres: &Cluster) -> Result<Restart, String> {
    let db = postgres.database("bench_restart")?;
    let server = Server::start(binary, &db)?;
    let envelopes: Arc<Vec<String>> =
        Arc::new((0..RESTART_ENVELOPES).map(|_| envelope()).collect());
    let next = Arc::new(AtomicUsize::new(0));
    let (unavailable, broken) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let started = Instant::now();
    let port = server.port;
    let clients: Vec<_> = (0..16)
        .map(|_| {
            let (envelopes, next) = (envelopes.clone(), next.clone());
            let (unavailable, broken) = (unavailable.clone(), broken.clone());
            std::thread::spawn(move || {
                let mut client = Client::new(port);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(body) = envelopes.get(i) else { break };
                    // A pause between envelopes keeps the run long enough to span the restart.
                    std::thread::sleep(Duration::from_millis(5));
                    loop {
                        match client.post(body) {
                            Some(status) if (200..300).contains(&status) => break,
                            Some(_) => unavailable.fetch_add(1, Ordering::Relaxed),
                            None => broken.fetch_add(1, Ordering::Relaxed),
                        };
                        std::thread::sleep(Duration::from_millis(100));
                    }
                }
            })
        })
        .collect();
    // Stop Postgres once a third is in, start it again two seconds later.
    while next.load(Ordering::Relaxed) < RESTART_ENVELOPES / 3 {
        std::thread::sleep(Duration::from_millis(10));
    }
    postgres.stop()?;
    std::thread::sleep(Duration::from_secs(2));
    postgres.restart()?;
    for c in clients {
        let _ = c.join();
    }
    let seconds = started.elapsed().as_secs_f64();
    drop(server);
    let counts = postgres.query(&db, "SELECT count(*), count(DISTINCT id) FROM submissions")?;
    let mut counts = counts
        .trim()
        .split('|')
        .map(|n| n.parse::<usize>().unwrap_or(0));
    let (unavailable, broken) = (
        unavailable.load(Ordering::Relaxed),
        broken.load(Ordering::Relaxed),
    );
    Ok(Restart {
        sent: RESTART_ENVELOPES,
        retries: unavailable + broken,
        unavailable,
        broken,
        stored: counts.next().unwrap_or(0),
        distinct: counts.next().unwrap_or(0),
        seconds,
    })
}

/// A valid envelope with a new random id.
fn envelope() -> String {
    let id = http::random_uuid();
    format!(
        r#"{{"schema_version":1,"id":"{id}","widget":"feedback","answers":{{"category":"bug","rating":4,"message":"Load test: the zip code field rejects my address"}},"created_at":"2026-11-26T10:00:00.000Z","locale":"en","page":{{"url":"https://shop.example/cart","title":"Cart"}},"meta":{{"vox_version":"0.1.0"}}}}"#
    )
}
