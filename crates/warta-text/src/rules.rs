//! Per-language segmentation knowledge, read from the language pack files:
//! `abbreviations.txt`, `titles.txt`, `clitics.tsv`, `non_clitics.txt`,
//! `clitic_hosts.txt` and `prefixes.tsv` (all optional: a language without
//! them gets punctuation-only rules).

use rustc_hash::{FxHashMap, FxHashSet};

use warta_core::{LanguageResources, ResourceError};

/// Which hosts a clitic may be split from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostRule {
    /// Any host, unless the whole word is a known non-clitic word.
    Any,
    /// Only hosts listed in `clitic_hosts.txt`.
    Listed,
}

/// One clitic ending (`nya`, `lah`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliticRule {
    /// The ending, lower case.
    pub suffix: String,
    /// Rule for lower-case words.
    pub hosts: HostRule,
    /// Rule for words starting with a capital letter (names).
    pub capitalized: HostRule,
    /// Shortest host, in characters.
    pub min_host: usize,
}

/// The segmentation rules of one language.
#[derive(Debug, Clone)]
pub struct SegmentRules {
    /// Abbreviation (lower case, no final period) -> is it a title.
    abbreviations: FxHashMap<String, bool>,
    clitics: Vec<CliticRule>,
    non_clitics: FxHashSet<String>,
    clitic_hosts: FxHashSet<String>,
    /// (prefix, initial letter the nasal prefix replaced).
    prefixes: Vec<(String, Option<char>)>,
    /// Last bytes (ASCII lower- and upper-case) of the clitic endings: a
    /// cheap filter before the dictionary lookups.
    clitic_last_bytes: [bool; 256],
    /// Top-level domains (`com`, `id`), shared by all languages.
    tlds: FxHashSet<String>,
    /// Unit and currency prefixes written glued to a number (`Rp5.000`),
    /// split off as their own token.
    number_prefixes: Vec<String>,
}

impl Default for SegmentRules {
    fn default() -> Self {
        Self {
            abbreviations: FxHashMap::default(),
            clitics: Vec::new(),
            non_clitics: FxHashSet::default(),
            clitic_hosts: FxHashSet::default(),
            prefixes: Vec::new(),
            clitic_last_bytes: [false; 256],
            tlds: load_tlds(),
            number_prefixes: Vec::new(),
        }
    }
}

