//! A collector asked to stop (SIGTERM, as a process manager or a rolling deploy sends) finishes
//! the request in flight, storing its submission, before it exits; it takes no new ones.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn a_stopped_collector_finishes_the_request_in_flight() {
    let db = std::env::temp_dir().join(format!("vox-shutdown-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let mut server = Command::new(env!("CARGO_BIN_EXE_vox-demo"))
        .args([
            "--port",
            "0",
            "--admin-token",
            "shutdown-test-token",
            "--db",
        ])
        .arg(&db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(server.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    // Keep reading what it prints: a closed pipe would end it with a broken-pipe panic.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let port: u16 = first.trim().rsplit(':').next().unwrap().parse().unwrap();

    let body = r#"{"schema_version":1,"id":"7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c99","widget":"feedback","answers":{"category":"bug","message":"Sent while the collector stops"},"created_at":"2026-11-26T10:00:00.000Z","locale":"en","page":{"url":"https://shop.example/","title":"Shop"},"meta":{"vox_version":"0.1.0"}}"#;
    let mut request = TcpStream::connect(("127.0.0.1", port)).unwrap();
    request
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // `Expect: 100-continue`: the server says "100 Continue" once its handler reads the body,
    // so the request is surely in flight when the signal comes.
    write!(
        request,
        "POST /api/vox HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        body.len(),
    )
    .unwrap();
    let mut reader = BufReader::new(request.try_clone().unwrap());
    let mut status = String::new();
    reader.read_line(&mut status).unwrap();
    assert!(status.starts_with("HTTP/1.1 100"), "{status}");
    let mut blank = String::new();
    reader.read_line(&mut blank).unwrap();
    let stop = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(stop.success());
    // No new connection is taken once it is stopping.
    let refused = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        TcpStream::connect(("127.0.0.1", port)).is_err()
    });
    assert!(refused, "the listener closes on SIGTERM");

    request.write_all(body.as_bytes()).unwrap();
    let mut reply = String::new();
    reader.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 201"), "{reply}");

    let status = server.wait().unwrap();
    assert!(status.success(), "{status}");
    let _ = std::fs::remove_file(&db);
}
