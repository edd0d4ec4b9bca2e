//! A throwaway Postgres cluster for the collector's tests and benches: Debian's `postgresql`
//! (installed when missing), a fresh `initdb` in the temp folder, a server on a free loopback
//! port, and `pg_ctl stop` when the cluster is dropped. Postgres refuses to run as root, so
//! under root (CI) its commands run as the `postgres` user the package creates.

use std::path::PathBuf;

use crate::run::{cmd, run, step};
use crate::tools;

pub struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
}

impl Cluster {
    /// Creates and starts a cluster whose user `vox` may connect without a password (it only
    /// listens on 127.0.0.1, and lives as long as the run).
    pub fn start() -> Result<Cluster, String> {
        let bin = binaries()?;
        let dir = std::env::temp_dir().join(format!("vox-postgres-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        if tools::is_root() {
            run(cmd("chown").arg("postgres:postgres").arg(&dir))?;
        }
        let port = free_port()?;
        step(&format!("starting a throwaway Postgres on port {port}"));
        let data = dir.join("data");
        as_postgres(&bin.join("initdb"))
            .args([
                "--auth=trust",
                "--username=vox",
                "--encoding=UTF8",
                "--no-sync",
                "-D",
            ])
            .arg(&data)
            .status_ok("initdb")?;
        let cluster = Cluster { bin, dir, port };
        cluster.restart()?;
        Ok(cluster)
    }

    /// `postgres://vox@127.0.0.1:PORT/postgres`.
    pub fn url(&self) -> String {
        format!("postgres://vox@127.0.0.1:{}/postgres", self.port)
    }

    /// Creates an empty database `name` and gives its URL.
    pub fn database(&self, name: &str) -> Result<String, String> {
        self.query(&self.url(), &format!("CREATE DATABASE {name}"))?;
        Ok(format!("postgres://vox@127.0.0.1:{}/{name}", self.port))
    }

    /// Runs `sql` in the database at `url` with `psql`, and gives its rows unaligned (`a|b`).
    pub fn query(&self, url: &str, sql: &str) -> Result<String, String> {
        let out = cmd(self.bin.join("psql"))
            .args([
                url,
                "-X",
                "-q",
                "-t",
                "-A",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql,
            ])
            .output()
            .map_err(|e| format!("psql: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "psql {sql}: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Stops the server (fast: in-flight transactions roll back), for restart tests.
    pub fn stop(&self) -> Result<(), String> {
        as_postgres(&self.bin.join("pg_ctl"))
            .args(["stop", "-m", "fast", "-w", "-D"])
            .arg(self.dir.join("data"))
            .status_ok("pg_ctl stop")
    }

    /// Starts the server (again) on its port, with its data. Durability is off (`fsync`):
    /// the cluster is thrown away after the run.
    pub fn restart(&self) -> Result<(), String> {
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off -c max_connections=200",
            self.port,
            self.dir.display()
        );
        as_postgres(&self.bin.join("pg_ctl"))
            .args(["start", "-w", "-D"])
            .arg(self.dir.join("data"))
            .arg("-l")
            .arg(self.dir.join("server.log"))
            .args(["-o", &options])
            .status_ok("pg_ctl start")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The newest installed server's `bin` folder, installing Debian's `postgresql` when none is.
fn binaries() -> Result<PathBuf, String> {
    let newest = || {
        let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path().join("bin"))
            .filter(|bin| bin.join("initdb").exists())
            .collect();
        found.sort_by_key(|p| {
            let version = p.parent().and_then(|v| v.file_name());
            version.and_then(|v| v.to_str()?.parse::<u32>().ok())
        });
        found.pop()
    };
    if let Some(bin) = newest() {
        return Ok(bin);
    }
    step("installing PostgreSQL from Debian (apt-get, a minute or two)");
    tools::apt_install(&["postgresql"])?;
    newest().ok_or_else(|| "postgresql installed, but no /usr/lib/postgresql/*/bin/initdb".into())
}

/// A command run as the `postgres` user when we are root (Postgres refuses root), else as us.
fn as_postgres(program: &std::path::Path) -> std::process::Command {
    if tools::is_root() {
        let mut c = cmd("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        cmd(program)
    }
}

trait StatusOk {
    fn status_ok(&mut self, what: &str) -> Result<(), String>;
}

impl StatusOk for std::process::Command {
    /// Runs it, its output shown only when it fails.
    fn status_ok(&mut self, what: &str) -> Result<(), String> {
        let out = self.output().map_err(|e| format!("{what}: {e}"))?;
        if out.status.success() {
            return Ok(());
        }
        Err(format!(
            "{what} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}
