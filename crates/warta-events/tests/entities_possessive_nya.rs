//! Indonesian possessive clitic on an agent noun (`nelayannya`,
//! `tentaranya`, setting `possessive_clitics`): the group belongs to the
//! first actor with a country of its clause, else of its sentence, not to
//! the story's home country. Sentences written for these tests. Run
//! through the whole pipeline: the segmenter splits the clitic off.

use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::{Document, SourceInfo};

/// The actor code of the entity with a mention of exactly `mention`.
fn actor(doc: &Document, mention: &str) -> Option<String> {
    doc.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == mention))
        .and_then(|e| e.actor.clone())
}

fn run(text: &str) -> Document {
    let pipeline = Pipeline::new(PipelineOptions {
        language: LanguageChoice::Force("id".into()),
        ..Default::default()
    })
    .expect("pipeline builds");
    match pipeline.process(Document::new(text.to_string(), SourceInfo::default())) {
        Outcome::Done(doc) => *doc,
        _ => panic!("document not processed"),
    }
}

#[test]
fn possessed_group_takes_the_subject_s_country() {
    let doc = run(
        "JAKARTA, KOMPAS - Pemerintah Indonesia memantau situasi di perairan Natuna. \
         Vietnam menyatakan nelayannya ditahan oleh kapal patroli asing pada Senin.",
    );
    assert_eq!(actor(&doc, "nelayan").as_deref(), Some("VNMAGR"));
    let doc = run(
        "JAKARTA, KOMPAS - Indonesia menyambut baik keputusan itu. Rusia mulai menarik \
         tentaranya dari wilayah perbatasan pada Selasa pagi.",
    );
    assert_eq!(actor(&doc, "tentara").as_deref(), Some("RUSMIL"));
}

#[test]
fn the_clause_subject_owns_the_group() {
    // After a verb whose object is the next clause's subject.
    let doc = run(
        "JAKARTA, KOMPAS - Indonesia mengikuti perundingan itu. Pemerintah Filipina \
         mendesak China menarik tentaranya dari pulau karang tersebut.",
    );
    assert_eq!(actor(&doc, "tentara").as_deref(), Some("CHNMIL"));
    // After a complementizer.
    let doc = run(
        "JAKARTA, KOMPAS - Indonesia mengikuti perundingan itu. Moskwa mengulang \
         tuntutan Rusia agar Ukraina menarik tentaranya dari empat wilayah.",
    );
    assert_eq!(actor(&doc, "tentara").as_deref(), Some("UKRMIL"));
    // A clause with no actor of its own: the sentence's subject.
    let doc = run(
        "JAKARTA, KOMPAS - Indonesia mengikuti perundingan itu. Pemerintah Thailand \
         membantah tuduhan Kamboja dan menyatakan bahwa tentaranya hanya membalas tembakan.",
    );
    assert_eq!(actor(&doc, "tentara").as_deref(), Some("THAMIL"));
}

#[test]
fn no_possessor_no_override() {
    // No clitic: the story's home country.
    let doc = run(
        "JAKARTA, KOMPAS - Indonesia memperketat pengawasan di perbatasan. Malaysia \
         menyatakan nelayan ditahan di perairan Riau.",
    );
    assert_eq!(actor(&doc, "nelayan").as_deref(), Some("IDNAGR"));
    // A clitic but no actor with a country before it in the sentence.
    let doc = run(
        "JAKARTA, KOMPAS - Indonesia memperketat pengawasan di perbatasan. Seorang \
         pejabat mengatakan nelayannya ditahan selama dua hari.",
    );
    assert_eq!(actor(&doc, "nelayan").as_deref(), Some("IDNAGR"));
    // A clitic on a noun that names no group.
    let doc = run(
        "JAKARTA, KOMPAS - Indonesia memperketat pengawasan. Vietnam menyatakan \
         kapalnya ditahan di perairan Natuna.",
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| !e.mentions.iter().any(|m| m.text == "kapal"))
    );
    // An agent noun that needs a country (`pasukan`) is no actor with only a
    // clitic while `possessed_agents` is off: not the story's IDNMIL.
    let doc = run(
        "JAKARTA, KOMPAS - Indonesia memperketat pengawasan. Rusia menarik \
         pasukannya dari wilayah perbatasan.",
    );
    assert_eq!(actor(&doc, "pasukan"), None);
}
