//! Indonesian quote forms, on wire-style texts written for these tests.

mod common;

use common::*;
use warta_core::EntityType::{Location, Organization, Person};

#[test]
fn quote_before_tag_with_chain_through_agency() {
    let text = "Menteri Pertahanan Rusia Sergei Shoigu mengunjungi Minsk pekan lalu.\n\
“Kami tidak akan mundur. Latihan ini sah dan terbuka,” kata kantor berita TASS mengutip pernyataan Menteri Pertahanan Rusia, Sergei Shoigu.";
    let mut d = doc(text, "id");
    let shoigu = entity(
        &mut d,
        Person,
        "Sergei Shoigu",
        Some("Menteri Pertahanan Rusia"),
        &["Sergei Shoigu"],
    );
    entity(&mut d, Organization, "TASS", None, &["TASS"]);
    entity(&mut d, Location, "Rusia", None, &["Rusia"]);
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "Kami tidak akan mundur", true);
    assert_eq!(q.speaker.as_deref(), Some(shoigu.as_str()));
    assert_eq!(q.speaker_name.as_deref(), Some("Sergei Shoigu"));
    assert_eq!(q.via, vec!["TASS"]);
    assert_eq!(q.verb.as_deref(), Some("kata"));
    assert_eq!(q.sentence, 1);
    assert!(q.text.ends_with("terbuka"), "{}", q.text);
    assert!(
        q.rule.starts_with("quotes:id:direct:post_tag"),
        "{}",
        q.rule
    );
}

#[test]
fn clitic_and_pronoun_go_to_last_speaker() {
    let text = "Gubernur Jawa Barat Ridwan Hasan meninjau lokasi banjir di Bekasi, Senin.\n\
“Kami kirim 40 perahu karet hari ini,” kata Ridwan.\n\
“Bantuan logistik juga sudah tiba,” ujarnya.\n\
Ketika ditanya soal anggaran, ia mengatakan “tentu saja” dana darurat sudah disiapkan, katanya.";
    let mut d = doc(text, "id");
    let ridwan = entity(
        &mut d,
        Person,
        "Ridwan Hasan",
        Some("Gubernur Jawa Barat"),
        &["Ridwan Hasan", "Ridwan"],
    );
    entity(&mut d, Location, "Bekasi", None, &["Bekasi"]);
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "Bantuan logistik", true);
    assert_eq!(q.speaker.as_deref(), Some(ridwan.as_str()));
    let q = quote(&d, "tentu saja", true);
    assert_eq!(q.speaker.as_deref(), Some(ridwan.as_str()));
    assert!(q.rule.contains("embedded"), "{}", q.rule);
    // The reported clause around the embedded quote, without `, katanya`.
    let r = quote(&d, "“tentu saja” dana darurat", false);
    assert!(r.text.ends_with("disiapkan"), "{}", r.text);
    assert_eq!(r.speaker.as_deref(), Some(ridwan.as_str()));
}

#[test]
fn role_alone_resolves_to_the_office_holder() {
    let text = "Menteri Luar Negeri Retno Wulandari bertemu mitranya di Jakarta.\n\
“Kami menolak segala bentuk kekerasan,” tegas Menteri Luar Negeri.";
    let mut d = doc(text, "id");
    let retno = entity(
        &mut d,
        Person,
        "Retno Wulandari",
        Some("Menteri Luar Negeri"),
        &["Retno Wulandari"],
    );
    run(&mut d);
    let q = quote(&d, "Kami menolak", true);
    assert_eq!(q.speaker.as_deref(), Some(retno.as_str()));
    assert_eq!(q.verb.as_deref(), Some("tegas"));
}

