//! Integration tests of the entity stage on wire-style fixtures written for
//! warta (Indonesian and English). Tokens come from the stage's fallback
//! tokenizer, so these tests need no other stage.

mod common;

use common::run;
use warta_core::{Document, Entity, EntityType};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn by_name<'a>(doc: &'a Document, canonical: &str) -> &'a Entity {
    doc.entities
        .iter()
        .find(|e| e.canonical == canonical)
        .unwrap_or_else(|| {
            let names: Vec<&str> = doc.entities.iter().map(|e| e.canonical.as_str()).collect();
            panic!("no entity `{canonical}` among {names:?}")
        })
}

/// The entity that has a mention with exactly this text.
fn by_mention<'a>(doc: &'a Document, text: &str) -> &'a Entity {
    doc.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == text))
        .unwrap_or_else(|| panic!("no entity mentioned as `{text}`"))
}

fn mention_rules(e: &Entity) -> Vec<&str> {
    e.mentions.iter().map(|m| m.rule.as_str()).collect()
}

#[test]
fn mentions_are_code_point_spans_of_the_text() {
    let doc = run(
        &fixture("id_lavrov_pyongyang.txt"),
        "id",
        Some("2025-10-18"),
    );
    let chars: Vec<char> = doc.text.chars().collect();
    assert!(!doc.entities.is_empty());
    for e in &doc.entities {
        for m in &e.mentions {
            let got: String = chars[m.start..m.end].iter().collect();
            assert_eq!(got, m.text, "{}", e.canonical);
            assert_eq!(doc.sentence_at(m.start).unwrap_or(m.sentence), m.sentence);
        }
    }
    let ids: Vec<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids[0], "E1");
    assert_eq!(ids.len(), doc.entities.len());
}

#[test]
fn indonesian_roles_and_actor_codes() {
    let doc = run(
        &fixture("id_lavrov_pyongyang.txt"),
        "id",
        Some("2025-10-18"),
    );
    let lavrov = by_name(&doc, "Sergei Lavrov");
    assert_eq!(lavrov.kind, EntityType::Person);
    assert_eq!(lavrov.role.as_deref(), Some("Menteri Luar Negeri Rusia"));
    assert_eq!(lavrov.actor.as_deref(), Some("RUSGOV"));
    let kim = by_name(&doc, "Kim Jong Un");
    assert_eq!(kim.actor.as_deref(), Some("PRKGOV"));
    // A person the knowledge base does not know gets the role's country and sector.
    let peskov = by_name(&doc, "Dmitry Peskov");
    assert_eq!(peskov.role.as_deref(), Some("Juru bicara Kremlin"));
    assert_eq!(peskov.actor.as_deref(), Some("RUSGOV"));
    assert_eq!(by_name(&doc, "TASS").actor.as_deref(), Some("RUSMED"));
    assert_eq!(by_name(&doc, "KCNA").actor.as_deref(), Some("PRKMED"));
    assert_eq!(by_name(&doc, "Kremlin").actor.as_deref(), Some("RUSGOV"));
}

#[test]
fn organisation_phrase_from_role_head_and_country() {
    let doc = run(&fixture("id_lavrov_pyongyang.txt"), "id", None);
    let nis = by_name(&doc, "badan intelijen Korea Selatan");
    assert_eq!(nis.kind, EntityType::Organization);
    assert_eq!(nis.actor.as_deref(), Some("KORSPY"));
    // The country inside the phrase is still a place.
    assert_eq!(
        by_mention(&doc, "Korea Selatan")
            .geo
            .as_ref()
            .unwrap()
            .country,
        "KR"
    );
}

