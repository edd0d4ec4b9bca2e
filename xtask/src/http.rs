//! A minimal HTTP/1.1 client for the collector and dashboard benches and the seeder: one
//! keep-alive connection that posts JSON or gets a page, reconnecting when it breaks. Enough
//! for loopback load; no TLS, no redirects, no chunked bodies (the collector answers with a
//! length).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A minimal HTTP/1.1 client on one keep-alive connection, reconnecting when it breaks.
pub struct Client {
    port: u16,
    stream: Option<BufReader<TcpStream>>,
}

impl Client {
    pub fn new(port: u16) -> Client {
        Client { port, stream: None }
    }

    /// The response's status, `None` when the connection broke (it reconnects next time).
    pub fn post(&mut self, body: &str) -> Option<u16> {
        let request = format!(
            "POST /api/vox HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        self.send(&request).map(|(status, _)| status)
    }

    /// `path` read with an admin token: the status and the body's length.
    pub fn get(&mut self, path: &str, token: &str) -> Option<(u16, usize)> {
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\r\n"
        );
        self.send(&request)
    }

    fn send(&mut self, request: &str) -> Option<(u16, usize)> {
        let answer = self.try_send(request);
        if answer.is_none() {
            self.stream = None;
        }
        answer
    }

    fn try_send(&mut self, request: &str) -> Option<(u16, usize)> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
            stream.set_nodelay(true).ok()?;
            stream
                .set_read_timeout(Some(Duration::from_secs(30)))
                .ok()?;
            self.stream = Some(BufReader::new(stream));
        }
        let reader = self.stream.as_mut()?;
        reader.get_mut().write_all(request.as_bytes()).ok()?;
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let status = line.split(' ').nth(1)?.parse().ok()?;
        let mut length = 0;
        loop {
            line.clear();
            reader.read_line(&mut line).ok()?;
            if line == "\r\n" {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().ok()?;
                }
            }
        }
        let mut rest = vec![0; length];
        reader.read_exact(&mut rest).ok()?;
        Some((status, length))
    }
}

/// A random UUID v4 (ids of the bench's envelopes).
pub fn random_uuid() -> String {
    let mut bytes = [0u8; 16];
    let mut f = std::fs::File::open("/dev/urandom").expect("/dev/urandom");
    f.read_exact(&mut bytes).expect("random bytes");
    uuid(bytes)
}

/// The UUID v4 made of `bytes` (version and variant set).
pub fn uuid(bytes: [u8; 16]) -> String {
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-4{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        ["8", "9", "a", "b"][usize::from(bytes[8] & 3)],
        &hex[17..20],
        &hex[20..32]
    )
}
