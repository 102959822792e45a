//! The full pipeline on the hand-written articles in `tests/fixtures/`,
//! scored against their gold files exactly as `warta eval events` does.

use std::path::PathBuf;

use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::{Document, SourceInfo};
use warta_events::gold::{GoldFile, Score};

/// Indonesian articles written alongside the rules (`id_01` .. `id_04`), as
/// opposed to the blind set written before the held-out work of issue #6.
fn is_rule_fixture(doc: &str) -> bool {
    ["id_01", "id_02", "id_03", "id_04"]
        .iter()
        .any(|p| doc.starts_with(p))
}

/// Scores the fixtures of `lang` whose article name passes `keep`.
fn score_where(lang: &str, keep: &dyn Fn(&str) -> bool) -> Score {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    score_dir(&dir, lang, keep)
}

/// Scores the gold files of `lang` in `dir` whose article name passes `keep`.
fn score_dir(dir: &std::path::Path, lang: &str, keep: &dyn Fn(&str) -> bool) -> Score {
    let pipeline = Pipeline::new(PipelineOptions {
        language: LanguageChoice::Force(lang.into()),
        ..Default::default()
    })
    .unwrap();
    let mut score = Score::default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    for path in files {
        let (gold, _, text) = GoldFile::read(&path).unwrap();
        if gold.language.as_deref() != Some(lang) || !keep(&gold.doc) {
            continue;
        }
        let doc = Document::new(text, SourceInfo::default());
        let Outcome::Done(doc) = pipeline.process(doc) else {
            panic!("{} was not processed", path.display())
        };
        score.add(&gold, &doc);
    }
    score
}

#[test]
fn indonesian_fixtures_reach_the_minimum_f1() {
    let score = score_where("id", &is_rule_fixture);
    let report = score.render(true);
    let (p, r, f) = score.total.prf();
    assert!(score.documents >= 3, "{report}");
    assert!(
        f >= 0.9 && p >= 0.85 && r >= 0.85,
        "f1 {f:.3} p {p:.3} r {r:.3}\n{report}"
    );
}

#[test]
fn english_fixtures_reach_the_minimum_f1() {
    // The issue #6 dev set (en_22 .. en_29) has its own floor below, so
    // that this figure keeps measuring the set it was set on.
    let score = score_where("en", &|doc| {
        !fixture_number_of("en", doc).is_some_and(|n| {
            ISSUE6_DEV_EN.contains(&n)
                || ISSUE6_DEV2_EN.contains(&n)
                || ISSUE6_DEV3_EN.contains(&n)
                || ISSUE6_DEV4_EN.contains(&n)
                || ISSUE6_DEV5_EN.contains(&n)
                || ISSUE6_DEV6_EN.contains(&n)
                || ISSUE6_DEV7_EN.contains(&n)
        })
    });
    let report = score.render(true);
    let (p, _, f) = score.total.prf();
    assert!(score.documents >= 1, "{report}");
    // en_03..en_10 were coded blind (F1 0.25 before any English tuning),
    // en_11..en_12 blind after it (F1 0.56), en_13..en_15 blind after round
    // 2 (F1 0.21, since 0.40), en_16..en_17 blind for event-noun anaphora
    // (P 0.60 R 0.47), en_18..en_19 blind before the clause-level target
    // rules (P 0.71 R 0.54); P 0.85 F1 0.79 with counterpart targets
    // (session 4); the floor sits just under the current figure to catch
    // regressions.
    assert!(f >= 0.75 && p >= 0.81, "f1 {f:.3} p {p:.3}\n{report}");
}

/// The number of an Indonesian fixture (`id_13_dpr` -> 13).
fn fixture_number(doc: &str) -> Option<u32> {
    fixture_number_of("id", doc)
}

/// The number of a fixture of `lang` (`en_22_asean_myanmar` -> 22,
/// `id_100_x` -> 100).
fn fixture_number_of(lang: &str, doc: &str) -> Option<u32> {
    doc.strip_prefix(lang)?
        .strip_prefix('_')?
        .split('_')
        .next()?
        .parse()
        .ok()
}