#[test]
fn words_after_an_organisation_head_are_not_a_person() {
    let doc = run(&fixture("id_lavrov_pyongyang.txt"), "id", None);
    assert!(
        doc.entities.iter().all(|e| e.canonical != "Unifikasi"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn surname_aliases_and_pronouns() {
    let doc = run(&fixture("id_lavrov_pyongyang.txt"), "id", None);
    let lavrov = by_name(&doc, "Sergei Lavrov");
    assert!(lavrov.mentions.iter().any(|m| m.text == "Lavrov"));
    let peskov = by_name(&doc, "Dmitry Peskov");
    let pronoun = peskov
        .mentions
        .iter()
        .find(|m| m.rule == "entities:alias:pronoun")
        .expect("Ia -> Peskov");
    assert_eq!(pronoun.text, "Ia");
}

#[test]
fn kedua_negara_refers_to_both_countries() {
    let doc = run(&fixture("id_lavrov_pyongyang.txt"), "id", None);
    let holders: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| {
            e.mentions
                .iter()
                .any(|m| m.rule == "entities:alias:kedua_negara")
        })
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(holders.len(), 2, "{holders:?}");
    assert!(holders.contains(&"Rusia"), "{holders:?}");
    assert!(holders.contains(&"Korea Utara"), "{holders:?}");
}

#[test]
fn capital_as_actor_keeps_its_geo() {
    let doc = run(&fixture("id_lavrov_pyongyang.txt"), "id", None);
    let moscow = by_mention(&doc, "Moskow");
    assert_eq!(moscow.kind, EntityType::Location);
    assert_eq!(moscow.actor.as_deref(), Some("RUSGOV"));
    let geo = moscow.geo.as_ref().unwrap();
    assert_eq!((geo.country.as_str(), geo.feature.as_str()), ("RU", "PPLC"));
    assert!((geo.lat - 55.75).abs() < 0.1 && (geo.lon - 37.62).abs() < 0.1);
}

#[test]
fn english_roles_aliases_and_pairs() {
    let doc = run(&fixture("en_kim_shoigu.txt"), "en", Some("2023-07-27"));
    let shoigu = by_name(&doc, "Sergei Shoigu");
    assert_eq!(shoigu.role.as_deref(), Some("Russian Defence Minister"));
    assert_eq!(shoigu.actor.as_deref(), Some("RUSMIL"));
    let kirby = by_name(&doc, "John Kirby");
    assert_eq!(
        kirby.role.as_deref(),
        Some("White House national security spokesman")
    );
    assert_eq!(kirby.actor.as_deref(), Some("USAGOV"));
    assert!(kirby.mentions.iter().any(|m| m.text == "Kirby"));
    assert!(
        mention_rules(kirby).contains(&"entities:alias:pronoun"),
        "He -> Kirby"
    );
    let kim = by_name(&doc, "Kim Jong Un");
    assert!(kim.mentions.iter().any(|m| m.text == "Kim"));
    assert_eq!(
        by_name(&doc, "Antony Blinken").actor.as_deref(),
        Some("USAGOV")
    );
    let pair: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.text == "the two countries"))
        .filter_map(|e| e.actor.as_deref())
        .collect();
    assert_eq!(pair.len(), 2, "{pair:?}");
    assert!(
        pair.iter().any(|a| a.starts_with("RUS")) && pair.iter().any(|a| a.starts_with("PRK")),
        "{pair:?}"
    );
    assert_eq!(by_mention(&doc, "Moscow").actor.as_deref(), Some("RUSGOV"));
}

#[test]
fn knowledge_base_roles_follow_the_document_date() {
    let text = "Sergei Shoigu bertemu Xi Jinping di Beijing.";
    let y2023 = run(text, "id", Some("2023-09-06"));
    let shoigu = by_name(&y2023, "Sergei Shoigu");
    assert_eq!(shoigu.actor.as_deref(), Some("RUSMIL"));
    assert_eq!(shoigu.role.as_deref(), Some("Menteri Pertahanan Rusia"));
    let y2025 = run(text, "id", Some("2025-02-01"));
    let shoigu = by_name(&y2025, "Sergei Shoigu");
    assert_eq!(shoigu.actor.as_deref(), Some("RUSGOV"));
    assert_eq!(
        shoigu.role.as_deref(),
        Some("Sekretaris Dewan Keamanan Rusia")
    );
    // English documents get the English role.
    let en = run(
        "Sergei Shoigu met Xi Jinping in Beijing.",
        "en",
        Some("2023-09-06"),
    );
    assert_eq!(
        by_name(&en, "Sergei Shoigu").role.as_deref(),
        Some("Russian Defence Minister")
    );
    assert_eq!(by_name(&en, "Xi Jinping").actor.as_deref(), Some("CHNGOV"));
}

