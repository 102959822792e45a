//! Actor codes whose country comes from the words around a name (issue #3):
//! a ministry followed by a country, a country inside a role, a group noun
//! followed by `dari` and a place, a document without any country name.
//! Sentences written for warta.

mod common;

/// The actor code of the entity with a mention of exactly `text`.
fn actor_of(text: &str, mention: &str) -> Option<String> {
    let doc = common::run(text, "id", None);
    let e = doc
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == mention))
        .unwrap_or_else(|| {
            let all: Vec<_> = doc.entities.iter().map(|e| &e.canonical).collect();
            panic!("no entity mentioned as `{mention}` among {all:?}")
        });
    e.actor.clone()
}

#[test]
fn a_ministry_followed_by_a_country_is_that_country_s() {
    let text = "Kementerian Pertahanan Taiwan melaporkan 20 pesawat China melintas.";
    assert_eq!(
        actor_of(text, "Kementerian Pertahanan Taiwan").as_deref(),
        Some("TWNMIL")
    );
    let text = "Kementerian Luar Negeri Jepang memanggil duta besar China.";
    assert_eq!(
        actor_of(text, "Kementerian Luar Negeri Jepang").as_deref(),
        Some("JPNGOV")
    );
    // The unmarked ministry stays Indonesian.
    let text = "Kementerian Luar Negeri menyatakan akan memulangkan warga.";
    assert_eq!(
        actor_of(text, "Kementerian Luar Negeri").as_deref(),
        Some("IDNGOV")
    );
}

#[test]
fn a_country_in_a_role_outranks_the_organisation_s_home() {
    let text = "Juru bicara Kementerian Luar Negeri China Wang Lei mengecam latihan itu.";
    assert_eq!(actor_of(text, "Wang Lei").as_deref(), Some("CHNGOV"));
}

#[test]
fn a_group_noun_before_dari_is_an_actor() {
    let text = "Ratusan petani dari Jawa Tengah berunjuk rasa di depan Istana.";
    // The counting word belongs to the group's mention.
    assert_eq!(actor_of(text, "Ratusan petani").as_deref(), Some("IDNAGR"));
    let text = "Di Jakarta, Presiden menerima ribuan mahasiswa dari berbagai kampus.";
    assert_eq!(
        actor_of(text, "ribuan mahasiswa").as_deref(),
        Some("IDNEDU")
    );
}

#[test]
fn places_give_bare_agents_their_country_when_no_country_is_named() {
    let text = "MERAUKE - Aparat menangkap dua orang di Distrik Okaba, Merauke, Papua Selatan.";
    assert_eq!(actor_of(text, "Aparat").as_deref(), Some("IDNCOP"));
}

#[test]
fn a_title_keeps_its_code_across_a_bracketed_abbreviation() {
    let text =
        "Wakil Menteri Keuangan (Wamenkeu) Bambang Sutrisno mengatakan anggaran akan ditambah.";
    assert_eq!(
        actor_of(text, "Bambang Sutrisno").as_deref(),
        Some("IDNGOV")
    );
}

#[test]
fn a_country_naming_a_currency_is_no_actor() {
    let mention = |doc: &warta_core::Document, text: &str| {
        doc.entities
            .iter()
            .any(|e| e.mentions.iter().any(|m| m.text == text))
    };
    let doc = common::run(
        "Jepang berjanji memberikan pinjaman lunak senilai 1 miliar dolar AS kepada \
         Indonesia. Singapura menyumbang 5 juta dolar Singapura.",
        "id",
        None,
    );
    assert!(!mention(&doc, "AS"), "`dolar AS` is a currency");
    assert!(mention(&doc, "Jepang") && mention(&doc, "Indonesia"));
    // The country acting is still a country: only the currency's name goes.
    assert_eq!(
        actor_of("Singapura menyumbang 5 juta dolar Singapura.", "Singapura").as_deref(),
        Some("SGP")
    );
    let doc = common::run(
        "Japan pledged 2 million US dollars to Myanmar. The US criticised the junta.",
        "en",
        None,
    );
    assert!(mention(&doc, "US"), "the US acting is an actor");
    assert!(
        doc.entities
            .iter()
            .flat_map(|e| &e.mentions)
            .filter(|m| m.text == "US")
            .count()
            == 1,
        "`US dollars` names a currency"
    );
}
