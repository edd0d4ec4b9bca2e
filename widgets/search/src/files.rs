//! An index as files, so a page downloads only what a query needs: `meta.bin` (its language's
//! function words, categories and their labels, the
//! front-coded vocabulary with each term's article count, chunk starts, pinned answers, what
//! shoppers chose), then
//! postings chunks `p<n>.bin` for the terms a query reaches, article chunks `d<n>.bin` for the
//! results shown, and body chunks `b<n>.bin` for an article opened inline.

use crate::codec::{Malformed, Reader, Writer};
use crate::index::{Doc, Index, Posting, MAX_TERM_BYTES};
use crate::learn::MAX_BOOST;
use crate::typo::Shapes;

/// The format's name, which every version of `meta.bin` starts with (the builder knows its own
/// folders by it).
pub const NAME: &[u8; 3] = b"VOX";
/// The format's name and version: a reader refuses files written for another layout (chunk
/// sizes and the term length cap are part of it) rather than misreading them.
const MAGIC: &[u8; 4] = b"VOX4";
const _: () = assert!(MAGIC[0] == NAME[0] && MAGIC[1] == NAME[1] && MAGIC[2] == NAME[2]);
/// Articles per `d<n>.bin`. Ten results of a large index fall in ten different chunks, so a
/// chunk is kept to about a kilobyte compressed: the first query of the tldr bench fetched
/// 25 KB of article chunks at 64 per chunk, 7 KB at 16.
pub const DOCS_PER_CHUNK: usize = 16;
/// Bodies per `b<n>.bin`: opening one article fetches a few others' bodies at most.
pub const BODIES_PER_CHUNK: usize = 16;
/// Postings bytes after which a new chunk starts: small, since each word of a query lands in
/// its own chunk (postings barely compress, so bytes fetched follow this size).
const POSTINGS_CHUNK_BYTES: usize = 4 * 1024;

/// A file of an index, besides `meta.bin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Chunk {
    Postings(u32),
    Docs(u32),
    Bodies(u32),
}

impl Chunk {
    pub fn file_name(self) -> String {
        match self {
            Chunk::Postings(n) => format!("p{n}.bin"),
            Chunk::Docs(n) => format!("d{n}.bin"),
            Chunk::Bodies(n) => format!("b{n}.bin"),
        }
    }
}

/// The files of `index` (fully built), `meta.bin` first.
pub fn write(index: &Index) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut starts = Vec::new();
    let mut chunk = Writer::default();
    for (t, postings) in index.postings.iter().enumerate() {
        if chunk.0.is_empty() {
            starts.push(t as u32);
        }
        let mut last = 0;
        for p in postings.iter().flatten() {
            chunk.number(u64::from(p.doc - last));
            chunk.byte(p.score);
            last = p.doc;
        }
        if chunk.0.len() >= POSTINGS_CHUNK_BYTES || t + 1 == index.postings.len() {
            let n = files.len() as u32;
            files.push((Chunk::Postings(n).file_name(), std::mem::take(&mut chunk.0)));
        }
    }
    for (n, docs) in index.docs.chunks(DOCS_PER_CHUNK).enumerate() {
        let mut w = Writer::default();
        for doc in docs.iter().flatten() {
            w.text(&doc.id);
            w.text(&doc.title);
            w.text(doc.url.as_deref().unwrap_or_default());
            w.text(&doc.summary);
        }
        files.push((Chunk::Docs(n as u32).file_name(), w.0));
    }
    for (n, bodies) in index.bodies.chunks(BODIES_PER_CHUNK).enumerate() {
        let mut w = Writer::default();
        bodies.iter().flatten().for_each(|b| w.text(b));
        files.push((Chunk::Bodies(n as u32).file_name(), w.0));
    }
    let stamp = files
        .iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, (_, bytes)| {
            bytes
                .iter()
                .fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
        });
    files.insert(0, ("meta.bin".to_string(), meta(index, &starts, stamp)));
    files
}

