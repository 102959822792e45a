//! Unit tests of the counterpart table and ways (kept apart so that
//! `counterpart.rs` stays readable).

use super::sentence::same_actor;
use super::*;

fn rows(s: &[&str]) -> Vec<String> {
    s.iter().map(|x| x.to_string()).collect()
}

/// A document whose entities are (country, actor code, mentions, sector).
fn doc_with(ents: &[(&str, &str, usize, Option<&str>)]) -> Document {
    let mut d = Document::new(String::new(), warta_core::SourceInfo::default());
    for (i, &(country, actor, n, sector)) in ents.iter().enumerate() {
        d.entities.push(warta_core::Entity {
            id: format!("E{}", i + 1),
            kind: if actor.len() == 3 {
                EntityType::Location
            } else {
                EntityType::Organization
            },
            canonical: actor.to_string(),
            role: None,
            country: Some(country.to_string()),
            sector: sector.map(str::to_string),
            actor: Some(actor.to_string()),
            mentions: (0..n)
                .map(|k| warta_core::Mention {
                    start: 10 * (i * 10 + k),
                    end: 10 * (i * 10 + k) + 3,
                    text: actor.to_string(),
                    sentence: k,
                    rule: String::new(),
                })
                .collect(),
            geo: None,
            rule: "test".into(),
        });
    }
    d
}

#[test]
fn the_home_country_and_the_pair_come_from_the_mentions() {
    // Kenya six times, Britain three times, a French news agency four times.
    let d = doc_with(&[
        ("KEN", "KENCOP", 4, None),
        ("KEN", "KEN", 2, None),
        ("GBR", "GBR", 3, None),
        ("FRA", "FRAMED", 4, Some(MEDIA_SECTOR)),
    ]);
    let c = Counterparts::new(&d);
    assert_eq!(c.home.as_deref(), Some("KEN"));
    // Britain has half as many mentions as Kenya: the story's pair.
    assert_eq!(c.pair, Some(("KEN".into(), "GBR".into())));
    assert_eq!(c.country_of("KENGOV"), Some("KEN"));
    assert_eq!(c.country_of("FRAMED"), None, "news agencies are no party");
    assert_eq!(c.party_of("IGOUNO"), Some("IGOUNO"));
    assert_eq!(c.country_ref("KEN", &d).entity.as_deref(), Some("E2"));
    // One mention of a second country among twelve is no pair.
    let d = doc_with(&[("IDN", "IDNJUD", 12, None), ("AUS", "AUS", 1, None)]);
    assert_eq!(Counterparts::new(&d).pair, None);
}

#[test]
fn a_country_and_its_own_bodies_are_one_actor() {
    assert!(same_actor("IDN", "IDNGOV"));
    assert!(same_actor("KENCOP", "KEN"));
    assert!(!same_actor("KENCOP", "KENOPP"));
    assert!(!same_actor("USA", "IRN"));
    assert!(same_actor("", "IRN"));
}

#[test]
fn the_table_names_ways_per_type_and_rejects_bad_rows() {
    let t = CounterpartTable::load(&rows(&[
        "REJECT\tcounterpart,discourse,domestic\tno\tdenied",
        "ACCUSE\tdiscourse\tyes\tcondemned the move",
        "MOBILIZE\t-\tno\tsolo drills",
    ]))
    .unwrap();
    assert_eq!(
        t.ways("REJECT", false),
        &[Way::Sentence, Way::Discourse, Way::Domestic]
    );
    assert!(t.ways("REJECT", true).is_empty());
    assert_eq!(t.ways("ACCUSE", true), &[Way::Discourse]);
    assert!(t.ways("MOBILIZE", false).is_empty());
    assert!(t.ways("ASSAULT", false).is_empty());
    let e = CounterpartTable::load(&rows(&["REJECT\tsomewhere\tno"])).unwrap_err();
    assert!(e.contains("unknown way `somewhere`"), "{e}");
    let e = CounterpartTable::load(&rows(&["REJECT\tpair\tmaybe"])).unwrap_err();
    assert!(e.contains("`yes` or `no`"), "{e}");
    assert!(CounterpartTable::load(&rows(&["REJECT\tpair"])).is_err());
}

#[test]
fn a_home_agent_acts_on_its_own_country_whoever_else_is_named() {
    // `Police raided an illegal mine and arrested 14 people, including
    // two Chinese nationals`: a story about Indonesia naming China once.
    let d = doc_with(&[("IDN", "IDNCOP", 5, None), ("CHN", "CHN", 1, None)]);
    let c = Counterparts::new(&d);
    let home = |own, source| c.home_agent(own, source, &d).and_then(|r| r.actor);
    assert_eq!(home("IDN", "IDNCOP").as_deref(), Some("IDN"));
    assert!(home("IDN", "IDN").is_none(), "a bare country is no agent");
    assert!(home("CHN", "CHNGOV").is_none(), "not the story's country");
    let t = CounterpartTable::load(&rows(&["COERCE	home,counterpart	no"])).unwrap();
    assert_eq!(t.ways("COERCE", false), &[Way::Sentence, Way::Home]);
    let t = CounterpartTable::load(&rows(&["REJECT\thome,pair\tno"])).unwrap();
    assert_eq!(t.ways("REJECT", false), &[Way::Pair, Way::Home]);
}

