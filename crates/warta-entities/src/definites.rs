//! The table of definite descriptions that corefer with an earlier entity
//! (`the bloc` -> the EU, `kelompok tersebut` -> the armed group named
//! before, `lembaga antirasuah itu` -> KPK), read from
//! `data/lang/<code>/entity_definites.tsv`. Resolution itself is in
//! `resolve_definites.rs`, where the entities of the document are known.

use rustc_hash::FxHashMap;
use warta_core::{LanguageResources, ResourceError};

use crate::kb::Kb;
use crate::names::normalize;

/// File of the table in each language pack.
pub(crate) const FILE: &str = "entity_definites.tsv";

/// What a definite description may refer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Antecedent {
    /// The latest country (or capital) named: `the country`, `negara itu`.
    Country,
    /// The latest organisation or group of this sector: `the bloc` (IGO).
    Sector(String),
    /// The latest organisation whose name holds this lower-case word
    /// (`the ministry` -> `Foreign Ministry`).
    Name(String),
    /// One known organisation, named before or not: an epithet
    /// (`lembaga antirasuah` is KPK).
    Org(u32),
    /// A new group of the latest country named, with this sector
    /// (`the junta` after `Myanmar` -> MMRMIL).
    CountrySector(String),
}

/// One description of the table.
#[derive(Debug, Clone)]
pub(crate) struct Definite {
    /// Lower-case words; a final `'s` is part of the last word (`country's`).
    pub words: Vec<String>,
    /// Tiers of alternatives (`>`-separated in the table): the first tier
    /// with a fitting mention in reach wins; inside a tier (`|`-separated)
    /// the latest mention wins. Empty for a phrase that is not a reference
    /// (`the group of seven`).
    pub tiers: Vec<Vec<Antecedent>>,
    /// Organisations never taken as antecedent (`the bloc` is not the UN).
    pub except: Vec<u32>,
}

/// The definite descriptions and topic-shift openers of one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct Definites {
    /// Longest phrases first, so `kelompok bersenjata itu` wins over `kelompok`.
    pub phrases: Vec<Definite>,
    /// Indices into `phrases` (in its order) by first word: most tokens
    /// start none (one lookup), and a token that does is tried only against
    /// the phrases it can start rather than the whole table.
    pub by_first: FxHashMap<String, Vec<usize>>,
    /// Sentence openers that change the topic (`separately`): no description
    /// reaches back past a sentence that opens with one.
    pub shifts: Vec<Vec<String>>,
}

/// Lower case with the typographic apostrophe made plain, as table words are.
pub(crate) fn fold(word: &str) -> String {
    word.replace('’', "'")
}

