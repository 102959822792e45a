//! Hand-built documents for the store tests: realistic wire-style reports
//! with the annotations the pipeline would add, so the store is tested
//! without depending on the extraction stages.
#![allow(dead_code)]

use warta_core::{
    ActorRef, CitedSource, DateSource, Document, Entity, EntityType, Event, Geo, LanguageInfo,
    Mention, PlaceRef, Quote, Sentence, SourceInfo, TimeExpr, TimeType,
};

/// Code point offset of the first `needle` in `text`.
pub fn find(text: &str, needle: &str) -> (usize, usize) {
    let b = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in fixture text"));
    let s = text[..b].chars().count();
    (s, s + needle.chars().count())
}

fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '.' && chars.get(i + 1).is_none_or(|n| n.is_whitespace()) {
            out.push(Sentence { start, end: i + 1 });
            start = i + 1;
            while start < chars.len() && chars[start].is_whitespace() {
                start += 1;
            }
        }
    }
    if start < chars.len() {
        out.push(Sentence {
            start,
            end: chars.len(),
        });
    }
    out
}

fn sentence_of(doc: &Document, offset: usize) -> usize {
    doc.sentence_at(offset).unwrap_or(0)
}

pub fn pyongyang() -> Geo {
    Geo {
        geonameid: 1871859,
        name: "Pyongyang".into(),
        country: "KP".into(),
        admin1: Some("12".into()),
        lat: 39.0339,
        lon: 125.7543,
        feature: "PPLC".into(),
    }
}

pub fn jakarta() -> Geo {
    Geo {
        geonameid: 1642911,
        name: "Jakarta".into(),
        country: "ID".into(),
        admin1: Some("04".into()),
        lat: -6.2146,
        lon: 106.8451,
        feature: "PPLC".into(),
    }
}

/// A bare document with metadata and sentences.
pub fn doc(text: &str, url: Option<&str>, publisher: &str, date: &str, lang: &str) -> Document {
    let mut d = Document::new(
        text.to_string(),
        SourceInfo {
            path: format!(
                "fixtures/{}.txt",
                publisher.to_lowercase().replace(' ', "_")
            ),
            url: url.map(str::to_string),
            title: text.split('.').next().map(|s| s.chars().take(80).collect()),
            publisher: Some(publisher.to_string()),
            format: "txt".into(),
            record: None,
        },
    );
    d.language = LanguageInfo {
        code: lang.into(),
        confidence: 0.99,
        method: "detected".into(),
    };
    d.date = Some(date.to_string());
    d.date_source = DateSource::Metadata;
    d.sentences = sentences(text);
    d
}

/// Adds an entity with every occurrence of `surface` as a mention.
pub fn entity(
    d: &mut Document,
    kind: EntityType,
    canonical: &str,
    surface: &str,
    actor: Option<&str>,
    country: Option<&str>,
    geo: Option<Geo>,
) -> String {
    let id = format!("E{}", d.entities.len() + 1);
    let mut mentions = Vec::new();
    let mut from = 0;
    while let Some(b) = d.text[from..].find(surface) {
        let byte = from + b;
        let s = d.text[..byte].chars().count();
        mentions.push(Mention {
            start: s,
            end: s + surface.chars().count(),
            text: surface.to_string(),
            sentence: sentence_of(d, s),
            rule: "gazetteer:test".into(),
        });
        from = byte + surface.len();
    }
    d.entities.push(Entity {
        id: id.clone(),
        kind,
        canonical: canonical.into(),
        role: None,
        country: country.map(str::to_string),
        sector: actor
            .and_then(|a| a.get(3..))
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        actor: actor.map(str::to_string),
        mentions,
        geo,
        rule: "entities:test".into(),
    });
    id
}

/// Adds an event whose clause is the sentence containing `trigger`.
#[allow(clippy::too_many_arguments)]
pub fn event(
    d: &mut Document,
    plover: &str,
    cameo: &str,
    quad: u8,
    trigger: &str,
    source: (&str, &str),
    target: (&str, &str),
    place: Option<(&str, Geo)>,
    date: Option<&str>,
) {
    let (ts, _) = find(&d.text, trigger);
    let si = sentence_of(d, ts);
    let sent = d.sentences[si];
    let actor = |d: &Document, (code, text): (&str, &str)| ActorRef {
        entity: d
            .entities
            .iter()
            .find(|e| e.actor.as_deref() == Some(code))
            .map(|e| e.id.clone()),
        actor: Some(code.to_string()),
        text: text.to_string(),
    };
    let ev = Event {
        id: format!("V{}", d.events.len() + 1),
        plover: plover.into(),
        mode: None,
        context: vec!["military".into()],
        aux: vec![],
        cameo: Some(cameo.into()),
        quad: Some(quad),
        score: Some(1.0),
        source: Some(actor(d, source)),
        target: Some(actor(d, target)),
        date: date.map(str::to_string),
        place: place.map(|(name, geo)| PlaceRef {
            entity: None,
            name: name.into(),
            geo: Some(geo),
        }),
        sentence: si,
        start: sent.start,
        end: sent.end,
        trigger: trigger.into(),
        claimed_by: None,
        rule: "events:id:bertemu#1".into(),
        confidence: 0.8,
        mentions: vec![],
    };
    d.events.push(ev);
}

