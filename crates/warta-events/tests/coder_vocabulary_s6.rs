//! Indonesian wire vocabulary of session 6 (issue #6): declared future force
//! is a threat, declared refusals, apologies and condolences, objections,
//! release of detainees, policy climb-downs, licence revocations, police
//! complaints and protest acts. Sentences written for these tests in wire
//! style. Entities are filled in by the test, as the entity stage would.

mod common;

use common::{L, O, P, has};

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
fn declared_future_force_is_a_threat() {
    // `akan terus menyerang`: the actor's own announced attack is THREATEN.
    let mut d = doc(
        "Houthi akan terus menyerang kapal-kapal Israel di Laut Merah.",
        &[("Houthi", O, "YEMREB"), ("Israel", L, "ISR")],
    );
    assert!(has(&run(&mut d), "THREATEN YEMREB->ISR"), "{:?}", d.events);
    let mut d = doc(
        "Israel akan menyerang Rafah dalam beberapa hari ke depan.",
        &[("Israel", L, "ISR"), ("Rafah", L, "PSE")],
    );
    assert!(has(&run(&mut d), "THREATEN ISR->PSE"), "{:?}", d.events);
    // A passive future (`akan ditahan`) is no threat by anyone.
    let mut d = doc(
        "Tersangka akan ditahan oleh KPK selama 20 hari di Rutan Cipinang.",
        &[("KPK", O, "IDNJUD")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("THREATEN")), "{got:?}");
    // A merely possible attack (`bisa menyerang`) is no threat either.
    let mut d = doc(
        "Analis menilai Rusia bisa menyerang Moldova tahun depan.",
        &[("Rusia", L, "RUS"), ("Moldova", L, "MDA")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("THREATEN")), "{got:?}");
}

#[test]
fn declared_refusals_are_reject() {
    let mut d = doc(
        "Iran menegaskan tidak akan menghentikan program pengayaan uraniumnya.",
        &[("Iran", L, "IRN")],
    );
    assert!(has(&run(&mut d), "REJECT IRN->"), "{:?}", d.events);
    let mut d = doc(
        "Ukraina tidak akan mengakui aneksasi wilayahnya oleh Rusia.",
        &[("Ukraina", L, "UKR"), ("Rusia", L, "RUS")],
    );
    assert!(has(&run(&mut d), "REJECT UKR->"), "{:?}", d.events);
}

#[test]
fn courtesies_apologies_and_objections() {
    let mut d = doc(
        "Kedutaan Besar Jepang menyampaikan permohonan maaf kepada pemerintah Indonesia atas insiden itu.",
        &[
            ("Kedutaan Besar Jepang", O, "JPNGOV"),
            ("Indonesia", L, "IDN"),
        ],
    );
    // An apology concedes (CONCEDE 055, as the bank and dev-set gold code it).
    assert!(has(&run(&mut d), "CONCEDE JPNGOV->IDN"), "{:?}", d.events);
    let mut d = doc(
        "Indonesia menyampaikan duka cita kepada rakyat Turki atas gempa itu.",
        &[("Indonesia", L, "IDN"), ("Turki", L, "TUR")],
    );
    assert!(has(&run(&mut d), "SUPPORT IDN->TUR"), "{:?}", d.events);
    let mut d = doc(
        "Malaysia menyatakan keberatan atas pembangunan pos jaga Indonesia di perbatasan.",
        &[("Malaysia", L, "MYS"), ("Indonesia", L, "IDN")],
    );
    assert!(has(&run(&mut d), "ACCUSE MYS->IDN"), "{:?}", d.events);
}

#[test]
fn releases_climb_downs_and_revocations() {
    // Freeing detainees is RETREAT (release), as in the PLOVER crosswalk.
    let mut d = doc(
        "Iran membebaskan seorang warga negara Prancis yang ditahan selama dua tahun.",
        &[("Iran", L, "IRN"), ("Prancis", L, "FRA")],
    );
    assert!(has(&run(&mut d), "RETREAT IRN->FRA"), "{:?}", d.events);
    let mut d = doc(
        "Bupati Pati Sudewo membatalkan kenaikan pajak bumi dan bangunan setelah didemo warga.",
        &[("Sudewo", P, "IDNGOV")],
    );
    assert!(has(&run(&mut d), "CONCEDE IDNGOV->"), "{:?}", d.events);
    let mut d = doc(
        "Kementerian ESDM mencabut izin usaha empat perusahaan tambang nikel.",
        &[("Kementerian ESDM", O, "IDNGOV")],
    );
    assert!(has(&run(&mut d), "COERCE IDNGOV->"), "{:?}", d.events);
    // `menghentikan sementara` alone (trading halted) is no coercion.
    let mut d = doc(
        "Bursa Efek Indonesia menghentikan sementara perdagangan saham pada Selasa.",
        &[("Bursa Efek Indonesia", O, "IDNBUS")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("COERCE")), "{got:?}");
}