#[test]
fn former_office_holders_keep_their_country_but_no_role() {
    let doc = run(
        "Joko Widodo menghadiri acara di Solo.",
        "id",
        Some("2025-06-01"),
    );
    let jokowi = by_name(&doc, "Joko Widodo");
    assert_eq!(jokowi.country.as_deref(), Some("IDN"));
    assert_eq!(jokowi.role, None);
    let doc = run(
        "Presiden Jokowi menghadiri acara di Solo.",
        "id",
        Some("2020-06-01"),
    );
    assert_eq!(
        by_name(&doc, "Joko Widodo").actor.as_deref(),
        Some("IDNGOV")
    );
}

#[test]
fn indonesian_fixture_titles_honorifics_and_provinces() {
    let doc = run(&fixture("id_prabowo_kupang.txt"), "id", Some("2025-01-13"));
    let prabowo = by_name(&doc, "Prabowo Subianto");
    assert_eq!(prabowo.actor.as_deref(), Some("IDNGOV"));
    assert!(
        prabowo.mentions.iter().any(|m| m.text == "Prabowo"),
        "Pak Prabowo"
    );
    assert_eq!(
        by_name(&doc, "Anwar Ibrahim").actor.as_deref(),
        Some("MYSGOV")
    );
    let leaders: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.text == "kedua pemimpin"))
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(leaders, ["Prabowo Subianto", "Anwar Ibrahim"]);
    let ntt = by_mention(&doc, "Nusa Tenggara Timur");
    assert_eq!(ntt.geo.as_ref().unwrap().feature, "ADM1");
    let governor = by_mention(&doc, "Melki Laka Lena");
    assert_eq!(governor.kind, EntityType::Person);
    assert_eq!(
        governor.role.as_deref(),
        Some("Gubernur Nusa Tenggara Timur")
    );
    assert_eq!(governor.actor.as_deref(), Some("IDNGOV"));
    assert_eq!(
        by_name(&doc, "angkatan bersenjata Malaysia")
            .actor
            .as_deref(),
        Some("MYSMIL")
    );
    assert_eq!(
        by_name(&doc, "Istana Merdeka").actor.as_deref(),
        Some("IDNGOV")
    );
    let kupang = by_mention(&doc, "Kupang").geo.as_ref().unwrap();
    assert_eq!(kupang.country, "ID");
    assert!((kupang.lat + 10.17).abs() < 0.1 && (kupang.lon - 123.6).abs() < 0.1);
}

#[test]
fn honorific_introduces_an_unknown_person() {
    let doc = run("Menurut Pak Slamet Riyadi, harga beras naik.", "id", None);
    let slamet = by_name(&doc, "Slamet Riyadi");
    assert_eq!(slamet.kind, EntityType::Person);
    // The honorific rule finds it; the statistical tagger, when shipped, may find it first.
    let rule = slamet.mentions[0].rule.as_str();
    assert!(
        rule == "entities:honorific" || rule == "entities:ner:perceptron",
        "{rule}"
    );
}

