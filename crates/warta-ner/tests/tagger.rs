//! End-to-end tests of the tagger on a tiny training set we wrote ourselves
//! (`fixtures/train_id_en.txt`, Indonesian and English wire-style sentences).

use std::borrow::Cow;

use warta_core::{EntityType, LanguageResources, MemoryPack};
use warta_ner::corpus::{TaggedSentence, read_columns};
use warta_ner::eval::{Scheme, evaluate};
use warta_ner::lexicon::Lexicon;
use warta_ner::train::{Example, TrainConfig, train};
use warta_ner::{NerModel, label_spans, spans};

const FIXTURE: &str = include_str!("fixtures/train_id_en.txt");
const CUES: &str = "# class\tmatch\ttext\ntitle\tword\tPresiden\ntitle\tword\tGubernur\norg_keyword\tword\tPartai\nverb_prefix\tprefix\tme\n";
const GAZ: &str = "# class\tphrase\ncity\tJakarta\ncity\tSurabaya\ncountry\tRusia\n";

fn corpus() -> Vec<TaggedSentence> {
    read_columns(FIXTURE).expect("fixture parses")
}

fn examples() -> Vec<Example> {
    corpus()
        .iter()
        .map(|s| Example {
            tokens: s.tokens.clone(),
            labels: s.labels(),
        })
        .collect()
}

fn lexicon() -> Lexicon {
    let mut lex = Lexicon::default();
    lex.add_cues(CUES, "cues").unwrap();
    lex.add_gazetteer(GAZ, "gaz").unwrap();
    lex
}

fn trained(epochs: usize) -> NerModel {
    let config = TrainConfig {
        epochs,
        prune: 0.0,
        ..TrainConfig::default()
    };
    train(&examples(), lexicon(), &config, |_, _| {})
}

/// A pack holding binary files (MemoryPack only takes text).
struct BinaryPack {
    files: Vec<(&'static str, Vec<u8>)>,
}

impl LanguageResources for BinaryPack {
    fn code(&self) -> &str {
        "xx"
    }
    fn file(&self, name: &str) -> Option<Cow<'static, [u8]>> {
        self.files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| Cow::Owned(b.clone()))
    }
}

#[test]
fn training_converges_on_the_training_set() {
    let mut errors = Vec::new();
    let config = TrainConfig {
        epochs: 15,
        prune: 0.0,
        ..TrainConfig::default()
    };
    let model = train(&examples(), lexicon(), &config, |r, _| {
        errors.push(r.token_errors)
    });
    assert!(errors[0] > 0, "first epoch must make mistakes: {errors:?}");
    assert_eq!(
        *errors.last().unwrap(),
        0,
        "no errors at the end: {errors:?}"
    );
    let ev = evaluate(&model, &corpus(), Some(Scheme::Conll));
    assert!(ev.scorer.micro_f1() > 0.99, "{:?}", ev.scorer.per_type());
}

#[test]
fn save_load_round_trip_gives_identical_tags() {
    let model = trained(10);
    let bytes = model.to_bytes();
    let pack = BinaryPack {
        files: vec![
            ("ner.model", bytes.clone()),
            ("ner.cues.tsv", CUES.as_bytes().to_vec()),
            ("ner.gaz-geonames.tsv", GAZ.as_bytes().to_vec()),
        ],
    };
    let loaded = NerModel::load(&pack).unwrap().expect("model present");
    assert_eq!(loaded.to_bytes(), bytes);
    let sentences: Vec<Vec<&str>> = vec![
        "Presiden Joko Widodo tiba di Surabaya ."
            .split(' ')
            .collect(),
        "Gubernur Ahmad Fauzi bertemu Ketua Partai Demokrat di Jakarta ."
            .split(' ')
            .collect(),
        "President Joe Biden met Reuters in Washington ."
            .split(' ')
            .collect(),
    ];
    for s in &sentences {
        let tags = model.tag(s);
        assert_eq!(tags, loaded.tag(s), "{s:?}");
        // The labels-only path decodes the same labels.
        let labels = loaded.tag_labels(s);
        assert_eq!(labels, tags.iter().map(|t| t.bio()).collect::<Vec<_>>());
        assert_eq!(label_spans(&labels), spans(&tags));
    }
    // Sanity: the model generalises a little to an unseen sentence.
    let tags = loaded.tag(&sentences[0]);
    assert!(
        spans(&tags).contains(&(1..3, EntityType::Person)),
        "{:?}",
        spans(&tags)
    );
}

