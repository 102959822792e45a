//! Affix tables from `events_morphology.tsv`: which inflected forms a
//! dictionary trigger takes, and which form is the passive of which.
//!
//! Instead of stemming every word of every document (slow, and stemmers
//! over-strip), the coder generates, once, every affixed form of every
//! dictionary lemma and looks each text word up in that map: one hash
//! lookup per word keeps coding linear and fast.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A prefix rule: `meN` written `meny` before roots starting with `s`, which it drops.
#[derive(Debug, Clone)]
struct Prefix {
    class: String,
    surface: String,
    /// Root-initial strings it attaches to; empty means any.
    initials: Vec<String>,
    drop_initial: bool,
}

/// A suffix rule. `spelling` is how the root changes: `-`, `y` (y -> i),
/// `e` (final e dropped) or `double` (final consonant doubled).
#[derive(Debug, Clone)]
struct Suffix {
    class: String,
    surface: String,
    spelling: String,
}

/// How a word is built: its root and affix classes (empty string = none).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Form {
    /// The root (lemma).
    pub lemma: String,
    /// Prefix class (`meN`, `di`, ...), empty for none.
    pub prefix: String,
    /// Suffix class (`kan`, `ed`, ...), empty for none.
    pub suffix: String,
}

/// One language's affix tables plus its root list.
#[derive(Debug, Default)]
pub struct Morphology {
    prefixes: Vec<Prefix>,
    suffixes: Vec<Suffix>,
    clitics: Vec<String>,
    /// Active prefix class -> passive prefix class.
    passive: HashMap<String, String>,
    /// Irregular inflected form -> lemma.
    irregular: HashMap<String, String>,
    roots: HashSet<String>,
    /// Prefix class -> the suffix classes it combines with (`-` for none);
    /// a class without a `combine` row takes every suffix.
    combine: HashMap<String, Vec<String>>,
    /// Dictionary head -> its root, where the affix rules leave a choice
    /// the default order gets wrong (`mengunjungi` -> `kunjung`).
    head_roots: HashMap<String, String>,
}

impl Morphology {
    /// Reads the TSV rows of `events_morphology.tsv` and the root list.
    pub fn from_rows(rows: &[String], roots: &[String]) -> Result<Self, String> {
        let mut m = Morphology {
            roots: roots.iter().map(|r| r.trim().to_lowercase()).collect(),
            ..Default::default()
        };
        for (n, row) in rows.iter().enumerate() {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            let col = |i: usize| cols.get(i).copied().unwrap_or("-");
            match col(0) {
                "prefix" => m.prefixes.push(Prefix {
                    class: col(1).to_string(),
                    surface: col(2).to_string(),
                    initials: match col(3) {
                        "*" | "-" => Vec::new(),
                        list => list.split(',').map(|s| s.trim().to_string()).collect(),
                    },
                    drop_initial: col(4) == "yes",
                }),
                "suffix" => m.suffixes.push(Suffix {
                    class: col(1).to_string(),
                    surface: col(2).to_string(),
                    spelling: col(3).to_string(),
                }),
                "clitic" => m.clitics.push(col(2).to_string()),
                "passive" => {
                    m.passive.insert(col(1).to_string(), col(2).to_string());
                }
                "irregular" => {
                    m.irregular.insert(col(2).to_string(), col(1).to_string());
                }
                "combine" => {
                    let suffixes = col(2).split(',').map(|s| s.trim().to_string());
                    m.combine
                        .entry(col(1).to_string())
                        .or_default()
                        .extend(suffixes);
                }
                other => {
                    return Err(format!(
                        "data row {}: unknown kind `{other}` (use prefix, suffix, clitic, passive, irregular or combine)",
                        n + 1
                    ));
                }
            }
        }
        // Longest clitics first so `nya` is not shadowed by a shorter one.
        m.clitics.sort_by_key(|c| std::cmp::Reverse(c.len()));
        Ok(m)
    }

    /// Adds hand-written roots missing from the main root list
    /// (`berhenti` for `memberhentikan`, `setuju` for `menyetujui`).
    pub fn add_roots(&mut self, roots: &[String]) {
        self.roots
            .extend(roots.iter().map(|r| r.trim().to_lowercase()));
    }