fn lower_set(lines: Vec<String>) -> FxHashSet<String> {
    lines
        .into_iter()
        .map(|l| l.trim().trim_end_matches('.').to_lowercase())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The shared top-level domain list, `data/text/tlds.txt`; empty (no
/// domain-name tokens) when missing.
fn load_tlds() -> FxHashSet<String> {
    match warta_core::resources::resource_text(TLDS_FILE) {
        Ok(text) => warta_core::resources::data_lines(&text)
            .map(|(_, l)| l.trim().trim_start_matches('.').to_lowercase())
            .collect(),
        Err(_) => FxHashSet::default(),
    }
}

/// Longest domain name (RFC 1035), in bytes.
const MAX_DOMAIN_LEN: usize = 253;

/// Where the top-level domain list lives under `data/`.
const TLDS_FILE: &str = "text/tlds.txt";

fn parse_host_rule(
    file: &str,
    line: usize,
    value: Option<&str>,
) -> Result<HostRule, ResourceError> {
    match value.map(str::trim) {
        Some("any") => Ok(HostRule::Any),
        Some("listed") => Ok(HostRule::Listed),
        other => Err(ResourceError::Malformed {
            path: file.to_string(),
            line,
            message: format!("host rule must be `any` or `listed`, found {other:?}"),
        }),
    }
}

impl SegmentRules {
    /// Rules read from a language pack. Missing files give empty tables;
    /// malformed `clitics.tsv` lines are an error naming the line.
    pub fn from_pack(pack: &dyn LanguageResources) -> Result<Self, ResourceError> {
        let mut abbreviations: FxHashMap<String, bool> = lower_set(pack.lines("abbreviations.txt"))
            .into_iter()
            .map(|a| (a, false))
            .collect();
        // A title is an abbreviation too: its period belongs to the word.
        abbreviations.extend(
            lower_set(pack.lines("titles.txt"))
                .into_iter()
                .map(|t| (t, true)),
        );
        let clitics_path = format!("lang/{}/clitics.tsv", pack.code());
        let mut clitics = Vec::new();
        // A missing table means no clitics; its lines keep their file
        // line numbers for error messages.
        let clitics_text = pack.text("clitics.tsv").unwrap_or_default();
        for (line_no, line) in warta_core::resources::data_lines(&clitics_text) {
            let mut cols = line.split('\t');
            let suffix = cols.next().unwrap_or("").trim().to_lowercase();
            let hosts = parse_host_rule(&clitics_path, line_no, cols.next())?;
            let capitalized = parse_host_rule(&clitics_path, line_no, cols.next())?;
            let min_host = cols
                .next()
                .and_then(|v| v.trim().parse().ok())
                .ok_or_else(|| ResourceError::Malformed {
                    path: clitics_path.clone(),
                    line: line_no,
                    message: "fourth column (min_host) must be a number, e.g. 2".into(),
                })?;
            if suffix.is_empty() {
                continue;
            }
            clitics.push(CliticRule {
                suffix,
                hosts,
                capitalized,
                min_host,
            });
        }
        // Longest endings first, so that `-nya` wins over a shorter one.
        clitics.sort_by_key(|c| std::cmp::Reverse(c.suffix.chars().count()));
        let prefixes = pack
            .lines("prefixes.tsv")
            .iter()
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let prefix = cols.next()?.trim().to_lowercase();
                let restore = cols.next().and_then(|c| c.trim().chars().next());
                (!prefix.is_empty()).then_some((prefix, restore))
            })
            .collect();
        let mut clitic_last_bytes = [false; 256];
        for c in &clitics {
            if let Some(&b) = c.suffix.as_bytes().last() {
                clitic_last_bytes[b.to_ascii_lowercase() as usize] = true;
                clitic_last_bytes[b.to_ascii_uppercase() as usize] = true;
            }
        }
        let number_prefixes = pack
            .lines("number_prefixes.txt")
            .into_iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        Ok(Self {
            number_prefixes,
            tlds: load_tlds(),
            clitic_last_bytes,
            abbreviations,
            clitics,
            non_clitics: lower_set(pack.lines("non_clitics.txt")),
            clitic_hosts: lower_set(pack.lines("clitic_hosts.txt")),
            prefixes,
        })
    }

    /// For a known abbreviation `word` (without its final period): whether
    /// it is a title, written before a name, so its period never ends a
    /// sentence. `None` for other words.
    pub fn abbreviation(&self, word: &str) -> Option<bool> {
        if self.abbreviations.is_empty() {
            return None;
        }
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.abbreviations.get(&word.to_lowercase()).copied()
        } else {
            self.abbreviations.get(word).copied()
        }
    }

    /// True when `word` (without its final period) is a known abbreviation.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviation(word).is_some()
    }

    /// True when `word` (without its final period) is a title, written
    /// before a name, so its period never ends a sentence.
    pub fn is_title(&self, word: &str) -> bool {
        self.abbreviation(word) == Some(true)
    }

    /// Byte length of a domain-name tail at the start of `rest`
    /// (`.go.id` in `contoh.go.id`): dot-separated labels whose last one is
    /// a top-level domain, ending at the end of `rest` or before a
    /// character that cannot continue a domain name.
    pub fn domain_tail_len(&self, rest: &str) -> Option<usize> {
        if self.tlds.is_empty() {
            return None;
        }
        let mut best = None;
        let mut pos = 0;
        // A domain name has at most 253 characters: stop there, so that a
        // long dotted run without spaces is not rescanned at every dot.
        while pos < MAX_DOMAIN_LEN && rest[pos..].starts_with('.') {
            let label_start = pos + 1;
            let label_len = rest[label_start..]
                .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                .unwrap_or(rest.len() - label_start);
            if label_len == 0 {
                break;
            }
            pos = label_start + label_len;
            let label = &rest[label_start..pos];
            if self.tlds.contains(&label.to_lowercase()) {
                best = Some(pos);
            }
        }
        best
    }

    /// Byte length of a listed unit or currency prefix glued to a number
    /// at the start of `word` (`Rp` in `Rp5.000`).
    pub fn number_prefix_len(&self, word: &str) -> Option<usize> {
        self.number_prefixes.iter().find_map(|p| {
            let rest = word.strip_prefix(p.as_str())?;
            rest.starts_with(|c: char| c.is_ascii_digit())
                .then_some(p.len())
        })
    }

    /// False when no clitic ends in byte `last`, so a word ending in it
    /// needs no clitic lookup.
    pub fn may_end_in_clitic(&self, last: u8) -> bool {
        self.clitic_last_bytes[last as usize]
    }

    /// The length in bytes of the clitic at the end of `word`, if it should
    /// be split off (`rumahnya` -> 3, `akhirnya` -> `None`).
    pub fn clitic_len(&self, word: &str) -> Option<usize> {
        if self.clitics.is_empty() {
            return None;
        }
        // Cheap byte test first: most words end in no clitic at all.
        let bytes = word.as_bytes();
        let last = bytes.last().map(u8::to_ascii_lowercase);
        if !self.clitics.iter().any(|c| {
            let n = c.suffix.len();
            c.suffix.as_bytes().last().map(u8::to_ascii_lowercase) == last
                && bytes.len() > n
                && bytes[bytes.len() - n..].eq_ignore_ascii_case(c.suffix.as_bytes())
        }) {
            return None;
        }
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        let lower = word.to_lowercase();
        if lower.len() != word.len() {
            // Case mapping changed the byte length; offsets would be wrong.
            return None;
        }
        for rule in &self.clitics {
            let Some(host) = lower.strip_suffix(rule.suffix.as_str()) else {
                continue;
            };
            let host = host.strip_suffix('-').unwrap_or(host);
            if host.chars().count() < rule.min_host
                || !host.chars().all(|c| c.is_alphabetic() || c == '-')
            {
                continue;
            }
            let host_rule = if capitalized {
                rule.capitalized
            } else {
                rule.hosts
            };
            let split = !self.is_non_clitic(&lower)
                && match host_rule {
                    HostRule::Listed => self.clitic_hosts.contains(host),
                    HostRule::Any => true,
                };
            return split.then_some(rule.suffix.len());
        }
        None
    }

    /// A word whose clitic-like ending belongs to it: listed, or a listed
    /// word with a derivational prefix (`bertanya`, `mengolah`).
    fn is_non_clitic(&self, lower: &str) -> bool {
        if self.non_clitics.contains(lower) {
            return true;
        }
        // Reduplication: `sekolah-sekolah` is as clitic-free as `sekolah`.
        if let Some((_, last)) = lower.rsplit_once('-')
            && self.is_non_clitic(last)
        {
            return true;
        }
        self.prefixes.iter().any(|(prefix, restore)| {
            let Some(rest) = lower.strip_prefix(prefix.as_str()) else {
                return false;
            };
            match restore {
                None => rest.chars().count() >= 3 && self.non_clitics.contains(rest),
                Some(c) => {
                    let mut restored = String::with_capacity(rest.len() + 1);
                    restored.push(*c);
                    restored.push_str(rest);
                    self.non_clitics.contains(&restored)
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_core::MemoryPack;

    fn rules() -> SegmentRules {
        let pack = MemoryPack::new("xx")
            .with_file("abbreviations.txt", "# c\ndll\na.n\n")
            .with_file("titles.txt", "dr\n")
            .with_file(
                "clitics.tsv",
                "# c\nnya\tany\tany\t2\nlah\tany\tlisted\t3\nku\tlisted\tlisted\t2\n",
            )
            .with_file("non_clitics.txt", "akhirnya\ntanya\nsekolah\n")
            .with_file("clitic_hosts.txt", "oleh\nini\n")
            .with_file("prefixes.tsv", "ber\nmen\tt\n");
        SegmentRules::from_pack(&pack).unwrap()
    }

    #[test]
    fn abbreviations_and_titles() {
        let r = rules();
        assert!(r.is_abbreviation("dll") && r.is_abbreviation("A.n"));
        assert!(r.is_abbreviation("Dr") && r.is_title("dr"));
        assert!(!r.is_title("dll"));
    }

    #[test]
    fn clitics_split_where_listed_rules_allow() {
        let r = rules();
        assert_eq!(r.clitic_len("rumahnya"), Some(3));
        assert_eq!(r.clitic_len("Menurutnya"), Some(3));
        assert_eq!(r.clitic_len("akhirnya"), None);
        assert_eq!(r.clitic_len("bertanya"), None);
        assert_eq!(r.clitic_len("menanya"), None);
        assert_eq!(r.clitic_len("bersekolah"), None);
        assert_eq!(r.clitic_len("pergilah"), Some(3));
        assert_eq!(r.clitic_len("Abdullah"), None);
        assert_eq!(r.clitic_len("Inilah"), Some(3));
        assert_eq!(r.clitic_len("olehku"), Some(2));
        assert_eq!(r.clitic_len("bukuku"), None);
        assert_eq!(r.clitic_len("nya"), None);
    }

    #[test]
    fn malformed_clitic_table_names_the_line() {
        let pack = MemoryPack::new("xx").with_file("clitics.tsv", "nya\tsometimes\tany\t2\n");
        let err = SegmentRules::from_pack(&pack).unwrap_err().to_string();
        assert!(
            err.contains("clitics.tsv") && err.contains("line 1"),
            "{err}"
        );
    }
}
