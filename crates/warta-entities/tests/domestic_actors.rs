//! Actors of Indonesian domestic news without a proper name of their own:
//! bodies named by a head and a place or number (`Polda Metro Jaya`,
//! `Komisi III DPR`), office holders named only by their office (`mantan
//! menteri perdagangan`, `Gubernur Jawa Tengah`), and the cases where a
//! title is not an actor of its own. Sentences written for warta.

mod common;

use common::actor_and_rule as actor;

use warta_core::Document;

fn id(text: &str) -> Document {
    common::run(text, "id", None)
}

#[test]
fn headed_bodies_take_the_sector_of_their_head_and_the_country_of_their_place() {
    let doc = id(
        "Polda Metro Jaya menangkap dua orang. Kejaksaan Tinggi Jawa Timur \
         menahan seorang kepala desa. Ratusan warga berunjuk rasa di depan Gedung DPRD \
         Sumatera Utara, sementara Komisi III DPR memanggil Jaksa Agung.",
    );
    let cases = [
        ("Polda Metro Jaya", "IDNCOP"),
        ("Kejaksaan Tinggi Jawa Timur", "IDNJUD"),
        ("DPRD Sumatera Utara", "IDNLEG"),
        // `komisi` inherits the sector of the body named after it.
        ("Komisi III DPR", "IDNLEG"),
    ];
    for (mention, code) in cases {
        let (a, rule) = actor(&doc, mention).unwrap_or_else(|| panic!("no `{mention}`"));
        assert_eq!(a.as_deref(), Some(code), "{mention}");
        assert_eq!(rule, "entities:org:headed", "{mention}");
    }
    // The place inside the body is not a second entity mention.
    assert!(actor(&doc, "Jawa Timur").is_none());
    // A numbered commission alone is the legislature's.
    let doc = id("Komisi II mengkritik persiapan pemilihan kepala daerah.");
    assert_eq!(
        actor(&doc, "Komisi II").and_then(|a| a.0).as_deref(),
        Some("IDNLEG")
    );
}

#[test]
fn a_headed_body_stops_before_a_title_and_its_name() {
    let doc = id(
        "Kepala Bidang Humas Polres Bogor Kota AKBP Dimas Wibowo mengatakan \
         polisi masih memburu pelaku.",
    );
    assert_eq!(
        actor(&doc, "Polres Bogor Kota").map(|a| a.0),
        Some(Some("IDNCOP".into()))
    );
    let person = doc
        .entities
        .iter()
        .find(|e| e.canonical == "Dimas Wibowo")
        .expect("the officer is a person");
    assert_eq!(person.actor.as_deref(), Some("IDNCOP"));
}

#[test]
fn offices_without_a_name_are_actors() {
    let doc = id(
        "Kejaksaan Agung menetapkan mantan menteri perdagangan sebagai \
         tersangka. Gubernur Jawa Tengah menjatuhkan sanksi kepada dua kepala dinas. \
         Kuasa hukum terdakwa menuduh hakim berpihak.",
    );
    let cases = [
        ("menteri perdagangan", "IDNGOV"),
        ("Gubernur Jawa Tengah", "IDNGOV"),
        ("kepala dinas", "IDNGOV"),
        ("Kuasa hukum terdakwa", "IDNJUD"),
    ];
    for (mention, code) in cases {
        let (a, rule) = actor(&doc, mention).unwrap_or_else(|| panic!("no `{mention}`"));
        assert_eq!(a.as_deref(), Some(code), "{mention}");
        assert_eq!(rule, "entities:role:unnamed", "{mention}");
    }
    // `sebagai tersangka` names what the minister became, not a participant;
    // a suspect who acts or is acted on is an agent noun of its own.
    assert!(actor(&doc, "tersangka").is_none());
    let doc = id("SURABAYA - Polisi menangkap tersangka di sebuah rumah kos pada Senin.");
    assert_eq!(
        actor(&doc, "tersangka").and_then(|a| a.0).as_deref(),
        Some("IDNCRM")
    );
}

#[test]
fn titles_of_named_or_referred_people_are_not_new_actors() {
    let doc = id(
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jepang Takeshi \
         Iwaya. Kedua menteri membahas investasi. Menteri itu kemudian kembali ke \
         Jakarta. Anggota Komisi I, Budi Santosa, mengkritik pemerintah.",
    );
    for text in [
        "Menteri Luar Negeri",
        "menteri",
        "Menteri",
        "Anggota Komisi I",
        "Menteri Luar Negeri Jepang",
    ] {
        assert!(
            actor(&doc, text).is_none_or(|a| a.1 != "entities:role:unnamed"),
            "`{text}` should not be an unnamed office"
        );
    }
}

#[test]
fn an_office_of_a_stateless_body_speaks_for_the_body() {
    let doc = id("Para pemimpin ASEAN meminta junta Myanmar membebaskan tahanan politik.");
    assert_eq!(
        actor(&doc, "pemimpin ASEAN").and_then(|a| a.0).as_deref(),
        Some("IGO")
    );
}

#[test]
fn ministry_portfolios_stay_inside_the_title() {
    let doc = id(
        "Menteri Ketenagakerjaan Yassierli dan Menteri Sumber Daya Manusia \
         Malaysia Steven Sim menandatangani nota kesepahaman.",
    );
    let steven = doc
        .entities
        .iter()
        .find(|e| e.canonical == "Steven Sim")
        .expect("the Malaysian minister is a person");
    assert_eq!(steven.actor.as_deref(), Some("MYSGOV"));
    assert!(
        doc.entities
            .iter()
            .all(|e| e.canonical != "Sumber Daya Manusia")
    );
    assert!(doc.entities.iter().any(|e| e.canonical == "Yassierli"));
}

