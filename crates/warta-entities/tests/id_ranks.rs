//! Indonesian military and police ranks in front of a name (`Letkol Inf`,
//! `Brigjen TNI`, `Laksamana Madya TNI`, `AKBP`): the name after the rank
//! is a person of the security forces, and the unit or rank words before it
//! are not part of the name. Sentences written for warta.

mod common;

use warta_core::{Document, EntityType};

fn person<'a>(doc: &'a Document, name: &str) -> Option<&'a warta_core::Entity> {
    doc.entities
        .iter()
        .find(|e| e.kind == EntityType::Person && e.mentions.iter().any(|m| m.text == name))
}

#[test]
fn rank_and_corps_before_a_name() {
    let doc = common::run(
        "JAYAPURA - Kelompok bersenjata menembaki pos TNI di Puncak, kata Kepala Penerangan \
         Satgas Damai Letkol Inf Yosef Mandala kepada wartawan. Kapuspen TNI Brigjen TNI \
         Rudi Hartanto mengatakan prajurit telah dikerahkan.",
        "id",
        None,
    );
    let yosef = person(&doc, "Yosef Mandala").expect("name after `Letkol Inf` alone");
    assert_eq!(yosef.actor.as_deref(), Some("IDNMIL"));
    let rudi = person(&doc, "Rudi Hartanto").expect("name after `Brigjen TNI`");
    assert_eq!(rudi.actor.as_deref(), Some("IDNMIL"));
}

#[test]
fn a_title_word_inside_a_name_stays() {
    let doc = common::run(
        "Warga bernama Yoga Putra Pratama melapor ke polisi setelah rumahnya dibobol.",
        "id",
        None,
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.text != "Pratama")),
        "`Putra` does not cut the name"
    );
}
