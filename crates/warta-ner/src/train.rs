//! Averaged structured perceptron training (Collins 2002).
//!
//! Each epoch visits the sentences in a shuffled order (fixed seed), decodes
//! each with Viterbi under the current weights, and where the predicted
//! labelling differs from the gold one adds 1 to the gold labels' feature and
//! transition weights and subtracts 1 from the predicted ones. The final
//! weights are the average over all steps (computed with the usual
//! timestamp trick), which generalises much better than the last weights.
//!
//! Two refinements, both measured on the NERGrit / idner dev sets:
//! - cost-augmented decoding (`margin`): during training every wrong label
//!   gets a bonus, so an update happens until gold wins by a margin (a
//!   structured-SVM-like hinge; +0.5 F1);
//! - bagging over shuffles (`bags`): several runs with consecutive seeds are
//!   averaged into one weight vector, which removes most of the ±1 F1 the
//!   shuffle order alone causes.
//!
//! Then weights whose magnitude is below `prune` are dropped and the rest
//! quantized to `i16`.
//!
//! Training is deterministic: same sentences, lexicon and config give
//! byte-identical model files.

use std::collections::{BTreeMap, HashMap};

use crate::features::SentenceInfo;
use crate::label::{LABEL_COUNT, Label};
use crate::lexicon::Lexicon;
use crate::model::{NerModel, viterbi};
use crate::weights::{WeightTable, fold_key};

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffling order.
    pub seed: u64,
    /// Averaged weights with absolute value below this are dropped.
    pub prune: f32,
    /// Cost-augmented decoding: while training, every wrong label of a token
    /// gets this bonus, so the gold labelling must win by a margin (0 = the
    /// plain perceptron).
    pub margin: f32,
    /// Independent runs (seeds `seed`, `seed + 1`, ...) whose averaged
    /// weights are averaged again into the final model: less dependence on
    /// one shuffle order.
    pub bags: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 12,
            seed: 20_231_106,
            prune: 1.0,
            margin: 0.0,
            bags: 1,
        }
    }
}

/// A training sentence: tokens and gold labels, same length.
#[derive(Debug, Clone)]
pub struct Example {
    /// Token texts, original case.
    pub tokens: Vec<String>,
    /// Gold labels.
    pub labels: Vec<Label>,
}

/// Sentences with their features interned to dense indices.
struct Interned {
    /// Feature indices of every token, concatenated.
    features: Vec<u32>,
    /// `token_start[t]..token_start[t+1]` are token `t`'s features (global token index).
    token_start: Vec<usize>,
    /// First global token index of each sentence, plus a final end.
    sentence_start: Vec<usize>,
    labels: Vec<Label>,
    /// The 64-bit hash of each interned feature.
    hashes: Vec<u64>,
}

fn intern(examples: &[Example], lexicon: &Lexicon) -> Interned {
    let mut index: HashMap<u64, u32> = HashMap::new();
    let mut out = Interned {
        features: Vec::new(),
        token_start: vec![0],
        sentence_start: vec![0],
        labels: Vec::new(),
        hashes: Vec::new(),
    };
    let mut feats = Vec::new();
    for ex in examples {
        let n = ex.tokens.len().min(ex.labels.len());
        let info = SentenceInfo::new(&ex.tokens[..n], lexicon);
        for i in 0..n {
            info.features(i, lexicon, &mut feats);
            for &h in &feats {
                let next = index.len() as u32;
                let id = *index.entry(h).or_insert_with(|| {
                    out.hashes.push(h);
                    next
                });
                out.features.push(id);
            }
            out.token_start.push(out.features.len());
            out.labels.push(ex.labels[i]);
        }
        out.sentence_start.push(out.labels.len());
    }
    out
}

/// SplitMix64: a tiny, well-known seeded generator for the shuffle order.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Weights with the sums needed for averaging.
struct Averaged {
    w: Vec<[f32; LABEL_COUNT]>,
    /// Sum of `step × update`, so that average = w − acc / steps.
    acc: Vec<[f32; LABEL_COUNT]>,
}

impl Averaged {
    fn new(n: usize) -> Self {
        Averaged {
            w: vec![[0.0; LABEL_COUNT]; n],
            acc: vec![[0.0; LABEL_COUNT]; n],
        }
    }
    fn update(&mut self, i: usize, label: usize, delta: f32, step: f32) {
        self.w[i][label] += delta;
        self.acc[i][label] += step * delta;
    }
    fn average(&self, steps: f32) -> Vec<[f32; LABEL_COUNT]> {
        self.w
            .iter()
            .zip(&self.acc)
            .map(|(w, a)| std::array::from_fn(|l| w[l] - a[l] / steps))
            .collect()
    }
}

/// Progress of one epoch, reported to the training callback.
#[derive(Debug, Clone, Copy)]
pub struct EpochReport {
    /// 0-based run number (see [`TrainConfig::bags`]).
    pub bag: usize,
    /// 1-based epoch number.
    pub epoch: usize,
    /// Sentences whose prediction differed from gold during the epoch.
    pub sentence_errors: usize,
    /// Tokens whose prediction differed from gold during the epoch.
    pub token_errors: usize,
    /// Tokens seen.
    pub tokens: usize,
}

