//! A translation file comes from the site's server, or any server its config names: a hostile or
//! broken one must cost the messages it breaks (they show in English, with a console warning),
//! never the page. Before the caps in `locale::ftl` (nesting) and `locale::catalog` (placeables,
//! length), the bomb ran for minutes, the nested selects overflowed the stack, and the long
//! message and the cycle showed the translation's garbage.

use std::time::{Duration, Instant};

use vox_core::locale::Catalog;

const ENGLISH: &str = "a = Hello\nquery = No articles match { $query }\n";

/// Resolves `a` from a hostile French file, and checks it took little time and showed English.
fn resolves_to_english(hostile: &str) {
    let start = Instant::now();
    let fr = Catalog::new("fr", Some(hostile), ENGLISH);
    assert_eq!(fr.t("a"), "Hello");
    let took = start.elapsed();
    assert!(took < Duration::from_secs(2), "took {took:?}");
}

/// `a = {b}{b}…`, `b = {c}{c}…`: ten references a line over nine lines, about 300 bytes
/// that would expand to 10⁹ × "lol".
fn billion_laughs() -> String {
    let names: Vec<char> = ('a'..='j').collect();
    let mut text = String::new();
    for pair in names.windows(2) {
        let reference = format!("{{{}}}", pair[1]);
        text.push_str(&format!("{} = {}\n", pair[0], reference.repeat(10)));
    }
    text + "j = lol\n"
}

/// `depth` selects, each inside the default variant of the one before.
fn nested_selects(depth: usize) -> String {
    let mut text = "a = ".to_string();
    for _ in 0..depth {
        text.push_str("{ $n ->\n    *[other] ");
    }
    text.push_str("deep\n");
    for _ in 0..depth {
        text.push_str("    }\n");
    }
    text
}

#[test]
fn a_billion_laughs_file_shows_english_quickly() {
    let bomb = billion_laughs();
    assert!(bomb.len() < 350, "{} bytes", bomb.len());
    resolves_to_english(&bomb);
}

#[test]
fn a_message_longer_than_the_cap_shows_english() {
    // 10 references to 2,000 bytes: 20,000 bytes, past the 10,000-byte cap.
    let hostile = format!("a = {}\nb = {}\n", "{b}".repeat(10), "x".repeat(2_000));
    resolves_to_english(&hostile);
}

#[test]
fn a_reference_cycle_shows_english() {
    resolves_to_english("a = { b }\nb = x { a }\n");
}

#[test]
fn long_arguments_do_not_count_against_the_length_cap() {
    let fr = Catalog::new(
        "fr",
        Some("query = Aucun article pour { $query }\n"),
        ENGLISH,
    );
    let query = "q".repeat(50_000);
    let text = fr.t_args("query", &[("query", query.as_str().into())]);
    assert!(text.starts_with("Aucun article pour"), "{}", &text[..40]);
}

#[test]
fn ten_thousand_nested_selects_show_english_without_overflowing_the_stack() {
    resolves_to_english(&nested_selects(10_000));
}

#[test]
fn ten_thousand_nested_placeables_show_english_without_overflowing_the_stack() {
    let hostile = format!("a = {}x{}\n", "{ ".repeat(10_000), " }".repeat(10_000));
    resolves_to_english(&hostile);
}

#[test]
fn nesting_up_to_the_cap_still_resolves() {
    let fr = Catalog::new("fr", Some(&nested_selects(32)), ENGLISH);
    assert_eq!(fr.t_args("a", &[("n", 1u64.into())]), "deep");
    resolves_to_english(&nested_selects(33));
}
