//! Per-language tables read from `data/lang/<code>/events_*.tsv`: the
//! predicate dictionary, modality cues, function words and morphology.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use warta_core::LanguageResources;

use crate::morphology::{Form, Morphology};
pub use crate::syntax::Syntax;

/// One item of a trigger pattern after the head word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternItem {
    /// This word, right after the previous item.
    Word(String),
    /// Up to [`MAX_GAP`] arbitrary words.
    Gap,
}

/// Most words a `*` in a pattern may skip.
pub const MAX_GAP: usize = 4;

/// One dictionary entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Entry id (`bertemu#1`).
    pub id: String,
    /// Head word as written in the dictionary.
    pub head: String,
    /// Morphological analysis of the head.
    pub head_form: Form,
    /// Items after the head.
    pub rest: Vec<PatternItem>,
    /// PLOVER type (after the crosswalk when the table says `=`).
    pub plover: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// PLOVER contexts.
    pub context: Vec<String>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// The target is the direct object.
    pub target_obj: bool,
    /// Prepositions introducing the target.
    pub target_preps: Vec<String>,
    /// Nominal event.
    pub noun: bool,
    /// Reciprocal: a plural subject is source and target.
    pub recip: bool,
    /// The complement clause is the content of this event.
    pub absorb: bool,
    /// A denial answering an earlier act (`denied that its ships had
    /// acted aggressively`): the actors of its content clause are not its
    /// target; without an object, the target is whoever last acted against
    /// the source (flag `reply`).
    pub reply: bool,
    /// The target is optional.
    pub target_optional: bool,
    /// Source and target may coincide.
    pub self_target: bool,
    /// A `solo` entry: coded only in place of the reciprocal entry with the
    /// same pattern when that one finds no partner (a drill by one country
    /// is MOBILIZE, a joint drill COOPERATE).
    pub solo: bool,
    /// For a reciprocal entry, the index of its `solo` twin.
    pub solo_alt: Option<usize>,
    /// A nominal event framing the clause it stands in (`sidang digelar atas
    /// permintaan Rusia`): its owner is the source and the clause subject
    /// the target (flag `framed`).
    pub framed: bool,
    /// A nominal act whose following owner is the one acted on, not the
    /// actor (`penahanan 11 nelayan oleh penjaga pantai`, `penculikan
    /// wartawan`): the owner is the target and the source is the agent
    /// after `oleh`; without one the nominal is not coded (flag `patient`).
    pub patient: bool,
    /// A warning (`warn`, `memperingatkan`): a threat only when it announces
    /// an act or is addressed to someone, not when its `that` clause states
    /// a fact (flag `warning`; see `warning.rs`).
    pub warning: bool,
}

impl Entry {
    /// Number of literal words in the pattern: longer patterns win.
    pub fn specificity(&self) -> usize {
        1 + self
            .rest
            .iter()
            .filter(|i| matches!(i, PatternItem::Word(_)))
            .count()
    }
}

/// A modality cue.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Words of the cue.
    pub words: Vec<String>,
    /// `future`, `negation`, `hypothetical`, `historical`, `condition`,
    /// `alleged` or `none` (see `events_modality.tsv`).
    pub aux: String,
}

/// Everything the coder knows about one language.
#[derive(Debug)]
pub struct LanguageTables {
    /// Language code.
    pub code: String,
    /// Dictionary entries.
    pub entries: Vec<Entry>,
    /// Entry indexes by head lemma.
    pub by_lemma: HashMap<String, Vec<usize>>,
    /// Every affixed form of every head lemma -> its analyses.
    pub forms: HashMap<String, Vec<Form>>,
    /// Function words.
    pub syntax: Syntax,
    /// Modality cues, by first word.
    pub cues: HashMap<String, Vec<Cue>>,
    /// Affix rules.
    pub morphology: Morphology,
    /// Event nouns that refer back to an earlier event
    /// (`events_anaphora.tsv`), by noun.
    pub anaphora: HashMap<String, EventNoun>,
    /// Which PLOVER types may take a counterpart target, and found how
    /// (`events_counterparts.tsv`; see `counterpart.rs`).
    pub counterparts: crate::counterpart::CounterpartTable,
    /// Evaluation verbs, judgement and threat words
    /// (`events_stance.tsv`; see `stance.rs`).
    pub stance: crate::stance::StanceTable,
}

/// A row of `events_anaphora.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventNoun {
    /// The events it can refer to.
    pub types: AnaphoraTypes,
    /// An actor owning the noun (`Russia's attack`, `serangan Israel`) is
    /// its agent, so the owned phrase is itself an event one can refer back
    /// to.
    pub agent_owner: bool,
}

