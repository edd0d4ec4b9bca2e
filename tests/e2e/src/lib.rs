//! Harness for Vox's browser tests: the demo server as a child process, headless Chromium over
//! WebDriver (chromedriver), and helpers that reach into widgets' shadow roots.
//!
//! Paths come from the environment `cargo xtask test` sets: `VOX_DEMO_BIN` (the server),
//! `VOX_DIST` (the built bundle), `VOX_APP` (the example Leptos app), `VOX_AXE` (axe.min.js), `CHROMEDRIVER`, `CHROME`.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

pub use fantoccini::key::Key;

fn env_path(name: &str, default: &str) -> PathBuf {
    std::env::var_os(name)
        .map(PathBuf::from)
        .unwrap_or_else(|| default.into())
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A free loopback port (released before use; the race is acceptable for tests).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The admin token every test server is started with; [`Demo::submissions`] and [`Demo::get`]
/// send it. A browser test that opens the admin goes to `/admin?token=` + this.
pub const ADMIN_TOKEN: &str = "vox-e2e-admin-token";

/// A database file of its own for each server a test starts.
fn fresh_db() -> PathBuf {
    std::env::temp_dir().join(format!(
        "vox-e2e-{}-{}.sqlite",
        std::process::id(),
        free_port()
    ))
}

/// A running `vox-demo`, killed on drop.
pub struct Demo {
    child: Child,
    pub port: u16,
    pub db: PathBuf,
}

impl Demo {
    /// Starts a server with its own database; `endpoint` overrides where pages post.
    pub fn start(endpoint: Option<&str>) -> Demo {
        Demo::start_with(0, fresh_db(), endpoint)
    }

    /// Starts on a given port and database (to restart a collector with its data).
    pub fn start_with(port: u16, db: PathBuf, endpoint: Option<&str>) -> Demo {
        Demo::launch(port, db, endpoint, &[])
    }

    /// Starts a server that serves `/indexes/` from `dir` (search indexes a test has made).
    pub fn start_serving_indexes(dir: &std::path::Path) -> Demo {
        Demo::launch(
            0,
            fresh_db(),
            None,
            &["--indexes".as_ref(), dir.as_os_str()],
        )
    }

    fn launch(port: u16, db: PathBuf, endpoint: Option<&str>, extra: &[&std::ffi::OsStr]) -> Demo {
        let bin = env_path(
            "VOX_DEMO_BIN",
            &repo().join("target/debug/vox-demo").to_string_lossy(),
        );
        let mut cmd = Command::new(&bin);
        cmd.args(["--port", &port.to_string(), "--db"]).arg(&db);
        cmd.args(["--admin-token", ADMIN_TOKEN]);
        cmd.arg("--dist").arg(env_path(
            "VOX_DIST",
            &repo().join("dist/vox").to_string_lossy(),
        ));
        cmd.arg("--app").arg(env_path(
            "VOX_APP",
            &repo().join("target/leptos-app").to_string_lossy(),
        ));
        if let Some(endpoint) = endpoint {
            cmd.args(["--endpoint", endpoint]);
        }
        cmd.args(extra);
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {}: {e} (run through `cargo xtask test`)",
                    bin.display()
                )
            });
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("server output");
        // Keep reading, or the server's next println! would hit a closed pipe.
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let port = line
            .trim()
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("unexpected server output: {line:?}"));
        Demo { child, port, db }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The stored submissions, oldest first.
    pub fn submissions(&self) -> Vec<Value> {
        let body = http_get(self.port, "/api/submissions");
        let mut items: Vec<Value> = serde_json::from_str::<Vec<Value>>(&body)
            .unwrap_or_default()
            .into_iter()
            .map(|row| row["submission"].clone())
            .collect();
        items.reverse();
        items
    }

    /// Waits until the collector holds `n` submissions from `widget`, and returns them oldest
    /// first.
    pub async fn collected(&self, widget: &str, n: usize) -> Vec<Value> {
        wait_for(
            &format!("{n} {widget} submission(s) at the collector"),
            WAIT,
            || async {
                let rows: Vec<Value> = self
                    .submissions()
                    .into_iter()
                    .filter(|s| s["widget"] == widget)
                    .collect();
                (rows.len() >= n).then_some(rows)
            },
        )
        .await
    }

    /// A page of the demo server as text (e.g. `/admin`), read with the admin token.
    pub fn get(&self, path: &str) -> String {
        http_get(self.port, path)
    }

    /// Posts `envelope` to the collector as a widget would; gives the status code.
    pub fn post(&self, envelope: &Value) -> u16 {
        http_post(self.port, "/api/vox", &envelope.to_string())
    }

    /// Stops the server, keeping its database file.
    pub fn stop(mut self) -> PathBuf {
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::mem::take(&mut self.db)
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A tiny blocking HTTP POST of JSON; the status code, 0 when there is no answer.
fn http_post(port: u16, path: &str, body: &str) -> u16 {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return 0;
    };
    let _ = write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

/// A tiny blocking HTTP GET with the admin token (keeps an HTTP client crate out of the tests).
fn http_get(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return String::new();
    };
    let _ = write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {ADMIN_TOKEN}\r\nConnection: close\r\n\r\n"
    );
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or_default()
}

