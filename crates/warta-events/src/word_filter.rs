//! A cheap first test in front of a small word set: which (first byte,
//! length) pairs its words have. Most words of a sentence fail it, so the
//! per-word set lookups of the coder (anaphor starts, off-topic words) skip
//! hashing them. It never rejects a word the set holds.

/// First-byte and length signature of a word set.
#[derive(Debug, Clone)]
pub struct WordFilter {
    /// Bit `min(len, 32) - 1` of entry `b` is set when a word of the set
    /// starts with byte `b` and has that many bytes.
    by_first: Box<[u32; 256]>,
}

impl Default for WordFilter {
    fn default() -> Self {
        Self {
            by_first: Box::new([0; 256]),
        }
    }
}

impl WordFilter {
    /// The filter of `words`.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> Self {
        let mut f = Self::default();
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                f.by_first[b as usize] |= 1 << (w.len().min(32) - 1);
            }
        }
        f
    }

    /// False only when the set cannot hold `word`; the empty word always
    /// passes (the set decides).
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) => self.by_first[b as usize] >> (word.len().min(32) - 1) & 1 != 0,
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_every_member_and_rejects_other_shapes() {
        let words: Vec<String> = [
            "ia",
            "mereka",
            "kedua",
            "",
            "a-very-long-word-of-more-than-32-bytes",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let f = WordFilter::new(&words);
        for w in &words {
            assert!(f.may_contain(w), "{w}");
        }
        assert!(!f.may_contain("presiden"));
        assert!(!f.may_contain("iba"));
        assert!(f.may_contain("ix"));
        assert!(f.may_contain("a-very-long-word-of-more-than-32-bytes-too"));
    }
}
