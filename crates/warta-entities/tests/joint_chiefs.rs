//! A joint chiefs of staff is a military body, not a person called
//! `Gabungan`: its country comes from the country named with it.
//! Sentences written for warta.

mod common;

use warta_core::EntityType;

#[test]
fn kepala_staf_gabungan_is_a_military_body() {
    let doc = common::run(
        "Korea Utara menembakkan rudal balistik ke Laut Jepang pada Senin pagi, kata Kepala Staf \
         Gabungan Korea Selatan dalam pernyataan singkat.",
        "id",
        None,
    );
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.kind == EntityType::Person && e.canonical == "Gabungan"),
        "no person named Gabungan"
    );
    let (actor, _) = common::actor_and_rule(&doc, "Kepala Staf Gabungan Korea Selatan")
        .expect("the whole body is one organisation");
    assert_eq!(actor.as_deref(), Some("KORMIL"));
}

#[test]
fn joint_chiefs_of_staff_with_a_demonym() {
    let doc = common::run(
        "The South Korean Joint Chiefs of Staff said the missile flew about 900 km.",
        "en",
        None,
    );
    let (actor, _) = common::actor_and_rule(&doc, "South Korean Joint Chiefs of Staff")
        .expect("one organisation");
    assert_eq!(actor.as_deref(), Some("KORMIL"));
}