/// One chromedriver per test process, shared by every test's session.
fn chromedriver() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| {
        let port = free_port();
        // Through a shell that stops chromedriver when this process's end closes its stdin:
        // a child left running is not reaped with the test process, and a day of test runs
        // left dozens behind. Chromedriver leads its own process group (`setsid`), and the
        // whole group is stopped: killing chromedriver alone leaves the Chromium of every
        // session still open behind (a client dropped as the test process ends cannot close
        // its session in time).
        let child = Command::new("sh")
            .args([
                "-c",
                r#"setsid "$0" --port="$1" & driver=$!; cat > /dev/null; kill -- -$driver"#,
            ])
            .arg(env_path("CHROMEDRIVER", "/usr/bin/chromedriver"))
            .arg(port.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts (apt-get install chromium-driver)");
        // The pipe to its stdin stays open for the life of the test process.
        std::mem::forget(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        port
    })
}

/// A fresh headless Chromium session with an empty profile.
pub async fn browser() -> Client {
    browser_with(&[]).await
}

/// A fresh headless Chromium session with more command-line switches (`--force-dark-mode`
/// makes pages see `prefers-color-scheme: dark`).
pub async fn browser_with(switches: &[&str]) -> Client {
    let mut caps = serde_json::Map::new();
    let args: Vec<&str> = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=en-US",
    ]
    .into_iter()
    .chain(switches.iter().copied())
    .collect();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": env_path("CHROME", "/usr/bin/chromium"),
            "args": args,
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", chromedriver()))
        .await
        .expect("a WebDriver session")
}

