//! Indonesian recall, session 11 (issue #6): nominal events as the subject
//! of a passive light verb (`Unjuk rasa itu digelar ratusan mahasiswa`) and
//! agentless passives whose agent is the story's acting party (`Ketiganya
//! kemudian ditahan`). Sentences are our own; entities are placed by the
//! test, as the entity stage would.

mod common;

use common::{L, O, P, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2026-05-12", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn the_agent_of_a_passive_light_verb_is_the_source_of_its_nominal_subject() {
    let mut d = doc(
        "Serangan terhadap pos polisi di Puncak itu dilakukan oleh Tentara Pembebasan Nasional Papua Barat pada Minggu dini hari.\n\
         Unjuk rasa menolak kenaikan harga BBM digelar ratusan mahasiswa Universitas Hasanuddin di depan kantor gubernur.\n\
         Latihan militer serupa pernah digelar China di Selat Taiwan pada Agustus lalu.",
        &[
            ("Tentara Pembebasan Nasional Papua Barat", O, "IDNREB"),
            ("pos polisi", O, "IDNCOP"),
            ("mahasiswa", O, "IDNEDU"),
            ("Universitas Hasanuddin", O, "IDNEDU"),
            ("China", L, "CHN"),
            ("Selat Taiwan", L, "TWN"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT IDNREB->IDNCOP"), "{got:?}");
    assert!(has(&got, "PROTEST IDNEDU"), "{got:?}");
    assert!(has(&got, "MOBILIZE CHN"), "{got:?}");
}

#[test]
fn a_passive_light_verb_after_a_comma_or_another_subject_lends_no_agent() {
    // The nominal is the object of `mengecam`; `digelar` belongs to another
    // clause with its own subject, and `di Jakarta` is a place, no agent.
    let mut d = doc(
        "Kementerian Luar Negeri mengecam serangan itu, dan pertemuan darurat ASEAN digelar di Jakarta pada Senin.\n\
         Unjuk rasa, kata Kapolres, digelar oleh sekitar 300 buruh pabrik.",
        &[
            ("Kementerian Luar Negeri", O, "IDNGOV"),
            ("ASEAN", O, "IGOSEA"),
            ("Jakarta", L, "IDN"),
            ("Kapolres", P, "IDNCOP"),
            ("buruh", O, "IDNLAB"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "ASSAULT IGOSEA"), "{got:?}");
    assert!(!has(&got, "CONSULT IDN->"), "{got:?}");
    assert!(!has(&got, "PROTEST IDNLAB"), "{got:?}");
}

#[test]
fn an_agentless_passive_takes_the_acting_party_of_the_story() {
    let mut d = doc(
        "Penjaga Pantai China menyita dua kapal nelayan Vietnam di dekat Kepulauan Paracel pada Selasa.\n\
         Kementerian Luar Negeri Vietnam memprotes keras tindakan itu.\n\
         Para nelayan Vietnam itu baru dibebaskan pada Kamis setelah pemilik kapal membayar denda.",
        &[
            ("Penjaga Pantai China", O, "CHNMIL"),
            ("nelayan Vietnam", O, "VNMAGR"),
            ("Kepulauan Paracel", L, "CHN"),
            ("Kementerian Luar Negeri Vietnam", O, "VNMGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE CHNMIL->VNMAGR"), "{got:?}");
    assert!(has(&got, "RETREAT CHNMIL->VNMAGR"), "{got:?}");
}

#[test]
fn a_domestic_agency_goes_on_acting_on_its_own_country() {
    let mut d = doc(
        "Polres Kendari menangkap lima pengedar sabu di sebuah rumah kos pada Sabtu malam.\n\
         Dua pengedar kemudian dilepaskan pada Senin karena tidak cukup bukti.",
        &[("Polres Kendari", O, "IDNCOP"), ("pengedar", O, "IDNCRM")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE IDNCOP->IDNCRM"), "{got:?}");
    assert!(has(&got, "RETREAT IDNCOP->IDNCRM"), "{got:?}");
}

#[test]
fn an_agentless_passive_without_an_earlier_act_on_that_side_is_not_coded() {
    // The only earlier act is a meeting, and the arrest named before is
    // of another side: no agent to lend.
    let mut d = doc(
        "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Senin.\n\
         Polisi Filipina menangkap dua warga Vietnam di Palawan pekan lalu.\n\
         Sementara itu, tujuh nelayan Indonesia ditangkap di perairan Sabah.",
        &[
            ("Prabowo Subianto", P, "IDNGOV"),
            ("Anwar Ibrahim", P, "MYSGOV"),
            ("Jakarta", L, "IDN"),
            ("Polisi Filipina", O, "PHLCOP"),
            ("warga Vietnam", O, "VNMCVL"),
            ("Palawan", L, "PHL"),
            ("nelayan Indonesia", O, "IDNAGR"),
            ("Sabah", L, "MYS"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "COERCE PHLCOP->IDNAGR"), "{got:?}");
    assert!(!has(&got, "COERCE MYS"), "{got:?}");
}

#[test]
fn a_named_agent_or_a_reporter_keeps_the_story_agent_out() {
    // `oleh sistem pertahanan udara` names the agent (no actor); and the
    // army reports the interception, it is not intercepted.
    let mut d = doc(
        "Iran meluncurkan puluhan rudal balistik ke arah Tel Aviv pada Sabtu malam.\n\
         Militer Israel mengatakan sebagian besar rudal berhasil dicegat oleh sistem pertahanan udara.",
        &[
            ("Iran", L, "IRN"),
            ("Tel Aviv", L, "ISR"),
            ("Militer Israel", O, "ISRMIL"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "COERCE IRN->ISRMIL"), "{got:?}");
}