/// What an event noun of `events_anaphora.tsv` can refer back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnaphoraTypes {
    /// An event of any type (`decision`, `langkah`).
    Any,
    /// An event of one of these PLOVER types.
    Only(Vec<String>),
}

impl AnaphoraTypes {
    /// Can the noun refer to an event of PLOVER type `plover`?
    pub fn allows(&self, plover: &str) -> bool {
        match self {
            Self::Any => true,
            Self::Only(v) => v.iter().any(|x| x == plover),
        }
    }
}

fn split_list(s: &str) -> Vec<String> {
    if s == "-" || s.is_empty() {
        return Vec::new();
    }
    s.split(',')
        .map(|x| x.trim().to_lowercase())
        .filter(|x| !x.is_empty())
        .collect()
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty() && s != "-").then(|| s.to_string())
}

impl LanguageTables {
    /// Loads the tables of one language pack. `crosswalk` maps CAMEO codes
    /// to (PLOVER type, mode, contexts) for entries that say `=`.
    pub fn load(
        pack: &dyn LanguageResources,
        crosswalk: &dyn Fn(&str) -> Option<crate::ontology::PloverReading>,
    ) -> Result<Self, String> {
        let code = pack.code().to_string();
        let morph_rows = pack.lines("events_morphology.tsv");
        let roots = pack.lines("events_roots.txt");
        let mut morphology = Morphology::from_rows(&morph_rows, &roots)
            .map_err(|e| format!("lang/{code}/events_morphology.tsv: {e}"))?;
        morphology.add_roots(&pack.lines("events_roots_extra.txt"));
        morphology
            .set_head_roots(&pack.lines("events_head_roots.tsv"))
            .map_err(|e| format!("lang/{code}/events_head_roots.tsv: {e}"))?;
        let syntax = Syntax::load(&pack.lines("events_syntax.tsv"));
        let mut cues: HashMap<String, Vec<Cue>> = HashMap::default();
        for row in pack.lines("events_modality.tsv") {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            if cols.len() < 2 {
                continue;
            }
            let words: Vec<String> = cols[0].split_whitespace().map(str::to_lowercase).collect();
            if let Some(first) = words.first() {
                cues.entry(first.clone()).or_default().push(Cue {
                    words: words.clone(),
                    aux: cols[1].to_string(),
                });
            }
        }
        let mut entries = Vec::new();
        let mut seen = HashSet::default();
        for (n, row) in pack.lines("events_predicates.tsv").iter().enumerate() {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            if cols.len() < 8 {
                return Err(format!(
                    "lang/{code}/events_predicates.tsv data row {}: expected 9 tab-separated columns (id pattern plover mode context cameo target flags example), got {}",
                    n + 1,
                    cols.len()
                ));
            }
            if !seen.insert(cols[0].to_string()) {
                return Err(format!(
                    "lang/{code}/events_predicates.tsv: entry id `{}` is used twice; give it a new #number",
                    cols[0]
                ));
            }
            let mut words = cols[1].split_whitespace().map(str::to_lowercase);
            let Some(head) = words.next() else { continue };
            let rest = words
                .map(|w| {
                    if w == "*" {
                        PatternItem::Gap
                    } else {
                        PatternItem::Word(w)
                    }
                })
                .collect();
            let cameo = opt(cols[5]);
            let (mut plover, mut mode, mut context) =
                (cols[2].to_string(), opt(cols[3]), split_list(cols[4]));
            if plover == "=" || mode.as_deref() == Some("=") || cols[4] == "=" {
                let Some((p, m, c)) = cameo.as_deref().and_then(crosswalk) else {
                    continue; // CAMEO code without a PLOVER type (e.g. plain statements)
                };
                if plover == "=" {
                    plover = p;
                }
                if mode.as_deref() == Some("=") {
                    mode = m;
                }
                if cols[4] == "=" {
                    context = c;
                }
            }
            let targets = split_list(cols[6]);
            let flags = split_list(cols[7]);
            let flag = |f: &str| flags.iter().any(|x| x == f);
            entries.push(Entry {
                id: cols[0].to_string(),
                head_form: morphology.analyse_head(&head),
                head,
                rest,
                plover,
                mode,
                context,
                cameo,
                target_obj: targets.iter().any(|t| t == "obj"),
                target_preps: targets.into_iter().filter(|t| t != "obj").collect(),
                noun: flag("noun"),
                recip: flag("recip"),
                absorb: flag("absorb"),
                reply: flag("reply"),
                target_optional: flag("opt"),
                self_target: flag("self"),
                solo: flag("solo"),
                solo_alt: None,
                framed: flag("framed"),
                patient: flag("patient"),
                warning: flag("warning"),
            });
        }
        for i in 0..entries.len() {
            if !entries[i].solo {
                continue;
            }
            let twin = entries
                .iter()
                .position(|x| !x.solo && x.head == entries[i].head && x.rest == entries[i].rest);
            if let Some(j) = twin {
                entries[j].solo_alt = Some(i);
            }
        }
        let mut by_lemma: HashMap<String, Vec<usize>> = HashMap::default();
        let mut forms: HashMap<String, Vec<Form>> = HashMap::default();
        for (i, e) in entries.iter().enumerate() {
            let lemma = e.head_form.lemma.clone();
            if !by_lemma.contains_key(&lemma) {
                for (word, form) in morphology.forms_of(&lemma) {
                    let v = forms.entry(word).or_default();
                    if !v.contains(&form) {
                        v.push(form);
                    }
                }
            }
            by_lemma.entry(lemma).or_default().push(i);
        }
        let anaphora = Self::load_anaphora(&pack.lines("events_anaphora.tsv"))
            .map_err(|e| format!("lang/{code}/events_anaphora.tsv: {e}"))?;
        let counterparts =
            crate::counterpart::CounterpartTable::load(&pack.lines("events_counterparts.tsv"))
                .map_err(|e| format!("lang/{code}/events_counterparts.tsv: {e}"))?;
        // After the trigger index: stance entries are never triggered by a word.
        let stance = crate::stance::StanceTable::load(
            &pack.lines("events_stance.tsv"),
            &mut entries,
            &morphology,
            crosswalk,
        )
        .map_err(|e| format!("lang/{code}/events_stance.tsv: {e}"))?;
        Ok(Self {
            code,
            entries,
            stance,
            by_lemma,
            forms,
            syntax,
            cues,
            morphology,
            anaphora,
            counterparts,
        })
    }