#[test]
fn training_is_deterministic() {
    assert_eq!(trained(5).to_bytes(), trained(5).to_bytes());
}

#[test]
fn bagged_cost_augmented_training_is_deterministic_and_learns() {
    let config = TrainConfig {
        epochs: 10,
        prune: 0.0,
        margin: 2.0,
        bags: 3,
        ..TrainConfig::default()
    };
    let mut runs = Vec::new();
    let model = train(&examples(), lexicon(), &config, |r, _| runs.push(r.bag));
    // Every bag reports every epoch, in order.
    assert_eq!(runs.len(), 30);
    assert_eq!((runs[0], runs[29]), (0, 2));
    let again = train(&examples(), lexicon(), &config, |_, _| {});
    assert_eq!(model.to_bytes(), again.to_bytes());
    // Averaging three shuffles is not the same model as one shuffle.
    let single = TrainConfig { bags: 1, ..config };
    assert_ne!(
        model.to_bytes(),
        train(&examples(), lexicon(), &single, |_, _| {}).to_bytes()
    );
    let ev = evaluate(&model, &corpus(), Some(Scheme::Conll));
    assert!(ev.scorer.micro_f1() > 0.95, "{:?}", ev.scorer.per_type());
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    let model = trained(3);
    assert!(model.tag(&[]).is_empty());
    let odd: Vec<&str> = vec![
        "",
        " ",
        "\u{0}",
        "😀",
        "İSTANBUL",
        "ß",
        "...",
        "-",
        "a-b-c",
        "Ǆemal",
        "\t",
    ];
    let tags = model.tag(&odd);
    assert_eq!(tags.len(), odd.len());
    assert!(tags.iter().all(|t| (0.0..=1.0).contains(&t.score)));
    let long: Vec<&str> = std::iter::repeat_n("Jakarta", 5000).collect();
    assert_eq!(model.tag(&long).len(), 5000);
    assert_eq!(model.tag_labels(&long).len(), 5000);
    assert!(model.tag_labels::<&str>(&[]).is_empty());
}

#[test]
fn packs_without_a_model_load_as_none_and_garbage_is_an_error() {
    let empty = MemoryPack::new("xx");
    assert!(NerModel::load(&empty).unwrap().is_none());
    let garbage = MemoryPack::new("xx").with_file("ner.model", "not a model");
    let err = NerModel::load(&garbage).unwrap_err().to_string();
    assert!(err.contains("retrain"), "{err}");
}

#[test]
fn eval_maps_predictions_back_to_the_file_scheme() {
    let model = trained(10);
    let gold =
        read_columns("Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nJakarta\tB-PLACE\n\n")
            .unwrap();
    let ev = evaluate(&model, &gold, None);
    assert_eq!(ev.scheme, Scheme::Nergrit);
    assert_eq!(ev.predictions[0][1], "B-PERSON");
    assert_eq!(ev.predictions[0][4], "B-PLACE");
    assert_eq!(ev.scorer.per_type().len(), 3);
    let nerp = read_columns("makan\tO\nsate\tB-FNB\ndi\tO\nbandung\tB-PLC\n\n").unwrap();
    let ev = evaluate(&model, &nerp, Some(Scheme::Nerp));
    assert!(ev.unproduced_types.contains(&"FNB".to_string()));
    assert_eq!(ev.scorer.per_type().len(), 5);
}