#[test]
fn the_scene_is_the_home_country_for_a_foreign_source_only() {
    let d = doc_with(&[("PHL", "PHL", 5, None), ("JPN", "JPN", 1, None)]);
    let c = Counterparts::new(&d);
    assert_eq!(
        c.scene("JPN", &d).and_then(|r| r.actor).as_deref(),
        Some("PHL")
    );
    assert_eq!(
        c.scene("IGOUNO", &d).and_then(|r| r.actor).as_deref(),
        Some("PHL")
    );
    assert!(c.scene("PHL", &d).is_none(), "no aid to itself");
    let t = CounterpartTable::load(&rows(&["AID\tscene,counterpart\tno"])).unwrap();
    assert_eq!(t.ways("AID", false), &[Way::Sentence, Way::Scene]);
}

/// An event of the discourse window, from `source` to `target` in sentence `s`.
fn recent_event(source: &str, target: &str, s: usize) -> Event {
    Event {
        id: "V1".into(),
        confidence: 1.0,
        ..crate::test_events::event(s, "CONSULT", source, target)
    }
}

#[test]
fn a_domestic_body_takes_a_counterpart_only_from_its_own_thread() {
    // `The minister met the Chinese ambassador ... The workers' union
    // threatened a strike`: the union's threat is not aimed at China.
    let d = doc_with(&[
        ("IDN", "IDNGOV", 4, None),
        ("IDN", "IDNLAB", 2, None),
        ("CHN", "CHNGOV", 3, None),
    ]);
    let c = Counterparts::new(&d);
    let met = recent_event("IDNGOV", "CHNGOV", 1);
    let recent = [&met];
    let other = |source| c.last_foreign("IDN", source, &recent).and_then(|r| r.actor);
    assert_eq!(other("IDNGOV").as_deref(), Some("CHNGOV"));
    assert_eq!(
        other("IDN").as_deref(),
        Some("CHNGOV"),
        "the country itself"
    );
    assert_eq!(other("IDNMIL").as_deref(), Some("CHNGOV"), "its army");
    assert!(other("IDNLAB").is_none(), "workers: another thread");
    // The union's own dealings with the Chinese firm's owner do count.
    let talks = recent_event("CHNGOV", "IDNLAB", 2);
    let recent = [&talks, &met];
    assert_eq!(
        c.last_foreign("IDN", "IDNLAB", &recent)
            .and_then(|r| r.actor)
            .as_deref(),
        Some("CHNGOV")
    );
}

#[test]
fn a_country_of_the_story_pair_is_no_outsider_on_the_scene() {
    // An India-Pakistan story with one mention of Japan: Pakistan agreeing
    // to talks is no pledge to India, Japan pledging aid is one.
    let d = doc_with(&[
        ("IND", "IND", 6, None),
        ("PAK", "PAKGOV", 4, None),
        ("JPN", "JPN", 1, None),
    ]);
    let c = Counterparts::new(&d);
    assert_eq!(c.pair, Some(("IND".into(), "PAK".into())));
    assert!(c.scene("PAK", &d).is_none(), "a party of the pair");
    assert_eq!(
        c.scene("JPN", &d).and_then(|r| r.actor).as_deref(),
        Some("IND")
    );
}

#[test]
fn the_storys_sides_are_its_two_leaders_or_its_one_country() {
    let ids = |d: &Document, v: Vec<usize>| -> Vec<String> {
        v.into_iter().map(|i| d.entities[i].id.clone()).collect()
    };
    // Ukraine 8, Russia 6 (one of them `Russian troops`), Turkey 3: the pair.
    let d = doc_with(&[
        ("RUS", "RUSMIL", 1, None),
        ("UKR", "UKR", 8, None),
        ("RUS", "RUS", 5, None),
        ("TUR", "TUR", 3, None),
    ]);
    let sides = Counterparts::new(&d).story_sides();
    assert_eq!(ids(&d, sides), ["E2", "E3"], "the country's own entity");
    // A third named as often as the second: no telling which two.
    let d = doc_with(&[
        ("PSE", "PSE", 6, None),
        ("ISR", "ISR", 5, None),
        ("EGY", "EGY", 5, None),
    ]);
    assert!(Counterparts::new(&d).story_sides().is_empty());
    // Sudan more than twice anyone else: both sides are Sudan's, and a
    // country never named itself stands by its first body.
    let d = doc_with(&[("SDN", "SDNMIL", 9, None), ("TCD", "TCD", 4, None)]);
    assert_eq!(ids(&d, Counterparts::new(&d).story_sides()), ["E1"]);
    // Egypt with half of Sudan's mentions is its pair, whatever Chad.
    let d = doc_with(&[
        ("SDN", "SDN", 8, None),
        ("TCD", "TCD", 3, None),
        ("EGY", "EGY", 4, None),
    ]);
    assert_eq!(ids(&d, Counterparts::new(&d).story_sides()), ["E1", "E3"]);
}
