//! Index files as a broken or hostile site may serve them. Whatever the bytes, reading a file
//! returns (no panic) within a time bound, holding at most a fixed multiple of the file's size
//! on the heap, and a query over what was read ends within the rounds of fetching a query takes.
//!
//! This file is its own test binary so it can count allocations with a global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use vox_search::files::{read_meta, write};
use vox_search::{search, Article, Chunk, Hit, Index, Malformed, Progress, Query, Step};

/// Longest any one read may take, in a debug build on a busy machine.
const TIME: Duration = Duration::from_millis(200);
/// Heap a read may hold at its peak, per byte of the file read: an article costs `meta.bin`
/// one byte (its category) and the reader about 125 (slots for it, its body and its category),
/// which sets the ratio; a term costs four bytes and about 135.
const HEAP_PER_BYTE: usize = 160;
/// Heap any read may hold beyond that, whatever the file (the typo table's length groups...).
const HEAP_BASE: usize = 16 * 1024;

/// Counts the heap bytes each thread holds and their peak, so a test can tell what one read
/// cost (tests run side by side, each on its own thread).
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(bytes: isize) {
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + bytes);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: every call is passed on to the system allocator unchanged; the counting beside it
// only touches this thread's `Cell`s, which need no allocation.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        track(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        track(layout.size() as isize);
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        track(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }

    /// Counted as the new block allocated before the old one is freed, as a moving realloc does.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        track(new_size as isize);
        track(-(layout.size() as isize));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `read` and asserts it took at most [`TIME`] and held at most `HEAP_PER_BYTE × input +
/// HEAP_BASE` more heap at its peak than before (what it returns included).
fn bounded<T>(what: &str, input: usize, read: impl FnOnce() -> T) -> T {
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let started = Instant::now();
    let out = read();
    let elapsed = started.elapsed();
    let held = (PEAK.with(Cell::get) - before).max(0) as usize;
    assert!(elapsed < TIME, "{what} of {input} bytes took {elapsed:?}");
    let limit = HEAP_PER_BYTE * input + HEAP_BASE;
    assert!(held <= limit, "{what} of {input} bytes held {held} bytes");
    out
}

/// The chunk a file of [`write`] holds (`p3.bin` → postings chunk 3).
fn chunk(name: &str) -> Chunk {
    let (kind, n) = name.trim_end_matches(".bin").split_at(1);
    let n = n.parse().expect("a chunk number");
    match kind {
        "p" => Chunk::Postings(n),
        "d" => Chunk::Docs(n),
        _ => Chunk::Bodies(n),
    }
}

/// Runs `query` over `index`, fetching chunks from `files` as [`search`] asks, the way the
/// widget does: each round checked by [`Progress`], a damaged chunk ending the query.
/// A search is bounded like a read of `meta.bin`, whose counts size what it works on.
fn run(
    index: &mut Index,
    files: &[(String, Vec<u8>)],
    query: &Query,
) -> Result<Vec<Hit>, Malformed> {
    let mut progress = Progress::default();
    let meta = files[0].1.len();
    loop {
        let chunks = match bounded("a search", meta, || search(index, query)) {
            Step::Done(hits) => return Ok(hits),
            Step::Fetch(chunks) => chunks,
        };
        progress.fetch(&chunks)?;
        for c in chunks {
            let bytes = files
                .iter()
                .find(|(name, _)| *name == c.file_name())
                .map_or(&[][..], |(_, b)| b);
            bounded("a chunk", bytes.len(), || index.add(c, bytes))?;
        }
    }
}

/// Words articles and queries are made of: a few shared, so queries find something, in
/// several scripts, with a word longer than the term cap.
const WORDS: &[&str] = &[
    "parcel",
    "parcels",
    "refund",
    "return",
    "returns",
    "shipping",
    "shiping",
    "order",
    "card",
    "a",
    "délai",
    "退货政策",
    "возврат",
    "반품",
    "การคืนสินค้า",
    "1042",
    "supercalifragilisticexpialidocious-supercalifragilisticexpialidocious-again",
];

fn text(words: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), words).prop_map(|w| w.join(" "))
}

/// An article; unless `safe`, its URL may be one a browser would run or take off the site
/// (the builder refuses those; a hostile site's files may still hold them).
fn article(safe: bool) -> impl Strategy<Value = Article> {
    let kinds = if safe { 0..3u8 } else { 0..5u8 };
    let url = (kinds, any::<u16>()).prop_map(|(kind, n)| match kind {
        0 => None,
        1 => Some(format!("/help/{n}")),
        2 => Some(format!("https://shop.example/{n}")),
        3 => Some(format!("javascript:alert({n})")),
        _ => Some(format!("//evil.example/{n}")),
    });
    (
        any::<u16>().prop_map(|n| format!("a{n}")),
        prop::sample::select(&["shipping", "returns", "", "배송"][..]),
        text(1..5),
        text(0..8),
        text(0..20),
        url,
        prop::collection::vec(text(1..3), 0..3),
        prop::collection::vec(text(1..3), 0..2),
        any::<u32>(),
    )
        .prop_map(
            |(id, category, title, summary, body, url, tags, pinned, languages)| Article {
                id,
                locale: "en".into(),
                category: category.into(),
                title,
                summary,
                body,
                url,
                tags,
                pinned,
                languages,
            },
        )
}

