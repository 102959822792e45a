//! # warta-ner
//!
//! A statistical named-entity tagger (PERSON / ORGANIZATION / LOCATION) for
//! tokenized sentences, with reproducible training and compact weights.
//!
//! ```no_run
//! use warta_core::LanguagePack;
//! let pack = LanguagePack::get("id").expect("Indonesian pack");
//! if let Some(model) = warta_ner::NerModel::load(&pack).expect("valid model") {
//!     let tags = model.tag(&["Presiden", "Joko", "Widodo", "tiba", "di", "Bali", "."]);
//!     for (range, kind) in warta_ner::spans(&tags) {
//!         println!("{range:?} {kind:?}");
//!     }
//! }
//! ```
//!
//! ## Why a structured perceptron with Viterbi
//!
//! The tagger is an averaged *structured* perceptron (Collins 2002): per-token
//! feature weights give each of the 7 BIO labels a score, label-to-label
//! transition weights score neighbouring labels, and Viterbi finds the best
//! whole-sentence labelling. Compared with a greedy per-token perceptron that
//! feeds its own previous tag back as a feature, it
//! - never emits ill-formed BIO (`O` followed by `I-PER`): those transitions
//!   are excluded from the search;
//! - does not propagate its own early mistakes, since the previous-tag
//!   evidence (the transition weights) is weighed jointly with the rest;
//! - costs little: 7 labels make Viterbi 49 additions per token, next to
//!   ~15 feature lookups (the ~40 single-token features are summed once per
//!   word form and cached per thread).
//!
//! A CRF would give calibrated probabilities but needs gradient training
//! with forward-backward; the perceptron trains in seconds, is exactly
//! reproducible, and its accuracy on small corpora is close.
//!
//! ## Resources (per language pack, `data/lang/<code>/`)
//!
//! | file | what |
//! |---|---|
//! | `ner.model` | weights (format in [`model`]); absent = no statistical NER for the language |
//! | `ner.cues.tsv` | hand-written cue words and affixes (titles, organisation/place heads, `me-`/`di-`/`-nya`) |
//! | `ner.gaz-*.tsv` | gazetteers and word classes (countries, cities, provinces, first names, Faker person names, POS/capitalization shares) |
//! | `ner.clusters.tsv` | distributional word clusters (`word<TAB>coarse<TAB>medium<TAB>fine`), built by `scripts/build_ner_clusters.py` |
//!
//! Lists are read through [`warta_core::LanguageResources`]; a linguist can
//! edit them, then retrain so the weights match (`scripts/train_ner.sh`).
//!
//! ## Training, evaluation, speed
//!
//! ```text
//! scripts/train_ner.sh [--dev]        # rebuild lexicons + retrain data/lang/id/ner.model (deterministic)
//! warta eval ner ../shared/data/id/ner/nergrit/valid_preprocess.txt --scheme nergrit
//! warta eval ner ../shared/data/id/ner/nerp/valid_preprocess.txt --scheme nerp
//! warta eval ner ../shared/data/id/ner/idner-news-2k/dev.txt --scheme conll
//! cargo bench -p warta-ner --bench tagging -- /abs/path/to/corpus.txt
//! ```
//!
//! ## Modules
//!
//! - [`features`]: hashed, allocation-free feature extraction;
//! - [`lexicon`]: cue words and gazetteers read from the language pack;
//! - [`model`]: [`NerModel`], Viterbi decoding, the `ner.model` format;
//! - [`train`]: averaged structured perceptron training;
//! - [`corpus`]: readers for the CoNLL-style NER corpora and label mapping;
//! - [`eval`]: scoring a model on a gold corpus in its own label scheme;
//! - [`score`]: entity-level precision/recall/F1 (seqeval style).

mod cache;
pub mod corpus;
pub mod eval;
pub mod features;
pub mod hash;
pub mod label;
pub mod lexicon;
pub mod model;
pub mod score;
pub mod train;
pub mod weights;

pub use label::Label;
pub use model::NerModel;
use warta_core::EntityType;

/// The tagger's decision for one token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NerTag {
    /// Entity type of the token, `None` outside entities.
    pub label: Option<EntityType>,
    /// True when the token starts an entity (`B-`); false for `I-` and `O`.
    pub begin: bool,
    /// Confidence in 0..=1 (softmax of the token's label scores; uncalibrated,
    /// use it to rank or threshold, not as a probability).
    pub score: f32,
}

impl NerTag {
    /// The BIO label of this tag.
    pub fn bio(&self) -> Label {
        match self.label {
            Some(t) => Label::entity(t, self.begin),
            None => Label::O,
        }
    }
}

/// Groups tags into entity spans (token index ranges, half-open), in order.
///
/// An entity starts at a `B-` tag, or at an `I-` tag whose type differs from
/// the previous token's (lenient, as in seqeval's default mode), and extends
/// over following `I-` tags of the same type.
pub fn spans(tags: &[NerTag]) -> Vec<(std::ops::Range<usize>, EntityType)> {
    group_spans(tags.iter().map(|t| (t.label, t.begin)))
}

/// [`spans`] for the labels of [`NerModel::tag_labels`].
pub fn label_spans(labels: &[Label]) -> Vec<(std::ops::Range<usize>, EntityType)> {
    group_spans(labels.iter().map(|l| (l.entity_type(), l.is_begin())))
}

/// The grouping of [`spans`], over `(entity type, begins)` per token.
fn group_spans(
    tags: impl ExactSizeIterator<Item = (Option<EntityType>, bool)>,
) -> Vec<(std::ops::Range<usize>, EntityType)> {
    let len = tags.len();
    let mut out = Vec::new();
    let mut current: Option<(usize, EntityType)> = None;
    for (i, (label, begin)) in tags.enumerate() {
        let continues = matches!((current, label), (Some((_, t)), Some(l)) if t == l && !begin);
        if continues {
            continue;
        }
        if let Some((start, t)) = current.take() {
            out.push((start..i, t));
        }
        if let Some(l) = label {
            current = Some((i, l));
        }
    }
    if let Some((start, t)) = current {
        out.push((start..len, t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(label: Option<EntityType>, begin: bool) -> NerTag {
        NerTag {
            label,
            begin,
            score: 1.0,
        }
    }

    #[test]
    fn spans_group_bio_runs() {
        use EntityType::*;
        let tags = [
            tag(None, false),
            tag(Some(Person), true),
            tag(Some(Person), false),
            tag(Some(Person), true),
            tag(Some(Location), false),
            tag(None, false),
            tag(Some(Organization), true),
        ];
        assert_eq!(
            spans(&tags),
            vec![
                (1..3, Person),
                (3..4, Person),
                (4..5, Location),
                (6..7, Organization)
            ]
        );
        assert!(spans(&[]).is_empty());
        let labels: Vec<Label> = tags.iter().map(NerTag::bio).collect();
        assert_eq!(label_spans(&labels), spans(&tags));
    }
}
