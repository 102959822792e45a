//! The coder on hand-built documents (entities filled in by the test, as the
//! entity stage would), one phenomenon per test.

mod common;

use common::{L, P};

use warta_core::{
    Document, Entity, EntityType, Mention, Quote, SourceInfo, Stage, TimeExpr, TimeType,
};
use warta_events::EventStage;

/// A document whose entities are found by exact string search: (name, type, actor, extra surface forms).
fn doc(text: &str, lang: &str, ents: &[common::TestEntity]) -> Document {
    common::doc_with_forms(text, lang, "2024-03-14", ents)
}

fn add_time(d: &mut Document, text: &str, value: &str) {
    let start = d
        .text
        .find(text)
        .map(|b| d.text[..b].chars().count())
        .expect("time text in fixture");
    let sentence = d.text.chars().take(start).filter(|&c| c == '\n').count();
    d.times.push(TimeExpr {
        start,
        end: start + text.chars().count(),
        text: text.into(),
        sentence,
        kind: TimeType::Date,
        value: value.into(),
        anchor: None,
        modifier: None,
        rule: "test".into(),
    });
}

fn run(d: &mut Document) -> Vec<String> {
    common::run(d, true)
}

#[test]
fn planned_trip_and_meeting_are_one_future_agree() {
    let mut d = doc(
        "Presiden Iran Masoud Pezeshkian berencana untuk melakukan perjalanan ke Turki pekan depan untuk bertemu dengan Presiden Recep Tayyip Erdogan.",
        "id",
        &[
            ("Masoud Pezeshkian", P, "IRNGOV", &[]),
            ("Turki", L, "TUR", &[]),
            ("Recep Tayyip Erdogan", P, "TURGOV", &[]),
            ("Iran", L, "IRN", &[]),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().all(|g| g.starts_with("AGREE IRNGOV->TUR")),
        "{got:?}"
    );
    assert!(got.iter().any(|g| g.contains("[future]")), "{got:?}");
    assert!(d.events.iter().any(|e| e.cameo.as_deref() == Some("036")));
}

#[test]
fn relative_clause_subject_and_proposal_with_absorbed_complement() {
    let mut d = doc(
        "Media Jepang melaporkan bahwa Wang Yi, yang mengunjungi Hanoi pada bulan Mei, telah mengusulkan kepada Pham Minh Chinh agar kedua negara mengadakan latihan angkatan laut.",
        "id",
        &[
            ("Wang Yi", P, "CHNGOV", &[]),
            ("Hanoi", L, "VNM", &[]),
            ("Pham Minh Chinh", P, "VNMGOV", &[]),
        ],
    );
    add_time(&mut d, "bulan Mei", "2024-05");
    let got = run(&mut d);
    assert!(
        got.contains(&"CONSULT CHNGOV->VNM 042 []".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.starts_with("REQUEST CHNGOV->VNMGOV 0212")),
        "{got:?}"
    );
    assert_eq!(
        got.len(),
        2,
        "the proposed drill is the request's content, not an event: {got:?}"
    );
    assert!(
        d.events
            .iter()
            .all(|e| e.date.as_deref() == Some("2024-05"))
    );
}

#[test]
fn habitual_negation_gives_no_plain_event() {
    let mut d = doc(
        "Iran telah melakukan beberapa uji coba rudal sejak 2010, namun jarang melakukan latihan militer dengan Rusia.\nMyanmar tidak menyerang Thailand.",
        "id",
        &[
            ("Iran", L, "IRN", &[]),
            ("Rusia", L, "RUS", &[]),
            ("Myanmar", L, "MMR", &[]),
            ("Thailand", L, "THA", &[]),
        ],
    );
    add_time(&mut d, "2010", "2010");
    let got = run(&mut d);
    assert!(
        got.iter()
            .any(|g| g.starts_with("MOBILIZE IRN-> 152 [historical]")),
        "{got:?}"
    );
    for e in &d.events {
        if e.trigger.contains("latihan") || e.plover == "ASSAULT" {
            assert!(e.aux.contains(&"negation".to_string()), "{e:?}");
        }
    }
}

#[test]
fn passive_swaps_source_and_target() {
    let mut d = doc(
        "Kota Kharkiv diserang oleh Rusia pada Selasa malam.",
        "id",
        &[("Kharkiv", L, "UKR", &[]), ("Rusia", L, "RUS", &[])],
    );
    let got = run(&mut d);
    assert_eq!(got, vec!["ASSAULT RUS->UKR 190 []".to_string()]);
}

#[test]
fn both_leaders_and_concern_over_ties_with_claim_and_merge() {
    let text = "Menteri Luar Negeri Jepang Yoko Kamikawa bertemu Menteri Luar Negeri Filipina Enrique Manalo di Manila.\n\
Juru bicara Gedung Putih mengatakan pada 30 Agustus bahwa China khawatir bahwa kerja sama militer antara Jepang dan Filipina meningkat.\n\
Kedua menteri akan membahas patroli bersama di Laut China Selatan.\n\
Beijing mengatakan minggu lalu bahwa mereka khawatir bahwa latihan antara Jepang dan Filipina berjalan aktif.";
    let mut d = doc(
        text,
        "id",
        &[
            ("Yoko Kamikawa", P, "JPNGOV", &[]),
            ("Enrique Manalo", P, "PHLGOV", &[]),
            ("Manila", L, "PHL", &[]),
            ("China", L, "CHN", &["Beijing"]),
            ("Jepang", L, "JPN", &[]),
            ("Filipina", L, "PHL", &[]),
        ],
    );
    add_time(&mut d, "30 Agustus", "2023-08-30");
    add_time(&mut d, "minggu lalu", "2023-W35");
    let q0 = d.text[..d.text.find("China khawatir").unwrap()]
        .chars()
        .count();
    d.quotes.push(Quote {
        id: "Q1".into(),
        start: q0,
        end: q0 + 60,
        text: String::new(),
        direct: false,
        speaker: None,
        speaker_name: Some("Juru bicara Gedung Putih".into()),
        speaker_role: None,
        verb: Some("mengatakan".into()),
        via: vec![],
        sentence: 1,
        rule: "test".into(),
    });
    let got = run(&mut d);
    assert!(
        got.iter()
            .any(|g| g.starts_with("CONSULT JPNGOV->PHLGOV 040")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.starts_with("ACCUSE CHN->JPN 012")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.starts_with("AGREE JPNGOV->PHLGOV")),
        "kedua menteri: {got:?}"
    );
    let accuse: Vec<_> = d.events.iter().filter(|e| e.plover == "ACCUSE").collect();
    assert!(
        accuse.iter().any(|e| !e.mentions.is_empty()),
        "week 35 report repeats 30 August: {accuse:?}"
    );
    assert!(accuse.iter().any(|e| e.claimed_by.is_some()));
    let consult = d.events.iter().find(|e| e.plover == "CONSULT").unwrap();
    assert_eq!(
        consult.place.as_ref().map(|p| p.name.as_str()),
        Some("Manila")
    );
    assert_eq!(consult.rule, "events:id:bertemu#1");
}

#[test]
fn english_svo_and_passive() {
    let mut d = doc(
        "Japan condemned North Korea after the launch.\nThe embassy was attacked by protesters from Serbia.\nChina will meet Brazil in June.",
        "en",
        &[
            ("Japan", L, "JPN", &[]),
            ("North Korea", L, "PRK", &[]),
            ("Serbia", L, "SRB", &[]),
            ("China", L, "CHN", &[]),
            ("Brazil", L, "BRA", &[]),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("ACCUSE JPN->PRK 111")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.starts_with("AGREE CHN->BRA 036 [future]")),
        "{got:?}"
    );
}

#[test]
fn broken_annotations_from_other_stages_never_panic() {
    let mut d = doc(
        "Rusia menyerang Ukraina.\nKedua negara bertemu.",
        "id",
        &[("Rusia", L, "RUS", &[]), ("Ukraina", L, "UKR", &[])],
    );
    // Offsets past the end, reversed spans, a sentence list that disagrees with the text.
    d.entities[0].mentions.push(Mention {
        start: 500,
        end: 505,
        text: "x".into(),
        sentence: 9,
        rule: String::new(),
    });
    d.entities[1].mentions.push(Mention {
        start: 12,
        end: 3,
        text: "y".into(),
        sentence: 0,
        rule: String::new(),
    });
    d.sentences = vec![
        warta_core::Sentence { start: 0, end: 24 },
        warta_core::Sentence {
            start: 20,
            end: 900,
        },
    ];
    add_time(&mut d, "Rusia", "not-a-date");
    d.entities.push(Entity {
        id: "E9".into(),
        kind: P,
        canonical: "Tanpa Kode".into(),
        role: None,
        country: None,
        sector: None,
        actor: None,
        mentions: vec![],
        geo: None,
        rule: "test".into(),
    });
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("ASSAULT RUS->UKR")),
        "{got:?}"
    );
    let mut empty = Document::new(String::new(), SourceInfo::default());
    empty.language.code = "id".into();
    assert!(run(&mut empty).is_empty());
    let mut unknown = doc(
        "Rusia menyerang Ukraina.",
        "xx",
        &[("Rusia", L, "RUS", &[])],
    );
    assert!(
        run(&mut unknown).is_empty(),
        "no tables for the language: no events, no error"
    );
}