/// Cites a wire service story-wide.
pub fn cite(d: &mut Document, phrase: &str, name: &str) {
    let (s, e) = find(&d.text, phrase);
    let sentence = sentence_of(d, s);
    d.sources.push(CitedSource {
        name: name.into(),
        entity: None,
        start: s,
        end: e,
        text: phrase.into(),
        sentence,
        rule: "quotes:id:mengutip".into(),
    });
}

/// Adds a time expression.
pub fn time(d: &mut Document, surface: &str, value: &str) {
    let (s, e) = find(&d.text, surface);
    let sentence = sentence_of(d, s);
    d.times.push(TimeExpr {
        start: s,
        end: e,
        text: surface.into(),
        sentence,
        kind: TimeType::Date,
        value: value.into(),
        anchor: Some("document_date".into()),
        modifier: None,
        rule: "time:id:weekday_dm".into(),
    });
}

/// Adds a direct quote.
pub fn quote(d: &mut Document, content: &str, speaker: &str, verb: &str) {
    let (s, e) = find(&d.text, content);
    let sentence = sentence_of(d, s);
    d.quotes.push(Quote {
        id: format!("Q{}", d.quotes.len() + 1),
        start: s,
        end: e,
        text: content.into(),
        direct: true,
        speaker: None,
        speaker_name: Some(speaker.into()),
        speaker_role: None,
        verb: Some(verb.into()),
        via: vec![],
        sentence,
        rule: "quotes:id:direct".into(),
    });
}

/// One outlet's report of Shoigu meeting Kim Jong Un in Pyongyang.
/// `variant` changes the wording (near-identical reports).
pub fn shoigu_report(variant: usize, url: &str, publisher: &str, date: &str) -> Document {
    let lead = [
        "Menteri Pertahanan Rusia Sergei Shoigu bertemu pemimpin Korea Utara Kim Jong Un di Pyongyang, Rabu (26/7).",
        "Menhan Rusia Sergei Shoigu bertemu Kim Jong Un di Pyongyang pada Rabu (26/7) malam.",
        "Sergei Shoigu, Menteri Pertahanan Rusia, bertemu Kim Jong Un di Pyongyang, Rabu (26/7).",
    ][variant % 3];
    let text = format!(
        "{lead} Kunjungan itu bertepatan dengan peringatan 70 tahun gencatan senjata Perang Korea. \
         \"Kami membahas kerja sama pertahanan,\" kata Shoigu kepada wartawan."
    );
    let mut d = doc(&text, Some(url), publisher, date, "id");
    entity(
        &mut d,
        EntityType::Person,
        "Sergei Shoigu",
        "Sergei Shoigu",
        Some("RUSMIL"),
        Some("RUS"),
        None,
    );
    entity(
        &mut d,
        EntityType::Person,
        "Kim Jong Un",
        "Kim Jong Un",
        Some("PRKGOV"),
        Some("PRK"),
        None,
    );
    entity(
        &mut d,
        EntityType::Location,
        "Pyongyang",
        "Pyongyang",
        None,
        Some("PRK"),
        Some(pyongyang()),
    );
    event(
        &mut d,
        "CONSULT",
        "036",
        1,
        "bertemu",
        ("RUSMIL", "Sergei Shoigu"),
        ("PRKGOV", "Kim Jong Un"),
        Some(("Pyongyang", pyongyang())),
        Some("2023-07-26"),
    );
    time(&mut d, "Rabu (26/7)", "2023-07-26");
    quote(
        &mut d,
        "Kami membahas kerja sama pertahanan,",
        "Sergei Shoigu",
        "kata",
    );
    d
}

/// An English report of a different event: Indonesia's president receiving
/// Australia's prime minister in Jakarta.
pub fn jakarta_visit(url: &str, publisher: &str, date: &str) -> Document {
    let text = "Indonesian President Joko Widodo hosted Australian Prime Minister Anthony Albanese in Jakarta on Monday. \
                The two leaders signed an agreement on electric vehicle batteries, officials said.";
    let mut d = doc(text, Some(url), publisher, date, "en");
    entity(
        &mut d,
        EntityType::Person,
        "Joko Widodo",
        "Joko Widodo",
        Some("IDNGOV"),
        Some("IDN"),
        None,
    );
    entity(
        &mut d,
        EntityType::Person,
        "Anthony Albanese",
        "Anthony Albanese",
        Some("AUSGOV"),
        Some("AUS"),
        None,
    );
    entity(
        &mut d,
        EntityType::Location,
        "Jakarta",
        "Jakarta",
        None,
        Some("IDN"),
        Some(jakarta()),
    );
    event(
        &mut d,
        "CONSULT",
        "042",
        1,
        "hosted",
        ("IDNGOV", "Joko Widodo"),
        ("AUSGOV", "Anthony Albanese"),
        Some(("Jakarta", jakarta())),
        None,
    );
    event(
        &mut d,
        "AGREE",
        "057",
        1,
        "signed an agreement",
        ("IDNGOV", "The two leaders"),
        ("AUSGOV", "The two leaders"),
        Some(("Jakarta", jakarta())),
        None,
    );
    d
}