#[test]
fn tag_before_quote_colon_and_menurut() {
    let text = "Kepala BMKG Dwi Santoso mengatakan: “Gelombang tinggi masih akan terjadi hingga Jumat.”\n\
Menurut Dwi, “Nelayan sebaiknya tidak melaut dulu.”";
    let mut d = doc(text, "id");
    let dwi = entity(
        &mut d,
        Person,
        "Dwi Santoso",
        Some("Kepala BMKG"),
        &["Dwi Santoso", "Dwi"],
    );
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "Gelombang tinggi", true);
    assert_eq!(q.speaker.as_deref(), Some(dwi.as_str()));
    assert!(q.rule.contains("pre_tag"), "{}", q.rule);
    let q = quote(&d, "Nelayan sebaiknya", true);
    assert_eq!(q.speaker.as_deref(), Some(dwi.as_str()));
    assert_eq!(q.verb.as_deref(), Some("menurut"));
}

#[test]
fn interrupted_and_multi_paragraph_quotes() {
    let text = "“Harga beras akan turun bulan depan,” kata Direktur Bulog Budi Waseso. “Stok kami cukup sampai Lebaran.”\n\
\n\
“Kami sudah menyalurkan 200.000 ton ke pasar induk.\n\
\n\
“Operasi pasar berjalan setiap hari di 34 provinsi,” ujar Budi.";
    let mut d = doc(text, "id");
    let budi = entity(
        &mut d,
        Person,
        "Budi Waseso",
        Some("Direktur Bulog"),
        &["Budi Waseso", "Budi"],
    );
    run(&mut d);
    offsets_consistent(&d);
    let second = quote(&d, "Stok kami cukup", true);
    assert_eq!(second.speaker.as_deref(), Some(budi.as_str()));
    assert!(second.rule.contains("continued"), "{}", second.rule);
    let long = quote(&d, "Kami sudah menyalurkan", true);
    assert!(long.text.contains("34 provinsi"), "{}", long.text);
    assert_eq!(long.speaker.as_deref(), Some(budi.as_str()));
    assert_eq!(d.quotes.iter().filter(|q| q.direct).count(), 3);
}

#[test]
fn indirect_speech_with_subject_speaker_and_time() {
    let text = "Juru bicara Kementerian Luar Negeri Teuku Faizal mengatakan pada 2 Maret bahwa pemerintah terus memantau keadaan WNI di Sudan.\n\
Amerika Serikat mengatakan minggu lalu bahwa pihaknya akan mengirim kapal evakuasi.\n\
Pada saat itu Jepang telah menyatakan keprihatinannya tentang situasi keamanan.";
    let mut d = doc(text, "id");
    let faizal = entity(&mut d, Person, "Teuku Faizal", None, &["Teuku Faizal"]);
    let us = entity(
        &mut d,
        Location,
        "Amerika Serikat",
        None,
        &["Amerika Serikat"],
    );
    entity(&mut d, Location, "Jepang", None, &["Jepang"]);
    entity(
        &mut d,
        Organization,
        "Kementerian Luar Negeri",
        None,
        &["Kementerian Luar Negeri"],
    );
    time(&mut d, "2 Maret");
    time(&mut d, "minggu lalu");
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "pemerintah terus memantau", false);
    assert_eq!(q.speaker.as_deref(), Some(faizal.as_str()));
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("Juru bicara Kementerian Luar Negeri")
    );
    assert!(q.text.ends_with("di Sudan"), "{}", q.text);
    let q = quote(&d, "pihaknya akan mengirim", false);
    assert_eq!(q.speaker.as_deref(), Some(us.as_str()));
    // `menyatakan` + a plain object is not reported speech.
    assert!(
        !d.quotes.iter().any(|q| q.text.contains("keprihatinannya")),
        "{:#?}",
        d.quotes
    );
}

#[test]
fn citation_chain_before_the_verb() {
    let text = "Kantor berita Jepang Kyodo sebelumnya mengutip badan keamanan maritim Jepang yang mengatakan bahwa dua kapal asing memasuki perairannya.";
    let mut d = doc(text, "id");
    entity(&mut d, Organization, "Kyodo", None, &["Kyodo"]);
    entity(&mut d, Location, "Jepang", None, &["Jepang"]);
    run(&mut d);
    let q = quote(&d, "dua kapal asing", false);
    assert_eq!(
        q.speaker_name.as_deref(),
        Some("badan keamanan maritim Jepang")
    );
    assert_eq!(q.speaker, None);
    assert_eq!(q.via, vec!["Kyodo"]);
}

