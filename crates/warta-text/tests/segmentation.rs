//! Sentence splitting and tokenization on news text we wrote ourselves
//! (Indonesian and English), through the compiled-in language packs.

use warta_core::{Document, SourceInfo, Stage, TokenKind};
use warta_text::{Segmentation, Segmenter};

const BERITA: &str = include_str!("fixtures/berita_id.txt");
const NEWS: &str = include_str!("fixtures/news_en.txt");

fn chars(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

fn sentences(text: &str, lang: &str) -> Vec<String> {
    let seg = Segmenter::new().segment(text, lang);
    seg.sentences
        .iter()
        .map(|s| chars(text, s.start, s.end))
        .collect()
}

fn tokens(text: &str, lang: &str) -> Vec<String> {
    let seg = Segmenter::new().segment(text, lang);
    seg.tokens
        .iter()
        .map(|t| chars(text, t.start, t.end))
        .collect()
}

fn has_token(text: &str, lang: &str, tok: &str) -> bool {
    tokens(text, lang).iter().any(|t| t == tok)
}

fn check_invariants(text: &str, seg: &Segmentation) {
    let n = text.chars().count();
    let mut prev_end = 0;
    for t in &seg.tokens {
        assert!(t.start < t.end && t.end <= n, "{t:?}");
        assert!(t.start >= prev_end, "tokens overlap or go backwards: {t:?}");
        prev_end = t.end;
        let s = seg.sentences[t.sentence];
        assert!(s.start <= t.start && t.end <= s.end, "{t:?} outside {s:?}");
    }
    for s in &seg.sentences {
        let body = chars(text, s.start, s.end);
        assert!(
            !body.contains('\n'),
            "sentence spans a line break: {body:?}"
        );
        assert_eq!(body.trim(), body, "sentence has outer whitespace");
    }
}

#[test]
fn fixtures_keep_every_token_inside_its_sentence() {
    let seg = Segmenter::new();
    for (text, lang) in [(BERITA, "id"), (NEWS, "en")] {
        check_invariants(text, &seg.segment(text, lang));
    }
}

#[test]
fn indonesian_fixture_sentences() {
    let got = sentences(BERITA, "id");
    assert_eq!(
        got[0],
        "JAKARTA.ID – Menteri Luar Negeri Indonesia bertemu mitranya dari Jepang di Tokyo"
    );
    assert!(got[1].starts_with("Pertemuan itu digelar di Jl. M.H. Thamrin No. 10"));
    assert!(got[1].ends_with("pukul 17.00 WIB."));
    assert!(
        got.iter()
            .any(|s| s.starts_with("“Kami siap") && s.ends_with("di hadapan wartawan."))
    );
    assert!(got.contains(&"“Bantuan sudah kami salurkan.”".to_string()));
    assert!(got.contains(&"Demikian disampaikan Bpk. Ahmad Yani.".to_string()));
    assert!(got.contains(&"Apakah harga beras akan turun?".to_string()));
    assert!(
        got.contains(&"Ia menambahkan bahwa harga cabai, bawang, dll. masih tinggi.".to_string())
    );
    assert!(got.contains(&"Pemerintah akan memantau pasar...".to_string()));
    assert_eq!(
        got.last().unwrap(),
        "Sebanyak 1,5 juta warga terdampak, kata J.K. Wijaya kepada a.n. keluarga korban"
    );
    assert_eq!(got.len(), 14, "{got:#?}");
}

#[test]
fn english_fixture_sentences() {
    let got = sentences(NEWS, "en");
    assert!(got[0].starts_with("TOKYO (Reuters) - U.S. Secretary"));
    assert_eq!(
        got[1],
        "Mr. Blinken arrived at 5 p.m. local time and left on Jan. 5, officials said."
    );
    assert!(got.contains(&"\"We are ready to work with all partners,\" he said.".to_string()));
    assert!(got.contains(&"\"The region needs stability.\"".to_string()));
    assert!(got.contains(&"Shares of Acme Corp. rose 3.5% after the announcement.".to_string()));
    assert!(
        got.iter()
            .any(|s| s.starts_with("Dr. Jane Smith") && s.ends_with("\"a good start.\""))
    );
    assert!(got.contains(&"Others disagreed...".to_string()));
    assert_eq!(got.len(), 10, "{got:#?}");
}

#[test]
fn a_line_break_always_ends_a_sentence() {
    let text = "Pemerintah menaikkan harga BBM\nWarga memprotes kebijakan itu di depan gedung DPR";
    assert_eq!(sentences(text, "id").len(), 2);
    let text = "Harga naik, kata\ndia.";
    assert_eq!(sentences(text, "id").len(), 2);
}

#[test]
fn titles_abbreviations_and_initials_do_not_end_sentences() {
    for (text, lang) in [
        ("Pasien dirawat oleh dr. Siti Rahma di rumah sakit.", "id"),
        ("Rektor Prof. Budi Santoso membuka acara itu.", "id"),
        ("Jamaah dipimpin H. Abdul Somad dan Hj. Aminah.", "id"),
        ("Kantor itu berada di Jl. Merdeka No. 12 Bandung.", "id"),
        ("Warga Kec. Cibinong, Kab. Bogor mengungsi.", "id"),
        ("Pasien dirujuk ke RS. Harapan Kita di Jakarta.", "id"),
        (
            "Aturan itu dicabut dengan Ketetapan MPR No. XXV tahun 1999.",
            "id",
        ),
        (
            "Surat ditujukan kepada Bpk. Hasan a.n. keluarga besar.",
            "id",
        ),
        ("Kuasa hukumnya, Andi S.H. M.Si. menolak berkomentar.", "id"),
        ("Menteri M. Nasir hadir bersama J.K. Rowling.", "id"),
        (
            "Mr. Lee and Mrs. Tan met Dr. Park in the U.S. capital.",
            "en",
        ),
        ("Gen. Smith and Lt. Jones spoke on Sept. 12 in Seoul.", "en"),
    ] {
        assert_eq!(sentences(text, lang), vec![text.to_string()], "{text}");
    }
}

#[test]
fn a_non_title_abbreviation_before_a_capital_ends_the_sentence() {
    let got = sentences("Ia membeli beras, gula, dsb. Harga semuanya naik.", "id");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = sentences("He joined Acme Inc. The firm makes tools.", "en");
    assert_eq!(got, vec!["He joined Acme Inc.", "The firm makes tools."]);
}

#[test]
fn numbers_dates_and_times_are_single_tokens() {
    let text = "Inflasi 5,95 persen, harga Rp 2.500, 1,5 juta warga, Rabu (6/9), 21/10/2025 pukul 17.00 WIB.";
    for n in ["5,95", "2.500", "1,5", "6/9", "21/10/2025", "17.00"] {
        assert!(has_token(text, "id", n), "{n}");
    }
    assert_eq!(sentences(text, "id").len(), 1);
    let seg = Segmenter::new().segment(text, "id");
    let kinds: Vec<TokenKind> = seg.tokens.iter().map(|t| t.kind).collect();
    assert!(kinds.contains(&TokenKind::Number));
    assert_eq!(tokens("naik pada 2010.", "id").last().unwrap(), ".");
}

#[test]
fn urls_and_emails_are_single_tokens() {
    let text =
        "Baca di https://www.contoh.go.id/berita?id=5 atau kirim surel ke redaksi@contoh.co.id.";
    let seg = Segmenter::new().segment(text, "id");
    let url = seg
        .tokens
        .iter()
        .find(|t| t.kind == TokenKind::Url)
        .unwrap();
    assert_eq!(
        chars(text, url.start, url.end),
        "https://www.contoh.go.id/berita?id=5"
    );
    let mail = seg
        .tokens
        .iter()
        .find(|t| t.kind == TokenKind::Email)
        .unwrap();
    assert_eq!(chars(text, mail.start, mail.end), "redaksi@contoh.co.id");
    assert_eq!(tokens(text, "id").last().unwrap(), ".");
    assert!(has_token(
        "Dikutip dari Kompas.com, Senin.",
        "id",
        "Kompas.com"
    ));
}

#[test]
fn ellipses() {
    let got = sentences(
        "Mereka menunggu... Akhirnya bus datang. Lalu… tidak ada apa-apa.",
        "id",
    );
    assert_eq!(
        got,
        vec![
            "Mereka menunggu...",
            "Akhirnya bus datang.",
            "Lalu… tidak ada apa-apa."
        ]
    );
}

#[test]
fn quotes_stay_with_their_speaker_tag() {
    for text in [
        "“Kami akan menuntaskan kasus ini,” kata Kapolri kepada wartawan.",
        "“Apakah ini adil?” tanya seorang warga.",
        "\"We will not back down,\" he said on Tuesday.",
        "\"Is this fair?\" asked one resident.",
    ] {
        assert_eq!(sentences(text, "id").len(), 1, "{text}");
    }
    let got = sentences("Ia menolak. “Itu tidak benar.” Lalu ia pergi.", "id");
    assert_eq!(
        got,
        vec!["Ia menolak.", "“Itu tidak benar.”", "Lalu ia pergi."]
    );
    let got = sentences("He left. \"It is over.\" Then he smiled.", "en");
    assert_eq!(got, vec!["He left.", "\"It is over.\"", "Then he smiled."]);
}

#[test]
fn a_quotation_of_several_sentences_stays_with_its_speaker_tag() {
    let text =
        "“Kami sudah siap. Semua logistik sudah dikirim,” kata Kepala BPBD. Warga diminta tenang.";
    assert_eq!(
        sentences(text, "id"),
        vec![
            "“Kami sudah siap. Semua logistik sudah dikirim,” kata Kepala BPBD.",
            "Warga diminta tenang."
        ]
    );
    let text = "\"We are ready. Supplies are on the way,\" the governor said. Residents were told to stay calm.";
    assert_eq!(sentences(text, "en").len(), 2);
}

#[test]
fn an_unclosed_quotation_does_not_swallow_the_paragraph() {
    // Multi-paragraph quotes often open with “ and close only later.
    let text = "“Kami sudah siap. Semua logistik sudah dikirim. Relawan juga sudah tiba.\nIa menambahkan bahwa warga diminta tenang.";
    assert_eq!(sentences(text, "id").len(), 4);
}

#[test]
fn clitics_are_split_where_they_are_clitics() {
    let text = "Menurutnya, rumahnya dijual. Apakah ia pergi? Ia berkata: pergilah! Dialah pelakunya. Ia pun setuju, meskipun akhirnya, biasanya, sekalipun, apalagi, hanya, sekolah, bertanya, Abdullah, sebelumnya.";
    let seg = Segmenter::new().segment(text, "id");
    let clitics: Vec<String> = seg
        .tokens
        .iter()
        .filter(|t| t.clitic)
        .map(|t| chars(text, t.start, t.end))
        .collect();
    // `meskipun` is split as in the Indonesian UD treebanks (`meski` + `pun`).
    assert_eq!(
        clitics,
        vec!["nya", "nya", "kah", "lah", "lah", "nya", "pun"]
    );
    for whole in [
        "akhirnya",
        "biasanya",
        "sekalipun",
        "apalagi",
        "hanya",
        "sekolah",
        "bertanya",
        "Abdullah",
        "sebelumnya",
    ] {
        assert!(has_token(text, "id", whole), "{whole}");
    }
    assert!(has_token(text, "id", "Menurut") && has_token(text, "id", "rumah"));
}

#[test]
fn currency_prefixes_and_ranges_are_split() {
    let toks = tokens(
        "Harga naik menjadi Rp5.000 pada 2013-2014 dan Rp40-50 ribu.",
        "id",
    );
    for t in ["Rp", "5.000", "2013", "-", "2014", "40", "50"] {
        assert!(toks.contains(&t.to_string()), "{t}: {toks:?}");
    }
}

#[test]
fn an_initial_after_a_number_is_a_unit() {
    let got = sentences("Suhu naik 2 C. Warga mengungsi.", "id");
    assert_eq!(got, vec!["Suhu naik 2 C.", "Warga mengungsi."]);
}

#[test]
fn proclitics_ku_and_kau_stay_attached() {
    // The Indonesian UD treebanks never split `ku-`/`kau-` prefixes, and
    // splitting them would break words such as `kuat`, `kualitas`, `kaum`.
    let toks = tokens(
        "Buku itu kubaca dan kaulihat, kualitasnya kuat, kata kaum muda.",
        "id",
    );
    for t in ["kubaca", "kaulihat", "kualitas", "kuat", "kaum"] {
        assert!(toks.contains(&t.to_string()), "{t}: {toks:?}");
    }
}

#[test]
fn pronoun_clitics_ku_and_mu_only_after_listed_hosts() {
    let seg = Segmenter::new();
    let text = "Buku ini untukmu, bukan olehku; ilmu dan waktu tidak dipisah.";
    let s = seg.segment(text, "id");
    let clitics: Vec<String> = s
        .tokens
        .iter()
        .filter(|t| t.clitic)
        .map(|t| chars(text, t.start, t.end))
        .collect();
    assert_eq!(clitics, vec!["mu", "ku"]);
}

#[test]
fn reduplications_stay_one_token() {
    let text = "Negara-negara anggota dan sekolah-sekolah serta cita-citanya dibahas, seolah-olah penting.";
    let toks = tokens(text, "id");
    assert!(toks.contains(&"Negara-negara".to_string()));
    assert!(toks.contains(&"sekolah-sekolah".to_string()));
    assert!(toks.contains(&"seolah-olah".to_string()));
    assert!(toks.contains(&"cita-cita".to_string()) && toks.contains(&"nya".to_string()));
}

#[test]
fn english_does_not_split_indonesian_clitics() {
    let toks = tokens("The Sunya river and Allah are names.", "en");
    assert!(toks.contains(&"Sunya".to_string()));
}

#[test]
fn unknown_language_falls_back_to_punctuation_rules() {
    let got = sentences("Uno dos. Tres cuatro!", "xx");
    assert_eq!(got, vec!["Uno dos.", "Tres cuatro!"]);
}

#[test]
fn offsets_are_code_points() {
    let text = "Café “Ñandú” dibuka. Pemiliknya senang.";
    let seg = Segmenter::new().segment(text, "id");
    check_invariants(text, &seg);
    assert_eq!(
        tokens(text, "id")[..5],
        ["Café", "“", "Ñandú", "”", "dibuka"]
    );
    assert_eq!(seg.sentences.len(), 2);
}

#[test]
fn the_stage_fills_the_document() {
    let mut doc = Document::new(BERITA.to_string(), SourceInfo::default());
    doc.language.code = "id".into();
    Segmenter::new().process(&mut doc).unwrap();
    assert_eq!(doc.sentences.len(), 14);
    assert!(!doc.tokens.is_empty());
    assert_eq!(doc.tokens.last().unwrap().sentence, 13);
}

#[test]
fn odd_input_does_not_panic() {
    let seg = Segmenter::new();
    for text in [
        "",
        " ",
        "\n\n",
        ".",
        "...",
        "“",
        "a",
        "@",
        "http://",
        "x@y",
        "-nya",
        "5.",
        ".5",
        "A.",
        "Rp.",
        "\u{feff}Hai.",
        "ﾃｽﾄ。テスト",
        "e\u{301}tait.",
    ] {
        let s = seg.segment(text, "id");
        check_invariants(text, &s);
    }
}