#[test]
fn nominal_events_between_two_actors() {
    let mut d = doc(
        "Negosiasi antara Rusia dan Ukraina macet.\nSwedia mengakui kedaulatan Palestina.",
        "id",
        &[
            ("Rusia", L, "RUS", &[]),
            ("Ukraina", L, "UKR", &[]),
            ("Swedia", L, "SWE", &[]),
            ("Palestina", L, "PSE", &[]),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("CONSULT RUS->UKR 046")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.starts_with("SUPPORT SWE->PSE 054")),
        "{got:?}"
    );
}

#[test]
fn reported_clause_is_claimed_by_the_reporter() {
    let mut d = doc(
        "Kremlin mengatakan pada Senin bahwa Ukraina menyerang Belgorod dengan drone.",
        "id",
        &[
            ("Kremlin", EntityType::Organization, "RUSGOV", &[]),
            ("Ukraina", L, "UKR", &[]),
            ("Belgorod", L, "RUS", &[]),
        ],
    );
    let got = run(&mut d);
    assert_eq!(got, vec!["ASSAULT UKR->RUS 190 []".to_string()]);
    let claim = d.events[0].claimed_by.as_ref().expect("a claim");
    assert_eq!(claim.speaker_name.as_deref(), Some("Kremlin"));
    assert_eq!(claim.quote, None);
}