#[test]
fn menurut_with_chain_and_trailing_tags() {
    let text = "Menurut Antara yang mengutip Kepala Basarnas Marsekal Henri Alfi, tim SAR menemukan 12 korban selamat.\n\
Pencarian akan dilanjutkan besok pagi, kata Henri.\n\
Cuaca buruk menghambat evakuasi, menurut Henri.";
    let mut d = doc(text, "id");
    let henri = entity(
        &mut d,
        Person,
        "Henri Alfi",
        Some("Kepala Basarnas"),
        &["Henri Alfi", "Henri"],
    );
    entity(&mut d, Organization, "Antara", None, &["Antara"]);
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "tim SAR menemukan", false);
    assert_eq!(q.speaker.as_deref(), Some(henri.as_str()));
    assert_eq!(q.via, vec!["Antara"]);
    let q = quote(&d, "Pencarian akan dilanjutkan", false);
    assert_eq!(q.speaker.as_deref(), Some(henri.as_str()));
    assert_eq!(q.text, "Pencarian akan dilanjutkan besok pagi");
    let q = quote(&d, "Cuaca buruk", false);
    assert_eq!(q.speaker.as_deref(), Some(henri.as_str()));
    assert_eq!(q.text, "Cuaca buruk menghambat evakuasi");
}

#[test]
fn story_sources() {
    let text = "JAKARTA (Antara) - Harga minyak naik tipis pada perdagangan Selasa.\n\
Mengutip Reuters, Rabu (6/9), kenaikan itu dipicu pemangkasan produksi.\n\
Kapal itu berlayar menuju Pasifik, seperti dikutip dari AFP.\n\
Pertemuan akan digelar bulan depan, demikian disampaikan sumber-sumber diplomatik dan pejabat setempat.";
    let mut d = doc(text, "id");
    let reuters = entity(&mut d, Organization, "Reuters", None, &["Reuters"]);
    run(&mut d);
    offsets_consistent(&d);
    let names: Vec<&str> = d.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "Antara",
            "Reuters",
            "AFP",
            "sumber-sumber diplomatik dan pejabat setempat"
        ]
    );
    let r = &d.sources[1];
    assert_eq!(r.entity.as_deref(), Some(reuters.as_str()));
    assert_eq!(r.text, "Mengutip Reuters");
    assert_eq!(r.sentence, 1);
    // A story-wide citation is not a quote.
    assert!(d.quotes.is_empty(), "{:#?}", d.quotes);
}

#[test]
fn typographies_and_broken_encodings() {
    let texts = [
        "«Kami siap berunding kapan saja,» kata Arif.",
        "„Kami siap berunding kapan saja“, kata Arif.",
        "‘Kami siap berunding kapan saja,’ kata Arif.",
        "\"Kami siap berunding kapan saja,\" kata Arif.",
        "\u{fffd}Kami siap berunding kapan saja,\u{fffd} kata Arif.",
        "â€œKami siap berunding kapan saja,â€\u{9d} kata Arif.",
        // A stray extra mark after the closing one.
        "\"Kami siap berunding kapan saja,\" \" kata Arif.",
    ];
    for t in texts {
        let mut d = doc(t, "id");
        run(&mut d);
        offsets_consistent(&d);
        assert_eq!(d.quotes.len(), 1, "{t}: {:#?}", d.quotes);
        let q = &d.quotes[0];
        assert_eq!(q.text, "Kami siap berunding kapan saja", "{t}");
        // No entity stage ran: the phrase text is the name.
        assert_eq!(q.speaker_name.as_deref(), Some("Arif"), "{t}");
        assert!(q.direct);
    }
}

