//! Conversion between byte offsets (what Rust string slicing uses) and Unicode
//! code point offsets (what the output schema uses, so that Python and
//! JavaScript users can slice `text` directly).

/// A byte <-> code point offset table for one text.
///
/// Fast path: for pure ASCII text both offsets are equal and no table is kept.
/// Otherwise the byte offset of every code point is stored (4 bytes each) for
/// code point -> byte, and a bitmap of the bytes that start a code point with
/// running counts (about 1.5 bits per byte) for byte -> code point, so both
/// directions are O(1): the stages convert offsets for every token.
#[derive(Debug, Clone)]
pub struct TextIndex {
    byte_len: usize,
    /// Byte offset of each code point, plus one final entry `byte_len`.
    /// Empty when the text is ASCII.
    starts: Vec<u32>,
    /// Bit `b % 64` of word `b / 64` is set when byte `b` starts a code point
    /// (`byte_len` included). Empty when the text is ASCII.
    start_bits: Vec<u64>,
    /// Number of set bits in `start_bits` before each word.
    bits_before: Vec<u32>,
}

impl TextIndex {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Self {
                byte_len: text.len(),
                starts: Vec::new(),
                start_bits: Vec::new(),
                bits_before: Vec::new(),
            };
        }
        // One pass over the bytes, 64 at a time: a byte starts a code point
        // unless it is a UTF-8 continuation byte (0x80..=0xBF, negative
        // below -64 as `i8`). Then the starts are read off the bitmap.
        let bytes = text.as_bytes();
        let mut start_bits = vec![0u64; bytes.len() / 64 + 1];
        for (word, chunk) in start_bits.iter_mut().zip(bytes.chunks(64)) {
            *word = start_mask(chunk);
        }
        start_bits[bytes.len() / 64] |= 1 << (bytes.len() % 64);
        let mut bits_before = Vec::with_capacity(start_bits.len());
        let mut n = 0u32;
        for w in &start_bits {
            bits_before.push(n);
            n += w.count_ones();
        }
        let mut starts: Vec<u32> = Vec::with_capacity(n as usize);
        for (w, &bits) in start_bits.iter().enumerate() {
            let mut m = bits;
            while m != 0 {
                starts.push((w * 64) as u32 + m.trailing_zeros());
                m &= m - 1;
            }
        }
        Self {
            byte_len: text.len(),
            starts,
            start_bits,
            bits_before,
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
    #[inline]
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            return byte.min(self.byte_len);
        }
        // The code points starting at or before `b`, minus one.
        let b = byte.min(self.byte_len);
        let (w, bit) = (b / 64, b % 64);
        let upto = if bit == 63 {
            u64::MAX
        } else {
            (1u64 << (bit + 1)) - 1
        };
        (self.bits_before[w] + (self.start_bits[w] & upto).count_ones()) as usize - 1
    }

    /// Byte offset of code point offset `ch`; offsets past the end clamp to the end.
    #[inline]
    pub fn byte_offset(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            return ch.min(self.byte_len);
        }
        self.starts[ch.min(self.starts.len() - 1)] as usize
    }
}

/// Bit `k` set when `chunk[k]` (at most 64 bytes) starts a code point, i.e.
/// is not a UTF-8 continuation byte (`0b10xx_xxxx`). Eight bytes at a time:
/// the stages build this table for every document, and the byte-by-byte loop
/// was a visible share of the per-document cost.
fn start_mask(chunk: &[u8]) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Moves the flag in bit 56 + 8k.. down to bit k (see the tests).
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let mut m = 0u64;
    let mut words = chunk.chunks_exact(8);
    for (i, w) in words.by_ref().enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        let x = u64::from_le_bytes(b);
        // High bit of each byte set for a continuation byte: bit 7 set, bit 6 clear.
        let cont = x & !(x << 1) & HIGH;
        let starts = (!cont & HIGH) >> 7;
        m |= (starts.wrapping_mul(GATHER) >> 56) << (8 * i);
    }
    let done = chunk.len() - words.remainder().len();
    for (k, &b) in words.remainder().iter().enumerate() {
        m |= u64::from((b as i8) >= -64) << (done + k);
    }
    m
}

#[cfg(test)]
mod tests {
    #[test]
    fn start_mask_matches_bytewise() {
        let text = "Présiden “Joko” — 東京 1½ ok 😀 naïve, ünïcödé. ".repeat(5);
        let bytes = text.as_bytes();
        for start in 0..bytes.len().min(80) {
            for len in 0..=64usize.min(bytes.len() - start) {
                let chunk = &bytes[start..start + len];
                let mut want = 0u64;
                for (k, &b) in chunk.iter().enumerate() {
                    want |= u64::from((b as i8) >= -64) << k;
                }
                assert_eq!(super::start_mask(chunk), want, "{start} {len}");
            }
        }
    }

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

    #[test]
    fn char_offset_agrees_with_a_scan_on_long_mixed_text() {
        // Long enough to cross many 64-byte words, with 1- to 4-byte
        // characters; and texts ending exactly on a 64-byte boundary.
        for text in [
            "Kata “Ali” – 1,5 km² 😀 é ".repeat(40),
            "é".repeat(32),
            format!("{}é", "a".repeat(126)),
        ] {
            check_char_offsets(&text);
        }
    }

    fn check_char_offsets(text: &str) {
        let ix = TextIndex::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(ix.byte_offset(ci), bi);
        }
        for b in 0..=text.len() + 3 {
            let want = text
                .char_indices()
                .take_while(|&(i, _)| i <= b.min(text.len()))
                .count()
                .saturating_sub(1);
            let want = if b >= text.len() {
                text.chars().count()
            } else {
                want
            };
            assert_eq!(ix.char_offset(b), want, "byte {b}");
        }
    }
}