#[test]
fn complaints_and_protest_acts() {
    let mut d = doc(
        "Indonesia Corruption Watch melaporkan bupati itu ke KPK atas dugaan suap.\n\
         Ratusan petani mendatangi kantor DPRD Jember untuk menuntut penyelesaian sengketa lahan.",
        &[
            ("Indonesia Corruption Watch", O, "IDNNGO"),
            ("bupati", O, "IDNGOV"),
            ("petani", O, "IDNAGR"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE IDNNGO->IDNGOV"), "{got:?}");
    assert!(has(&got, "PROTEST IDNAGR->"), "{got:?}");
}

#[test]
fn not_hesitating_is_no_negation() {
    // `tidak segan` ("does not hesitate to"): the longest cue wins, so the
    // `tidak` inside it does not negate the announced act.
    let mut d = doc(
        "Houthi tak segan menyerang kapal-kapal Israel di Laut Merah.",
        &[("Houthi", O, "YEMREB"), ("Israel", L, "ISR")],
    );
    assert!(has(&run(&mut d), "THREATEN YEMREB->ISR"), "{:?}", d.events);
    // A plain `tidak` still negates.
    let mut d = doc(
        "Houthi tidak menyerang kapal-kapal Israel pekan ini.",
        &[("Houthi", O, "YEMREB"), ("Israel", L, "ISR")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "ASSAULT YEMREB->ISR []"), "{got:?}");
}

#[test]
fn evaluative_and_reciprocal_accusations() {
    // `menilai X gagal ...`: an assessment that an actor failed is criticism.
    let mut d = doc(
        "Human Rights Watch menilai pemerintah Myanmar gagal melindungi warga Rohingya.",
        &[
            ("Human Rights Watch", O, "NGO"),
            ("pemerintah Myanmar", O, "MMRGOV"),
        ],
    );
    assert!(has(&run(&mut d), "ACCUSE NGO->MMRGOV"), "{:?}", d.events);
    // `menilai X melanggar ...`: an assessment that an actor broke a rule.
    let mut d = doc(
        "Filipina menilai China melanggar hukum laut internasional di Laut China Selatan.",
        &[("Filipina", L, "PHL"), ("China", L, "CHN")],
    );
    assert!(has(&run(&mut d), "ACCUSE PHL->CHN"), "{:?}", d.events);
    // `saling tuding` / `saling menyalahkan`: blame both ways.
    let mut d = doc(
        "Armenia dan Azerbaijan saling tuding atas penembakan di perbatasan.",
        &[("Armenia", L, "ARM"), ("Azerbaijan", L, "AZE")],
    );
    let got = run(&mut d);
    assert!(
        has(&got, "ACCUSE ARM->AZE") || has(&got, "ACCUSE AZE->ARM"),
        "{got:?}"
    );
    let mut d = doc(
        "India dan Pakistan saling menyalahkan atas gagalnya pembicaraan damai.",
        &[("India", L, "IND"), ("Pakistan", L, "PAK")],
    );
    let got = run(&mut d);
    assert!(
        has(&got, "ACCUSE IND->PAK") || has(&got, "ACCUSE PAK->IND"),
        "{got:?}"
    );
}

#[test]
fn refusal_to_negotiate_targets_the_partner() {
    // `menolak berunding dengan X`: the refused partner is the target.
    let mut d = doc(
        "Taliban menolak berunding dengan pemerintah Pakistan soal perbatasan.",
        &[
            ("Taliban", O, "AFGREB"),
            ("pemerintah Pakistan", O, "PAKGOV"),
        ],
    );
    assert!(has(&run(&mut d), "REJECT AFGREB->PAKGOV"), "{:?}", d.events);
}

#[test]
fn standby_forces_and_appeals_between_parties() {
    // `bersiaga di X`: forces put on standby near a place are MOBILIZE.
    let mut d = doc(
        "Kapal perang Rusia bersiaga di lepas pantai Suriah sejak Minggu.",
        &[("Rusia", L, "RUS"), ("Suriah", L, "SYR")],
    );
    assert!(has(&run(&mut d), "MOBILIZE RUS"), "{:?}", d.events);
    // `menyerukan dialog antara X dan Y`: the parties are the targets.
    let mut d = doc(
        "Indonesia menyerukan dialog antara Thailand dan Kamboja untuk meredakan ketegangan.",
        &[
            ("Indonesia", L, "IDN"),
            ("Thailand", L, "THA"),
            ("Kamboja", L, "KHM"),
        ],
    );
    let got = run(&mut d);
    assert!(
        has(&got, "REQUEST IDN->THA") || has(&got, "REQUEST IDN->KHM"),
        "{got:?}"
    );
}
