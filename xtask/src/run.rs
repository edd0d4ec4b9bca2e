//! Running commands with clear failures.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask is inside the workspace")
        .to_path_buf()
}

/// A command with the workspace root as working directory.
pub fn cmd(program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root());
    c
}

/// Runs to completion; an error names the command.
pub fn run(c: &mut Command) -> Result<(), String> {
    let status: ExitStatus = c
        .status()
        .map_err(|e| format!("cannot run {}: {e}", describe(c)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(c)))
    }
}

/// Runs and returns stdout, or `None` if the program is missing or fails.
pub fn output(c: &mut Command) -> Option<String> {
    let out = c.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(c: &Command) -> String {
    std::iter::once(c.get_program().to_string_lossy().into_owned())
        .chain(c.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A section header in the output, so a long `cargo xtask test` log is easy to scan.
pub fn step(title: &str) {
    println!("\n==> {title}");
}