#[test]
fn marked_verbs_need_a_clause() {
    let text = "Polisi membantah tuduhan itu.\nPolisi membantah bahwa petugas memukul demonstran.";
    let mut d = doc(text, "id");
    run(&mut d);
    assert_eq!(d.quotes.len(), 1, "{:#?}", d.quotes);
    assert_eq!(d.quotes[0].text, "petugas memukul demonstran");
    assert_eq!(d.quotes[0].speaker_name.as_deref(), Some("Polisi"));
}

#[test]
fn scare_quotes_are_not_quotes() {
    let text = "Film “Laskar Pelangi” kembali diputar di bioskop.";
    let mut d = doc(text, "id");
    run(&mut d);
    assert!(d.quotes.is_empty(), "{:#?}", d.quotes);
}

#[test]
fn claim_for_finds_the_innermost_quote() {
    let text = "Ketika ditanya, Ridwan mengatakan “tentu saja” dana darurat sudah disiapkan.";
    let mut d = doc(text, "id");
    entity(&mut d, Person, "Ridwan Hasan", None, &["Ridwan"]);
    run(&mut d);
    let (s, e) = spans(text, "tentu")[0];
    let q = warta_quotes::claim_for(&d, s, e).expect("a claim");
    assert!(q.direct);
    let (s, e) = spans(text, "dana darurat")[0];
    let q = warta_quotes::claim_for(&d, s, e).expect("a claim");
    assert!(!q.direct);
    assert_eq!(q.speaker_name.as_deref(), Some("Ridwan Hasan"));
    assert!(warta_quotes::claim_for(&d, 0, 5).is_none());
}

#[test]
fn pronoun_after_unlinked_speaker_and_negation_kept() {
    let text = "Vice President PT Pertamina (Persero) Budi Santoso mengatakan tak semua SPBU siap.\n\
\"Kami butuh waktu dua bulan lagi,\" kata dia di Jakarta.";
    let mut d = doc(text, "id");
    // The entity stage found the company but not the person.
    entity(
        &mut d,
        Organization,
        "Pertamina",
        None,
        &["PT Pertamina (Persero)"],
    );
    run(&mut d);
    let q = quote(&d, "tak semua SPBU siap", false);
    assert_eq!(q.speaker_name.as_deref(), Some("Budi Santoso"));
    let q = quote(&d, "Kami butuh waktu", true);
    assert_eq!(q.speaker_name.as_deref(), Some("Budi Santoso"));
}

#[test]
fn affiliation_and_parenthesized_acronyms() {
    let text = "Bob Yawger dari Mizuho Securities mengatakan, harga minyak masih tertekan.\n\
“Kami masih menunggu data stok,” kata Vice President PT Pertamina (Persero) Ahmad Bakri, Kamis.\n\
Kepala Badan Pusat Statistik (BPS) Suryo Hadi mengatakan, inflasi Mei tercatat 0,3 persen (year on year).";
    let mut d = doc(text, "id");
    time(&mut d, "Kamis");
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "harga minyak masih", false);
    assert_eq!(q.speaker_name.as_deref(), Some("Bob Yawger"));
    let q = quote(&d, "Kami masih menunggu", true);
    // The name after the bracketed acronym is the person; the rest is the title.
    assert_eq!(q.speaker_name.as_deref(), Some("Ahmad Bakri"));
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("Vice President PT Pertamina (Persero)")
    );
    let q = quote(&d, "inflasi Mei", false);
    assert_eq!(q.speaker_name.as_deref(), Some("Suryo Hadi"));
    // A closing bracket at the end of the content is kept.
    assert!(q.text.ends_with("(year on year)"), "{}", q.text);
}