#[test]
fn geocoding_uses_the_other_places_of_the_story() {
    let stories: Vec<String> = fixture("en_georgia_victoria.txt")
        .split("\n\n")
        .map(str::to_string)
        .collect();
    let us = run(&stories[0], "en", None);
    let georgia = by_mention(&us, "Georgia").geo.as_ref().unwrap();
    assert_eq!(
        (georgia.country.as_str(), georgia.feature.as_str()),
        ("US", "ADM1")
    );
    let caucasus = run(&stories[1], "en", None);
    let georgia = by_mention(&caucasus, "Georgia").geo.as_ref().unwrap();
    assert_eq!(
        (georgia.country.as_str(), georgia.feature.as_str()),
        ("GE", "PCLI")
    );
    let canada = run(&stories[2], "en", None);
    assert_eq!(
        by_mention(&canada, "Victoria")
            .geo
            .as_ref()
            .unwrap()
            .country,
        "CA"
    );
    let australia = run(
        "Bushfires spread across Victoria, Australian officials said.",
        "en",
        None,
    );
    assert_eq!(
        by_mention(&australia, "Victoria")
            .geo
            .as_ref()
            .unwrap()
            .country,
        "AU"
    );
}

#[test]
fn every_place_is_geocoded() {
    for (name, lang) in [
        ("id_lavrov_pyongyang.txt", "id"),
        ("en_kim_shoigu.txt", "en"),
        ("id_prabowo_kupang.txt", "id"),
    ] {
        let doc = run(&fixture(name), lang, None);
        for e in doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Location)
        {
            assert!(e.geo.is_some(), "{name}: {} has no geo", e.canonical);
        }
    }
}

#[test]
fn short_capital_names_match_only_in_capitals() {
    let doc = run("Pasukan AS tiba di Seoul as planned.", "id", None);
    let us = by_mention(&doc, "AS");
    assert_eq!(us.geo.as_ref().unwrap().country, "US");
    assert!(
        doc.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.text != "as"))
    );
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for text in [
        "",
        " \n\n ",
        "“”",
        "Presiden",
        "Pak",
        "kedua negara",
        "ia",
        "AS AS AS",
        "x\u{0301}y",
    ] {
        let _ = run(text, "id", Some("not a date"));
        let _ = run(text, "en", None);
        let _ = run(text, "und", None);
    }
}

#[test]
fn bare_indonesian_titles_are_indonesian_and_towns_inside_names_go() {
    let doc = run(
        "Menurut Wakil Menteri Keuangan Andi Wiratama, Muhammad Iskandar hadir di Bandung.",
        "id",
        None,
    );
    let deputy = by_name(&doc, "Andi Wiratama");
    assert_eq!(deputy.role.as_deref(), Some("Wakil Menteri Keuangan"));
    assert_eq!(deputy.actor.as_deref(), Some("IDNGOV"));
    // `Iskandar` is also a town in Uzbekistan; next to `Muhammad` it is a name.
    assert!(
        doc.entities
            .iter()
            .all(|e| e.geo.as_ref().is_none_or(|g| g.country != "UZ")),
        "{:?}",
        doc.entities
    );
    assert_eq!(
        by_mention(&doc, "Bandung").geo.as_ref().unwrap().country,
        "ID"
    );
    // English titles have no default country.
    let en = run("Deputy Finance Minister Andrew Wiratama spoke.", "en", None);
    assert_eq!(by_name(&en, "Andrew Wiratama").country, None);
}

/// The country of the place mentioned as `text`.
fn place_country(doc: &Document, text: &str) -> String {
    let e = by_mention(doc, text);
    assert_eq!(e.kind, EntityType::Location, "`{text}` is a place");
    e.geo.as_ref().expect("a place has a geo").country.clone()
}

#[test]
fn a_famous_namesake_beats_the_document_country() {
    // A US story: the US bonus must not send `Geneva` to Geneva, Illinois.
    let en = run(
        "WASHINGTON (Reuters) - The United States and Japan will hold talks in Geneva \
         next week, a U.S. official said on Tuesday.",
        "en",
        None,
    );
    assert_eq!(place_country(&en, "Geneva"), "CH");
    let id = run(
        "WASHINGTON - Amerika Serikat dan Jepang akan berunding di Jenewa pekan depan, \
         kata seorang pejabat Amerika Serikat, Selasa.",
        "id",
        None,
    );
    assert_eq!(place_country(&id, "Jenewa"), "CH");
}