fn meta(index: &Index, starts: &[u32], stamp: u64) -> Vec<u8> {
    let mut w = Writer::default();
    w.0.extend_from_slice(MAGIC);
    w.number(stamp);
    w.text(&index.locale);
    w.text(&index.function_words);
    w.number(index.categories.len() as u64);
    for (category, label) in index.categories.iter().zip(&index.category_labels) {
        w.text(category);
        w.text(label);
    }
    w.number(index.doc_categories.len() as u64);
    index
        .doc_categories
        .iter()
        .for_each(|&c| w.number(c.into()));
    w.number(u64::from(index.has_bodies()));
    w.number(index.terms.len() as u64);
    let mut previous = "";
    for (t, df) in index.terms.iter().zip(&index.df) {
        let shared = common_prefix(previous, t);
        w.number(shared as u64);
        w.text(&t[shared..]);
        w.number(u64::from(*df));
        previous = t;
    }
    w.number(starts.len() as u64);
    starts.iter().for_each(|&s| w.number(s.into()));
    w.number(index.pinned.len() as u64);
    for (key, doc) in &index.pinned {
        w.text(key);
        w.number(u64::from(*doc));
    }
    w.number(index.learned.len() as u64);
    for (key, doc, boost) in &index.learned {
        w.text(key);
        w.number(u64::from(*doc));
        w.number(u64::from(*boost));
    }
    w.0
}

/// Bytes two terms share at their start, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
}

/// An index from its `meta.bin`, with no postings, articles or bodies loaded yet.
///
/// The file comes from the site, so nothing in it is trusted: every count is checked against
/// the bytes left before anything is reserved for it, every id against its table, and the
/// chunk starts must cover the vocabulary in order, so searching the index can neither index
/// out of bounds nor ask for the same chunk forever.
pub fn read_meta(bytes: &[u8]) -> Result<Index, Malformed> {
    let mut r = Reader::new(bytes);
    read_magic(&mut r)?;
    let stamp = r.number()?;
    let locale = r.text()?.to_string();
    let function_words = r.text()?.to_string();
    let (categories, category_labels) = read_categories(&mut r)?;
    let doc_categories = (0..r.items(1)?)
        .map(|_| r.index(categories.len()).map(|c| c as u32))
        .collect::<Result<Vec<_>, _>>()?;
    let docs = doc_categories.len();
    let bodies = r.count(1)? == 1;
    let (terms, df) = read_terms(&mut r, docs)?;
    let starts = read_starts(&mut r, terms.len())?;
    let pinned = (0..r.items(2)?)
        .map(|_| Ok((r.text()?.to_string(), r.index(docs)? as u32)))
        .collect::<Result<Vec<_>, Malformed>>()?;
    let learned = (0..r.items(3)?)
        .map(|_| {
            let key = r.text()?.to_string();
            let doc = r.index(docs)? as u32;
            let boost = r.count(MAX_BOOST.into())? as u8;
            Ok((key, doc, boost))
        })
        .collect::<Result<Vec<_>, Malformed>>()?;
    if r.left() > 0 {
        return Err(Malformed("meta.bin longer than expected"));
    }
    Ok(Index {
        locale,
        function_words,
        categories,
        category_labels,
        doc_categories,
        postings: vec![None; terms.len()],
        shapes: Shapes::new(&terms),
        terms,
        df,
        postings_starts: starts,
        docs: vec![None; docs],
        bodies: if bodies { vec![None; docs] } else { Vec::new() },
        pinned,
        learned,
        stamp,
    })
}

fn read_magic(r: &mut Reader) -> Result<(), Malformed> {
    match r.bytes(4)? {
        magic if magic == MAGIC => Ok(()),
        [b'V', b'O', b'X', _] => Err(Malformed(
            "written by another version of Vox: rebuild it with cargo xtask index",
        )),
        _ => Err(Malformed("not a Vox index")),
    }
}

/// The categories and their labels.
fn read_categories(r: &mut Reader) -> Result<(Vec<String>, Vec<String>), Malformed> {
    let pairs = (0..r.items(2)?)
        .map(|_| Ok((r.text()?.to_string(), r.text()?.to_string())))
        .collect::<Result<Vec<_>, Malformed>>()?;
    Ok(pairs.into_iter().unzip())
}

