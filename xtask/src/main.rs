//! `cargo xtask`: the project's automation. Run `cargo xtask help`.

mod app;
mod articles;
mod banner_bench;
mod bench;
mod build;
mod clicks;
mod collector_bench;
mod dashboard_bench;
mod demo;
mod http;
mod index;
mod judging;
mod postgres;
mod registry;
mod run;
mod seed;
mod seed_texts;
mod shrink;
mod size;
mod test;
mod tools;

const USAGE: &str = "usage: cargo xtask <command>

  demo [--port N]   build, then serve the demo storefront + collector (default port 8080),
                    and the example Leptos app at /app/
  app               build the example Leptos app (examples/leptos-app) into target/leptos-app
  build [widget]... the bundle in dist/vox: the loader, the locales, a wasm module per widget
                    (naming widgets rebuilds only their modules in an existing bundle;
                    --stock-std builds against the toolchain's own std, without the -Z flags)
  test              everything: fmt, clippy, unit, wasm component, size budget, browser e2e + axe
  bench [search]    help search, Vox beside MiniSearch and Pagefind in headless Chromium
                    over the tldr corpus: index and first-query bytes, cold and warm
                    latency, quality
  bench pool        the last search bench's unjudged first-five results, as packets for
                    blind judging (xtask/bench/judging.md) in target/bench/judging
  bench judged <verdicts.json>...
                    add judges' verdicts to the question sets
  bench banner      time to a visible consent banner, Vox beside vanilla-cookieconsent and
                    Klaro (Slow 4G, 4x CPU, cold, median of 5)
  seed [--count N] [--to URL]
                    post N realistic multilingual submissions (100,000 by default) to a
                    running collector (cargo xtask demo's at http://127.0.0.1:8080/api/vox)
  bench collector   the collector at rising rates (SQLite; Postgres with one instance and
                    with two behind a proxy), and a Postgres restart under retrying clients
  bench dashboard   the collector's dashboard render time with 100,000 seeded submissions,
                    on SQLite and Postgres
  size [--json]     raw/gzip/brotli of what a page downloads (after build)
  size --own        each widget's own bytes, apart from the code every module repeats
  size --app        the example Leptos app's wasm with all four widgets and without each
  index <input>... --out <folder> [--synonyms <file.json>] [--categories <file.json>]
                  [--clicks <export.json>] [--no-bodies]
                    help articles (Markdown with front matter, or JSON Lines) into the
                    chunked search index <vox-help> and Vox.search read
  schema            regenerate schema/*.json from the Rust types

Missing tools (wasm32 target, trunk, wasm-bindgen-cli, npm packages, Chromium) are installed
on first use.";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["demo"] => demo::serve(8080),
        ["demo", "--port", port] => match port.parse() {
            Ok(port) => demo::serve(port),
            Err(_) => Err(format!(
                "--port takes a number from 1 to 65535, got {port:?}"
            )),
        },
        ["build"] => build::bundle(),
        ["build", "--stock-std"] => build::bundle_with(build::Std::Stock),
        ["build", widgets @ ..] => build::rebuild(widgets),
        ["test"] => test::all(),
        ["bench"] | ["bench", "search"] => bench::all(),
        ["bench", "pool"] => judging::pool(),
        ["bench", "judged", files @ ..] if !files.is_empty() => judging::add_verdicts(files),
        ["bench", "banner"] => banner_bench::run_bench(),
        ["bench", "collector"] => collector_bench::run_bench(),
        ["bench", "dashboard"] => dashboard_bench::run_bench(),
        ["size"] => size::print(false),
        ["size", "--json"] => size::print(true),
        ["size", "--own"] => size::print_own(),
        ["size", "--app"] => app::print_sizes(),
        ["app"] => tools::for_build().and_then(|()| app::build()),
        ["schema"] => schema(),
        ["index", rest @ ..] => index::command(rest),
        ["seed", rest @ ..] => seed::command(rest),
        ["help"] | ["--help"] | ["-h"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    };
    if let Err(message) = result {
        eprintln!("xtask: {message}");
        std::process::exit(1);
    }
}

fn schema() -> Result<(), String> {
    for (name, text) in vox_core::schema::all() {
        let path = run::root().join("schema").join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