#[test]
fn coordinated_verbs_share_the_subject() {
    let mut d = doc(
        "Indonesia mengecam Israel dan meminta Amerika Serikat menghentikan pasokan senjata.",
        "id",
        &[
            ("Indonesia", L, "IDN", &[]),
            ("Israel", L, "ISR", &[]),
            ("Amerika Serikat", L, "USA", &[]),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("ACCUSE IDN->ISR")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.starts_with("REQUEST IDN->USA")),
        "{got:?}"
    );
    let mut d = doc(
        "Biden also pressed Xi on human rights and urged China to use its influence with Iran.",
        "en",
        &[
            ("Biden", P, "USAGOV", &[]),
            ("Xi", P, "CHNGOV", &[]),
            ("China", L, "CHN", &[]),
            ("Iran", L, "IRN", &[]),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("REQUEST USAGOV->CHN")),
        "{got:?}"
    );
}

#[test]
fn a_new_language_is_only_data() {
    // A two-entry Malay pack, as a linguist would write it: no Rust changes.
    let pack = warta_core::MemoryPack::new("ms")
        .with_file(
            "events_predicates.tsv",
            "# id\tpattern\tplover\tmode\tcontext\tcameo\ttarget\tflags\texample\n\
             menyerang#1\tmenyerang\tASSAULT\t-\tmilitary\t190\tobj\t-\tRusia menyerang Ukraine.\n\
             berjumpa#1\tberjumpa\tCONSULT\tmeet\t-\t040\tdengan\trecip\tAnwar berjumpa dengan Prabowo.\n",
        )
        .with_file("events_modality.tsv", "akan\tfuture\tx\ntidak\tnegation\tx\n")
        .with_file("events_syntax.tsv", "prep\tdengan\t-\nprep\toleh\t-\npassive_agent\toleh\t-\n")
        .with_file(
            "events_morphology.tsv",
            "prefix\tmeN\tmeny\ts\tyes\nprefix\tdi\tdi\t*\tno\npassive\tmeN\tdi\t-\t-\n",
        )
        .with_file("events_roots.txt", "serang\njumpa\n");
    let packs: [&dyn warta_core::LanguageResources; 1] = [&pack];
    let stage = EventStage::with_packs(&packs).unwrap();
    assert_eq!(stage.entry_count("ms"), 2);
    let mut d = doc(
        "Anwar akan berjumpa dengan Prabowo.\nPerlis diserang oleh Siam.",
        "ms",
        &[
            ("Anwar", P, "MYSGOV", &[]),
            ("Prabowo", P, "IDNGOV", &[]),
            ("Perlis", L, "MYS", &[]),
            ("Siam", L, "THA", &[]),
        ],
    );
    stage.process(&mut d).unwrap();
    let got: Vec<(String, Option<String>)> = d
        .events
        .iter()
        .map(|e| {
            (
                e.plover.clone(),
                e.source.as_ref().and_then(|s| s.actor.clone()),
            )
        })
        .collect();
    assert!(
        got.contains(&("AGREE".into(), Some("MYSGOV".into()))),
        "{got:?}"
    );
    assert!(
        got.contains(&("ASSAULT".into(), Some("THA".into()))),
        "{got:?}"
    );
}