/// The vocabulary, front-coded, and each term's article count. A term is at most
/// [`MAX_TERM_BYTES`] long: without that, a few bytes repeating a long predecessor would spell
/// terms of any length, and a small file would grow without bound once read.
fn read_terms(r: &mut Reader, docs: usize) -> Result<(Vec<String>, Vec<u32>), Malformed> {
    // Three bytes a term at least: the shared length, the rest's length, the article count.
    let count = r.items(3)?;
    let mut terms: Vec<String> = Vec::with_capacity(count);
    let mut df = Vec::with_capacity(count);
    for _ in 0..count {
        let previous = terms.last().map_or("", String::as_str);
        let shared = r.count(previous.len())?;
        let head = previous
            .get(..shared)
            .ok_or(Malformed("term prefix splits a character"))?;
        let tail = r.text()?;
        if head.len() + tail.len() > MAX_TERM_BYTES {
            return Err(Malformed("term too long"));
        }
        let term = format!("{head}{tail}");
        if term.as_str() <= previous && !terms.is_empty() {
            return Err(Malformed("terms out of order"));
        }
        terms.push(term);
        df.push(r.count(docs)? as u32);
    }
    Ok((terms, df))
}

/// Where each postings chunk starts in the vocabulary: the first at term 0 and each after the
/// one before, so every term is in exactly one chunk and fetching a term's chunk brings it.
fn read_starts(r: &mut Reader, terms: usize) -> Result<Vec<u32>, Malformed> {
    let starts = (0..r.items(1)?)
        .map(|_| r.index(terms).map(|s| s as u32))
        .collect::<Result<Vec<_>, _>>()?;
    let first = starts.first().map_or(terms == 0, |&s| s == 0);
    if !first || starts.windows(2).any(|w| w[0] >= w[1]) {
        return Err(Malformed("postings chunks out of order"));
    }
    Ok(starts)
}

impl Index {
    /// The chunk holding term `t`'s postings, while they are not loaded.
    pub fn missing_postings(&self, t: usize) -> Option<Chunk> {
        self.postings.get(t)?.as_ref().map_or_else(
            || {
                let n = self.postings_starts.partition_point(|&s| s as usize <= t);
                Some(Chunk::Postings(n.saturating_sub(1) as u32))
            },
            |_| None,
        )
    }

    /// The chunk holding article `doc`, while it is not loaded.
    pub fn missing_doc(&self, doc: u32) -> Option<Chunk> {
        let missing = matches!(self.docs.get(doc as usize), Some(None));
        missing.then_some(Chunk::Docs(doc / DOCS_PER_CHUNK as u32))
    }

    /// The chunk holding article `doc`'s body, while it is not loaded.
    pub fn missing_body(&self, doc: u32) -> Option<Chunk> {
        let missing = matches!(self.bodies.get(doc as usize), Some(None));
        missing.then_some(Chunk::Bodies(doc / BODIES_PER_CHUNK as u32))
    }

    /// Fills in what `chunk`'s file holds. A damaged file is an error; what it filled in
    /// before the damage was found is checked like the rest (ids in range, URLs safe).
    pub fn add(&mut self, chunk: Chunk, bytes: &[u8]) -> Result<(), Malformed> {
        let mut r = Reader::new(bytes);
        match chunk {
            Chunk::Postings(n) => self.add_postings(n, &mut r)?,
            Chunk::Docs(n) => {
                for slot in slots(&mut self.docs, n, DOCS_PER_CHUNK)? {
                    *slot = Some(read_doc(&mut r)?);
                }
            }
            Chunk::Bodies(n) => {
                for slot in slots(&mut self.bodies, n, BODIES_PER_CHUNK)? {
                    *slot = Some(r.text()?.to_string());
                }
            }
        }
        if r.left() > 0 {
            return Err(Malformed("chunk longer than expected"));
        }
        Ok(())
    }

    fn add_postings(&mut self, n: u32, r: &mut Reader) -> Result<(), Malformed> {
        let n = n as usize;
        let start = *self
            .postings_starts
            .get(n)
            .ok_or(Malformed("no such chunk"))? as usize;
        let end = self
            .postings_starts
            .get(n + 1)
            .map_or(self.terms.len(), |&s| s as usize);
        for t in start..end {
            self.postings[t] = Some(read_postings(r, self.df[t], self.docs.len())?);
        }
        Ok(())
    }
}

/// The slots of chunk `n`, `per_chunk` to a chunk: a chunk past the end is an error, not a
/// file that fills nothing.
fn slots<T>(all: &mut [T], n: u32, per_chunk: usize) -> Result<&mut [T], Malformed> {
    all.chunks_mut(per_chunk)
        .nth(n as usize)
        .ok_or(Malformed("no such chunk"))
}

