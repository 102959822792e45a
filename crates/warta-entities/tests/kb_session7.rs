//! Knowledge-base rows of session 7: the Pope is the Vatican's, world
//! bodies (FIFA, Gavi, the Alliance of Sahel States) are international,
//! Sahel junta leaders are their countries'. Sentences written for warta.

mod common;

use common::actor_of;

#[test]
fn the_pope_is_the_vatican_s_in_both_languages() {
    let text = "Paus Leo XIV menyerukan gencatan senjata di Sudan dalam doa Angelus, Minggu.";
    assert_eq!(
        actor_of(text, "id", "Paus Leo XIV").as_deref(),
        Some("VATREL")
    );
    let text = "Pope Leo XIV called for a ceasefire in Sudan during Sunday prayers.";
    assert_eq!(
        actor_of(text, "en", "Pope Leo XIV").as_deref(),
        Some("VATREL")
    );
}

#[test]
fn world_bodies_are_international() {
    let text = "FIFA menangguhkan federasi sepak bola negara itu, sementara Gavi mengirim vaksin.";
    assert_eq!(actor_of(text, "id", "FIFA").as_deref(), Some("IGO"));
    assert_eq!(actor_of(text, "id", "Gavi").as_deref(), Some("IGO"));
    let text = "The Alliance of Sahel States said on Monday it would create a joint force.";
    assert_eq!(
        actor_of(text, "en", "Alliance of Sahel States").as_deref(),
        Some("IGO")
    );
}

#[test]
fn a_junta_leader_named_alone_is_his_country_s() {
    let text = "Goita said on Monday that the country would hold no talks with armed groups.";
    assert_eq!(
        actor_of(text, "en", "Goita")
            .map(|a| a[..3].to_string())
            .as_deref(),
        Some("MLI")
    );
}
