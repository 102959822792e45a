//! Conversion between byte offsets (what Rust string slicing uses) and Unicode
//! code point offsets (what the output schema uses, so that Python and
//! JavaScript users can slice `text` directly).

/// A byte <-> code point offset table for one text.
///
/// Fast path: for pure ASCII text both offsets are equal and no table is kept.
/// Otherwise the byte offset of every code point is stored (4 bytes each), so
/// both directions are O(1) or O(log n).
#[derive(Debug, Clone)]
pub struct TextIndex {
    byte_len: usize,
    /// Byte offset of each code point, plus one final entry `byte_len`.
    /// Empty when the text is ASCII.
    starts: Vec<u32>,
}

impl TextIndex {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Self {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            let mut v: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
            v.push(text.len() as u32);
            v
        };
        Self {
            byte_len: text.len(),
            starts,
        }
    }

    /// True when this table was built for a text of this length (a cheap
    /// staleness check; documents do not change their text after creation).
    pub fn matches(&self, text: &str) -> bool {
        self.byte_len == text.len()
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        if self.starts.is_empty() {
            self.byte_len
        } else {
            self.starts.len() - 1
        }
    }

    /// Code point offset of byte offset `byte`. A byte inside a multi-byte
    /// character maps to that character; offsets past the end clamp to the end.
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            return byte.min(self.byte_len);
        }
        let b = byte.min(self.byte_len) as u32;
        match self.starts.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte offset of code point offset `ch`; offsets past the end clamp to the end.
    pub fn byte_offset(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            return ch.min(self.byte_len);
        }
        self.starts[ch.min(self.starts.len() - 1)] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let ix = TextIndex::new("Kim Jong Un");
        assert_eq!(ix.char_offset(4), 4);
        assert_eq!(ix.byte_offset(4), 4);
        assert_eq!(ix.char_len(), 11);
        assert_eq!(ix.byte_offset(99), 11);
    }

    #[test]
    fn multibyte_round_trip() {
        let text = "“Mengapa tidak,” kata Shoigu – IPOL.ID";
        let ix = TextIndex::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(ix.char_offset(bi), ci);
            assert_eq!(ix.byte_offset(ci), bi);
        }
        assert_eq!(ix.char_len(), text.chars().count());
        assert_eq!(ix.byte_offset(ix.char_len()), text.len());
        // A byte inside the 3-byte opening quote maps to that quote.
        assert_eq!(ix.char_offset(1), 0);
    }
}
