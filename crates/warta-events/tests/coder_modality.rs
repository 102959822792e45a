//! Modality that changes what is coded (issue #6 dev set): conditions are not
//! events, declared refusals are REJECT, a negation stays with its own
//! predicate, and a speech act after `and` is not the content of a denial.
//! Sentences written for warta; entities are filled in by the test, as the
//! entity stage would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

fn doc(text: &str, lang: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, lang, "2025-06-02", ents)
}

/// `TYPE SOURCE->TARGET CAMEO [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, true)
}

#[test]
fn the_condition_of_a_statement_is_not_an_event() {
    let mut d = doc(
        "Seoul would resume aid only if Pyongyang released the detained fishermen.\nVietnam will file a protest unless China withdraws the oil rig from its waters.",
        "en",
        &[
            ("Seoul", L, "KORGOV"),
            ("Pyongyang", L, "PRKGOV"),
            ("Vietnam", L, "VNM"),
            ("China", L, "CHN"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "RETREAT PRKGOV"), "{got:?}");
    assert!(!has(&got, "RETREAT CHN"), "{got:?}");
    let mut d = doc(
        "Malaysia siap menjadi penengah antara Thailand dan Kamboja apabila kedua negara memintanya.\nJika Myanmar menyerang Thailand lagi, ASEAN akan menggelar pertemuan darurat.",
        "id",
        &[
            ("Malaysia", L, "MYS"),
            ("Thailand", L, "THA"),
            ("Kamboja", L, "KHM"),
            ("Myanmar", L, "MMR"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REQUEST THA"), "{got:?}");
    assert!(!has(&got, "REQUEST KHM"), "{got:?}");
    assert!(!has(&got, "ASSAULT MMR"), "{got:?}");
    // The statement itself is still coded: Malaysia's offer to mediate.
    assert!(has(&got, "AGREE MYS->THA"), "{got:?}");
}

#[test]
fn a_declared_refusal_is_a_rejection() {
    let mut d = doc(
        "Ankara said it would not withdraw its troops from Syria.",
        "en",
        &[("Ankara", L, "TURGOV"), ("Syria", L, "SYR")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REJECT TURGOV->"), "{got:?}");
    assert!(!has(&got, "RETREAT"), "{got:?}");
    let mut d = doc(
        "Filipina menegaskan tidak akan merundingkan batas laut dengan China.",
        "id",
        &[("Filipina", L, "PHL"), ("China", L, "CHN")],
    );
    let got = run(&mut d);
    assert_eq!(got, ["REJECT PHL->CHN 125 []"]);
    // A plain negation is no refusal: it stays a negated event.
    let mut d = doc(
        "Filipina tidak merundingkan batas laut dengan China.",
        "id",
        &[("Filipina", L, "PHL"), ("China", L, "CHN")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT"), "{got:?}");
}

#[test]
fn a_negation_stays_with_its_own_predicate() {
    let mut d = doc(
        "Brasil tidak ikut mengirim pasukan ke Haiti dan menolak tekanan Amerika Serikat.",
        "id",
        &[
            ("Brasil", L, "BRA"),
            ("Haiti", L, "HTI"),
            ("Amerika Serikat", L, "USA"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter()
            .any(|g| g.starts_with("REJECT BRA->") && !g.contains("negation")),
        "{got:?}"
    );
}

#[test]
fn an_accusation_after_a_denial_is_not_its_content() {
    let mut d = doc(
        "Manila denied that its vessels had rammed the boat and accused Beijing of harassment.",
        "en",
        &[("Manila", L, "PHLGOV"), ("Beijing", L, "CHNGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE PHLGOV->CHNGOV"), "{got:?}");
    let mut d = doc(
        "Kamboja membantah telah menghalangi bantuan dan menyalahkan Thailand atas kekurangan itu.",
        "id",
        &[("Kamboja", L, "KHM"), ("Thailand", L, "THA")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE KHM->THA"), "{got:?}");
    assert!(!has(&got, "COERCE"), "{got:?}");
}

#[test]
fn obstruction_and_missile_launches_have_their_types() {
    let mut d = doc(
        "Kapal perang China menghalangi kapal nelayan Vietnam di dekat Kepulauan Paracel.\nKorea Utara meluncurkan dua rudal jarak pendek ke Laut Jepang.\nPemerintah Iran membantah tuduhan itu.",
        "id",
        &[
            ("China", L, "CHN"),
            ("Vietnam", L, "VNM"),
            ("Korea Utara", L, "PRK"),
            ("Pemerintah Iran", O, "IRNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE CHN->VNM"), "{got:?}");
    assert!(has(&got, "MOBILIZE PRK->"), "{got:?}");
}
