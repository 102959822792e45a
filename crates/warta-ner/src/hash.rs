//! Feature hashing: every feature is one `u64` built by mixing a template id
//! with precomputed per-token hashes, so extraction never allocates strings.

use xxhash_rust::xxh3::xxh3_64;

/// Hash of a string (token text, affix, lexicon class name).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    xxh3_64(s.as_bytes())
}

/// Combines two hashes; order-sensitive so `mix(a, b) != mix(b, a)`.
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    // A multiply-rotate-multiply round (in the spirit of 64-bit finalizers):
    // cheap, and good enough that distinct features rarely share a key.
    let x = (a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .rotate_left(31)
        .wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^ (x >> 29)
}

/// A feature template id: a fixed constant per template name (FNV-1a,
/// evaluated at compile time), so templates can be added or reordered in code
/// without invalidating trained weights.
pub const fn template(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}
