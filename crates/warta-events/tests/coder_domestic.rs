//! The Indonesian coder on domestic news (issue #6): agentless arrests
//! whose source is the police or prosecutor the sentence names, two bodies
//! of one sector acting on each other, signed agreements, summons. Entities
//! are filled in by the test, as the entity stage would.

mod common;

use common::{L, O};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2025-09-09", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn an_agentless_arrest_is_made_by_the_security_actor_of_the_sentence() {
    let mut d = doc(
        "Kapolres Bogor mengatakan tujuh pemuda diamankan setelah tawuran di Cibinong.",
        &[("Kapolres Bogor", O, "IDNCOP"), ("pemuda", O, "IDNCVL")],
    );
    assert_eq!(run(&mut d), ["COERCE IDNCOP->IDNCVL []"]);
    let mut d = doc(
        "Para tersangka akan ditahan di Rumah Tahanan Kejaksaan Negeri Bandung.",
        &[
            ("tersangka", O, "IDNCRM"),
            ("Kejaksaan Negeri Bandung", O, "IDNJUD"),
        ],
    );
    assert_eq!(run(&mut d), ["COERCE IDNJUD->IDNCRM [future]"]);
}

#[test]
fn an_agentless_passive_without_a_security_actor_borrows_no_actor() {
    // No police, prosecutor or army in the sentence: no actor of the
    // sentence is coded as source; the arrest falls to the story's home
    // authorities (`authority_type`, agentless.rs), the country itself.
    let mut d = doc(
        "Tiga aktivis ditangkap di Makassar pada Minggu malam.",
        &[("aktivis", O, "IDNOPP"), ("Makassar", L, "IDN")],
    );
    assert_eq!(run(&mut d), ["COERCE IDN->IDNOPP []"], "{:?}", d.events);
    // A non-coercive passive does not borrow an actor either.
    let mut d = doc(
        "Warga dikunjungi polisi di posko pengungsian.",
        &[("Warga", O, "IDNCVL"), ("polisi", O, "IDNCOP")],
    );
    assert!(
        run(&mut d).iter().all(|e| !e.starts_with("COERCE")),
        "{:?}",
        d.events
    );
}

#[test]
fn two_bodies_of_one_sector_are_not_a_self_target() {
    let mut d = doc(
        "Bawaslu meminta KPU menunda penetapan hasil pemilihan.",
        &[("Bawaslu", O, "IDNGOV"), ("KPU", O, "IDNGOV")],
    );
    assert_eq!(run(&mut d), ["REQUEST IDNGOV->IDNGOV []"]);
    // A place and the country it lies in are still one actor.
    let mut d = doc(
        "Presiden Filipina tiba di Manila, Filipina, pada Senin.",
        &[("Manila", L, "PHL"), ("Filipina", L, "PHL")],
    );
    assert!(
        run(&mut d).iter().all(|e| !e.contains("PHL->PHL")),
        "{:?}",
        d.events
    );
}

/// Signing a formal agreement is CAMEO 057, SUPPORT in the PLOVER crosswalk
/// (as in English `sign` and in most gold files).
#[test]
fn signing_an_agreement_is_support_and_a_summons_is_a_request() {
    let mut d = doc(
        "Indonesia dan Vietnam menandatangani nota kesepahaman tentang perikanan.\nKomisi III DPR memanggil Kapolri dalam rapat dengar pendapat.",
        &[
            ("Indonesia", L, "IDN"),
            ("Vietnam", L, "VNM"),
            ("Komisi III DPR", O, "IDNLEG"),
            ("Kapolri", O, "IDNCOP"),
        ],
    );
    let got = run(&mut d);
    assert!(got.iter().any(|e| e.starts_with("SUPPORT")), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("AGREE")), "{got:?}");
    assert!(
        got.contains(&"REQUEST IDNLEG->IDNCOP []".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_force_event_targets_the_object_of_its_purpose_clause() {
    let mut d = doc(
        "Polisi menembakkan gas air mata untuk membubarkan ribuan mahasiswa di depan gedung DPRD.",
        &[("Polisi", O, "IDNCOP"), ("mahasiswa", O, "IDNEDU")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("ASSAULT IDNCOP->IDNEDU")),
        "{got:?}"
    );
}

#[test]
fn a_denial_takes_no_target_from_its_content_clause() {
    let mut d = doc(
        "Kementerian Luar Negeri membantah bahwa kapal patroli Malaysia telah memasuki perairan Indonesia.",
        &[
            ("Kementerian Luar Negeri", O, "IDNGOV"),
            ("Malaysia", L, "MYS"),
            ("Indonesia", L, "IDN"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("REJECT IDNGOV->")),
        "{got:?}"
    );
    // Not from the clause; a counterpart marked as such (`MYS~pair`, the
    // story's two countries) is another matter.
    assert!(
        !got.iter().any(|g| g.starts_with("REJECT IDNGOV->MYS ")),
        "{got:?}"
    );
}
