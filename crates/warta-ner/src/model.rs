//! The trained tagger: feature weights, BIO transition weights, Viterbi
//! decoding, and the `ner.model` file format.
//!
//! # `ner.model` format (version 1, all numbers little-endian)
//!
//! | bytes | content |
//! |---|---|
//! | 4 | magic `WNER` |
//! | 4 | format version, `u32` = 1 |
//! | 4 | label count, `u32` = 7 (`O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC`) |
//! | 4 | dequantization scale, `f32` |
//! | 7 × 4 | start weights, `f32` per label |
//! | 49 × 4 | transition weights `from × to`, `f32`, row-major |
//! | 4 | entry count `n`, `u32` |
//! | n × var | entries: key `u32`, label mask `u8`, one `i16` per set bit |
//!
//! The key is the 64-bit feature hash folded to 32 bits
//! ([`crate::weights::fold_key`]); a feature's real weight for a label is
//! `i16 × scale`. The lexicon files the features read (`ner.cues.tsv`,
//! `ner.gaz-*.tsv`) are loaded from the same language pack.

use warta_core::{LanguageResources, ResourceError};

use crate::NerTag;
use std::sync::atomic::{AtomicU64, Ordering};

use std::cell::RefCell;

use crate::cache::{self, Entry, Partials, partials};
use crate::features::{BIAS, BOS, EOS, OFFSETS, SentenceInfo};
use crate::label::{LABEL_COUNT, Label};
use crate::lexicon::Lexicon;
use crate::weights::{WeightTable, decode_entry, encode_entry};

/// Model file name inside a language pack.
pub const MODEL_FILE: &str = "ner.model";

const MAGIC: &[u8; 4] = b"WNER";
const VERSION: u32 = 1;

/// A trained NER tagger for one language (see the crate docs).
#[derive(Debug, Clone)]
pub struct NerModel {
    pub(crate) lexicon: Lexicon,
    pub(crate) weights: WeightTable,
    /// Score of starting a sentence with each label.
    pub(crate) start: [f32; LABEL_COUNT],
    /// Score of label `to` following label `from`: `trans[from][to]`.
    pub(crate) trans: [[f32; LABEL_COUNT]; LABEL_COUNT],
    /// Identity for the per-thread token cache (clones share it: same weights).
    id: u64,
    /// Single-token feature weights of the padding before / after a sentence.
    pads: [Partials; 2],
    /// Quantized weights of the bias feature, which every token has.
    bias: [i32; 8],
    /// Decoding tables: `start` and `trans` with the moves that would make
    /// ill-formed BIO set to −∞ (see [`Decoder`]).
    decoder: Decoder,
}

/// Per-thread buffers reused from sentence to sentence, so tagging allocates
/// only its result.
#[derive(Default)]
struct Scratch {
    entries: Vec<Entry>,
    sentence: SentenceInfo,
    feats: Vec<u64>,
    emissions: Vec<[f32; LABEL_COUNT]>,
    back: Vec<[u8; LABEL_COUNT]>,
    path: Vec<Label>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

impl NerModel {
    /// Loads `ner.model` from a language pack; `Ok(None)` when the pack has no
    /// model. The pack's `ner.cues.tsv` and `ner.gaz-*.tsv` lists are loaded
    /// with it.
    pub fn load(pack: &dyn LanguageResources) -> Result<Option<Self>, ResourceError> {
        let Some(bytes) = pack.file(MODEL_FILE) else {
            return Ok(None);
        };
        let lexicon = Lexicon::load(pack)?;
        let path = format!("lang/{}/{}", pack.code(), MODEL_FILE);
        Self::from_bytes(&bytes, lexicon)
            .map(Some)
            .map_err(|message| ResourceError::Malformed {
                path,
                line: 0,
                message: format!("{message}; retrain with scripts/train_ner.sh"),
            })
    }