/// Trains a model on `examples`; `on_epoch` is called after every epoch with
/// the model averaged so far (useful to print dev scores).
pub fn train(
    examples: &[Example],
    lexicon: Lexicon,
    config: &TrainConfig,
    mut on_epoch: impl FnMut(&EpochReport, &dyn Fn() -> NerModel),
) -> NerModel {
    let data = intern(examples, &lexicon);
    let bags = config.bags.max(1);
    let mut feat_sum = vec![[0f32; LABEL_COUNT]; data.hashes.len()];
    let mut trans_sum = vec![[0f32; LABEL_COUNT]; LABEL_COUNT + 1];
    for bag in 0..bags {
        let (f, t) = train_once(&data, &lexicon, config, bag, &mut on_epoch);
        for (sum, w) in feat_sum
            .iter_mut()
            .zip(&f)
            .chain(trans_sum.iter_mut().zip(&t))
        {
            for (s, x) in sum.iter_mut().zip(w) {
                *s += x / bags as f32;
            }
        }
    }
    export(&data.hashes, &feat_sum, &trans_sum, lexicon, config.prune)
}

/// One perceptron run with seed `config.seed + bag`; returns the averaged
/// feature and transition weights.
#[allow(clippy::type_complexity)]
fn train_once(
    data: &Interned,
    lexicon: &Lexicon,
    config: &TrainConfig,
    bag: usize,
    on_epoch: &mut impl FnMut(&EpochReport, &dyn Fn() -> NerModel),
) -> (Vec<[f32; LABEL_COUNT]>, Vec<[f32; LABEL_COUNT]>) {
    let n_feat = data.hashes.len();
    let mut feats = Averaged::new(n_feat);
    // Row `LABEL_COUNT` of the transition table holds the start weights.
    let mut trans = Averaged::new(LABEL_COUNT + 1);
    let mut order: Vec<usize> = (0..data.sentence_start.len() - 1).collect();
    let mut rng = SplitMix(config.seed.wrapping_add(bag as u64));
    let mut step = 1.0f32;
    let mut emissions: Vec<[f32; LABEL_COUNT]> = Vec::new();
    for epoch in 1..=config.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut report = EpochReport {
            bag,
            epoch,
            sentence_errors: 0,
            token_errors: 0,
            tokens: 0,
        };
        for &s in &order {
            let (first, last) = (data.sentence_start[s], data.sentence_start[s + 1]);
            if first == last {
                continue;
            }
            emissions.clear();
            for t in first..last {
                let mut e = [0f32; LABEL_COUNT];
                for &f in &data.features[data.token_start[t]..data.token_start[t + 1]] {
                    for (x, w) in e.iter_mut().zip(&feats.w[f as usize]) {
                        *x += w;
                    }
                }
                if config.margin != 0.0 {
                    let gold = data.labels[t].index();
                    for (l, x) in e.iter_mut().enumerate() {
                        if l != gold {
                            *x += config.margin;
                        }
                    }
                }
                emissions.push(e);
            }
            let (start, table) = split_transitions(&trans.w);
            let pred = viterbi(&emissions, &start, &table);
            let gold = &data.labels[first..last];
            report.tokens += gold.len();
            if pred == gold {
                step += 1.0;
                continue;
            }
            report.sentence_errors += 1;
            for (k, (&g, &p)) in gold.iter().zip(&pred).enumerate() {
                let t = first + k;
                if g != p {
                    report.token_errors += 1;
                    for &f in &data.features[data.token_start[t]..data.token_start[t + 1]] {
                        feats.update(f as usize, g.index(), 1.0, step);
                        feats.update(f as usize, p.index(), -1.0, step);
                    }
                }
                let prev_g = if k == 0 {
                    LABEL_COUNT
                } else {
                    gold[k - 1].index()
                };
                let prev_p = if k == 0 {
                    LABEL_COUNT
                } else {
                    pred[k - 1].index()
                };
                if (prev_g, g) != (prev_p, p) {
                    trans.update(prev_g, g.index(), 1.0, step);
                    trans.update(prev_p, p.index(), -1.0, step);
                }
            }
            step += 1.0;
        }
        let snapshot = || {
            export(
                &data.hashes,
                &feats.average(step),
                &trans.average(step),
                lexicon.clone(),
                config.prune,
            )
        };
        on_epoch(&report, &snapshot);
    }
    (feats.average(step), trans.average(step))
}

fn split_transitions(
    t: &[[f32; LABEL_COUNT]],
) -> ([f32; LABEL_COUNT], [[f32; LABEL_COUNT]; LABEL_COUNT]) {
    let start = t[LABEL_COUNT];
    let table = std::array::from_fn(|i| t[i]);
    (start, table)
}

/// Prunes, merges features sharing a 32-bit key, and quantizes.
fn export(
    hashes: &[u64],
    weights: &[[f32; LABEL_COUNT]],
    trans: &[[f32; LABEL_COUNT]],
    lexicon: Lexicon,
    prune: f32,
) -> NerModel {
    let mut merged: BTreeMap<u32, [f32; LABEL_COUNT]> = BTreeMap::new();
    for (h, w) in hashes.iter().zip(weights) {
        if w.iter().all(|x| x.abs() < prune) {
            continue;
        }
        let slot = merged.entry(fold_key(*h)).or_default();
        for (s, x) in slot.iter_mut().zip(w) {
            if x.abs() >= prune {
                *s += x;
            }
        }
    }
    let max = merged
        .values()
        .flat_map(|w| w.iter())
        .fold(0f32, |m, x| m.max(x.abs()));
    // i16 range with headroom; a model with no weights keeps scale 1.
    let scale = if max > 0.0 { max / 32_000.0 } else { 1.0 };
    let mut table = WeightTable::with_capacity(merged.len(), scale);
    for (key, w) in merged {
        let q = w.map(|x| (x / scale).round().clamp(-32_767.0, 32_767.0) as i16);
        if q.iter().any(|&x| x != 0) {
            table.insert(key, q);
        }
    }
    let (start, trans) = split_transitions(trans);
    NerModel::assemble(lexicon, table, start, trans)
}
