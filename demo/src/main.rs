//! `vox-demo`: the demo storefront and the reference collector in one server.
//!
//! ```text
//! vox-demo [--host 127.0.0.1] [--port 8080] [--db PATH|postgres://…] [--dist dist/vox] [--site demo/site] [--indexes target/demo] [--app target/leptos-app] [--endpoint URL] [--admin-token TOKEN] [--retain WIDGET=DAYS]… [--webhook [slack:]URL]… [--reply-webhook URL]
//! ```
//! It listens on loopback unless `--host` says otherwise (`0.0.0.0` for instances behind a load
//! balancer). `--port 0` picks a free port. The first line on stdout is `listening on http://127.0.0.1:PORT`
//! (tests read it); a later one is the admin URL with its token. `--endpoint` makes the pages
//! post elsewhere, e.g. to a second instance. The admin token is `--admin-token`, else
//! `VOX_ADMIN_TOKEN`, else a random one per start (see `auth`). `--db` is a SQLite file (the
//! default, `target/vox-demo.sqlite`) or a Postgres URL, which any number of instances can
//! share (see `store`). SIGTERM or Ctrl-C stops taking connections and lets the requests in
//! flight finish before the process exits. `--retain feedback=90` (repeatable, one per widget)
//! deletes a widget's submissions older than that many days, at start and every hour.
//! `--webhook URL` (repeatable; `slack:URL` for a Slack-compatible message) forwards every
//! stored submission, with retries (see `webhooks`); `--reply-webhook URL` receives the
//! replies written on the admin page (see `follow_up`).

mod admin;
mod auth;
mod collector;
mod dashboard;
mod facts;
mod follow_up;
mod retention;
mod rights;
mod routes;
mod site;
mod store;
mod webhooks;

use std::path::PathBuf;
use std::sync::Arc;

pub struct AppState {
    store: store::Store,
    validator: jsonschema::Validator,
    dist: PathBuf,
    site: PathBuf,
    /// The demo's search indexes, kept out of the bundle (`cargo xtask demo` writes the help
    /// center's, the tldr corpus's and the hostile-input suite's there), served at `/indexes/`.
    indexes: PathBuf,
    /// The example Leptos app (`cargo xtask app`), served at `/app/`.
    app: PathBuf,
    endpoint: String,
    admin_token: auth::Token,
    /// `--retain` rules, swept at start and every hour (see `retention`).
    retention: Vec<retention::Rule>,
    /// `--webhook` targets every stored submission is forwarded to (see `webhooks`).
    webhooks: Vec<String>,
    /// `--reply-webhook`: where replies to feedback go (see `follow_up`).
    reply_webhook: Option<String>,
}

