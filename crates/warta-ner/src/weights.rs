//! Quantized feature weights in an open-addressing hash table, and their
//! compact on-disk encoding.
//!
//! A feature hash (`u64`) is folded to a 32-bit key; the key both identifies
//! the feature and picks its bucket. With a few hundred thousand stored
//! features, an unseen feature aliasing a stored key has odds of about 1 in
//! 10,000 per lookup: it adds one small spurious weight, which we accept for
//! a table that is half the size of one keyed by 64-bit hashes.

use crate::label::LABEL_COUNT;

/// Weights of one bucket, padded to 8 lanes so the add vectorizes.
type Row = [i16; 8];

/// Feature weights, quantized to `i16` with one shared scale.
///
/// Keys and weights live in parallel arrays: a probe for an unseen feature
/// (common at tagging time) touches only the compact key array, which stays
/// in cache far better than interleaved key+weight slots.
#[derive(Debug, Clone)]
pub struct WeightTable {
    /// Bucket keys, 0 = empty.
    keys: Vec<u32>,
    /// Bucket weights, parallel to `keys`.
    rows: Vec<Row>,
    mask: usize,
    shift: u32,
    len: usize,
    /// Multiply a summed `i16` weight by this to get the real weight.
    scale: f32,
}

/// Folds a 64-bit feature hash to the stored 32-bit key (never 0).
#[inline]
pub fn fold_key(h: u64) -> u32 {
    ((h ^ (h >> 32)) as u32).max(1)
}

impl WeightTable {
    /// A table for `count` entries with the given dequantization `scale`.
    pub fn with_capacity(count: usize, scale: f32) -> Self {
        // Load factor between 0.35 and 0.7: probe chains stay short while the
        // key array stays small enough to live in the L2 cache.
        let cap = (count * 10 / 7 + 1).max(16).next_power_of_two();
        WeightTable {
            keys: vec![0; cap],
            rows: vec![[0; 8]; cap],
            mask: cap - 1,
            shift: 32 - cap.trailing_zeros(),
            len: 0,
            scale,
        }
    }

    #[inline]
    fn bucket(&self, key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> self.shift) as usize & self.mask
    }

    /// Inserts (or overwrites) the weights of `key`.
    pub fn insert(&mut self, key: u32, weights: [i16; LABEL_COUNT]) {
        let mut row = [0i16; 8];
        row[..LABEL_COUNT].copy_from_slice(&weights);
        let mut i = self.bucket(key);
        loop {
            if self.keys[i] == 0 {
                self.keys[i] = key;
                self.rows[i] = row;
                self.len += 1;
                return;
            }
            if self.keys[i] == key {
                self.rows[i] = row;
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Hints the CPU to fetch the bucket of feature `h` into cache, so the
    /// lookups of one token's ~50 features overlap instead of waiting on
    /// memory one after another. No effect on results.
    #[inline]
    pub fn prefetch(&self, h: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
            let i = self.bucket(fold_key(h));
            // SAFETY: `i <= mask < len` for both arrays, so the pointers are
            // in bounds; a prefetch only reads into cache and never faults.
            unsafe {
                _mm_prefetch::<_MM_HINT_T0>(self.keys.as_ptr().add(i).cast());
                _mm_prefetch::<_MM_HINT_T0>(self.rows.as_ptr().add(i).cast());
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = h;
    }

    /// Adds the quantized weights of feature `h` to `acc` (lanes past
    /// `LABEL_COUNT` are padding); no-op if unknown.
    #[inline]
    pub fn add_to(&self, h: u64, acc: &mut [i32; 8]) {
        let key = fold_key(h);
        let mut i = self.bucket(key);
        loop {
            let k = self.keys[i];
            if k == key {
                for (a, w) in acc.iter_mut().zip(self.rows[i]) {
                    *a += i32::from(w);
                }
                return;
            }
            if k == 0 {
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Dequantization scale.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Number of stored features.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no feature is stored.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Stored entries in bucket order (deterministic for a given content).
    pub fn entries(&self) -> impl Iterator<Item = (u32, [i16; LABEL_COUNT])> + '_ {
        self.keys
            .iter()
            .zip(&self.rows)
            .filter(|(k, _)| **k != 0)
            .map(|(k, r)| (*k, std::array::from_fn(|l| r[l])))
    }
}

/// Appends the sparse encoding of one entry: key (u32 LE), a byte whose bit
/// `l` says label `l` has a non-zero weight, then those weights (i16 LE).
pub fn encode_entry(out: &mut Vec<u8>, key: u32, weights: &[i16; LABEL_COUNT]) {
    out.extend_from_slice(&key.to_le_bytes());
    let mut mask = 0u8;
    for (l, w) in weights.iter().enumerate() {
        if *w != 0 {
            mask |= 1 << l;
        }
    }
    out.push(mask);
    for w in weights.iter().filter(|w| **w != 0) {
        out.extend_from_slice(&w.to_le_bytes());
    }
}

/// Reads one entry written by [`encode_entry`]; `None` when `bytes` ends early.
pub fn decode_entry(bytes: &[u8], pos: &mut usize) -> Option<(u32, [i16; LABEL_COUNT])> {
    let key = u32::from_le_bytes(bytes.get(*pos..*pos + 4)?.try_into().ok()?);
    let mask = *bytes.get(*pos + 4)?;
    *pos += 5;
    let mut weights = [0i16; LABEL_COUNT];
    for (l, w) in weights.iter_mut().enumerate() {
        if mask & (1 << l) != 0 {
            *w = i16::from_le_bytes(bytes.get(*pos..*pos + 2)?.try_into().ok()?);
            *pos += 2;
        }
    }
    Some((key, weights))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_lookup_and_encoding_round_trip() {
        let mut t = WeightTable::with_capacity(3, 0.5);
        t.insert(fold_key(42), [1, 0, 0, -3, 0, 0, 7]);
        t.insert(fold_key(43), [0, 2, 0, 0, 0, 0, 0]);
        let mut acc = [0i32; 8];
        t.add_to(42, &mut acc);
        t.add_to(43, &mut acc);
        t.add_to(44, &mut acc);
        assert_eq!(acc, [1, 2, 0, -3, 0, 0, 7, 0]);
        let mut bytes = Vec::new();
        for (k, w) in t.entries() {
            encode_entry(&mut bytes, k, &w);
        }
        let mut pos = 0;
        let mut back = Vec::new();
        while pos < bytes.len() {
            back.push(decode_entry(&bytes, &mut pos).unwrap());
        }
        assert_eq!(back, t.entries().collect::<Vec<_>>());
        assert!(decode_entry(&bytes[..3], &mut 0).is_none());
    }
}