/// The Indonesian articles of the issue #6 dev set, written blind on
/// 2026-11-27 and tuned on since.
const ISSUE6_DEV_ID: std::ops::RangeInclusive<u32> = 24..=33;
/// The English articles of the same dev set.
const ISSUE6_DEV_EN: std::ops::RangeInclusive<u32> = 22..=29;

/// The Indonesian articles of the second issue #6 dev set: blind held-out
/// set 2 (`eval/heldout2`, written blind on 2026-11-27, never tuned on in
/// session 3), moved here in session 4 once blind set 3 was commissioned.
const ISSUE6_DEV2_ID: std::ops::RangeInclusive<u32> = 34..=43;
/// The English articles of the second dev set (`en_30` .. `en_37`).
const ISSUE6_DEV2_EN: std::ops::RangeInclusive<u32> = 30..=37;

/// The Indonesian articles of the third issue #6 dev set: blind held-out
/// set 3 (`eval/heldout3`, written blind on 2026-11-27 in session 4, never
/// tuned on there), moved here in session 5 once blind set 4 was
/// commissioned.
const ISSUE6_DEV3_ID: std::ops::RangeInclusive<u32> = 45..=54;
/// The English articles of the third dev set (`en_39` .. `en_46`).
const ISSUE6_DEV3_EN: std::ops::RangeInclusive<u32> = 39..=46;

/// The Indonesian articles of the fourth issue #6 dev set: blind held-out
/// set 4 (`eval/heldout4`, written blind on 2026-11-27 in session 5, never
/// tuned on there), moved here in session 6 once blind set 5 was
/// commissioned.
const ISSUE6_DEV4_ID: std::ops::RangeInclusive<u32> = 56..=65;
/// The English articles of the fourth dev set (`en_49` .. `en_56`).
const ISSUE6_DEV4_EN: std::ops::RangeInclusive<u32> = 49..=56;

/// The Indonesian articles of the fifth issue #6 dev set: blind held-out
/// set 5 (`eval/heldout5`, written blind on 2026-11-27 in session 6, never
/// tuned on there), moved here in session 7 once blind set 6 was
/// commissioned.
const ISSUE6_DEV5_ID: std::ops::RangeInclusive<u32> = 66..=75;
/// The English articles of the fifth dev set (`en_59` .. `en_66`).
const ISSUE6_DEV5_EN: std::ops::RangeInclusive<u32> = 59..=66;

/// The Indonesian articles of the sixth issue #6 dev set: blind held-out
/// set 6 (`eval/heldout6`, written blind on 2026-11-27 in session 7, never
/// tuned on there), moved here in session 8 once blind set 7 was
/// commissioned.
const ISSUE6_DEV6_ID: std::ops::RangeInclusive<u32> = 78..=87;
/// The English articles of the sixth dev set (`en_69` .. `en_76`).
const ISSUE6_DEV6_EN: std::ops::RangeInclusive<u32> = 69..=76;

/// The Indonesian articles of the seventh issue #6 dev set: blind held-out
/// set 7 (`eval/heldout7`, written blind on 2026-11-27 in session 8, never
/// tuned on there), moved here in session 9 once blind set 8 was
/// commissioned.
const ISSUE6_DEV7_ID: std::ops::RangeInclusive<u32> = 88..=97;
/// The English articles of the seventh dev set (`en_77` .. `en_84`).
const ISSUE6_DEV7_EN: std::ops::RangeInclusive<u32> = 77..=84;

