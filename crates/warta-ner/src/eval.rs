//! Scoring a model on a gold corpus in the corpus's own label scheme (used by
//! `warta eval ner` and by the trainer's per-epoch report).

use warta_core::EntityType;

use crate::NerModel;
use crate::corpus::{TaggedSentence, map_type, split_tag};
use crate::score::Scorer;

/// A corpus label scheme: which type names it uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// NERGrit: PERSON, ORGANISATION, PLACE.
    Nergrit,
    /// NERP: PPL, IND, PLC, EVT, FNB.
    Nerp,
    /// Any IOB file; the types are those found in the gold tags.
    Conll,
}

impl Scheme {
    /// Parses `nergrit`, `nerp` or `conll`.
    pub fn parse(s: &str) -> Option<Scheme> {
        match s.to_ascii_lowercase().as_str() {
            "nergrit" => Some(Scheme::Nergrit),
            "nerp" => Some(Scheme::Nerp),
            "conll" => Some(Scheme::Conll),
            _ => None,
        }
    }

    /// The scheme's fixed type names (empty for `conll`).
    pub fn types(self) -> &'static [&'static str] {
        match self {
            Scheme::Nergrit => &["PERSON", "ORGANISATION", "PLACE"],
            Scheme::Nerp => &["PPL", "IND", "PLC", "EVT", "FNB"],
            Scheme::Conll => &[],
        }
    }

    /// Guesses the scheme from the gold tags.
    pub fn detect(sentences: &[TaggedSentence]) -> Scheme {
        let types = gold_types(sentences);
        let has = |t: &str| types.iter().any(|x| x == t);
        if has("PLACE") || has("ORGANISATION") {
            Scheme::Nergrit
        } else if has("PPL") || has("PLC") || has("IND") {
            Scheme::Nerp
        } else {
            Scheme::Conll
        }
    }
}

fn gold_types(sentences: &[TaggedSentence]) -> Vec<String> {
    let mut types: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.tags.iter())
        .filter_map(|t| split_tag(t).map(|(_, k)| k.to_string()))
        .collect();
    types.sort();
    types.dedup();
    types
}

/// The result of scoring a model on a corpus.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// Per-type counts in the corpus's type names.
    pub scorer: Scorer,
    /// Predicted tags per sentence, in the corpus's scheme.
    pub predictions: Vec<Vec<String>>,
    /// Scheme types the model never produces (they count with zero predictions).
    pub unproduced_types: Vec<String>,
    /// The scheme used.
    pub scheme: Scheme,
}

/// Tags every sentence and scores it against its gold tags. With `scheme`
/// `None` the scheme is detected from the tags.
pub fn evaluate(
    model: &NerModel,
    sentences: &[TaggedSentence],
    scheme: Option<Scheme>,
) -> Evaluation {
    let scheme = scheme.unwrap_or_else(|| Scheme::detect(sentences));
    let mut types: Vec<String> = scheme.types().iter().map(|t| t.to_string()).collect();
    for t in gold_types(sentences) {
        if !types.contains(&t) {
            types.push(t);
        }
    }
    // The scheme's name for each model type: the first scheme type mapping to it.
    let name_for = |e: EntityType| -> String {
        types
            .iter()
            .find(|t| map_type(t) == Some(e))
            .cloned()
            .unwrap_or_else(|| crate::label::type_short_name(e).to_string())
    };
    let names = [
        name_for(EntityType::Person),
        name_for(EntityType::Organization),
        name_for(EntityType::Location),
    ];
    let unproduced_types = types
        .iter()
        .filter(|t| map_type(t).is_none())
        .cloned()
        .collect();
    let mut scorer = Scorer::with_types(types.iter().map(String::as_str));
    let mut predictions = Vec::with_capacity(sentences.len());
    for s in sentences {
        let tags = model.tag_tokens(&s.tokens);
        let predicted: Vec<String> = tags
            .iter()
            .map(|t| match t.label {
                None => "O".to_string(),
                Some(e) => {
                    let name = match e {
                        EntityType::Person => &names[0],
                        EntityType::Organization => &names[1],
                        EntityType::Location => &names[2],
                    };
                    format!("{}-{name}", if t.begin { "B" } else { "I" })
                }
            })
            .collect();
        scorer.add(&s.tags, &predicted);
        predictions.push(predicted);
    }
    Evaluation {
        scorer,
        predictions,
        unproduced_types,
        scheme,
    }
}