/// Polls `check` until it returns `Some`, or panics with `what` after `timeout`.
pub async fn wait_for<T, F, Fut>(what: &str, timeout: Duration, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(
            Instant::now() < deadline,
            "timed out after {timeout:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Runs JS in the page and returns its result (`null` on script errors, logged).
pub async fn js(client: &Client, script: &str) -> Value {
    match client.execute(script, vec![]).await {
        Ok(v) => v,
        Err(e) => {
            eprintln!("script failed: {e}\n{script}");
            Value::Null
        }
    }
}

/// JS expression for an element inside a widget's shadow root.
pub fn inner(host: &str, selector: &str) -> String {
    format!("document.querySelector({host:?})?.shadowRoot?.querySelector({selector:?})")
}

/// How long any wait in a test may take before it fails.
pub const WAIT: Duration = Duration::from_secs(30);

/// How many times the demo's blocked analytics script (`/site/analytics-test.js`) has run.
pub async fn analytics_runs(client: &Client) -> Value {
    js(client, "return window.voxDemoAnalyticsRuns ?? 0;").await
}

/// The site owner's debug panel: its items' texts, or `null` when it is not on the page.
pub const DEBUG_PANEL: &str = "const host = [...document.body.children].find((e) => e.shadowRoot?.querySelector('section[aria-label=\"Vox config problems\"]'));
    return host ? [...host.shadowRoot.querySelectorAll('li')].map((li) => li.textContent) : null;";

/// Waits until the JS expression `expr` is `true`.
pub async fn wait_true(client: &Client, expr: &str, what: &str) {
    let script = format!("return {expr} === true;");
    wait_for(what, WAIT, || async {
        (js(client, &script).await == Value::Bool(true)).then_some(())
    })
    .await;
}

/// Waits until the page has loaded, and the Vox loader with it.
pub async fn loaded(client: &Client) {
    wait_true(
        client,
        "document.readyState === 'complete' && !!window.Vox",
        "the page and loader",
    )
    .await;
}

/// Waits until the widget `host` has rendered `selector` in its shadow root.
pub async fn wait_rendered(client: &Client, host: &str, selector: &str) {
    wait_true(
        client,
        &format!("!!{}", inner(host, selector)),
        &format!("{host} to render {selector}"),
    )
    .await;
}

/// Clicks an element inside a widget's shadow root.
pub async fn click(client: &Client, host: &str, selector: &str) {
    js(client, &format!("{}.click();", inner(host, selector))).await;
}

/// Sets a field's value inside a widget's shadow root, as typing would (an `input` event that
/// bubbles out of the shadow root, as a typed one does).
pub async fn fill(client: &Client, host: &str, selector: &str, text: &str) {
    let value = serde_json::to_string(text).expect("a string");
    js(
        client,
        &format!(
            "const f = {}; f.value = {value}; f.dispatchEvent(new InputEvent('input', {{ bubbles: true, composed: true }}));",
            inner(host, selector)
        ),
    )
    .await;
}

/// The text of an element inside a widget's shadow root, without Fluent's isolation marks
/// (U+2068/U+2069 around inserted values); empty when the element is absent.
pub async fn text(client: &Client, host: &str, selector: &str) -> String {
    let script = format!(
        "return ({}?.textContent ?? '').replace(/[\\u2068\\u2069]/g, '');",
        inner(host, selector)
    );
    js(client, &script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Waits until an element inside a widget's shadow root has text, and returns it.
pub async fn wait_text(client: &Client, host: &str, selector: &str, what: &str) -> String {
    wait_for(what, WAIT, || async {
        Some(text(client, host, selector).await).filter(|t| !t.is_empty())
    })
    .await
}

/// The element focused inside shadow roots, described as `tag.class#id[type=..]`.
pub async fn focused(client: &Client) -> String {
    js(
        client,
        "let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
         return e ? e.localName + (e.className ? '.' + String(e.className).split(' ')[0] : '') + (e.id ? '#' + e.id : '') + (e.type ? '[' + e.type + ']' : '') : '';",
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// Presses keys as a person would: key down and up for each, sent to whatever has focus.
pub async fn press(client: &Client, keys: &[char]) {
    let mut actions = KeyActions::new("keyboard".into());
    for &key in keys {
        actions = actions
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
    }
    client.perform_actions(actions).await.expect("key actions");
}

/// Types text into the focused element.
pub async fn type_text(client: &Client, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    press(client, &chars).await;
}

/// Presses Tab until `matches(focused)` holds, failing after `max` presses.
pub async fn tab_to(client: &Client, max: usize, matches: impl Fn(&str) -> bool) -> String {
    for _ in 0..max {
        let now = focused(client).await;
        if matches(&now) {
            return now;
        }
        press(client, &[Key::Tab.into()]).await;
    }
    panic!(
        "Tab never reached the element; focus is on {}",
        focused(client).await
    );
}

/// Runs axe-core on the page (shadow roots included) and returns the violations.
pub async fn axe(client: &Client, include: &str) -> Vec<Value> {
    let source = std::fs::read_to_string(env_path(
        "VOX_AXE",
        &repo()
            .join("tests/node_modules/axe-core/axe.min.js")
            .to_string_lossy(),
    ))
    .expect("axe-core installed (npm ci in tests/)");
    client.execute(&source, vec![]).await.expect("axe loads");
    let script = "const [include, done] = arguments;
        axe.run({ include: [[include]] }, { resultTypes: ['violations'] })
          .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) }))))
          .catch(e => done([{ id: 'axe-error', help: String(e) }]));";
    let result = client
        .execute_async(script, vec![json!(include)])
        .await
        .expect("axe runs");
    result.as_array().cloned().unwrap_or_default()
}

/// Fails with the violations when axe-core finds any inside `host`; `what` names the state.
pub async fn assert_accessible(client: &Client, host: &str, what: &str) {
    let violations = axe(client, host).await;
    assert!(
        violations.is_empty(),
        "{what}: {}",
        serde_json::to_string_pretty(&violations).unwrap_or_default()
    );
}

/// What a fixture page has logged so far at `level`, `"Errors"` or `"Warnings"` (its
/// console-capture.js keeps them in `window.__consoleErrors` / `__consoleWarnings`).
pub async fn console(client: &Client, level: &str) -> Vec<String> {
    let logged = js(client, &format!("return window.__console{level} || [];")).await;
    serde_json::from_value(logged).unwrap_or_default()
}

/// `text` percent-encoded for a URL (every byte but the unreserved ones).
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The hostile-input fixture with `config` as its config block (hostile-config.js writes the
/// block from the URL's fragment before vox.js reads it).
pub fn hostile_page(config: &Value) -> String {
    format!(
        "/fixtures/hostile.html#{}",
        percent_encode(&config.to_string())
    )
}