    /// Rows `noun<TAB>types<TAB>owner<TAB>note`; types are comma-separated
    /// PLOVER types or `*` (any); owner is `agent`, `patient` or `-`. The
    /// file is optional: without it only dictionary event nouns refer back.
    fn load_anaphora(rows: &[String]) -> Result<HashMap<String, EventNoun>, String> {
        let mut out: HashMap<String, EventNoun> = HashMap::default();
        for (n, row) in rows.iter().enumerate() {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            let (Some(noun), Some(types), Some(owner)) = (cols.first(), cols.get(1), cols.get(2))
            else {
                return Err(format!(
                    "data row {}: expected tab-separated columns noun, types, owner, note",
                    n + 1
                ));
            };
            if !matches!(*owner, "agent" | "patient" | "-") {
                return Err(format!(
                    "data row {}: owner must be `agent`, `patient` or `-`, not `{owner}`",
                    n + 1
                ));
            }
            let noun = noun.to_lowercase();
            if noun.is_empty() || noun.contains(' ') {
                return Err(format!(
                    "data row {}: `{noun}` must be one word (modifiers such as `air` in `air strikes` are skipped anyway)",
                    n + 1
                ));
            }
            let types = if *types == "*" {
                AnaphoraTypes::Any
            } else {
                let v: Vec<String> = types
                    .split(',')
                    .map(|x| x.trim().to_uppercase())
                    .filter(|x| !x.is_empty())
                    .collect();
                if v.is_empty() {
                    return Err(format!("data row {}: no PLOVER type for `{noun}`", n + 1));
                }
                AnaphoraTypes::Only(v)
            };
            out.insert(
                noun,
                EventNoun {
                    types,
                    agent_owner: *owner == "agent",
                },
            );
        }
        Ok(out)
    }

    /// Analyses of a lower-case word (after removing a clitic if needed, or
    /// read as the base of a reduplicated word).
    pub fn analyses(&self, word: &str) -> &[Form] {
        if let Some(f) = self.direct_forms(word) {
            return f;
        }
        if word.contains('-') {
            return self.reduplicated(word).unwrap_or(&[]);
        }
        &[]
    }

    /// The forms of `word` itself or of `word` without a clitic (`serangannya`).
    fn direct_forms(&self, word: &str) -> Option<&[Form]> {
        self.forms
            .get(word)
            .or_else(|| {
                self.morphology
                    .strip_clitic(word)
                    .and_then(|w| self.forms.get(w))
            })
            .map(Vec::as_slice)
    }

