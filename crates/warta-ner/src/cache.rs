//! Per-thread cache of what a model computes for one token *type*.
//!
//! Most of a token's features read a single token of the window (`w-1`, the
//! shape at +1, the cluster at -2, ...): for a given word form and offset they
//! always look up the same weights. Tagging caches, per word form, its
//! [`TokenInfo`] and the summed weights of those single-token features at every
//! offset -2..=+2, so a frequent word (`di`, `yang`, `,`) costs one hash-map
//! probe instead of ~30 weight-table lookups. Only features that pair tokens or
//! depend on the sentence (bigrams, gazetteer matches, capitalised runs,
//! position) are looked up per position.
//!
//! Weights are summed as integers, so cached and uncached sums are identical
//! (tested in `model.rs`). The cache is thread-local (no locks) and bounded; it
//! is keyed by the model's identity so two models never share entries.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::features::{OFFSETS, TokenInfo, single_token_features};
use crate::hash::hash_str;
use crate::lexicon::{Lexicon, PassThroughHasher};
use crate::weights::WeightTable;

/// Summed `i16` weights (8 lanes, 7 used) of a token's single-token features
/// at each offset, index `offset + 2`.
pub(crate) type Partials = [[i32; 8]; OFFSETS];

/// What the cache keeps per word form.
#[derive(Clone, Copy)]
pub(crate) struct Entry {
    pub(crate) info: TokenInfo,
    pub(crate) partials: Partials,
}

/// Word forms kept per thread before the cache is emptied (~300 bytes each).
const CAPACITY: usize = 1 << 15;

struct TokenCache {
    /// Identity of the model the entries belong to.
    model: u64,
    map: HashMap<u64, Entry, BuildHasherDefault<PassThroughHasher>>,
    scratch: Vec<u64>,
    lower: String,
}

thread_local! {
    static CACHE: RefCell<TokenCache> = RefCell::new(TokenCache {
        model: 0,
        map: HashMap::default(),
        scratch: Vec::with_capacity(64),
        lower: String::with_capacity(32),
    });
}

/// Sums the weights of `info`'s single-token features at every offset.
pub(crate) fn partials(
    info: &TokenInfo,
    lex: &Lexicon,
    weights: &WeightTable,
    scratch: &mut Vec<u64>,
) -> Partials {
    let mut out = [[0i32; 8]; OFFSETS];
    for (k, acc) in out.iter_mut().enumerate() {
        scratch.clear();
        single_token_features(info, k as isize - 2, lex, scratch);
        for &f in scratch.iter() {
            weights.prefetch(f);
        }
        for &f in scratch.iter() {
            weights.add_to(f, acc);
        }
    }
    out
}

/// Writes the cached [`Entry`] of every token into `out` (cleared first),
/// computing and storing the missing ones.
pub(crate) fn entries_into<S: AsRef<str>>(
    model: u64,
    tokens: &[S],
    lex: &Lexicon,
    weights: &WeightTable,
    out: &mut Vec<Entry>,
) {
    out.clear();
    CACHE.with(|cell| {
        let mut cache = cell.borrow_mut();
        let cache = &mut *cache;
        if cache.model != model {
            cache.map.clear();
            cache.model = model;
        }
        if cache.map.len() + tokens.len() > CAPACITY {
            cache.map.clear();
        }
        out.extend(tokens.iter().map(|t| {
            let t = t.as_ref();
            let key = hash_str(t);
            if let Some(e) = cache.map.get(&key) {
                return *e;
            }
            let info = crate::features::token_info(t, &mut cache.lower, lex);
            let e = Entry {
                info,
                partials: partials(&info, lex, weights, &mut cache.scratch),
            };
            cache.map.insert(key, e);
            e
        }));
    })
}