    /// Decodes a model file (see the module docs) and attaches `lexicon`.
    pub fn from_bytes(bytes: &[u8], lexicon: Lexicon) -> Result<Self, String> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != MAGIC {
            return Err("not a warta NER model (bad magic)".into());
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(format!(
                "model format version {version}, this build reads {VERSION}"
            ));
        }
        let labels = r.u32()?;
        if labels as usize != LABEL_COUNT {
            return Err(format!("model has {labels} labels, expected {LABEL_COUNT}"));
        }
        let scale = r.f32()?;
        let mut start = [0f32; LABEL_COUNT];
        for s in &mut start {
            *s = r.f32()?;
        }
        let mut trans = [[0f32; LABEL_COUNT]; LABEL_COUNT];
        for row in &mut trans {
            for t in row {
                *t = r.f32()?;
            }
        }
        let count = r.u32()? as usize;
        // Each entry takes at least 5 bytes; reject absurd counts before allocating.
        if count > bytes.len() / 5 {
            return Err("entry count larger than the file".into());
        }
        let mut weights = WeightTable::with_capacity(count, scale);
        for _ in 0..count {
            let (key, w) = decode_entry(bytes, &mut r.pos).ok_or("file ends inside the weights")?;
            weights.insert(key, w);
        }
        if r.pos != bytes.len() {
            return Err("trailing bytes after the weights".into());
        }
        Ok(NerModel::assemble(lexicon, weights, start, trans))
    }

    /// Builds a model from its parts, giving it a fresh cache identity.
    pub(crate) fn assemble(
        lexicon: Lexicon,
        weights: WeightTable,
        start: [f32; LABEL_COUNT],
        trans: [[f32; LABEL_COUNT]; LABEL_COUNT],
    ) -> Self {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        let mut scratch = Vec::new();
        let pads = [BOS, EOS].map(|pad| partials(&pad, &lexicon, &weights, &mut scratch));
        let mut bias = [0i32; 8];
        weights.add_to(BIAS, &mut bias);
        NerModel {
            lexicon,
            weights,
            start,
            trans,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            pads,
            bias,
            decoder: Decoder::new(&start, &trans),
        }
    }

    /// Encodes the model (without the lexicon files) in the `ner.model` format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.weights.len() * 10);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(LABEL_COUNT as u32).to_le_bytes());
        out.extend_from_slice(&self.weights.scale().to_le_bytes());
        for s in self.start {
            out.extend_from_slice(&s.to_le_bytes());
        }
        for row in self.trans {
            for t in row {
                out.extend_from_slice(&t.to_le_bytes());
            }
        }
        out.extend_from_slice(&(self.weights.len() as u32).to_le_bytes());
        let mut entries: Vec<_> = self.weights.entries().collect();
        // Sorted keys make the file independent of table capacity.
        entries.sort_unstable_by_key(|(k, _)| *k);
        for (k, w) in entries {
            encode_entry(&mut out, k, &w);
        }
        out
    }

    /// Number of stored feature weights.
    pub fn feature_count(&self) -> usize {
        self.weights.len()
    }

    /// The lexicon the features consult.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Tags one sentence of tokens (token texts as they appear, original case).
    /// Returns one [`NerTag`] per token; empty input gives an empty vector.
    pub fn tag(&self, tokens: &[&str]) -> Vec<NerTag> {
        self.tag_tokens(tokens)
    }

    /// [`NerModel::tag`] for any string-like tokens.
    pub fn tag_tokens<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<NerTag> {
        let mut out = Vec::with_capacity(tokens.len());
        self.decode(tokens, |label, scores| {
            out.push(NerTag {
                label: label.entity_type(),
                begin: label.is_begin(),
                score: softmax_at(scores, label.index()),
            });
        });
        out
    }

    /// The labels [`NerModel::tag_tokens`] gives, without the confidence
    /// scores (cheaper: no softmax). Group them with [`crate::label_spans`].
    pub fn tag_labels<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Label> {
        let mut out = Vec::with_capacity(tokens.len());
        self.decode(tokens, |label, _| out.push(label));
        out
    }

    /// Decodes one sentence and calls `emit` with each token's label and
    /// label scores, in token order. Uses the thread's [`Scratch`] buffers.
    fn decode<S: AsRef<str>>(
        &self,
        tokens: &[S],
        mut emit: impl FnMut(Label, &[f32; LABEL_COUNT]),
    ) {
        if tokens.is_empty() {
            return;
        }
        let mut run = |s: &mut Scratch| {
            cache::entries_into(
                self.id,
                tokens,
                &self.lexicon,
                &self.weights,
                &mut s.entries,
            );
            s.sentence
                .refill(s.entries.iter().map(|e| e.info), &self.lexicon);
            self.cached_emissions(&s.sentence, &s.entries, &mut s.feats, &mut s.emissions);
            self.decoder
                .best_path(&s.emissions, &mut s.back, &mut s.path);
            for (label, scores) in s.path.iter().zip(&s.emissions) {
                emit(*label, scores);
            }
        };
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => run(&mut s),
            // Only reachable if `emit` re-entered the tagger on this thread.
            Err(_) => run(&mut Scratch::default()),
        })
    }

    /// Per-token label scores from cached single-token sums (`entries`, one
    /// per token) plus the context features, written into `out`; equal to
    /// [`Self::emissions`].
    fn cached_emissions(
        &self,
        sentence: &SentenceInfo,
        entries: &[Entry],
        feats: &mut Vec<u64>,
        out: &mut Vec<[f32; LABEL_COUNT]>,
    ) {
        out.clear();
        let scale = self.weights.scale();
        let n = entries.len() as isize;
        out.extend((0..entries.len()).map(|i| {
            let mut acc = self.bias;
            for k in 0..OFFSETS {
                let j = i as isize + k as isize - 2;
                let part = if j < 0 {
                    &self.pads[0][k]
                } else if j >= n {
                    &self.pads[1][k]
                } else {
                    &entries[j as usize].partials[k]
                };
                for (a, p) in acc.iter_mut().zip(part) {
                    *a += p;
                }
            }
            feats.clear();
            sentence.context_features_without_bias(i, &self.lexicon, feats);
            for &f in feats.iter() {
                self.weights.prefetch(f);
            }
            for &f in feats.iter() {
                self.weights.add_to(f, &mut acc);
            }
            std::array::from_fn(|l| acc[l] as f32 * scale)
        }));
    }

    /// Per-token label scores, every feature looked up (the reference the
    /// cached path must equal).
    #[cfg(test)]
    pub(crate) fn emissions(&self, sentence: &SentenceInfo) -> Vec<[f32; LABEL_COUNT]> {
        let mut feats = Vec::with_capacity(64);
        let scale = self.weights.scale();
        (0..sentence.len())
            .map(|i| {
                sentence.features(i, &self.lexicon, &mut feats);
                let mut acc = [0i32; 8];
                for &f in &feats {
                    self.weights.prefetch(f);
                }
                for &f in &feats {
                    self.weights.add_to(f, &mut acc);
                }
                std::array::from_fn(|l| acc[l] as f32 * scale)
            })
            .collect()
    }
}