/// The first blind Indonesian set (`id_05` .. `id_12`: written before the
/// rules that code it, issue #6) is a floor, not a target: rules must not be
/// fitted to it.
#[test]
fn indonesian_blind_fixtures_stay_above_the_floor() {
    let score = score_where("id", &|doc| {
        !is_rule_fixture(doc) && fixture_number(doc).is_some_and(|n| n <= 12)
    });
    let report = score.render(true);
    let (p, r, _) = score.total.prf();
    assert!(score.documents >= 8, "{report}");
    // p 0.92 r 0.81 after the domestic-actor work (round 3 of issue #6).
    assert!(p >= 0.85 && r >= 0.75, "p {p:.3} r {r:.3}\n{report}");
}

/// The second blind set (`id_13` .. `id_17`, round 2 of issue #6, measured
/// blind at p 0.65 r 0.34 before any rule change, p 0.91 r 0.91 since the
/// domestic-actor work): a floor below the current figure, so that later
/// rules do not lose what it shows.
#[test]
fn indonesian_second_blind_set_stays_above_the_floor() {
    assert_floor("id", 13..=17, 5, 0.85, 0.8);
}

/// The third blind set (`id_20` .. `id_22`: domestic law and politics and
/// one international article, round 3 of issue #6), measured blind at
/// p 0.67 r 0.41, p 0.87 r 0.81 after the domestic-actor rules.
#[test]
fn indonesian_third_blind_set_stays_above_the_floor() {
    assert_floor("id", 20..=22, 3, 0.8, 0.75);
}

/// Asserts that the fixtures of `lang` numbered in `numbers` (at least
/// `documents` of them) score at least `precision` and `recall`.
fn assert_floor(
    lang: &str,
    numbers: std::ops::RangeInclusive<u32>,
    documents: usize,
    precision: f64,
    recall: f64,
) {
    let score = score_where(lang, &|doc| {
        fixture_number_of(lang, doc).is_some_and(|n| numbers.contains(&n))
    });
    assert_score(&score, lang, documents, precision, recall);
}

/// Fails unless `score` covers at least `documents` articles and reaches
/// `precision` and `recall`.
fn assert_score(score: &Score, lang: &str, documents: usize, precision: f64, recall: f64) {
    let (p, r, _) = score.total.prf();
    assert!(score.documents >= documents, "{}", score.render(true));
    assert!(
        p >= precision && r >= recall,
        "{lang} p {p:.3} r {r:.3}\n{}",
        score.render(true)
    );
}

/// The issue #6 dev set (`id_24` .. `id_33`, `en_22` .. `en_29`), written
/// blind (id P 0.62 R 0.37, en P 0.41 R 0.21 at that time) and tuned on
/// since (id P 0.70 R 0.44, en P 0.46 R 0.24 after the first round; en P 0.57
/// R 0.34, id P 0.77 R 0.54 after purpose-clause and denial targets; id P
/// 0.88 R 0.62, en P 0.70 R 0.47 with counterpart targets; id P 0.93 R 0.74,
/// en P 0.74 R 0.55 with session 4's clause, nesting and entity rules; id P
/// 0.93 R 0.81, en P 0.74 R 0.57 after session 5): floors just under the
/// current figures, to catch regressions.
#[test]
fn issue6_dev_set_stays_above_the_floor() {
    assert_floor("id", ISSUE6_DEV_ID, 10, 0.89, 0.82);
    assert_floor("en", ISSUE6_DEV_EN, 8, 0.79, 0.63);
}

/// The second issue #6 dev set (`id_34` .. `id_43`, `en_30` .. `en_37`),
/// measured blind at id P 0.70 R 0.40, en P 0.59 R 0.34 when it was moved
/// here (id P 0.79 R 0.51, en P 0.78 R 0.44 with counterpart targets; id
/// P 0.91 R 0.72, en P 0.76 R 0.52 with all of session 4's rules; id P 0.93
/// R 0.81, en P 0.79 R 0.61 after session 5): floors just under the current
/// figures, to catch regressions.
#[test]
fn issue6_second_dev_set_stays_above_the_floor() {
    assert_floor("id", ISSUE6_DEV2_ID, 10, 0.92, 0.85);
    assert_floor("en", ISSUE6_DEV2_EN, 8, 0.79, 0.66);
}

