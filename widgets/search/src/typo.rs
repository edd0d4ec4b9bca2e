//! Typo tolerance: which vocabulary terms are a few edits from a query word. Most terms are
//! ruled out by their [`shape`] (length and a bag of their characters) before the edit
//! distance is computed, and [`Shapes`] keeps them grouped by length, so a typo costs one pass
//! of integer tests over the terms of a length it could reach.

/// A term's length (low 6 bits, capped) and which of 58 character classes it uses.
pub fn shape(term: &str) -> u64 {
    let mut bag = 0u64;
    let mut n = 0u64;
    for c in term.chars() {
        bag |= 1 << (6 + ((c as u64 * 0x9E37_79B9) >> 7) % 58);
        n += 1;
    }
    bag | n.min(63)
}

/// Whether terms of these shapes could be `max` edits apart: each edit changes the length by
/// one at most, and brings in or takes out one character at most.
pub fn may_be_near(a: u64, b: u64, max: u32) -> bool {
    let (la, lb) = (a & 63, b & 63);
    let (ba, bb) = (a >> 6, b >> 6);
    la.abs_diff(lb) <= u64::from(max)
        && (ba & !bb).count_ones() <= max
        && (bb & !ba).count_ones() <= max
}

/// The vocabulary's shapes grouped by length: a query word of 6 characters with one edit
/// allowed only visits terms of 5 to 7, in one tight loop over a contiguous slice.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shapes {
    /// Every term's shape, shortest terms first.
    shapes: Vec<u64>,
    /// The term (its position in the vocabulary) each shape is of.
    terms: Vec<u32>,
    /// Where each length starts in `shapes` (lengths 0..=64, the last one the end).
    starts: Vec<usize>,
}

impl Shapes {
    pub fn new<T: AsRef<str>>(vocabulary: &[T]) -> Shapes {
        let mut all: Vec<(u64, u32)> = vocabulary
            .iter()
            .enumerate()
            .map(|(t, term)| (shape(term.as_ref()), t as u32))
            .collect();
        all.sort_unstable_by_key(|&(shape, t)| (shape & 63, t));
        let starts = (0..=64)
            .map(|n| all.partition_point(|&(shape, _)| shape & 63 < n))
            .collect();
        let (shapes, terms) = all.into_iter().unzip();
        Shapes {
            shapes,
            terms,
            starts,
        }
    }

    /// The terms whose shape may be `max` edits from `word`'s (still to be checked with
    /// [`within`]).
    pub fn near(&self, word: &str, max: u32) -> impl Iterator<Item = usize> + '_ {
        let own = shape(word);
        let length = (own & 63) as usize;
        let from = self.starts[length.saturating_sub(max as usize)];
        let to = self.starts[(length + max as usize + 1).min(64)];
        self.shapes[from..to]
            .iter()
            .zip(&self.terms[from..to])
            .filter(move |&(&other, _)| may_be_near(own, other, max))
            .map(|(_, &t)| t as usize)
    }
}

/// Whether `a` and `b` are at most `max` edits apart, an edit being an inserted, deleted or
/// replaced character or two neighbours swapped (the commonest typo: `wharehouse`). Stops as
/// soon as a row has no way left under `max`.
pub fn within(a: &str, b: &str, max: usize) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut before: Vec<usize> = Vec::new();
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (last[j - 1] + cost).min(last[j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        if row.iter().min().is_some_and(|&m| m > max) {
            return false;
        }
        before = std::mem::replace(&mut last, row);
    }
    last[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert!(within("shiping", "shipping", 1));
        assert!(!within("shiping", "shopping", 1));
        assert!(within("wharehuose", "warehouse", 2), "a swap is one edit");
        assert!(!within("wharehuose", "warehouse", 1));
        assert!(within("退货", "退货", 0));
    }

    #[test]
    fn shapes_never_rule_out_a_near_term() {
        let words = [
            "shipping",
            "shiping",
            "shopping",
            "warehouse",
            "wharehuose",
            "parcel",
            "pancel",
            "refund",
            "refunds",
            "возврат",
            "возврта",
            "café",
            "cafe",
        ];
        for a in words {
            for b in words {
                for max in 0..=2 {
                    if within(a, b, max as usize) {
                        assert!(may_be_near(shape(a), shape(b), max), "{a} {b} {max}");
                    }
                }
            }
        }
        assert!(!may_be_near(shape("refund"), shape("warehouse"), 2));
    }

    #[test]
    fn the_length_groups_find_what_a_full_scan_finds() {
        let vocabulary = [
            "a",
            "cafe",
            "pancel",
            "parcel",
            "parcels",
            "refund",
            "shiping",
            "shipping",
            "shopping",
            "warehouse",
            "возврат",
        ];
        let shapes = Shapes::new(&vocabulary);
        for word in ["parcel", "shipping", "wharehuose", "возврта", "x"] {
            for max in 0..=2 {
                let mut found: Vec<usize> = shapes.near(word, max).collect();
                found.sort_unstable();
                let scanned: Vec<usize> = (0..vocabulary.len())
                    .filter(|&t| may_be_near(shape(word), shape(vocabulary[t]), max))
                    .collect();
                assert_eq!(found, scanned, "{word} {max}");
            }
        }
    }
}