/// Probability-like confidence: the softmax of the token's label scores at
/// `index`. Perceptron scores are not calibrated; use it to rank, not as odds.
fn softmax_at(scores: &[f32; LABEL_COUNT], index: usize) -> f32 {
    let chosen = scores[index];
    // p = 1 / Σ exp(s_l − s_chosen); labels far below the chosen one add
    // nothing visible, so their `exp` is skipped (it dominates the cost).
    let sum: f32 = scores
        .iter()
        .map(|&s| s - chosen)
        .filter(|&d| d > -16.0)
        .map(f32::exp)
        .sum();
    let p = 1.0 / sum;
    if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Best label sequence under emission + transition scores, restricted to
/// well-formed BIO sequences.
pub(crate) fn viterbi(
    emissions: &[[f32; LABEL_COUNT]],
    start: &[f32; LABEL_COUNT],
    trans: &[[f32; LABEL_COUNT]; LABEL_COUNT],
) -> Vec<Label> {
    let mut path = Vec::new();
    Decoder::new(start, trans).best_path(emissions, &mut Vec::new(), &mut path);
    path
}

/// Viterbi tables where the BIO constraints are folded into the scores: a
/// sentence starting with `I-`, or `I-X` after anything but `B-X`/`I-X`,
/// scores −∞. The search then needs no branches on the constraints, and
/// gives exactly the path of a search that skips those moves: −∞ plus any
/// finite score stays −∞ and never wins a strict `>` comparison.
#[derive(Debug, Clone)]
pub(crate) struct Decoder {
    start: [f32; LABEL_COUNT],
    /// Transition scores `from × to`, each row padded to [`LANES`] with −∞,
    /// so the loop over `to` runs as vector operations.
    trans: [[f32; LANES]; LABEL_COUNT],
}

/// Vector width of the Viterbi inner loop (`LABEL_COUNT` rounded up).
const LANES: usize = 8;

impl Decoder {
    /// Tables for the given (finite) start and `from × to` transition scores.
    pub(crate) fn new(
        start: &[f32; LABEL_COUNT],
        trans: &[[f32; LABEL_COUNT]; LABEL_COUNT],
    ) -> Self {
        const NEG: f32 = f32::NEG_INFINITY;
        let label = |i: usize| Label::from_index(i).unwrap_or(Label::O);
        Decoder {
            start: std::array::from_fn(|l| {
                if label(l).allowed_first() {
                    start[l]
                } else {
                    NEG
                }
            }),
            trans: std::array::from_fn(|from| {
                std::array::from_fn(|to| {
                    if to < LABEL_COUNT && label(from).allows_next(label(to)) {
                        trans[from][to]
                    } else {
                        NEG
                    }
                })
            }),
        }
    }

    /// Writes the best path for `emissions` into `path` (cleared first);
    /// `back` is a reusable buffer for the back-pointers.
    pub(crate) fn best_path(
        &self,
        emissions: &[[f32; LABEL_COUNT]],
        back: &mut Vec<[u8; LABEL_COUNT]>,
        path: &mut Vec<Label>,
    ) {
        path.clear();
        let Some(first) = emissions.first() else {
            return;
        };
        let n = emissions.len();
        back.clear();
        back.resize(n, [0; LABEL_COUNT]);
        let mut score: [f32; LABEL_COUNT] = std::array::from_fn(|l| self.start[l] + first[l]);
        for (emission, back) in emissions.iter().zip(back.iter_mut()).skip(1) {
            // For every `to` at once, the best `from` in ascending order with
            // a strict `>`: the first best wins ties, as in a per-`to` loop.
            // Selects rather than branches: which label wins is unpredictable.
            let mut best = [f32::NEG_INFINITY; LANES];
            let mut arg = [0u32; LANES];
            for (from, row) in self.trans.iter().enumerate() {
                let from_score = score[from];
                for to in 0..LANES {
                    let s = from_score + row[to];
                    let better = s > best[to];
                    best[to] = if better { s } else { best[to] };
                    arg[to] = if better { from as u32 } else { arg[to] };
                }
            }
            for to in 0..LABEL_COUNT {
                score[to] = best[to] + emission[to];
                back[to] = arg[to] as u8;
            }
        }
        let mut best = 0;
        for l in 1..LABEL_COUNT {
            if score[l] > score[best] {
                best = l;
            }
        }
        path.resize(n, Label::O);
        let mut cur = best;
        for t in (0..n).rev() {
            path[t] = Label::from_index(cur).unwrap_or(Label::O);
            cur = back[t][cur] as usize;
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let s = self
            .bytes
            .get(self.pos..self.pos + n)
            .ok_or_else(|| "file ends inside the header".to_string())?;
        self.pos += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().map_err(|_| "short read")?,
        ))
    }
    fn f32(&mut self) -> Result<f32, String> {
        let v = f32::from_le_bytes(self.take(4)?.try_into().map_err(|_| "short read")?);
        if v.is_finite() {
            Ok(v)
        } else {
            Err("non-finite number in the header".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_core::EntityType;

    #[test]
    fn viterbi_never_starts_or_jumps_into_inside() {
        let i_per = Label::entity(EntityType::Person, false);
        let mut e = [[0f32; LABEL_COUNT]; 2];
        e[0][i_per.index()] = 10.0;
        e[1][i_per.index()] = 10.0;
        let path = viterbi(&e, &[0.0; LABEL_COUNT], &[[0.0; LABEL_COUNT]; LABEL_COUNT]);
        assert!(path[0].allowed_first());
        assert!(path[0].allows_next(path[1]));
    }

    /// Viterbi as first written, skipping ill-formed moves with branches;
    /// the table-driven [`Decoder`] must find the same path.
    fn branchy_viterbi(
        emissions: &[[f32; LABEL_COUNT]],
        start: &[f32; LABEL_COUNT],
        trans: &[[f32; LABEL_COUNT]; LABEL_COUNT],
    ) -> Vec<Label> {
        const NEG: f32 = f32::NEG_INFINITY;
        let n = emissions.len();
        if n == 0 {
            return Vec::new();
        }
        let mut score = [NEG; LABEL_COUNT];
        for l in Label::all().filter(|l| l.allowed_first()) {
            score[l.index()] = start[l.index()] + emissions[0][l.index()];
        }
        let mut back = vec![[0u8; LABEL_COUNT]; n];
        for t in 1..n {
            let mut next = [NEG; LABEL_COUNT];
            for to in Label::all() {
                let (mut best, mut arg) = (NEG, 0u8);
                for from in Label::all() {
                    if !from.allows_next(to) || score[from.index()] == NEG {
                        continue;
                    }
                    let s = score[from.index()] + trans[from.index()][to.index()];
                    if s > best {
                        (best, arg) = (s, from.index() as u8);
                    }
                }
                if best > NEG {
                    next[to.index()] = best + emissions[t][to.index()];
                    back[t][to.index()] = arg;
                }
            }
            score = next;
        }
        let mut cur = (1..LABEL_COUNT).fold(0, |b, l| if score[l] > score[b] { l } else { b });
        let mut path = vec![Label::O; n];
        for t in (0..n).rev() {
            path[t] = Label::from_index(cur).unwrap();
            cur = back[t][cur] as usize;
        }
        path
    }

    #[test]
    fn table_viterbi_equals_the_branchy_one() {
        // A small deterministic generator; coarse values make ties common,
        // so the tie-breaking order is checked too.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            ((x % 9) as f32 - 4.0) * 0.5
        };
        for n in [0, 1, 2, 3, 7, 40] {
            for _ in 0..50 {
                let start: [f32; LABEL_COUNT] = std::array::from_fn(|_| next());
                let trans: [[f32; LABEL_COUNT]; LABEL_COUNT] =
                    std::array::from_fn(|_| std::array::from_fn(|_| next()));
                let e: Vec<[f32; LABEL_COUNT]> =
                    (0..n).map(|_| std::array::from_fn(|_| next())).collect();
                assert_eq!(
                    viterbi(&e, &start, &trans),
                    branchy_viterbi(&e, &start, &trans)
                );
            }
        }
    }

    #[test]
    fn corrupt_model_bytes_are_errors_not_panics() {
        for bytes in [
            &b""[..],
            b"WNER",
            b"XXXXxxxxxxxxxxxx",
            b"WNER\x01\0\0\0\x07\0\0\0",
        ] {
            assert!(NerModel::from_bytes(bytes, Lexicon::default()).is_err());
        }
    }

    fn small_model(seed: u64) -> NerModel {
        use crate::train::{Example, TrainConfig, train};
        let mut lex = Lexicon::default();
        lex.add_cues("title\tword\tPresiden\norg_keyword\tword\tPartai\n", "c")
            .unwrap();
        lex.add_gazetteer("city\tJakarta\ncity\tKota Bogor\n", "g")
            .unwrap();
        lex.add_clusters("jakarta\t1\t2\t3\nbogor\t1\t2\t4\nwidodo\t5\t6\t7\n", "k")
            .unwrap();
        let tagged = [
            (
                "Presiden Joko Widodo tiba di Jakarta .",
                "O B-PER I-PER O O B-LOC O",
            ),
            (
                "Partai Golkar rapat di Kota Bogor",
                "B-ORG I-ORG O O B-LOC I-LOC",
            ),
            ("Ia pulang ke Bogor kemarin .", "O O O B-LOC O O"),
        ];
        let examples: Vec<Example> = tagged
            .iter()
            .map(|(t, l)| Example {
                tokens: t.split(' ').map(String::from).collect(),
                labels: l.split(' ').map(crate::corpus::map_tag).collect(),
            })
            .collect();
        let config = TrainConfig {
            epochs: 5,
            prune: 0.0,
            seed,
            ..TrainConfig::default()
        };
        train(&examples, lex, &config, |_, _| {})
    }

    #[test]
    fn cached_emissions_equal_a_full_lookup() {
        let (a, b) = (small_model(1), small_model(2));
        let sentences = [
            "Presiden Joko Widodo tiba di Jakarta .",
            "Wali Kota Bogor , Bima Arya , hadir",
            "Jakarta",
            "di di di di",
            "É — İstanbul ß ,",
        ];
        // Twice, alternating models: misses, then hits, and model switches.
        for _ in 0..2 {
            for model in [&a, &b] {
                for s in sentences {
                    let tokens: Vec<&str> = s.split(' ').collect();
                    let mut entries = Vec::new();
                    cache::entries_into(
                        model.id,
                        &tokens,
                        &model.lexicon,
                        &model.weights,
                        &mut entries,
                    );
                    let mut sentence = SentenceInfo::default();
                    sentence.refill(entries.iter().map(|e| e.info), &model.lexicon);
                    let reference = SentenceInfo::new(&tokens, &model.lexicon);
                    let (mut feats, mut cached) = (Vec::new(), Vec::new());
                    model.cached_emissions(&sentence, &entries, &mut feats, &mut cached);
                    assert_eq!(cached, model.emissions(&reference), "{s}");
                }
            }
        }
    }
}