#[test]
fn a_place_tied_to_its_state_keeps_the_small_reading() {
    let doc = run(
        "Police in Geneva, Illinois, said on Monday that the United States Postal Service \
         had reopened the office.",
        "en",
        None,
    );
    assert_eq!(place_country(&doc, "Geneva"), "US");
}

/// Actor code and rule of the entity mentioned exactly as `text`.
fn agent(doc: &Document, text: &str) -> (Option<String>, String) {
    let e = by_mention(doc, text);
    assert_eq!(e.kind, EntityType::Organization, "{text}");
    (e.actor.clone(), e.rule.clone())
}

#[test]
fn english_agent_nouns_take_the_adjacent_country() {
    let doc = run(
        "Israeli forces raided a camp near the border on Monday. Russian troops shelled the town \
         while Chinese officials met Taiwan's government in talks. The rebels rejected the plan.",
        "en",
        None,
    );
    let israeli = agent(&doc, "Israeli forces");
    assert_eq!(israeli.0.as_deref(), Some("ISRMIL"));
    assert_eq!(israeli.1, "entities:agent:demonym");
    assert_eq!(agent(&doc, "Russian troops").0.as_deref(), Some("RUSMIL"));
    assert_eq!(
        agent(&doc, "Chinese officials").0.as_deref(),
        Some("CHNGOV")
    );
    assert_eq!(
        agent(&doc, "Taiwan's government").0.as_deref(),
        Some("TWNGOV")
    );
    // No country next to it and none clear in the story: the sector alone.
    assert_eq!(agent(&doc, "rebels").0.as_deref(), Some("REB"));
}

#[test]
fn bare_agent_nouns_take_the_story_country_when_clear() {
    let doc = run(
        "Kenya held elections on Tuesday. Police fired tear gas in Nairobi, and Kenyan \
         lawmakers met later.",
        "en",
        None,
    );
    let (actor, rule) = agent(&doc, "Police");
    assert_eq!(actor.as_deref(), Some("KENCOP"));
    assert_eq!(rule, "entities:agent:noun");
    assert_eq!(agent(&doc, "Kenyan lawmakers").0.as_deref(), Some("KENLEG"));
    // Without a clear country: the sector alone.
    let doc = run("Police arrested two men on Sunday.", "en", None);
    assert_eq!(agent(&doc, "Police").0.as_deref(), Some("COP"));
}

#[test]
fn agent_nouns_that_are_not_agents_are_left_alone() {
    let doc = run(
        "An official visit to the police station was cancelled. Forces of nature, \
         protesters said.",
        "en",
        None,
    );
    for text in ["official", "police", "Forces", "protesters"] {
        assert!(
            !doc.entities
                .iter()
                .any(|e| e.mentions.iter().any(|m| m.text == text)),
            "`{text}` should not be an entity"
        );
    }
}

#[test]
fn indonesian_agent_nouns() {
    let doc = run(
        "Pasukan Rusia menembaki desa itu. Polisi menangkap tiga orang, sementara \
         demonstran Iran berkumpul dan aparat keamanan berjaga.",
        "id",
        None,
    );
    let (actor, rule) = agent(&doc, "Pasukan Rusia");
    assert_eq!(actor.as_deref(), Some("RUSMIL"));
    assert_eq!(rule, "entities:agent:country");
    assert_eq!(agent(&doc, "demonstran Iran").0.as_deref(), Some("IRNOPP"));
    assert_eq!(agent(&doc, "aparat keamanan").0.as_deref(), Some("COP"));
    // A bare civilian noun is no actor without its country.
    let doc = run("Ribuan warga berkumpul di alun-alun.", "id", None);
    assert!(doc.entities.iter().all(|e| e.canonical != "warga"));
}
