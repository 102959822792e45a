//! Who acts on whom in Indonesian clauses (session 10, actid13): a
//! go-between named after `dengan mediasi` is no target of the two sides'
//! talks. Sentences written for these tests; entities are filled in by the
//! test, as the entity stage would.

mod common;

use common::{L, O};

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut warta_core::Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn mediators_after_dengan_mediasi_are_no_target_of_the_talks() {
    let mut d = common::doc(
        "Delegasi Sudan dan RSF menggelar perundingan di Jeddah dengan mediasi Arab Saudi dan Amerika Serikat.",
        "id",
        "2025-09-09",
        &[
            ("Sudan", L, "SDN"),
            ("RSF", O, "SDNREB"),
            ("Jeddah", L, "SAU"),
            ("Arab Saudi", L, "SAU"),
            ("Amerika Serikat", L, "USA"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter()
            .filter(|e| e.starts_with("CONSULT"))
            .all(|e| !e.contains("->SAU") && !e.contains("->USA")),
        "{got:?}"
    );
    // The two sides talk to each other.
    assert!(
        got.iter().any(|e| e.starts_with("CONSULT SDN->SDNREB")),
        "{got:?}"
    );
}

#[test]
fn a_partner_after_dengan_stays_the_target() {
    // `dengan` before the partner's own noun is no mediation.
    let mut d = common::doc(
        "Pemerintah Sudan menggelar perundingan dengan delegasi RSF di Jeddah.",
        "id",
        "2025-09-09",
        &[
            ("Pemerintah Sudan", O, "SDNGOV"),
            ("RSF", O, "SDNREB"),
            ("Jeddah", L, "SAU"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("CONSULT SDNGOV->SDNREB")),
        "{got:?}"
    );
}

#[test]
fn a_junta_freeing_prisoners_acts_on_its_own_country() {
    // The story is about Indonesians abroad (home IDN); the junta acts on
    // its own people, no other country in the sentence.
    let mut d = common::doc(
        "Kemlu memastikan seluruh WNI di Myanmar dalam keadaan aman.\n\
         Kemlu meminta WNI menjauhi lokasi unjuk rasa, kata juru bicara Kemlu.\n\
         Junta Myanmar membebaskan 3.000 tahanan dalam amnesti Hari Kemerdekaan.",
        "id",
        "2025-09-09",
        &[
            ("Kemlu", O, "IDNGOV"),
            ("WNI", O, "IDNCVL"),
            ("Junta Myanmar", O, "MMRMIL"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("RETREAT MMRMIL->MMR~own")),
        "{got:?}"
    );
}

#[test]
fn no_own_country_target_when_the_sentence_names_another_country() {
    // Two Thai nationals among the freed: the act is not Myanmar's own
    // business alone, so no `own` fill.
    let mut d = common::doc(
        "Kemlu memastikan seluruh WNI di Myanmar dalam keadaan aman.\n\
         Kemlu meminta WNI menjauhi lokasi unjuk rasa, kata juru bicara Kemlu.\n\
         Junta Myanmar membebaskan 3.000 tahanan, termasuk dua warga Thailand.",
        "id",
        "2025-09-09",
        &[
            ("Kemlu", O, "IDNGOV"),
            ("WNI", O, "IDNCVL"),
            ("Junta Myanmar", O, "MMRMIL"),
            ("warga Thailand", O, "THACVL"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("RETREAT MMRMIL->")),
        "{got:?}"
    );
    assert!(got.iter().all(|e| !e.contains("~own")), "{got:?}");
}