#[test]
fn a_title_with_a_demonstrative_refers_back_to_its_holder() {
    let doc = id(
        "Utusan khusus ASEAN untuk Myanmar bertemu pemimpin junta di Naypyidaw.\n\
         Dalam pertemuan itu, utusan tersebut mendesak junta membebaskan tahanan.",
    );
    let envoy = doc
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "utusan tersebut"))
        .expect("`utusan tersebut` is a mention");
    assert_eq!(envoy.canonical, "Utusan khusus ASEAN untuk Myanmar");
    // The country the envoy is sent to is not the envoy's: ASEAN owns the office.
    assert_eq!(envoy.actor.as_deref(), Some("IGO"));
    // Without an earlier holder of the title, nothing is linked.
    let doc = id("Menteri itu membantah tuduhan korupsi.");
    assert!(
        doc.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.text != "Menteri itu")),
        "{:?}",
        doc.entities
    );
}

#[test]
fn an_envoy_keeps_the_country_that_sends_it() {
    let doc = id("Duta Besar Indonesia untuk Malaysia mengunjungi para pekerja migran.");
    assert_eq!(
        actor(&doc, "Duta Besar Indonesia untuk Malaysia")
            .and_then(|a| a.0)
            .as_deref(),
        Some("IDNGOV")
    );
}

#[test]
fn a_company_side_and_a_victim_family_are_domestic_parties() {
    let doc = id(
        "Jakarta - Pihak perusahaan membantah telah menyerobot lahan warga, \
         sementara keluarga korban meminta polisi mengusut kasus itu.",
    );
    assert_eq!(
        actor(&doc, "Pihak perusahaan").and_then(|a| a.0).as_deref(),
        Some("IDNBUS")
    );
    assert_eq!(
        actor(&doc, "keluarga korban").and_then(|a| a.0).as_deref(),
        Some("IDNCVL")
    );
}

#[test]
fn protesters_workers_advocates_and_survivors_are_domestic_groups() {
    let doc = id(
        "Jakarta - Ratusan peserta aksi memblokade jalan di depan Balai Kota, \
         sementara pengemudi ojek online menuntut kenaikan tarif. Sejumlah \
         organisasi lingkungan menolak proyek itu, dan para penyintas banjir \
         meminta bantuan pemerintah daerah.",
    );
    let cases = [
        // Counting words belong to the group's mention.
        ("Ratusan peserta aksi", "IDNOPP"),
        ("pengemudi ojek online", "IDNLAB"),
        ("Sejumlah organisasi lingkungan", "IDNNGO"),
        ("para penyintas", "IDNCVL"),
    ];
    for (mention, code) in cases {
        let (a, _) = actor(&doc, mention).unwrap_or_else(|| panic!("no `{mention}`"));
        assert_eq!(a.as_deref(), Some(code), "{mention}");
    }
    let doc = id(
        "Jakarta - Menteri itu meminta maaf kepada masyarakat dan mengizinkan \
         pengecer menjual gas bersubsidi lagi, sementara koalisi masyarakat sipil \
         mengkritik kebijakan itu.",
    );
    let cases = [
        ("masyarakat", "IDNCVL"),
        ("pengecer", "IDNBUS"),
        // The longer phrase keeps its own sector.
        ("koalisi masyarakat sipil", "IDNNGO"),
    ];
    for (mention, code) in cases {
        let (a, _) = actor(&doc, mention).unwrap_or_else(|| panic!("no `{mention}`"));
        assert_eq!(a.as_deref(), Some(code), "{mention}");
    }
}

#[test]
fn a_domestic_group_next_to_a_country_is_that_countrys() {
    // Named next to a country, the group is not the home country's.
    let doc = id(
        "Jakarta - Pemerintah Indonesia mengirim bantuan kepada warga desa Myanmar \
         yang terdampak gempa, kata Kementerian Luar Negeri.",
    );
    assert_ne!(
        actor(&doc, "warga desa").and_then(|a| a.0).as_deref(),
        Some("IDNCVL")
    );
}

#[test]
fn an_indonesian_mission_abroad_is_indonesian_whatever_its_seat() {
    let doc = id(
        "KBRI Dhaka mengimbau sekitar 700 warga negara Indonesia untuk menjauhi \
         lokasi unjuk rasa. KJRI Jeddah membuka posko pengaduan.",
    );
    for mention in ["KBRI Dhaka", "KJRI Jeddah"] {
        let (a, rule) = actor(&doc, mention).unwrap_or_else(|| panic!("no `{mention}`"));
        assert_eq!(a.as_deref(), Some("IDNGOV"), "{mention}");
        assert_eq!(rule, "entities:org:headed", "{mention}");
    }
    // The seat inside the name is no actor of its own.
    assert!(actor(&doc, "Dhaka").is_none());
    // Any other headed body keeps its place's country.
    let doc = id("Polda Metro Jaya menangkap dua orang.");
    assert_eq!(
        actor(&doc, "Polda Metro Jaya").and_then(|a| a.0).as_deref(),
        Some("IDNCOP")
    );
}

#[test]
fn a_modifier_between_an_agent_noun_and_its_country_belongs_to_the_noun() {
    let doc = id(
        "Pemerintah Malaysia mendeportasi 312 pekerja migran Indonesia. \
         Pemerintah federal Somalia meminta bantuan.",
    );
    let (a, _) = actor(&doc, "pekerja migran Indonesia").expect("the workers");
    assert_eq!(a.as_deref(), Some("IDNLAB"));
    let (a, _) = actor(&doc, "Pemerintah federal Somalia").expect("the government");
    assert_eq!(a.as_deref(), Some("SOMGOV"));
}