/// The files of an index of `articles`, bodies included or not.
fn files(articles: &[Article], bodies: bool) -> Vec<(String, Vec<u8>)> {
    write(&Index::build("en", articles, &[], bodies))
}

/// A change to a file's bytes, at a position taken modulo its length.
#[derive(Debug, Clone)]
enum Damage {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(at, bits)| Damage::Flip(at, bits)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Damage::Insert(at, b)),
        any::<usize>().prop_map(Damage::Delete),
        any::<usize>().prop_map(Damage::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let len = bytes.len();
    match *damage {
        Damage::Flip(n, bits) if len > 0 => bytes[n % len] ^= bits,
        Damage::Insert(n, b) => bytes.insert(n % (len + 1), b),
        Damage::Delete(n) if len > 0 => drop(bytes.remove(n % len)),
        Damage::Truncate(n) => bytes.truncate(n % (len + 1)),
        _ => {}
    }
}

/// Reads `files` as the widget would: `meta.bin`, then a few queries fetching what they need,
/// then every other chunk; each read bounded, each query ending, every URL a result carries
/// safe to open.
fn read_all(files: &[(String, Vec<u8>)], queries: &[String]) {
    let meta = &files[0].1;
    let Ok(mut index) = bounded("meta.bin", meta.len(), || read_meta(meta)) else {
        return;
    };
    for text in queries {
        let query = Query {
            text,
            limit: 5,
            category: None,
        };
        let Ok(hits) = run(&mut index, files, &query) else {
            return; // the widget refuses the index from here on
        };
        for url in hits.iter().filter_map(|h| h.url.as_deref()) {
            assert!(vox_url::is_safe(url), "a result opens {url:?}");
        }
    }
    for (name, bytes) in &files[1..] {
        let _ = bounded(name, bytes.len(), || index.add(chunk(name), bytes));
    }
}

/// What files are made of, as the index writer writes them: mostly zeros and ones and short
/// texts, so a reader gets past the header into the counts and ids, and now and then a number
/// of any size or any byte.
#[derive(Debug, Clone)]
enum Piece {
    Small(u8),
    Number(u64),
    Text(String),
    Byte(u8),
}

fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        6 => (0..2u8).prop_map(Piece::Small),
        2 => (0..64u32, any::<u64>()).prop_map(|(shift, n)| Piece::Number(n >> shift)),
        1 => "[a/:]{0,3}".prop_map(Piece::Text),
        1 => any::<u8>().prop_map(Piece::Byte),
    ]
}

fn number(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn encode(pieces: &[Piece]) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Small(n) => number(&mut out, u64::from(*n)),
            Piece::Number(n) => number(&mut out, *n),
            Piece::Text(text) => {
                number(&mut out, text.len() as u64);
                out.extend_from_slice(text.as_bytes());
            }
            Piece::Byte(b) => out.push(*b),
        }
    }
    out
}

/// Any bytes, or the format's name followed by any bytes or by pieces.
fn file() -> impl Strategy<Value = Vec<u8>> {
    let named = |tail: Vec<u8>| [&b"VOX4"[..], &tail].concat();
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..1024),
        prop::collection::vec(any::<u8>(), 0..1024).prop_map(named),
        prop::collection::vec(piece(), 0..32).prop_map(move |p| named(encode(&p))),
    ]
}

/// A `meta.bin` whose tables disagree (ids past their tables, terms out of order or counted
/// wrong), as the writer writes whatever `Index` it is given.
fn inconsistent() -> impl Strategy<Value = Vec<u8>> {
    use prop::collection::vec;
    (
        0..3usize,
        vec(0..4u32, 0..4),
        vec("[a-c]{0,3}", 0..6),
        vec(0..4u32, 0..6),
        vec(("a?", 0..4u32), 0..3),
    )
        .prop_map(|(categories, doc_categories, terms, df, pinned)| {
            let index = Index {
                categories: vec!["c".into(); categories],
                category_labels: vec![String::new(); categories],
                docs: vec![None; doc_categories.len()],
                doc_categories,
                postings: vec![Some(Vec::new()); terms.len()],
                terms,
                df,
                pinned,
                ..Index::default()
            };
            write(&index).swap_remove(0).1
        })
}

