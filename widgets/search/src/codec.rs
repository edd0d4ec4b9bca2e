//! The bytes of index files: unsigned LEB128 numbers and length-prefixed UTF-8 strings. Index
//! files come from the site, so reading never panics: a short or malformed file is an error the
//! widget reports, not a crash.

/// Why an index file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed(pub &'static str);

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "malformed search index ({})", self.0)
    }
}

/// Appends numbers and strings.
#[derive(Default)]
pub struct Writer(pub Vec<u8>);

impl Writer {
    pub fn number(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    pub fn text(&mut self, s: &str) {
        self.number(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    pub fn byte(&mut self, b: u8) {
        self.0.push(b);
    }
}

/// Reads what [`Writer`] wrote.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    pub fn byte(&mut self) -> Result<u8, Malformed> {
        let b = *self.bytes.get(self.at).ok_or(Malformed("ends early"))?;
        self.at += 1;
        Ok(b)
    }

    pub fn number(&mut self) -> Result<u64, Malformed> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(Malformed("number too long"))
    }

    /// A count or index, checked against `limit` so a corrupt file cannot ask for gigabytes.
    pub fn count(&mut self, limit: usize) -> Result<usize, Malformed> {
        let n = self.number()?;
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= limit)
            .ok_or(Malformed("count out of range"))
    }

    /// How many items follow, each taking at least `bytes_each` bytes: checked against the
    /// bytes left, so a few bytes cannot make the reader reserve room for, or loop over,
    /// millions of items. Item counts fit the `u32` ids the index uses.
    pub fn items(&mut self, bytes_each: usize) -> Result<usize, Malformed> {
        let n = self.count(u32::MAX as usize)?;
        if n.saturating_mul(bytes_each) > self.left() {
            return Err(Malformed("count out of range"));
        }
        Ok(n)
    }

    /// A position in a table of `len` entries (none when the table is empty).
    pub fn index(&mut self, len: usize) -> Result<usize, Malformed> {
        let n = self.number()?;
        usize::try_from(n)
            .ok()
            .filter(|&n| n < len)
            .ok_or(Malformed("index out of range"))
    }

    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], Malformed> {
        let end = self.at.checked_add(n).ok_or(Malformed("ends early"))?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(Malformed("ends early"))?;
        self.at = end;
        Ok(slice)
    }

    pub fn text(&mut self) -> Result<&'a str, Malformed> {
        let n = self.count(self.bytes.len())?;
        std::str::from_utf8(self.bytes(n)?).map_err(|_| Malformed("text is not UTF-8"))
    }

    pub fn left(&self) -> usize {
        self.bytes.len() - self.at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_texts_round_trip_and_truncation_is_an_error() {
        let mut w = Writer::default();
        for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            w.number(n);
        }
        w.text("退货 ok");
        let mut r = Reader::new(&w.0);
        for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(r.number(), Ok(n));
        }
        assert_eq!(r.text(), Ok("退货 ok"));
        assert_eq!(r.left(), 0);
        assert!(r.byte().is_err());
        let cut = &w.0[..w.0.len() - 2];
        let mut r = Reader::new(cut);
        (0..7).for_each(|_| drop(r.number()));
        assert_eq!(r.text(), Err(Malformed("ends early")));
        assert_eq!(
            Reader::new(&[0xff; 11]).number(),
            Err(Malformed("number too long"))
        );
        assert!(Reader::new(&[200, 1]).count(10).is_err());
        assert_eq!(
            Reader::new(&[3, 0, 0]).items(1),
            Err(Malformed("count out of range"))
        );
        assert_eq!(Reader::new(&[2, 0, 0]).items(1), Ok(2));
        assert_eq!(
            Reader::new(&[0]).index(0),
            Err(Malformed("index out of range"))
        );
        assert_eq!(Reader::new(&[1]).index(2), Ok(1));
    }
}
