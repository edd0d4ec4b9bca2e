//! `cargo xtask demo [--port N]`: build everything, then serve the storefront and collector.

use std::net::TcpListener;

use crate::build::{self, Bundle};
use crate::run::{cmd, root, run, step};

pub fn serve(port: u16) -> Result<(), String> {
    // Say so now, not after minutes of building.
    if TcpListener::bind(("127.0.0.1", port)).is_err() {
        return Err(format!(
            "port {port} is already in use: stop what runs there, or pick another with --port {}",
            port + 1
        ));
    }
    // Every widget, rating prompts included (see build::Bundle).
    build::bundle(Bundle::Full)?;
    step("building the demo server");
    run(cmd("cargo").args(["build", "-p", "vox-demo"]))?;
    step(&format!(
        "serving http://127.0.0.1:{port}/ (admin: /admin); Ctrl+C stops"
    ));
    run(cmd(root().join("target/debug/vox-demo"))
        .args(["--port", &port.to_string(), "--dist"])
        .arg(Bundle::Full.dir()))
}
