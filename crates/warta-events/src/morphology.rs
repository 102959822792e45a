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
                other => {
                    return Err(format!(
                        "data row {}: unknown kind `{other}` (use prefix, suffix, clitic, passive or irregular)",
                        n + 1
                    ));
                }
            }
        }
        // Longest clitics first so `nya` is not shadowed by a shorter one.
        m.clitics.sort_by_key(|c| std::cmp::Reverse(c.len()));
        Ok(m)
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

    /// Analyses a dictionary head word: the form whose root is in the root
    /// list (the longest such root), else the word itself as its own root.
    pub fn analyse_head(&self, word: &str) -> Form {
        let bare = Form {
            lemma: word.to_string(),
            prefix: String::new(),
            suffix: String::new(),
        };
        if self.roots.is_empty() || self.roots.contains(word) {
            return bare;
        }
        let mut best: Option<Form> = None;
        // Try every root that is a substring candidate: strip each prefix and
        // suffix surface and restore dropped initials.
        let mut candidates: Vec<String> = vec![word.to_string()];
        for p in &self.prefixes {
            if let Some(rest) = word.strip_prefix(p.surface.as_str()) {
                candidates.push(rest.to_string());
                for init in &p.initials {
                    candidates.push(format!("{init}{rest}"));
                }
            }
        }
        let mut roots: Vec<String> = Vec::new();
        for c in &candidates {
            roots.push(c.clone());
            for s in &self.suffixes {
                if let Some(stem) = c.strip_suffix(s.surface.as_str()) {
                    roots.push(stem.to_string());
                }
            }
        }
        for root in roots.iter().filter(|r| self.roots.contains(r.as_str())) {
            for (w, form) in self.forms_of(root) {
                if w == word
                    && best
                        .as_ref()
                        .is_none_or(|b| form.lemma.len() > b.lemma.len())
                {
                    best = Some(form);
                }
            }
        }
        best.unwrap_or(bare)
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