/// The format's name, then an empty stamp, locale, function word list, category and article
/// list, no bodies: where a meta.bin says how many terms follow.
const EMPTY_HEAD: &[u8] = b"VOX4\0\0\0\0\0\0";

#[test]
fn a_meta_of_a_few_bytes_claiming_millions_of_terms_reserves_nothing() {
    let bytes = [EMPTY_HEAD, &[0x80, 0x80, 0x80, 0x08]].concat(); // 1 << 24 terms
    let refused = bounded("meta.bin", bytes.len(), || read_meta(&bytes));
    assert_eq!(refused, Err(Malformed("count out of range")));
}

#[test]
fn a_front_coded_term_cannot_grow_past_its_bytes() {
    // A term of 16 KB, then 676 more, each repeating it in two bytes and adding two letters.
    let mut bytes = [EMPTY_HEAD, &[0xa5, 0x05], &[0, 0x80, 0x80, 0x01]].concat();
    bytes.extend([b'a'; 1 << 14]);
    bytes.push(0);
    for n in 0..676u32 {
        let letters = [b'a' + (n / 26) as u8, b'a' + (n % 26) as u8];
        bytes.extend([0x80, 0x80, 0x01, 2, letters[0], letters[1], 0]);
    }
    assert!(bounded("meta.bin", bytes.len(), || read_meta(&bytes)).is_err());
}

/// The files the most dense in what they ask the reader to hold: an article costs `meta.bin`
/// one byte (its category), a term of the longest kind four (it shares all but its last byte
/// with the one before).
#[test]
fn the_heap_per_byte_covers_the_densest_files() {
    let n = 20_000;
    let articles = Index {
        categories: vec!["c".into()],
        category_labels: vec![String::new()],
        doc_categories: vec![0; n],
        docs: vec![Some(Default::default()); n],
        bodies: vec![Some(String::new()); n],
        ..Index::default()
    };
    let terms = Index {
        terms: (0..n).map(|t| format!("{t:064}")).collect(),
        df: vec![0; n],
        postings: vec![Some(Vec::new()); n],
        ..Index::default()
    };
    for dense in [articles, terms] {
        let meta = &write(&dense)[0].1;
        let read = bounded("meta.bin", meta.len(), || read_meta(meta)).unwrap();
        assert_eq!(
            (read.docs.len(), read.terms.len()),
            (dense.docs.len(), dense.terms.len())
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    /// Any bytes as `meta.bin`, with no other file: what reads is searched (a pinned
    /// answer needs no chunk).
    #[test]
    fn arbitrary_bytes_as_meta_are_read_or_refused_within_bounds(
        bytes in prop_oneof![file(), inconsistent()],
    ) {
        let queries = ["".to_string(), "a".into(), "/ a: ".into()];
        read_all(&[("meta.bin".into(), bytes)], &queries);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// Any bytes as any chunk (one that exists or not) of a valid index.
    #[test]
    fn arbitrary_bytes_as_a_chunk_are_read_or_refused_within_bounds(
        articles in prop::collection::vec(article(true), 0..24),
        kind in 0..3u8,
        n in 0..4u32,
        bytes in file(),
    ) {
        let meta = &files(&articles, true)[0].1;
        let mut index = read_meta(meta).unwrap();
        let chunk = [Chunk::Postings(n), Chunk::Docs(n), Chunk::Bodies(n)][kind as usize];
        let _ = bounded("a chunk", bytes.len(), || index.add(chunk, &bytes));
    }

    /// A valid index, its URLs not all safe, with a few bytes of one of its files changed,
    /// inserted, deleted or cut.
    #[test]
    fn a_damaged_index_is_read_searched_or_refused_within_bounds(
        articles in prop::collection::vec(article(false), 0..24),
        bodies in any::<bool>(),
        file in any::<usize>(),
        damages in prop::collection::vec(damage(), 1..4),
        queries in prop::collection::vec(text(1..4), 1..3),
    ) {
        let mut files = files(&articles, bodies);
        let n = file % files.len();
        damages.iter().for_each(|d| apply(&mut files[n].1, d));
        read_all(&files, &queries);
    }

    /// An undamaged index answers every query in two rounds at most, as the index built in
    /// memory does.
    #[test]
    fn a_valid_index_answers_as_built(
        articles in prop::collection::vec(article(true), 0..24),
        text in text(1..4),
        typing in any::<bool>(),
    ) {
        let built = Index::build("en", &articles, &[], false);
        let files = write(&built);
        let mut index = read_meta(&files[0].1).unwrap();
        let text = if typing { text } else { format!("{text} ") };
        let query = Query { text: &text, limit: 5, category: None };
        let Step::Done(expected) = search(&built, &query) else { panic!("all loaded") };
        prop_assert_eq!(run(&mut index, &files, &query), Ok(expected));
    }
}