/// The third issue #6 dev set (`id_45` .. `id_54`, `en_39` .. `en_46`),
/// measured blind at id P 0.56 R 0.30, en P 0.54 R 0.27 when it was written
/// (session 4), at id P 0.78 R 0.48, en P 0.70 R 0.40 when it was moved
/// here (session 5), and at id P 0.84 R 0.66, en P 0.77 R 0.58 after
/// session 5's rules: floors just under the current figures, to catch
/// regressions.
#[test]
fn issue6_third_dev_set_stays_above_the_floor() {
    assert_floor("id", ISSUE6_DEV3_ID, 10, 0.81, 0.70);
    assert_floor("en", ISSUE6_DEV3_EN, 8, 0.83, 0.69);
}

/// The fourth issue #6 dev set (`id_56` .. `id_65`, `en_49` .. `en_56`),
/// blind held-out set 4 until session 6: measured blind at the end of
/// session 5 at id p 0.694 r 0.424, en p 0.672 r 0.369; id p 0.81 r 0.70,
/// en p 0.77 r 0.53 after session 6's rules. Floors just under the current
/// figures, as for the other dev sets.
#[test]
fn issue6_fourth_dev_set_stays_above_the_floor() {
    assert_floor("id", ISSUE6_DEV4_ID, 10, 0.79, 0.67);
    assert_floor("en", ISSUE6_DEV4_EN, 8, 0.82, 0.59);
}

/// The fifth issue #6 dev set (`id_66` .. `id_75`, `en_59` .. `en_66`),
/// blind held-out set 5 until session 7: measured blind when it was written
/// at id p 0.771 r 0.520, en p 0.635 r 0.393, and at id p 0.784 r 0.618, en
/// p 0.671 r 0.411 after session 6's rules (still untuned on), when it was
/// moved here; id p 0.86 r 0.75, en p 0.74 r 0.51 after session 7's rules.
/// Floors just under the current figures, as for the other dev sets.
#[test]
fn issue6_fifth_dev_set_stays_above_the_floor() {
    assert_floor("id", ISSUE6_DEV5_ID, 10, 0.84, 0.72);
    assert_floor("en", ISSUE6_DEV5_EN, 8, 0.73, 0.54);
}

/// The sixth issue #6 dev set (`id_78` .. `id_87`, `en_69` .. `en_76`),
/// blind held-out set 6 until session 8: measured blind when it was written
/// at id p 0.667 r 0.411, en p 0.606 r 0.296, and at id p 0.640 r 0.411, en
/// p 0.625 r 0.322 after session 7's rules (still untuned on), when it was
/// moved here; id p 0.786 r 0.570, en p 0.759 r 0.452 after session 8's
/// rules (asides, generic agents, story places, acronyms, patient nouns,
/// the `home` counterpart); id p 0.824 r 0.617, en p 0.787 r 0.496 after
/// session 11's. Floors just under the current figures.
#[test]
fn issue6_sixth_dev_set_stays_above_the_floor() {
    assert_floor("id", ISSUE6_DEV6_ID, 10, 0.80, 0.59);
    assert_floor("en", ISSUE6_DEV6_EN, 8, 0.76, 0.47);
}

/// The seventh issue #6 dev set (`id_88` .. `id_97`, `en_77` .. `en_84`),
/// blind held-out set 7 until session 9: measured blind when it was written
/// at id p 0.735 r 0.529, en p 0.619 r 0.395, and at id p 0.741 r 0.549, en
/// p 0.659 r 0.442 after session 8's rules (still untuned on), when it was
/// moved here; at id p 0.818 r 0.627, en p 0.738 r 0.500 after session 9's
/// rules; at id p 0.813 r 0.637, en p 0.770 r 0.547 after session 11's;
/// at id p 0.824 r 0.647, en p 0.789 r 0.570 after session 12's. Floors
/// just under those.
#[test]
fn issue6_seventh_dev_set_stays_above_the_floor() {
    assert_floor("id", ISSUE6_DEV7_ID, 10, 0.81, 0.63);
    assert_floor("en", ISSUE6_DEV7_EN, 8, 0.77, 0.55);
}