    /// A reduplicated word read as its base word, so that every inflected
    /// trigger also matches its reduplicated forms without rows of their
    /// own: the plural `serangan-serangan` as `serangan`, the reciprocal
    /// `tembak-menembak` and `serang-menyerang` as `menembak` and
    /// `menyerang`, the repeated `memukul-mukul` as `memukul`, and
    /// `menghalang-halangi`, `dipukul-pukuli` as `menghalangi`, `dipukuli`.
    fn reduplicated(&self, word: &str) -> Option<&[Form]> {
        let (left, right) = word.split_once('-')?;
        if left.len() < 3 || right.len() < 3 || right.contains('-') {
            return None;
        }
        // Plural or reciprocal: the right half is the word, and the left
        // half repeats it or is its root.
        if let Some(f) = self.direct_forms(right) {
            let repeats = left == right || self.morphology.strip_clitic(right) == Some(left);
            if repeats || f.iter().any(|x| x.lemma == left) {
                return Some(f);
            }
        }
        // Repeated verb: the right half repeats the end of the left one.
        if left.ends_with(right) {
            return self.direct_forms(left);
        }
        // The right half repeats the left one's end and adds a suffix: the
        // left half plus that suffix (`menghalang` + `i`). Built on the
        // stack, as this runs per unknown hyphenated word.
        let k = (3..right.len())
            .rev()
            .find(|&k| right.is_char_boundary(k) && left.ends_with(&right[..k]))?;
        let (suffix, mut buf) = (&right[k..], [0u8; 64]);
        let len = left.len() + suffix.len();
        if len > buf.len() {
            return None;
        }
        buf[..left.len()].copy_from_slice(left.as_bytes());
        buf[left.len()..len].copy_from_slice(suffix.as_bytes());
        let joined = std::str::from_utf8(&buf[..len]).ok()?;
        self.direct_forms(joined)
    }

    /// Nominal dictionary entries headed by exactly `word` (`sanctions`,
    /// `serangan`), found through its analyses.
    pub(crate) fn noun_entries<'s>(
        &'s self,
        word: &'s str,
    ) -> impl Iterator<Item = &'s Entry> + 's {
        self.analyses(word)
            .iter()
            .flat_map(|f| {
                self.by_lemma
                    .get(&f.lemma)
                    .map(Vec::as_slice)
                    .unwrap_or(&[])
            })
            .map(|&i| &self.entries[i])
            .filter(move |x| x.noun && x.head == word)
    }

    /// Does text word `word` equal pattern word `want`, allowing a clitic or a
    /// reduplicated plural (`pos-pos` for `pos`)?
    pub fn word_matches(&self, word: &str, want: &str) -> bool {
        word == want
            || self.morphology.strip_clitic(word) == Some(want)
            || reduplicated(word) == Some(want)
    }
}

/// The base of a fully reduplicated plural (`pos-pos`, `kapal-kapal`: `pos`,
/// `kapal`), the way Indonesian and Malay mark a plural noun; `None` for any
/// other word. No English word has this shape, so no language check is needed.
fn reduplicated(word: &str) -> Option<&str> {
    let (a, b) = word.split_once('-')?;
    (!a.is_empty() && a == b).then_some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reduplicated_plural_matches_its_base() {
        assert_eq!(reduplicated("pos-pos"), Some("pos"));
        assert_eq!(reduplicated("kapal-kapal"), Some("kapal"));
        assert_eq!(reduplicated("kapal-kapalnya"), None);
        assert_eq!(reduplicated("cease-fire"), None);
        assert_eq!(reduplicated("-"), None);
    }

    #[test]
    fn anaphora_rows_are_read_and_bad_rows_named() {
        let rows: Vec<String> = [
            "strikes\tASSAULT\tagent\tNATO condemned the strikes.",
            "decision\t*\tagent\t-",
            "arrest\tCOERCE, sanction\tpatient\t-",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = LanguageTables::load_anaphora(&rows).unwrap();
        assert_eq!(m["decision"].types, AnaphoraTypes::Any);
        assert!(m["strikes"].agent_owner && !m["arrest"].agent_owner);
        assert!(m["arrest"].types.allows("SANCTION") && !m["arrest"].types.allows("ASSAULT"));
        let bad = |row: &str| LanguageTables::load_anaphora(&[row.to_string()]).unwrap_err();
        assert!(bad("strikes\tASSAULT").contains("row 1"));
        assert!(bad("strikes\tASSAULT\towner\t-").contains("`agent`"));
        assert!(bad("air strikes\tASSAULT\tagent\t-").contains("one word"));
        assert!(bad("strikes\t,\tagent\t-").contains("no PLOVER type"));
    }
}