    /// Reads `head<TAB>root` rows: the root of a dictionary head whose
    /// affixes allow several readings that the default order gets wrong.
    pub fn set_head_roots(&mut self, rows: &[String]) -> Result<(), String> {
        for (n, row) in rows.iter().enumerate() {
            let mut cols = row.split('\t').map(str::trim);
            match (cols.next(), cols.next()) {
                (Some(head), Some(root)) if !head.is_empty() && !root.is_empty() => {
                    self.head_roots
                        .insert(head.to_lowercase(), root.to_lowercase());
                }
                _ => {
                    return Err(format!(
                        "data row {}: expected `head<TAB>root` (mengunjungi<TAB>kunjung)",
                        n + 1
                    ));
                }
            }
        }
        Ok(())
    }

    /// Whether prefix class `prefix` combines with suffix class `suffix`
    /// (`meN` + `kan` yes, `meN` + `an` no): `combine` rows, when a class
    /// has any, list the suffixes it takes (`-` for none).
    fn combines(&self, prefix: &str, suffix: &str) -> bool {
        let suffix = if suffix.is_empty() { "-" } else { suffix };
        self.combine
            .get(prefix)
            .is_none_or(|allowed| allowed.iter().any(|s| s == suffix))
    }

    /// True when the language marks inflection only with suffixes (English):
    /// then any suffix form of a lemma matches the lemma's entries.
    pub fn suffix_only(&self) -> bool {
        self.prefixes.is_empty()
    }

    /// The passive prefix class of an active one (`meN` -> `di`).
    pub fn passive_of(&self, active: &str) -> Option<&str> {
        self.passive.get(active).map(String::as_str)
    }