/// A term's `df` postings: article ids as increasing steps, each with its score.
fn read_postings(r: &mut Reader, df: u32, docs: usize) -> Result<Vec<Posting>, Malformed> {
    // Two bytes a posting at least, checked before reserving room for them.
    let df = df as usize;
    if df.saturating_mul(2) > r.left() {
        return Err(Malformed("ends early"));
    }
    let mut list = Vec::with_capacity(df);
    let mut doc = 0;
    for i in 0..df {
        let step = r.count(docs)?;
        if i > 0 && step == 0 {
            return Err(Malformed("postings out of order"));
        }
        doc += step;
        if doc >= docs {
            return Err(Malformed("posting past the last article"));
        }
        list.push(Posting {
            doc: doc as u32,
            score: r.byte()?,
        });
    }
    Ok(list)
}

/// One article of a `d<n>.bin`. Its URL passes [`vox_url::check`] or the file is refused: the
/// widget opens it with `location.assign` and sites get it from `Vox.search`, so a
/// `javascript:` URL here would run on the shop's page.
fn read_doc(r: &mut Reader) -> Result<Doc, Malformed> {
    let id = r.text()?.to_string();
    let title = r.text()?.to_string();
    let url = r.text()?;
    if !url.is_empty() && vox_url::check(url).is_err() {
        return Err(Malformed(
            "article url is not http(s) or a path on the site",
        ));
    }
    Ok(Doc {
        id,
        title,
        url: Some(url.to_string()).filter(|u| !u.is_empty()),
        summary: r.text()?.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Article;

    fn articles(n: usize) -> Vec<Article> {
        (0..n)
            .map(|i| Article {
                id: format!("a{i}"),
                locale: "en".into(),
                category: ["shipping", "returns"][i % 2].into(),
                title: format!("Article {i} about parcel number{i}"),
                summary: format!("Summary {i}: 退货 parcel"),
                body: format!("Body {i} with words word{i} w{} café", i * 7),
                url: (i % 3 == 0).then(|| format!("/help/{i}")),
                tags: vec![format!("tag{i}")],
                pinned: if i == 5 {
                    vec!["Where is it?".into()]
                } else {
                    vec![]
                },
                languages: (i % 4) as u32,
            })
            .collect()
    }

    /// Everything a built index has, read back from its files chunk by chunk.
    fn round_trip(built: &Index) -> Index {
        let files = write(built);
        assert_eq!(files[0].0, "meta.bin");
        let mut read = read_meta(&files[0].1).unwrap();
        for (name, bytes) in &files[1..] {
            let (kind, n) = name.trim_end_matches(".bin").split_at(1);
            let n: u32 = n.parse().unwrap();
            let chunk = match kind {
                "p" => Chunk::Postings(n),
                "d" => Chunk::Docs(n),
                _ => Chunk::Bodies(n),
            };
            read.add(chunk, bytes).unwrap();
        }
        read
    }

    #[test]
    fn an_index_read_back_from_its_files_is_the_index_built() {
        let mut built = Index::build("en", &articles(1500), &[], true);
        let labels = [("returns".to_string(), "Retours".to_string())];
        built.label_categories(&labels.into_iter().collect());
        assert_eq!(
            [built.category_label(0), built.category_label(1)],
            ["shipping", "Retours"],
            "an unlabelled category shows its id"
        );
        built.learned.push(("return label".into(), 7, MAX_BOOST));
        let mut read = round_trip(&built);
        assert!(read.postings_starts.len() > 1, "large enough to chunk");
        let changed = Index::build("en", &articles(1501), &[], true);
        let stamp = read_meta(&write(&changed)[0].1).unwrap().stamp;
        assert_ne!(stamp, read.stamp, "new content, new chunk URLs");
        read.postings_starts.clear();
        read.stamp = 0;
        assert_eq!(read, built);
        let without = Index::build("en", &articles(3), &[], false);
        let mut read = round_trip(&without);
        read.postings_starts.clear();
        read.stamp = 0;
        assert_eq!(read, without);
        assert!(!read.has_bodies());
    }

    #[test]
    fn a_fresh_index_says_which_chunk_holds_what() {
        let built = Index::build("en", &articles(1500), &[], true);
        let files = write(&built);
        let read = read_meta(&files[0].1).unwrap();
        let last = read.terms.len() - 1;
        assert_eq!(read.missing_postings(0), Some(Chunk::Postings(0)));
        let Some(Chunk::Postings(n)) = read.missing_postings(last) else {
            panic!()
        };
        assert_eq!(n as usize + 1, read.postings_starts.len());
        assert_eq!(
            read.missing_doc(130),
            Some(Chunk::Docs((130 / DOCS_PER_CHUNK) as u32))
        );
        assert_eq!(read.missing_body(33), Some(Chunk::Bodies(2)));
        assert_eq!(read.missing_doc(1500), None, "out of range is not missing");
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        let built = Index::build("en", &articles(40), &[], true);
        let files = write(&built);
        let meta = &files[0].1;
        assert_eq!(read_meta(b"nope"), Err(Malformed("not a Vox index")));
        let mut older = meta.clone();
        older[3] = b'1';
        let refused = read_meta(&older).unwrap_err().to_string();
        assert!(refused.contains("another version"), "{refused}");
        for cut in [5, meta.len() / 2, meta.len() - 1] {
            assert!(read_meta(&meta[..cut]).is_err(), "cut at {cut}");
        }
        let mut read = read_meta(meta).unwrap();
        let postings = &files[1].1;
        assert!(read
            .add(Chunk::Postings(0), &postings[..postings.len() - 1])
            .is_err());
        assert!(read.add(Chunk::Postings(99), postings).is_err());
        assert!(read.add(Chunk::Docs(0), &[0xff, 0xff]).is_err());
        let mut longer = postings.clone();
        longer.push(0);
        assert!(read.add(Chunk::Postings(0), &longer).is_err());
        assert!(read.add(Chunk::Docs(99), &[]).is_err(), "no such chunk");
        assert!(read.add(Chunk::Bodies(u32::MAX), &[]).is_err());
        let mut meta = meta.clone();
        meta.push(0);
        assert!(read_meta(&meta).is_err(), "longer than written");
    }

    #[test]
    fn an_answer_pinned_to_an_article_the_index_lacks_is_refused() {
        let mut empty = Index::build("en", &[], &[], false);
        empty.pinned.push(("where".into(), 0));
        let refused = read_meta(&write(&empty)[0].1);
        assert_eq!(
            refused,
            Err(Malformed("index out of range")),
            "no articles at all"
        );
        let mut three = Index::build("en", &articles(3), &[], false);
        three.pinned.push(("where".into(), 3));
        assert!(read_meta(&write(&three)[0].1).is_err());
    }

    #[test]
    fn a_boost_over_the_cap_or_for_an_article_the_index_lacks_is_refused() {
        let mut three = Index::build("en", &articles(3), &[], false);
        three.learned.push(("where".into(), 2, MAX_BOOST + 1));
        assert_eq!(
            read_meta(&write(&three)[0].1),
            Err(Malformed("count out of range"))
        );
        three.learned[0] = ("where".into(), 3, 1);
        assert!(read_meta(&write(&three)[0].1).is_err());
    }

    #[test]
    fn postings_chunks_must_start_at_the_first_term_and_follow_in_order() {
        let built = Index::build("en", &articles(40), &[], false);
        let terms = built.terms.len() as u32;
        let good = meta(&built, &[0, 5, 9], 0);
        assert_eq!(read_meta(&good).unwrap().postings_starts, [0, 5, 9]);
        for starts in [&[0, 9, 5][..], &[0, 5, 5], &[3, 5], &[0, terms], &[]] {
            let refused = read_meta(&meta(&built, starts, 0));
            assert!(refused.is_err(), "{starts:?}");
        }
    }

    #[test]
    fn a_term_longer_than_any_the_builder_writes_is_refused() {
        let mut long = Index::build("en", &articles(1), &[], false);
        let last = long.terms.len() - 1;
        long.terms[last] = "z".repeat(MAX_TERM_BYTES + 1);
        let refused = read_meta(&meta(&long, &[0], 0));
        assert_eq!(refused.unwrap_err(), Malformed("term too long"));
    }

    #[test]
    fn an_article_url_that_could_run_script_refuses_its_chunk() {
        for url in ["javascript:alert(1)", "//evil.example/", "/\\evil.example"] {
            let mut list = articles(3);
            list[1].url = Some(url.into());
            let files = write(&Index::build("en", &list, &[], false));
            let mut read = read_meta(&files[0].1).unwrap();
            let docs = &files.iter().find(|(n, _)| n == "d0.bin").unwrap().1;
            let refused = read.add(Chunk::Docs(0), docs).unwrap_err();
            assert!(refused.to_string().contains("url"), "{url}: {refused}");
        }
    }
}