/// Scores `eval/DIR/{id,en}/` (dev sets kept in the repository, not in
/// `../shared`) against floors: (language, documents, precision, recall).
fn assert_eval_dir_floor(dir: &str, floors: [(&str, usize, f64, f64); 2]) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../eval")
        .join(dir);
    for (lang, documents, precision, recall) in floors {
        let score = score_dir(&root.join(lang), lang, &|_| true);
        assert_score(&score, lang, documents, precision, recall);
    }
}

/// Dev set 8 (`eval/dev8/`, in the repository, not in `../shared`), blind
/// held-out set 8 until session 10: measured blind at id p 0.736 r 0.579,
/// en p 0.655 r 0.398 when it was written, and at id p 0.742 r 0.600, en
/// p 0.655 r 0.407 after session 9's rules, when it was moved; at id p
/// 0.819 r 0.653, en p 0.741 r 0.454 after session 11's rules; at id p
/// 0.825 r 0.674, en p 0.769 r 0.528 after session 12's. Floors just under
/// the current figures.
#[test]
fn issue6_eighth_dev_set_stays_above_the_floor() {
    assert_eval_dir_floor("dev8", [("id", 10, 0.81, 0.66), ("en", 8, 0.75, 0.51)]);
}

/// Dev set 9 (`eval/dev9/`), blind held-out set 9 until session 12:
/// measured blind at id p 0.770 r 0.657, en p 0.842 r 0.430 when it was
/// written, and at id p 0.811 r 0.667, en p 0.859 r 0.484 after session
/// 12's rules, when it was moved; at id p 0.832 r 0.707, en p 0.865 r
/// 0.523 after session 13's. Floors just under the current figures.
#[test]
fn issue6_ninth_dev_set_stays_above_the_floor() {
    assert_eval_dir_floor("dev9", [("id", 10, 0.82, 0.69), ("en", 8, 0.85, 0.51)]);
}

/// Dev set 10 (`eval/dev10/`), blind held-out set 10 until session 13:
/// measured blind at id p 0.766 r 0.491, en p 0.795 r 0.533 when it was
/// written, and at id p 0.766 r 0.491, en p 0.782 r 0.554 after session
/// 13's rules, when it was moved. Floors just under those.
#[test]
fn issue6_tenth_dev_set_stays_above_the_floor() {
    assert_eval_dir_floor("dev10", [("id", 10, 0.75, 0.48), ("en", 8, 0.77, 0.54)]);
}

/// Dev set 11 (`eval/dev11/`), blind held-out set 11 in session 13:
/// measured blind at id p 0.748 r 0.574, en p 0.705 r 0.455 when it was
/// written, and at id p 0.748 r 0.583, en p 0.716 r 0.464 after session
/// 13's rules, when it was moved. Floors just under those.
#[test]
fn issue6_eleventh_dev_set_stays_above_the_floor() {
    assert_eval_dir_floor("dev11", [("id", 10, 0.73, 0.57), ("en", 8, 0.70, 0.45)]);
}

/// Rule fixtures for the session-5 vocabulary rows (`id_55_*`: missiles at a
/// country or into the sea, alert status, diplomatic protest notes, street
/// action, forced pick-up, appeals, planned aid), written with those rows.
#[test]
fn indonesian_vocabulary_fixtures_are_coded() {
    let score = score_where("id", &|doc| fixture_number(doc) == Some(55));
    let (p, r, _) = score.total.prf();
    assert!(score.documents >= 2, "{}", score.render(true));
    assert!(
        p >= 0.9 && r >= 0.9,
        "p {p:.3} r {r:.3}\n{}",
        score.render(true)
    );
}
