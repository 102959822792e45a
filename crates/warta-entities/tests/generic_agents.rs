//! Generic agents whose words name no country (`Officers raided`,
//! `Petugas menyita`, `Para penyerang`) are actors of the story's country,
//! and a compound whose first noun another span took (`Chilean army
//! officers`) is no second actor; a state body, union or association named
//! by its kind (`Kantor Ombudsman`, `Serikat pengemudi`) is one too.
//! Sentences written for warta.

mod common;

#[test]
fn bare_officers_in_an_english_story_are_its_police() {
    let doc = common::run(
        "LIMA (Reuters) - Peruvian police arrested 12 people in Lima on \
         Monday in a bribery inquiry. Officers searched the homes of two \
         judges and seized cash, Peru's prosecutors said.",
        "en",
        None,
    );
    let (actor, _) = common::actor_and_rule(&doc, "Officers").expect("officers found");
    assert_eq!(actor.as_deref(), Some("PERCOP"));
}

#[test]
fn petugas_and_attackers_in_an_indonesian_story_take_its_country() {
    let doc = common::run(
        "Surabaya (ANTARA) - Polisi menggerebek sebuah gudang narkoba di \
         Surabaya, Jawa Timur, pada Selasa. Petugas menyita dua kilogram sabu \
         dari lokasi itu. Para penyerang sempat melempari petugas dengan batu.",
        "id",
        None,
    );
    let (actor, _) = common::actor_and_rule(&doc, "Petugas").expect("petugas found");
    assert_eq!(actor.as_deref().map(|a| &a[..3]), Some("IDN"));
    let (actor, _) = common::actor_and_rule(&doc, "Para penyerang").expect("attackers found");
    assert_eq!(actor.as_deref(), Some("IDNREB"));
}

#[test]
fn officers_after_another_agent_span_are_not_a_second_actor() {
    let doc = common::run(
        "Argentina granted asylum to three Chilean army officers on Friday, \
         Argentina's foreign ministry said.",
        "en",
        None,
    );
    let officers = doc.entities.iter().any(|e| {
        e.mentions.iter().any(|m| m.text == "officers") && e.actor.as_deref() == Some("ARGCOP")
    });
    assert!(
        !officers,
        "officers is part of the Chilean army: {:?}",
        doc.entities
    );
}

#[test]
fn ombudsman_and_drivers_union_named_by_their_kind_take_the_story_country() {
    let doc = common::run(
        "Lima (ANTARA) - Pemerintah Peru menetapkan status darurat di ibu kota, Senin. \
         Kantor Ombudsman meminta Kejaksaan mengusut anggota kepolisian yang bertugas. \
         Serikat pengemudi angkutan menolak status darurat itu.",
        "id",
        None,
    );
    let (ombudsman, _) = common::actor_and_rule(&doc, "Kantor Ombudsman").expect("found");
    assert_eq!(ombudsman.as_deref(), Some("PERGOV"));
    let (union, _) = common::actor_and_rule(&doc, "Serikat pengemudi").expect("found");
    assert_eq!(union.as_deref(), Some("PERLAB"));
}
