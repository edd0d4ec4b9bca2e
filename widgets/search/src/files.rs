//! An index as files, so a page downloads only what a query needs: `meta.bin` (categories and
//! their labels, the
//! front-coded vocabulary with each term's article count, chunk starts, pinned answers), then
//! postings chunks `p<n>.bin` for the terms a query reaches, article chunks `d<n>.bin` for the
//! results shown, and body chunks `b<n>.bin` for an article opened inline.

use crate::codec::{Malformed, Reader, Writer};
use crate::index::{Doc, Index, Posting};
use crate::typo::Shapes;

/// The format's name and version: a reader refuses files written for another layout (chunk
/// sizes are part of it) rather than misreading them.
const MAGIC: &[u8; 4] = b"VOX2";
/// Articles per `d<n>.bin`. Ten results of a large index fall in ten different chunks, so a
/// chunk is kept to about a kilobyte compressed: the first query of the tldr bench fetched
/// 25 KB of article chunks at 64 per chunk, 7 KB at 16.
pub const DOCS_PER_CHUNK: usize = 16;
/// Bodies per `b<n>.bin`: opening one article fetches a few others' bodies at most.
pub const BODIES_PER_CHUNK: usize = 16;
/// Postings bytes after which a new chunk starts: small, since each word of a query lands in
/// its own chunk (postings barely compress, so bytes fetched follow this size).
const POSTINGS_CHUNK_BYTES: usize = 4 * 1024;
/// Upper bounds a file may claim, so a corrupt one cannot exhaust memory.
const MAX_ITEMS: usize = 1 << 24;

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
pub fn read_meta(bytes: &[u8]) -> Result<Index, Malformed> {
    let mut r = Reader::new(bytes);
    match r.bytes(4)? {
        magic if magic == MAGIC => {}
        [b'V', b'O', b'X', _] => {
            return Err(Malformed(
                "written by another version of Vox: rebuild it with cargo xtask index",
            ))
        }
        _ => return Err(Malformed("not a Vox index")),
    }
    let stamp = r.number()?;
    let locale = r.text()?.to_string();
    let mut categories = Vec::new();
    let mut category_labels = Vec::new();
    for _ in 0..r.count(MAX_ITEMS)? {
        categories.push(r.text()?.to_string());
        category_labels.push(r.text()?.to_string());
    }
    let docs = r.count(MAX_ITEMS)?;
    let doc_categories = (0..docs)
        .map(|_| {
            r.count(categories.len().saturating_sub(1))
                .map(|c| c as u32)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let bodies = r.number()? == 1;
    let count = r.count(MAX_ITEMS)?;
    let mut terms: Vec<String> = Vec::with_capacity(count);
    let mut df = Vec::with_capacity(count);
    for _ in 0..count {
        let previous = terms.last().map_or("", String::as_str);
        let shared = r.count(previous.len())?;
        let head = previous
            .get(..shared)
            .ok_or(Malformed("term prefix splits a character"))?;
        let term = format!("{head}{}", r.text()?);
        if term.as_str() <= previous && !terms.is_empty() {
            return Err(Malformed("terms out of order"));
        }
        terms.push(term);
        df.push(r.count(docs)? as u32);
    }
    let starts = (0..r.count(count)?)
        .map(|_| r.count(count).map(|s| s as u32))
        .collect::<Result<Vec<_>, _>>()?;
    let pinned = (0..r.count(MAX_ITEMS)?)
        .map(|_| {
            Ok((
                r.text()?.to_string(),
                r.count(docs.saturating_sub(1))? as u32,
            ))
        })
        .collect::<Result<Vec<_>, Malformed>>()?;
    Ok(Index {
        locale,
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
        stamp,
    })
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

    /// Fills in what `chunk`'s file holds.
    pub fn add(&mut self, chunk: Chunk, bytes: &[u8]) -> Result<(), Malformed> {
        let mut r = Reader::new(bytes);
        match chunk {
            Chunk::Postings(n) => {
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
                    let mut doc = 0u32;
                    let mut list = Vec::with_capacity(self.df[t] as usize);
                    for i in 0..self.df[t] {
                        let step = r.count(self.docs.len())? as u32;
                        if i > 0 && step == 0 {
                            return Err(Malformed("postings out of order"));
                        }
                        doc += step;
                        if doc as usize >= self.docs.len() {
                            return Err(Malformed("posting past the last article"));
                        }
                        list.push(Posting {
                            doc,
                            score: r.byte()?,
                        });
                    }
                    self.postings[t] = Some(list);
                }
            }
            Chunk::Docs(n) => {
                let start = n as usize * DOCS_PER_CHUNK;
                let end = (start + DOCS_PER_CHUNK).min(self.docs.len());
                for slot in self.docs.get_mut(start..end).unwrap_or_default() {
                    *slot = Some(Doc {
                        id: r.text()?.to_string(),
                        title: r.text()?.to_string(),
                        url: Some(r.text()?.to_string()).filter(|u| !u.is_empty()),
                        summary: r.text()?.to_string(),
                    });
                }
            }
            Chunk::Bodies(n) => {
                let start = n as usize * BODIES_PER_CHUNK;
                let end = (start + BODIES_PER_CHUNK).min(self.bodies.len());
                for slot in self.bodies.get_mut(start..end).unwrap_or_default() {
                    *slot = Some(r.text()?.to_string());
                }
            }
        }
        if r.left() > 0 {
            return Err(Malformed("chunk longer than expected"));
        }
        Ok(())
    }
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
    }
}