    /// The word without a trailing clitic (`kunjungannya` -> `kunjungan`), if it has one.
    pub fn strip_clitic<'a>(&self, word: &'a str) -> Option<&'a str> {
        self.clitics.iter().find_map(|c| {
            word.strip_suffix(c.as_str())
                .filter(|rest| rest.chars().count() >= 3)
        })
    }

    fn apply_prefix(p: &Prefix, root: &str) -> Option<String> {
        if p.initials.is_empty() {
            return Some(format!("{}{}", p.surface, root));
        }
        let init = p.initials.iter().find(|i| root.starts_with(i.as_str()))?;
        if p.drop_initial {
            Some(format!("{}{}", p.surface, &root[init.len()..]))
        } else {
            Some(format!("{}{}", p.surface, root))
        }
    }

    fn apply_suffix(s: &Suffix, root: &str) -> Option<String> {
        match s.spelling.as_str() {
            "y" => root
                .strip_suffix('y')
                .map(|stem| format!("{stem}i{}", s.surface)),
            "e" => root
                .strip_suffix('e')
                .map(|stem| format!("{stem}{}", s.surface)),
            "double" => {
                let last = root.chars().last()?;
                let before = root.chars().rev().nth(1)?;
                let vowel = |c: char| "aeiou".contains(c);
                (!vowel(last) && vowel(before) && !"wxy".contains(last))
                    .then(|| format!("{root}{last}{}", s.surface))
            }
            _ => Some(format!("{root}{}", s.surface)),
        }
    }

    /// Every form of `root` with the affix classes that make it.
    pub fn forms_of(&self, root: &str) -> Vec<(String, Form)> {
        let mut out = Vec::new();
        let none_p: [Option<&Prefix>; 1] = [None];
        let none_s: [Option<&Suffix>; 1] = [None];
        for p in none_p.into_iter().chain(self.prefixes.iter().map(Some)) {
            for s in none_s.into_iter().chain(self.suffixes.iter().map(Some)) {
                let (pc, sc) = (
                    p.map_or("", |p| p.class.as_str()),
                    s.map_or("", |s| s.class.as_str()),
                );
                if !self.combines(pc, sc) {
                    continue;
                }
                let with_suffix = match s {
                    Some(s) => match Self::apply_suffix(s, root) {
                        Some(w) => w,
                        None => continue,
                    },
                    None => root.to_string(),
                };
                let word = match p {
                    Some(p) => match Self::apply_prefix(p, &with_suffix) {
                        Some(w) => w,
                        None => continue,
                    },
                    None => with_suffix,
                };
                out.push((
                    word,
                    Form {
                        lemma: root.to_string(),
                        prefix: p.map(|p| p.class.clone()).unwrap_or_default(),
                        suffix: s.map(|s| s.class.clone()).unwrap_or_default(),
                    },
                ));
            }
        }
        for (form, lemma) in &self.irregular {
            if lemma == root {
                out.push((
                    form.clone(),
                    Form {
                        lemma: root.to_string(),
                        prefix: String::new(),
                        suffix: "ed".into(),
                    },
                ));
            }
        }
        out
    }

    /// Analyses a dictionary head word into root and affixes.
    ///
    /// A head listed in the head-root exceptions takes that root. Else,
    /// among the readings whose root is in the root list and whose affixes
    /// combine, the preferred one (1) uses a prefix row for specific
    /// root initials rather than a catch-all one (`pengepungan` is `peng` +
    /// `kepung`, not `penge` + `pung`; `perampasan` is `pe` + `rampas`, not
    /// `per` + `ampas`), (2) keeps the root's first letter in the word
    /// rather than restoring a dropped one (`mengusir` is `usir`, not
    /// `kusir`; `meminta` is `minta`, not `pinta`), (3) has the longest
    /// root. Without a reading the word is its own root.
    pub fn analyse_head(&self, word: &str) -> Form {
        let bare = Form {
            lemma: word.to_string(),
            prefix: String::new(),
            suffix: String::new(),
        };
        if let Some(root) = self.head_roots.get(word) {
            if root == word {
                return bare;
            }
            if let Some((_, form)) = self.forms_of(root).into_iter().find(|(w, _)| w == word) {
                return form;
            }
        }
        if self.roots.is_empty() || self.roots.contains(word) {
            return bare;
        }
        // Candidate roots: strip each prefix and suffix surface and restore
        // dropped initials.
        let mut candidates: Vec<String> = vec![word.to_string()];
        for p in &self.prefixes {
            if let Some(rest) = word.strip_prefix(p.surface.as_str()) {
                candidates.push(rest.to_string());
                for init in &p.initials {
                    candidates.push(format!("{init}{rest}"));
                }
            }
        }
        let mut best: Option<((bool, bool, usize), Form)> = None;
        for c in &candidates {
            let stems = std::iter::once(c.as_str()).chain(
                self.suffixes
                    .iter()
                    .filter_map(|s| c.strip_suffix(s.surface.as_str())),
            );
            for root in stems.filter(|r| self.roots.contains(*r)) {
                for (w, form) in self.forms_of(root) {
                    if w != word {
                        continue;
                    }
                    let rank = (
                        self.row_is_specific(&form, root, word),
                        word.contains(root),
                        root.len(),
                    );
                    if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                        best = Some((rank, form));
                    }
                }
            }
        }
        best.map(|(_, f)| f).unwrap_or(bare)
    }

    /// Whether some prefix row of `form`'s class with specific initials
    /// builds `word` from `root` (so `pengepungan` from `kepung` via `peng`
    /// + `k` counts as specific, `penge` + `pung` does not).
    fn row_is_specific(&self, form: &Form, root: &str, word: &str) -> bool {
        if form.prefix.is_empty() {
            return true;
        }
        self.prefixes
            .iter()
            .filter(|p| p.class == form.prefix && !p.initials.is_empty())
            .any(|p| {
                let inner = self
                    .suffixes
                    .iter()
                    .filter(|s| s.class == form.suffix)
                    .filter_map(|s| Self::apply_suffix(s, root))
                    .chain(form.suffix.is_empty().then(|| root.to_string()));
                inner
                    .filter_map(|w| Self::apply_prefix(p, &w))
                    .any(|w| w == word)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indonesian() -> Morphology {
        let rows: Vec<String> = [
            "prefix\tmeN\tmeng\tk\tyes",
            "prefix\tmeN\tmeny\ts\tyes",
            "prefix\tmeN\tmeng\ta,e,i,o,u\tno",
            "prefix\tdi\tdi\t*\tno",
            "prefix\tber\tber\t*\tno",
            "prefix\tper\tper\t*\tno",
            "suffix\ti\ti\t-\t-",
            "suffix\tan\tan\t-\t-",
            "clitic\tnya\tnya\t-\t-",
            "passive\tmeN\tdi\t-\t-",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let roots: Vec<String> = ["kunjung", "serang", "temu", "usul"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        Morphology::from_rows(&rows, &roots).unwrap()
    }

    #[test]
    fn heads_are_analysed_into_root_and_affixes() {
        let m = indonesian();
        let f = m.analyse_head("mengunjungi");
        assert_eq!(
            (f.lemma.as_str(), f.prefix.as_str(), f.suffix.as_str()),
            ("kunjung", "meN", "i")
        );
        let f = m.analyse_head("pertemuan");
        assert_eq!(
            (f.lemma.as_str(), f.prefix.as_str(), f.suffix.as_str()),
            ("temu", "per", "an")
        );
        assert_eq!(m.analyse_head("sepakat").lemma, "sepakat");
    }

    /// The meN-/peN- allomorphs, affix combinations and roots that make
    /// heads ambiguous: `mengusir` (usir / k-usir), `meminta` (minta /
    /// p-inta), `mengenakan` (kena + kan / enak + an), `pengepungan`
    /// (peng + kepung / penge + pung).
    fn ambiguous() -> Morphology {
        let rows: Vec<String> = [
            "prefix\tmeN\tmem\tp\tyes",
            "prefix\tmeN\tmeng\tk\tyes",
            "prefix\tmeN\tmeng\ta,e,i,o,u\tno",
            "prefix\tmeN\tme\tl,m,n,r\tno",
            "prefix\tmeN\tmenge\t*\tno",
            "prefix\tpeN\tpeng\tk\tyes",
            "prefix\tpeN\tpeng\ta,e,i,o,u\tno",
            "prefix\tpeN\tpenge\t*\tno",
            "prefix\tdi\tdi\t*\tno",
            "suffix\tkan\tkan\t-\t-",
            "suffix\ti\ti\t-\t-",
            "suffix\tan\tan\t-\t-",
            "passive\tmeN\tdi\t-\t-",
            "combine\tmeN\t-,kan,i",
            "combine\tdi\t-,kan,i",
            "combine\tpeN\t-,an",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let roots: Vec<String> = [
            "usir", "kusir", "minta", "pinta", "kena", "enak", "kepung", "pung", "unjung",
            "kunjung",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        Morphology::from_rows(&rows, &roots).unwrap()
    }

    fn lemma(m: &Morphology, word: &str) -> String {
        m.analyse_head(word).lemma
    }

    #[test]
    fn ambiguous_heads_take_the_reading_that_keeps_the_root() {
        let m = ambiguous();
        assert_eq!(lemma(&m, "mengusir"), "usir");
        assert_eq!(lemma(&m, "pengusiran"), "usir");
        assert_eq!(lemma(&m, "meminta"), "minta");
        // meN + an does not exist, so only kena + kan is left.
        let f = m.analyse_head("mengenakan");
        assert_eq!((f.lemma.as_str(), f.suffix.as_str()), ("kena", "kan"));
        let forms: Vec<String> = m.forms_of("kena").into_iter().map(|(w, _)| w).collect();
        assert!(forms.contains(&"dikenakan".to_string()));
        assert!(!m.forms_of("enak").iter().any(|(w, _)| w == "mengenakan"));
        // A prefix row for specific initials beats the catch-all `menge`.
        assert_eq!(lemma(&m, "mengepung"), "kepung");
        assert_eq!(lemma(&m, "pengepungan"), "kepung");
        // Without an exception the default keeps the `u`...
        assert_eq!(lemma(&m, "mengunjungi"), "unjung");
    }

    #[test]
    fn exceptions_and_extra_roots_override_the_default() {
        let mut m = ambiguous();
        m.set_head_roots(&["mengunjungi\tkunjung".to_string()])
            .unwrap();
        assert_eq!(lemma(&m, "mengunjungi"), "kunjung");
        assert!(m.set_head_roots(&["mengunjungi".to_string()]).is_err());
        // A root missing from the list leaves the head its own root ...
        assert_eq!(lemma(&m, "menghadang"), "menghadang");
        // ... until it is added, and the passive is one of its forms.
        let rows = ["prefix\tmeN\tmeng\th\tno".to_string()];
        let mut m = Morphology::from_rows(&rows, &[]).unwrap();
        m.add_roots(&["hadang".to_string()]);
        assert_eq!(lemma(&m, "menghadang"), "hadang");
    }

    /// The shipped Indonesian tables: the heads that lost their families
    /// before (wrong root or none) now take the right root.
    #[test]
    fn indonesian_dictionary_heads_take_their_roots() {
        use warta_core::{LanguagePack, LanguageResources};
        let pack = LanguagePack::get("id").unwrap();
        let mut m = Morphology::from_rows(
            &pack.lines("events_morphology.tsv"),
            &pack.lines("events_roots.txt"),
        )
        .unwrap();
        m.add_roots(&pack.lines("events_roots_extra.txt"));
        m.set_head_roots(&pack.lines("events_head_roots.tsv"))
            .unwrap();
        for (head, root, passive) in [
            ("mengenakan", "kena", "dikenakan"),
            ("mengusir", "usir", "diusir"),
            ("meminta", "minta", "diminta"),
            ("memberikan", "beri", "diberikan"),
            ("menyatakan", "nyata", "dinyatakan"),
            ("mengundang", "undang", "diundang"),
            ("mengunjungi", "kunjung", "dikunjungi"),
            ("mengecam", "kecam", "dikecam"),
            ("memberhentikan", "berhenti", "diberhentikan"),
            ("menandatangani", "tandatangan", "ditandatangani"),
            ("mengkritik", "kritik", "dikritik"),
            ("menikam", "tikam", "ditikam"),
            ("memukul", "pukul", "dipukul"),
        ] {
            let f = m.analyse_head(head);
            assert_eq!(f.lemma, root, "{head}");
            let forms = m.forms_of(root);
            let passive_form = forms.iter().find(|(w, _)| w == passive);
            assert!(
                passive_form.is_some_and(|(_, p)| m.passive_of(&f.prefix) == Some(&p.prefix)),
                "{head}: no passive {passive}"
            );
        }
        assert_eq!(m.analyse_head("pengusiran").lemma, "usir");
        // Every listed exception is a reading the affix rules allow.
        for row in pack.lines("events_head_roots.tsv") {
            let (head, root) = row.split_once('\t').unwrap();
            assert!(
                m.forms_of(root.trim())
                    .iter()
                    .any(|(w, _)| w == head.trim()),
                "{row}: the root does not build the head"
            );
        }
    }

    #[test]
    fn forms_include_the_passive_and_clitics_strip() {
        let m = indonesian();
        let forms: Vec<String> = m.forms_of("serang").into_iter().map(|(w, _)| w).collect();
        assert!(forms.contains(&"menyerang".to_string()));
        assert!(forms.contains(&"diserang".to_string()));
        assert_eq!(m.passive_of("meN"), Some("di"));
        assert_eq!(m.strip_clitic("kunjungannya"), Some("kunjungan"));
        assert_eq!(m.strip_clitic("nya"), None);
    }

    #[test]
    fn english_suffix_spelling_rules() {
        let rows: Vec<String> = [
            "suffix\ts\ts\t-\t-",
            "suffix\ted\ted\ty\t-",
            "suffix\ting\ting\te\t-",
            "suffix\ted\ted\tdouble\t-",
            "irregular\tmeet\tmet\t-\t-",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = Morphology::from_rows(&rows, &[]).unwrap();
        let words =
            |r: &str| -> Vec<String> { m.forms_of(r).into_iter().map(|(w, _)| w).collect() };
        assert!(words("deny").contains(&"denied".to_string()));
        assert!(words("seize").contains(&"seizing".to_string()));
        assert!(words("stop").contains(&"stopped".to_string()));
        assert!(words("meet").contains(&"met".to_string()));
        assert!(m.suffix_only());
    }
}