struct Args {
    /// The address to listen on: loopback unless told (`--host 0.0.0.0` behind a load balancer).
    host: std::net::IpAddr,
    port: u16,
    /// A SQLite file path or a `postgres://` URL.
    db: String,
    dist: PathBuf,
    site: PathBuf,
    indexes: PathBuf,
    app: PathBuf,
    endpoint: String,
    admin_token: Option<String>,
    retain: Vec<retention::Rule>,
    webhooks: Vec<String>,
    reply_webhook: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut args = Args {
        host: std::net::Ipv4Addr::LOCALHOST.into(),
        port: 8080,
        db: root
            .join("target/vox-demo.sqlite")
            .to_string_lossy()
            .into_owned(),
        dist: root.join("dist/vox"),
        site: root.join("demo/site"),
        indexes: root.join("target/demo"),
        app: root.join("target/leptos-app"),
        endpoint: "/api/vox".into(),
        admin_token: None,
        retain: Vec::new(),
        webhooks: Vec::new(),
        reply_webhook: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--port" => {
                args.port = value()?
                    .parse()
                    .map_err(|_| "--port takes a number from 0 to 65535".to_string())?
            }
            "--host" => {
                args.host = value()?
                    .parse()
                    .map_err(|_| "--host takes an IP address, e.g. 0.0.0.0".to_string())?
            }
            "--db" => args.db = value()?,
            "--dist" => args.dist = value()?.into(),
            "--site" => args.site = value()?.into(),
            "--indexes" => args.indexes = value()?.into(),
            "--app" => args.app = value()?.into(),
            "--endpoint" => args.endpoint = value()?,
            "--admin-token" => args.admin_token = Some(value()?),
            "--retain" => args.retain.push(retention::Rule::parse(&value()?)?),
            "--webhook" => args.webhooks.push(webhooks::parse(&value()?)?),
            "--reply-webhook" => args.reply_webhook = Some(webhooks::parse_plain(&value()?)?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(args)
}

#[tokio::main]
async fn main() {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("vox-demo: {message}");
            }
            eprintln!("usage: vox-demo [--host 127.0.0.1] [--port 8080] [--db PATH|postgres://…] [--dist DIR] [--site DIR] [--indexes DIR] [--app DIR] [--endpoint URL] [--admin-token TOKEN] [--retain WIDGET=DAYS]… [--webhook [slack:]URL]… [--reply-webhook URL]");
            std::process::exit(2);
        }
    };
    let admin_token = auth::Token::choose(args.admin_token, std::env::var("VOX_ADMIN_TOKEN").ok())
        .unwrap_or_else(|e| {
            eprintln!("vox-demo: {e}");
            std::process::exit(2);
        });
    let store = store::Store::open(&args.db).await.unwrap_or_else(|e| {
        eprintln!(
            "vox-demo: cannot open the database {}: {e}",
            store::redacted(&args.db)
        );
        std::process::exit(1);
    });
    if !args.dist.join("vox.js").exists() {
        eprintln!(
            "vox-demo: warning: {} has no vox.js; run `cargo xtask build` first",
            args.dist.display()
        );
    }
    let state = Arc::new(AppState {
        store,
        validator: collector::validator(),
        dist: args.dist,
        site: args.site,
        indexes: args.indexes,
        app: args.app,
        endpoint: args.endpoint,
        admin_token,
        retention: args.retain,
        webhooks: args.webhooks,
        reply_webhook: args.reply_webhook,
    });
    retention::schedule(state.clone());
    webhooks::run(state.clone());
    let token = state.admin_token.as_str().to_string();
    let state_engine = state.store.engine();
    let app = routes::app(state);

    let listener = match tokio::net::TcpListener::bind((args.host, args.port)).await {
        Ok(l) => l,
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            eprintln!("vox-demo: port {} is already in use. Stop the other server or pick another port: --port 8081", args.port);
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("vox-demo: cannot listen on port {}: {e}", args.port);
            std::process::exit(1);
        }
    };
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(args.port);
    // The URLs printed are for this machine; with --host 0.0.0.0 the others reach it by its name.
    let stop = stop_requested();
    println!("listening on http://127.0.0.1:{port}");
    println!("  shop:  http://127.0.0.1:{port}/");
    println!("  admin: http://127.0.0.1:{port}/admin?token={token}");
    println!("  database: {engine}", engine = state_engine);
    if let Err(e) = axum::serve(listener, app)
        .with_graceful_shutdown(stop)
        .await
    {
        eprintln!("vox-demo: server error: {e}");
        std::process::exit(1);
    }
}

/// Resolves on SIGTERM (what a process manager or orchestrator sends) or SIGINT (Ctrl-C).
/// The handlers are installed here, at once, so a signal that comes before the server runs
/// still stops it gracefully instead of killing it.
fn stop_requested() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut terminate = signal(SignalKind::terminate()).expect("a SIGTERM handler");
    let mut interrupt = signal(SignalKind::interrupt()).expect("a SIGINT handler");
    async move {
        tokio::select! {
            _ = terminate.recv() => {}
            _ = interrupt.recv() => {}
        }
    }
}
