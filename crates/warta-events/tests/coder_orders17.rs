//! Orders (issue #6, session 14): an order naming its act by an event noun
//! (`memerintahkan pengerahan pasukan`, `ordered the deployment of
//! troops`) is coded as that act of the one who orders it, not as a
//! request without addressee; the order verb is a light verb of the noun.
//! A verb whose own pattern names the act (`mengajukan permohonan
//! ekstradisi`) keeps it. Sentences are our own; entities are placed by the
//! test, as the entity stage would.

mod common;

use common::{L, O, P, has, run};

use warta_core::{Document, EntityType};

fn doc(text: &str, lang: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, lang, "2026-11-20", ents)
}

#[test]
fn an_ordered_deployment_is_the_orderers_mobilisation() {
    let mut d = doc(
        "Presiden Nigeria Bola Tinubu memerintahkan pengerahan tambahan pasukan ke negara bagian Kebbi.",
        "id",
        &[("Bola Tinubu", P, "NGAGOV"), ("Kebbi", L, "NGA")],
    );
    let got = run(&mut d, false);
    assert!(has(&got, "MOBILIZE NGAGOV"), "{got:?}");
    assert!(!has(&got, "REQUEST"), "{got:?}");

    let mut d = doc(
        "Nigerian President Bola Tinubu ordered the deployment of more troops to Kebbi state.",
        "en",
        &[("Bola Tinubu", P, "NGAGOV"), ("Kebbi", L, "NGA")],
    );
    let got = run(&mut d, false);
    assert!(has(&got, "MOBILIZE NGAGOV"), "{got:?}");
}

#[test]
fn an_ordered_investigation_is_the_orderers_investigation() {
    let mut d = doc(
        "Kementerian Pertanian memerintahkan penyelidikan terhadap PT Pupuk Sriwijaya atas dugaan penimbunan pupuk.",
        "id",
        &[
            ("Kementerian Pertanian", O, "IDNGOV"),
            ("PT Pupuk Sriwijaya", O, "IDNBUS"),
        ],
    );
    let got = run(&mut d, false);
    assert!(has(&got, "ACCUSE IDNGOV->IDNBUS"), "{got:?}");
}

#[test]
fn a_verb_pattern_naming_its_act_keeps_it() {
    // `mengajukan permohonan` is the request; the extradition it asks for
    // is its content, not an act of Indonesia's.
    let mut d = doc(
        "Pemerintah Indonesia mengajukan permohonan ekstradisi buronan kasus korupsi Paulus Tannos kepada otoritas Singapura.",
        "id",
        &[
            ("Pemerintah Indonesia", O, "IDNGOV"),
            ("Paulus Tannos", P, "IDN"),
            ("Singapura", L, "SGP"),
        ],
    );
    let got = run(&mut d, false);
    assert!(has(&got, "REQUEST IDNGOV->SGP"), "{got:?}");
    assert!(!has(&got, "COERCE"), "{got:?}");
}

#[test]
fn an_order_to_ones_own_army_is_its_mobilisation() {
    let mut d = doc(
        "Presiden Ekuador Daniel Noboa memerintahkan militer mengambil alih kendali Lembaga Pemasyarakatan Litoral di Guayaquil.",
        "id",
        &[("Daniel Noboa", P, "ECUGOV"), ("Guayaquil", L, "ECU")],
    );
    let got = run(&mut d, false);
    assert!(has(&got, "MOBILIZE ECUGOV"), "{got:?}");

    let mut d = doc(
        "Peruvian President Jose Jeri ordered the armed forces to help police clear highways blocked by protesters.",
        "en",
        &[("Jose Jeri", P, "PERGOV")],
    );
    let got = run(&mut d, false);
    assert!(has(&got, "MOBILIZE PERGOV"), "{got:?}");
}