impl Definites {
    /// Reads `entity_definites.tsv` of `pack`; a missing file leaves it empty.
    pub fn load(pack: &dyn LanguageResources, kb: &Kb) -> Result<Self, ResourceError> {
        let bad = |line: &str, message: String| ResourceError::Malformed {
            path: format!("lang/{}/{}", pack.code(), FILE),
            line: 0,
            message: format!("line `{line}`: {message}"),
        };
        let mut t = Definites::default();
        for line in pack.lines(FILE) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(phrase), Some(spec)) = (c.first(), c.get(1)) else {
                return Err(bad(&line, "needs phrase TAB antecedent".into()));
            };
            let words: Vec<String> = fold(&normalize(phrase))
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            if words.is_empty() {
                return Err(bad(&line, "empty phrase".into()));
            }
            if *spec == "shift" {
                t.shifts.push(words);
                continue;
            }
            if *spec == "-" {
                // Not a reference (`the group of seven`): matched, then ignored.
                t.phrases.push(Definite {
                    words,
                    tiers: Vec::new(),
                    except: Vec::new(),
                });
                continue;
            }
            let (mut tiers, mut except) = (Vec::new(), Vec::new());
            for tier in spec.split('>') {
                let mut wants = Vec::new();
                for alt in tier.split('|').map(str::trim) {
                    if let Some(ids) = alt.strip_prefix("except:") {
                        for id in ids.split(',').map(str::trim) {
                            match kb.org_by_id.get(id) {
                                Some(&ix) => except.push(ix),
                                None => {
                                    return Err(bad(&line, format!("unknown organisation `{id}`")));
                                }
                            }
                        }
                        continue;
                    }
                    let want = match alt.trim().split_once(':') {
                        _ if alt == "country" => Antecedent::Country,
                        Some(("sector", s)) if !s.is_empty() => Antecedent::Sector(s.to_string()),
                        Some(("name", w)) if !w.is_empty() => Antecedent::Name(w.to_lowercase()),
                        Some(("country", s)) if !s.is_empty() => {
                            Antecedent::CountrySector(s.to_string())
                        }
                        Some(("org", id)) => match kb.org_by_id.get(id) {
                            Some(&ix) => Antecedent::Org(ix),
                            None => {
                                return Err(bad(
                                    &line,
                                    format!(
                                        "unknown organisation `{id}`: add it to data/actors/organizations.tsv"
                                    ),
                                ));
                            }
                        },
                        _ => {
                            return Err(bad(
                                &line,
                                format!(
                                    "antecedent `{alt}` must be country, sector:XXX, name:word, country:XXX, org:ID, except:ID,ID, shift or -"
                                ),
                            ));
                        }
                    };
                    wants.push(want);
                }
                if !wants.is_empty() {
                    tiers.push(wants);
                }
            }
            if tiers.is_empty() {
                return Err(bad(&line, "needs an antecedent besides except:".into()));
            }
            t.phrases.push(Definite {
                words,
                tiers,
                except,
            });
        }
        t.phrases.sort_by_key(|d| std::cmp::Reverse(d.words.len()));
        for (i, d) in t.phrases.iter().enumerate() {
            t.by_first.entry(d.words[0].clone()).or_default().push(i);
        }
        Ok(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_core::MemoryPack;

    #[test]
    fn table_reads_antecedents_and_shifts() {
        let kb = Kb::default();
        let pack = MemoryPack::new("xx").with_file(
            FILE,
            "# c\nthe bloc\tsector:IGO\tEU, ASEAN\nthe group\tsector:REB|sector:NGO\n\
             the country’s\tcountry\nthe junta\tsector:MIL > country:MIL\nthe ministry\tname:Ministry\n\
             separately\tshift\nthe group of\t-\n",
        );
        let t = Definites::load(&pack, &kb).unwrap();
        assert_eq!(t.phrases.len(), 6);
        assert!(
            t.phrases[0].tiers.is_empty(),
            "longest first, `-` kept empty"
        );
        assert!(t.by_first.contains_key("the") && !t.by_first.contains_key("separately"));
        assert_eq!(t.shifts, vec![vec!["separately".to_string()]]);
        let group = t
            .phrases
            .iter()
            .find(|d| d.words == ["the", "group"])
            .unwrap();
        assert_eq!(
            group.tiers,
            vec![vec![
                Antecedent::Sector("REB".into()),
                Antecedent::Sector("NGO".into())
            ]]
        );
        let junta = t.phrases.iter().find(|d| d.words[1] == "junta").unwrap();
        assert_eq!(
            junta.tiers,
            vec![
                vec![Antecedent::Sector("MIL".into())],
                vec![Antecedent::CountrySector("MIL".into())]
            ]
        );
        assert!(t.phrases.iter().any(|d| d.words[1] == "country's"));
        assert!(
            t.phrases
                .iter()
                .any(|d| d.tiers == vec![vec![Antecedent::Name("ministry".into())]])
        );
    }

    #[test]
    fn table_rejects_unknown_kinds_and_organisations() {
        let kb = Kb::default();
        let bad = MemoryPack::new("xx").with_file(FILE, "the bloc\tblocs\n");
        let err = Definites::load(&bad, &kb).unwrap_err().to_string();
        assert!(err.contains("must be country"), "{err}");
        let unknown = MemoryPack::new("xx").with_file(FILE, "the agency\torg:NOPE\n");
        assert!(Definites::load(&unknown, &kb).is_err());
    }
}
