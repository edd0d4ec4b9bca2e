//! Both engines for the tests: every collector test runs once on SQLite and once on Postgres.
//!
//! Postgres comes from `VOX_TEST_POSTGRES` (a URL; `cargo xtask test` starts a throwaway
//! cluster and sets it). Each store gets a schema of its own, so tests never see each other's
//! rows. Without the variable the Postgres half is skipped, loudly, unless
//! `VOX_REQUIRE_POSTGRES` is set, as it is in `cargo xtask test`: there a missing database fails.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};

use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use super::Store;

/// A database of each engine: (engine name, where to open it). Open the same spec twice for
/// two collectors sharing one database.
pub async fn databases() -> Vec<(&'static str, String)> {
    let mut specs = vec![("SQLite", sqlite_file())];
    match postgres_schema().await {
        Some(url) => specs.push(("Postgres", url)),
        None if std::env::var_os("VOX_REQUIRE_POSTGRES").is_some() => {
            panic!("VOX_REQUIRE_POSTGRES is set but VOX_TEST_POSTGRES names no database")
        }
        None => eprintln!("note: VOX_TEST_POSTGRES is not set; the Postgres half is skipped"),
    }
    specs
}

/// A store of each engine, freshly migrated and empty.
pub async fn stores() -> Vec<Store> {
    let mut stores = Vec::new();
    for (engine, spec) in databases().await {
        let store = Store::open(&spec)
            .await
            .unwrap_or_else(|e| panic!("{engine}: {e}"));
        stores.push(store);
    }
    stores
}

/// A fresh SQLite file in the temp folder (a file, not `:memory:`, so two stores can share it).
fn sqlite_file() -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "vox-test-{}-{}.sqlite",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    let path = std::env::temp_dir().join(name);
    let _ = std::fs::remove_file(&path);
    path.to_string_lossy().into_owned()
}

/// `VOX_TEST_POSTGRES` with a new empty schema first on the search path.
async fn postgres_schema() -> Option<String> {
    let url = std::env::var("VOX_TEST_POSTGRES").ok()?;
    let schema = format!("t{}_{}", std::process::id(), rand_suffix());
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap_or_else(|e| panic!("VOX_TEST_POSTGRES={url}: {e}"));
    tokio::spawn(connection);
    client
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .await
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    Some(format!("{url}{sep}options=-csearch_path%3D{schema}"))
}

/// A fresh Postgres schema reached through a [`Cable`] the test can cut; `None` without
/// `VOX_TEST_POSTGRES` (see [`databases`] for when that fails instead).
pub async fn postgres_behind_cable() -> Option<(Cable, String)> {
    let url = postgres_schema().await?;
    let config: tokio_postgres::Config = url.parse().unwrap();
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(host)) => host.clone(),
        _ => panic!("VOX_TEST_POSTGRES names no TCP host: {url}"),
    };
    let port = *config
        .get_ports()
        .first()
        .expect("VOX_TEST_POSTGRES names its port");
    let target = tokio::net::lookup_host((host.as_str(), port))
        .await
        .unwrap()
        .next()
        .unwrap();
    let cable = Cable::to(target).await;
    let via = url.replacen(&format!(":{port}/"), &format!(":{}/", cable.port()), 1);
    assert_ne!(
        via, url,
        "VOX_TEST_POSTGRES has the form postgres://user@host:port/db"
    );
    Some((cable, via))
}

fn rand_suffix() -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    u64::from_le_bytes(bytes)
}

/// A TCP forwarder in front of a database, which a test can cut (every connection dropped,
/// nothing listening) and restore on the same port: the database "goes down" and "comes back"
/// without touching the real server.
pub struct Cable {
    port: u16,
    target: SocketAddr,
    tasks: Option<JoinSet<()>>,
}

impl Cable {
    pub async fn to(target: SocketAddr) -> Cable {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let mut cable = Cable {
            port,
            target,
            tasks: None,
        };
        cable.serve(listener);
        cable
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Drops every connection and stops listening.
    pub fn cut(&mut self) {
        self.tasks = None;
    }

    /// Listens again on the same port.
    pub async fn restore(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        self.serve(listener);
    }

    fn serve(&mut self, listener: TcpListener) {
        let target = self.target;
        let mut tasks = JoinSet::new();
        tasks.spawn(async move {
            let mut links = JoinSet::new();
            while let Ok((mut client, _)) = listener.accept().await {
                links.spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
            }
        });
        self.tasks = Some(tasks);
    }
}