#[test]
fn passive_citation_between_speaker_and_verb() {
    let text = "Menteri Perminyakan Aljazair Ahmed Benali seperti dikutip kantor berita APS mengatakan, produksi akan dipangkas bulan depan.";
    let mut d = doc(text, "id");
    let ahmed = entity(&mut d, Person, "Ahmed Benali", None, &["Ahmed Benali"]);
    entity(&mut d, Organization, "APS", None, &["APS"]);
    run(&mut d);
    let q = quote(&d, "produksi akan dipangkas", false);
    assert_eq!(q.speaker.as_deref(), Some(ahmed.as_str()));
    assert_eq!(q.via, vec!["APS"]);
    assert!(d.sources.is_empty(), "{:#?}", d.sources);
}

#[test]
fn surname_mistaken_for_a_place_still_names_the_speaker() {
    let text = "Vice President PT Pertamina (Persero) Muhammad Iskandar mengatakan, pemasangan alat itu rampung Desember.";
    let mut d = doc(text, "id");
    entity(&mut d, Location, "Iskandar", None, &["Iskandar"]);
    run(&mut d);
    let q = quote(&d, "pemasangan alat itu", false);
    assert_eq!(q.speaker_name.as_deref(), Some("Muhammad Iskandar"));
    assert_eq!(q.speaker, None);
}

#[test]
fn adverbial_opening_before_the_tag_is_not_content() {
    let text = "Untuk mempercepat pemasangan alat di seluruh SPBU, Ali mengatakan, pihaknya meminta bantuan pemerintah daerah.";
    let mut d = doc(text, "id");
    run(&mut d);
    let q = quote(&d, "pihaknya meminta", false);
    assert_eq!(q.speaker_name.as_deref(), Some("Ali"));
}

#[test]
fn entity_stage_pronoun_links_win() {
    let text = "“Kami siap,” kata Budi.\nMenteri Sri Lestari tiba kemudian. Ia mengatakan anggaran sudah cair.";
    let mut d = doc(text, "id");
    entity(&mut d, Person, "Budi Santoso", None, &["Budi"]);
    let sri = entity(
        &mut d,
        Person,
        "Sri Lestari",
        Some("Menteri"),
        &["Sri Lestari"],
    );
    // The entity stage linked `Ia` to Sri Lestari.
    let (s, e) = spans(text, "Ia")[0];
    d.entities[1].mentions.push(warta_core::Mention {
        start: s,
        end: e,
        text: "Ia".into(),
        sentence: 1,
        rule: "entities:alias:pronoun".into(),
    });
    run(&mut d);
    let q = quote(&d, "anggaran sudah cair", false);
    assert_eq!(q.speaker.as_deref(), Some(sri.as_str()));
}

#[test]
fn name_before_its_title_at_sentence_start() {
    let text = "Suhail Al-Mazrouei, Menteri Energi Uni Emirat Arab mengatakan pada Minggu bahwa OPEC tidak akan memangkas produksi.\n\
Jakarta, Menteri Keuangan mengatakan bahwa defisit tetap terjaga.";
    let mut d = doc(text, "id");
    entity(
        &mut d,
        Location,
        "Uni Emirat Arab",
        None,
        &["Uni Emirat Arab"],
    );
    entity(&mut d, Location, "Jakarta", None, &["Jakarta"]);
    time(&mut d, "pada Minggu");
    run(&mut d);
    let q = quote(&d, "OPEC tidak akan", false);
    assert_eq!(q.speaker_name.as_deref(), Some("Suhail Al-Mazrouei"));
    // A place before the comma is not a speaker.
    let q = quote(&d, "defisit tetap terjaga", false);
    assert_eq!(q.speaker_name.as_deref(), Some("Menteri Keuangan"));
}

#[test]
fn prepositional_phrase_after_the_comma_is_skipped() {
    let text = "Kartel itu menyatakan, dalam laporan bulanan pada Rabu bahwa pasokan minyak akan naik.\n\
Ali mengatakan, dengan kenaikan harga pada Juni lalu, konsumsi premium teredam.";
    let mut d = doc(text, "id");
    run(&mut d);
    quote(&d, "pasokan minyak akan naik", false);
    quote(&d, "dengan kenaikan harga", false);
}
