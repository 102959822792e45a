//! Indonesian verb families reached through the morphology (issue #6,
//! session 9): a dictionary head analysed to the wrong root (`mengenakan`
//! as enak + an, `mengusir` as k-usir, `meminta` as p-inta, `mengundang` as
//! k-undang) or to no root (`memberhentikan`, `menandatangani`) lost its
//! passive and every other form. Sentences written for these tests in wire
//! style; none comes from an eval set. Entities are filled in by the test,
//! as the entity stage would.

mod common;

use common::{L, O, P, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2026-11-27", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn sanctions_imposed_in_the_passive_are_coded() {
    // mengenakan = meN + kena + kan, so its passive is `dikenakan`.
    let mut d = doc(
        "Rusia dikenakan sanksi baru oleh Uni Eropa pada Senin.",
        &[("Rusia", L, "RUS"), ("Uni Eropa", O, "IGOEUR")],
    );
    assert!(has(&run(&mut d), "SANCTION IGOEUR->RUS"), "{:?}", d.events);
    let mut d = doc(
        "Jepang mengenakan sanksi terhadap Korea Utara atas uji coba rudal itu.",
        &[("Jepang", L, "JPN"), ("Korea Utara", L, "PRK")],
    );
    assert!(has(&run(&mut d), "SANCTION JPN->PRK"), "{:?}", d.events);
}

#[test]
fn expelled_diplomats_and_invited_leaders_keep_their_root() {
    // mengusir = meng + usir (not kusir): `diusir` is its passive.
    let mut d = doc(
        "Atase militer Belanda diusir oleh Venezuela pekan lalu.",
        &[("Belanda", L, "NLD"), ("Venezuela", L, "VEN")],
    );
    assert!(has(&run(&mut d), "SANCTION VEN->NLD"), "{:?}", d.events);
    // mengundang = meng + undang (not kundang): `diundang` is its passive.
    let mut d = doc(
        "Presiden Kenya diundang oleh Tanzania ke pertemuan puncak di Arusha.",
        &[("Kenya", L, "KEN"), ("Tanzania", L, "TZA")],
    );
    assert!(has(&run(&mut d), "AGREE TZA->KEN"), "{:?}", d.events);
}

#[test]
fn requests_in_the_passive_are_coded() {
    // meminta = me + minta (not mem + p-inta): `diminta` is its passive.
    let mut d = doc(
        "Myanmar diminta oleh Malaysia untuk membuka akses bantuan ke Rakhine.",
        &[("Myanmar", L, "MMR"), ("Malaysia", L, "MYS")],
    );
    assert!(has(&run(&mut d), "REQUEST MYS->MMR"), "{:?}", d.events);
}

#[test]
fn heads_whose_root_was_missing_find_their_passive() {
    // memberhentikan = mem + berhenti + kan: `diberhentikan`.
    let mut d = doc(
        "Kepala Polres Jayapura diberhentikan oleh Kapolri pada Rabu malam.",
        &[
            ("Kepala Polres Jayapura", P, "IDNCOP"),
            ("Kapolri", P, "IDNCOP"),
        ],
    );
    assert!(has(&run(&mut d), "COERCE IDNCOP->IDNCOP"), "{:?}", d.events);
}
