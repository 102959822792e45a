//! Language identification: the function-word/marker fast path and the
//! statistical fallback give the expected language on texts we wrote.

use warta_text::LanguageIdentifier;

const INDONESIAN: &str = "Pemerintah provinsi akan menyalurkan uang tambahan kepada warga yang \
terdampak banjir, kata gubernur saat jumpa pers di kantornya pada Senin. Ia mengatakan bahwa \
bantuan itu akan disalurkan melalui kantor kabupaten karena banyak korban masih berada di tempat \
pengungsian sementara. Menurut dia, anggaran sebesar dua triliun rupiah adalah langkah awal saja \
dan perusahaan swasta juga bisa membantu.";

const MALAY: &str = "Kerajaan negeri akan memperuntukkan wang tambahan kepada penduduk yang \
terjejas akibat banjir, kata Menteri Besar semasa sidang media di pejabatnya pada hari Isnin. \
Beliau berkata bahawa bantuan itu akan disalurkan melalui pejabat daerah kerana ramai mangsa \
masih berada di pusat pemindahan sementara. Menurut beliau, peruntukan sebanyak dua bilion \
ringgit ialah langkah awal sahaja dan syarikat swasta juga boleh menyumbang.";

const ENGLISH: &str = "The provincial government will send extra money to residents who were \
hit by the floods, the governor told a news conference at his office on Monday. He said that the \
aid would be handed out through district offices because many of the victims were still in \
temporary shelters, and that private companies had also offered to help.";

const GERMAN: &str = "Die Landesregierung wird den von der Flut betroffenen Bewohnern zusätzliches \
Geld zur Verfügung stellen, sagte der Ministerpräsident am Montag auf einer Pressekonferenz in \
seinem Amtssitz. Die Hilfe werde über die Bezirksämter verteilt, weil viele Opfer noch immer in \
Notunterkünften untergebracht seien.";

fn code(text: &str) -> Option<String> {
    LanguageIdentifier::new().detect(text).map(|(c, _)| c)
}

#[test]
fn clear_indonesian_is_indonesian_with_high_confidence() {
    let (code, confidence) = LanguageIdentifier::new().detect(INDONESIAN).unwrap();
    assert_eq!(code, "id");
    assert!(confidence > 0.8, "{confidence}");
}

#[test]
fn clear_english_is_english() {
    let (code, confidence) = LanguageIdentifier::new().detect(ENGLISH).unwrap();
    assert_eq!(code, "en");
    assert!(confidence > 0.8, "{confidence}");
}

#[test]
fn malay_is_not_taken_for_indonesian() {
    assert_eq!(code(MALAY).as_deref(), Some("ms"));
}

#[test]
fn other_languages_are_undetermined() {
    assert_eq!(code(GERMAN), None);
}

#[test]
fn text_without_markers_goes_to_the_model() {
    // Valid Indonesian and Malay alike, with no word of langid_markers.tsv:
    // the fast path cannot choose, the statistical model does.
    let text = "Warga desa itu membersihkan sungai yang tercemar sampah plastik bersama para \
        relawan dari kota, dan mereka akan kembali lagi pada pekan depan untuk menanam pohon.";
    let found = code(text);
    assert!(matches!(found.as_deref(), Some("id" | "ms")), "{found:?}");
}

#[test]
fn a_few_english_words_in_indonesian_news_do_not_flip_it() {
    let text = format!("{INDONESIAN} Ia menyebut program itu \"the right thing to do\".");
    assert_eq!(code(&text).as_deref(), Some("id"));
}
