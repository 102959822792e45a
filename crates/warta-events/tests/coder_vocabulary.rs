//! Indonesian wire vocabulary of session 5 (issue #6): reduplicated triggers,
//! missiles fired at a country or at no one, diplomatic protest notes, alert
//! status, offers of dialogue. Entities are filled in by the test, as the
//! entity stage would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2026-11-20", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn reduplicated_triggers_read_as_their_base_word() {
    // Partial reduplication with a suffix: `menghalang-halangi` = menghalangi.
    let mut d = doc(
        "Penjaga Pantai China menghalang-halangi kapal Vietnam di dekat Kepulauan Paracel.",
        &[("Penjaga Pantai China", O, "CHNMIL"), ("Vietnam", L, "VNM")],
    );
    assert!(has(&run(&mut d), "COERCE CHNMIL->VNM"), "{:?}", d.events);
    // The plural `serangan-serangan` = serangan; repeated `memukul-mukul` = memukul.
    let mut d = doc(
        "Serangan-serangan Israel terhadap Lebanon dikecam Prancis.",
        &[
            ("Israel", L, "ISR"),
            ("Lebanon", L, "LBN"),
            ("Prancis", L, "FRA"),
        ],
    );
    assert!(has(&run(&mut d), "ASSAULT ISR->LBN"), "{:?}", d.events);
    let mut d = doc(
        "Polisi memukul-mukul mahasiswa Universitas Hasanuddin di Makassar.",
        &[
            ("Polisi", O, "IDNCOP"),
            ("Universitas Hasanuddin", O, "IDNEDU"),
        ],
    );
    assert!(
        has(&run(&mut d), "ASSAULT IDNCOP->IDNEDU"),
        "{:?}",
        d.events
    );
    // A reduplicated word that is no trigger stays unknown.
    let mut d = doc(
        "Negara-negara ASEAN membahas kupu-kupu langka di Jakarta.",
        &[("ASEAN", O, "IGO")],
    );
    assert!(run(&mut d).is_empty(), "{:?}", d.events);
}

#[test]
fn a_missile_at_a_country_is_an_attack_and_into_the_sea_a_test() {
    let mut d = doc(
        "Rusia meluncurkan 40 drone dan 12 rudal jelajah ke Ukraina pada Sabtu malam.",
        &[("Rusia", L, "RUS"), ("Ukraina", L, "UKR")],
    );
    assert_eq!(run(&mut d), ["ASSAULT RUS->UKR []"]);
    // The sea named after a country is no target: a weapons test (the
    // counterpart step may still name the other country of the story).
    let mut d = doc(
        "Korea Utara menembakkan dua rudal balistik ke Laut Jepang pada Kamis pagi.",
        &[("Korea Utara", L, "PRK"), ("Jepang", L, "JPN")],
    );
    let got = run(&mut d);
    assert!(
        has(&got, "MOBILIZE PRK->") && !has(&got, "ASSAULT"),
        "{got:?}"
    );
}

#[test]
fn protest_notes_alert_status_and_open_doors() {
    let mut d = doc(
        "Tokyo menyampaikan protes keras kepada Pyongyang melalui kedutaannya di Beijing.",
        &[
            ("Tokyo", L, "JPN"),
            ("Pyongyang", L, "PRK"),
            ("Beijing", L, "CHN"),
        ],
    );
    assert_eq!(run(&mut d), ["ACCUSE JPN->PRK []"]);
    let mut d = doc(
        "Militer Filipina meningkatkan status kewaspadaan di Laut China Selatan.",
        &[("Militer Filipina", O, "PHLMIL"), ("China", L, "CHN")],
    );
    assert!(has(&run(&mut d), "MOBILIZE PHLMIL->"), "{:?}", d.events);
    let mut d = doc(
        "Seoul tetap membuka pintu dialog dengan Pyongyang.",
        &[("Seoul", L, "KOR"), ("Pyongyang", L, "PRK")],
    );
    assert_eq!(run(&mut d), ["AGREE KOR->PRK []"]);
    // A refusal to sit at the negotiating table is a REJECT.
    let mut d = doc(
        "Netanyahu menegaskan Israel tidak akan duduk di meja perundingan dengan Hamas.",
        &[("Israel", L, "ISR"), ("Hamas", O, "PSEREB")],
    );
    assert!(
        run(&mut d)
            .iter()
            .any(|e| e.starts_with("REJECT ISR->PSEREB")),
        "{:?}",
        d.events
    );
}

#[test]
fn offers_to_mediate_and_mediators_of_talks_name_both_sides() {
    // `menawarkan diri menjadi penengah antara X dan Y` is an offer to
    // mediate (CAMEO 039) towards both sides, not a plain offer without target.
    let mut d = doc(
        "Malaysia menawarkan diri menjadi penengah antara Thailand dan Kamboja.",
        &[
            ("Malaysia", L, "MYS"),
            ("Thailand", L, "THA"),
            ("Kamboja", L, "KHM"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "AGREE MYS->THA"), "{got:?}");
    assert!(has(&got, "AGREE MYS->KHM"), "{got:?}");
    // The mediator of talks (`menjadi mediator dalam perundingan antara ...`)
    // mediates between the two parties of the talks.
    let mut d = doc(
        "Qatar menjadi mediator dalam perundingan antara Israel dan Hamas di Doha.",
        &[
            ("Qatar", L, "QAT"),
            ("Israel", L, "ISR"),
            ("Hamas", O, "PSEREB"),
            ("Doha", L, "QAT"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT QAT->ISR"), "{got:?}");
    assert!(has(&got, "CONSULT QAT->PSEREB"), "{got:?}");
}

#[test]
fn embargoes_imposed_and_lifted_with_the_usual_verbs() {
    // `memberlakukan/menjatuhkan/menerapkan embargo` impose sanctions like
    // `sanksi` does; `mencabut embargo` eases them.
    let mut d = doc(
        "Amerika Serikat memberlakukan embargo senjata terhadap Myanmar.",
        &[("Amerika Serikat", L, "USA"), ("Myanmar", L, "MMR")],
    );
    assert!(has(&run(&mut d), "SANCTION USA->MMR"), "{:?}", d.events);
    let mut d = doc(
        "Kanada menerapkan sanksi baru terhadap Rusia.",
        &[("Kanada", L, "CAN"), ("Rusia", L, "RUS")],
    );
    assert!(has(&run(&mut d), "SANCTION CAN->RUS"), "{:?}", d.events);
    let mut d = doc(
        "Amerika Serikat mencabut embargo senjata terhadap Vietnam.",
        &[("Amerika Serikat", L, "USA"), ("Vietnam", L, "VNM")],
    );
    assert!(has(&run(&mut d), "CONCEDE USA->VNM"), "{:?}", d.events);
}

#[test]
fn executions_and_mutual_accusations() {
    // A state executing foreigners is a killing (CAMEO 1823, mode execute).
    let mut d = doc(
        "Pemerintah Iran mengeksekusi dua warga negara Swedia.",
        &[("Pemerintah Iran", O, "IRNGOV"), ("Swedia", L, "SWE")],
    );
    assert!(has(&run(&mut d), "ASSAULT IRNGOV->SWE"), "{:?}", d.events);
    // `saling tuduh` (the bare base form) is as reciprocal as `saling menuduh`.
    let mut d = doc(
        "Pakistan dan India saling tuduh atas serangan di Kashmir.",
        &[
            ("Pakistan", L, "PAK"),
            ("India", L, "IND"),
            ("Kashmir", L, "IND"),
        ],
    );
    assert!(has(&run(&mut d), "ACCUSE PAK->IND"), "{:?}", d.events);
}
