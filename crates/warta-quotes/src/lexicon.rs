//! Per-language word tables read from `data/lang/<code>/quote_*.tsv`:
//! reporting verbs, citation cues and the function words that shape speaker
//! phrases. A linguist edits the TSV files; nothing here is language-specific.

use rustc_hash::FxHashMap as HashMap;

use warta_core::LanguageResources;

/// Where the speaker stands relative to a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerSide {
    /// `X mengatakan ...`, `X said ...`.
    Before,
    /// `..., kata X`.
    After,
    /// Either (`X said`, `said X`).
    Both,
}

impl SpeakerSide {
    /// True when the speaker may precede the verb.
    pub fn allows_before(self) -> bool {
        matches!(self, Self::Before | Self::Both)
    }
    /// True when the speaker may follow the verb.
    pub fn allows_after(self) -> bool {
        matches!(self, Self::After | Self::Both)
    }
}

/// A reporting verb form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// Base form, used in rule ids.
    pub lemma: String,
    /// Where the speaker stands.
    pub side: SpeakerSide,
    /// The reported clause may follow with no complementizer.
    pub bare: bool,
}

/// What a citation cue does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// `menurut X`, `according to X`.
    According,
    /// `X mengutip Y`, `citing Y`.
    Cite,
    /// `seperti dikutip dari X`: a story-wide source.
    Story,
}

/// A (possibly multi-word) citation cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Lower-case words.
    pub words: Vec<String>,
    /// What it does.
    pub kind: CueKind,
}

/// Function-word classes (see `quote_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// `bahwa`, `that`.
    Complementizer,
    /// Adverbs and auxiliaries between speaker and verb.
    Skip,
    /// Ends a speaker phrase.
    Stop,
    /// Joins two names inside one speaker phrase.
    Conjunction,
    /// `yang`, `who`.
    Relative,
    /// A pronoun for one person.
    PersonPronoun,
    /// A pronoun for a group.
    GroupPronoun,
    /// A pronoun suffix (`-nya`).
    Clitic,
    /// What is cited (`pernyataan`), skipped after a cite cue.
    Statement,
    /// An abbreviation whose dot does not end a sentence.
    Abbreviation,
    /// Links a person to their organisation (`Bob Yawger dari Mizuho`).
    Affiliation,
    /// Joins capitalized words inside one name (`Joint Chiefs of Staff`).
    Inner,
}

/// All quote tables of one language.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    verbs: HashMap<String, Verb>,
    /// Cues indexed by their first word.
    cues_by_first: HashMap<String, Vec<Cue>>,
    /// Cues indexed by their last word.
    cues_by_last: HashMap<String, Vec<Cue>>,
    words: HashMap<String, WordClass>,
    clitics: Vec<String>,
}

/// A malformed table row, reported as a document warning by the stage.
pub type TableProblem = String;

impl Lexicon {
    /// Reads the tables of one language pack. Malformed rows are skipped and
    /// described in the returned problems, so one typo does not disable the stage.
    pub fn load(pack: &dyn LanguageResources) -> (Self, Vec<TableProblem>) {
        let mut lex = Self::default();
        let mut problems = Vec::new();
        let code = pack.code().to_string();
        for line in pack.lines("quote_verbs.tsv") {
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let side = match cols.get(2).copied() {
                Some("before") => SpeakerSide::Before,
                Some("after") => SpeakerSide::After,
                Some("both") => SpeakerSide::Both,
                _ => {
                    problems.push(format!(
                        "lang/{code}/quote_verbs.tsv: row `{line}` needs 4 tab-separated columns with speaker = before|after|both"
                    ));
                    continue;
                }
            };
            let bare = cols.get(3).copied() == Some("bare");
            lex.verbs.insert(
                cols[0].to_lowercase(),
                Verb {
                    lemma: cols[1].to_string(),
                    side,
                    bare,
                },
            );
        }
        for line in pack.lines("quote_cues.tsv") {
            let Some((phrase, kind)) = line.split_once('\t') else {
                problems.push(format!(
                    "lang/{code}/quote_cues.tsv: row `{line}` needs phrase<TAB>kind"
                ));
                continue;
            };
            let kind = match kind.trim() {
                "according" => CueKind::According,
                "cite" => CueKind::Cite,
                "story" => CueKind::Story,
                other => {
                    problems.push(format!(
                        "lang/{code}/quote_cues.tsv: unknown kind `{other}` (use according, cite or story)"
                    ));
                    continue;
                }
            };
            let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
            let (Some(first), Some(last)) = (words.first().cloned(), words.last().cloned()) else {
                continue;
            };
            let cue = Cue { words, kind };
            lex.cues_by_first
                .entry(first)
                .or_default()
                .push(cue.clone());
            lex.cues_by_last.entry(last).or_default().push(cue);
        }
        for line in pack.lines("quote_words.tsv") {
            let Some((word, class)) = line.split_once('\t') else {
                problems.push(format!(
                    "lang/{code}/quote_words.tsv: row `{line}` needs word<TAB>class"
                ));
                continue;
            };
            let class = match class.trim() {
                "comp" => WordClass::Complementizer,
                "skip" => WordClass::Skip,
                "stop" => WordClass::Stop,
                "conj" => WordClass::Conjunction,
                "rel" => WordClass::Relative,
                "person" => WordClass::PersonPronoun,
                "group" => WordClass::GroupPronoun,
                "clitic" => WordClass::Clitic,
                "statement" => WordClass::Statement,
                "abbr" => WordClass::Abbreviation,
                "affil" => WordClass::Affiliation,
                "inner" => WordClass::Inner,
                other => {
                    problems.push(format!(
                        "lang/{code}/quote_words.tsv: unknown class `{other}` (see the header for the classes)"
                    ));
                    continue;
                }
            };
            let word = word.trim().to_lowercase();
            if class == WordClass::Clitic {
                lex.clitics.push(word.clone());
            }
            lex.words.insert(word, class);
        }
        // Longest cues first, so `seperti dikutip dari` wins over `seperti dikutip`.
        for list in lex
            .cues_by_first
            .values_mut()
            .chain(lex.cues_by_last.values_mut())
        {
            list.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
        }
        (lex, problems)
    }

    /// Merges another language's tables into this one (used for documents
    /// whose language is undetermined).
    pub fn merge(&mut self, other: &Lexicon) {
        for (k, v) in &other.verbs {
            self.verbs.entry(k.clone()).or_insert_with(|| v.clone());
        }
        for (k, v) in &other.words {
            self.words.entry(k.clone()).or_insert(*v);
        }
        for (k, v) in &other.cues_by_first {
            self.cues_by_first
                .entry(k.clone())
                .or_default()
                .extend(v.iter().cloned());
        }
        for (k, v) in &other.cues_by_last {
            self.cues_by_last
                .entry(k.clone())
                .or_default()
                .extend(v.iter().cloned());
        }
        for c in &other.clitics {
            if !self.clitics.contains(c) {
                self.clitics.push(c.clone());
            }
        }
    }

    /// The reporting verb for a lower-case word, if it is one.
    pub fn verb(&self, lower: &str) -> Option<&Verb> {
        self.verbs.get(lower)
    }

    /// A reporting verb carrying a pronoun clitic (`katanya` -> `kata`).
    pub fn clitic_verb(&self, lower: &str) -> Option<&Verb> {
        self.clitics.iter().find_map(|c| {
            let stem = lower.strip_suffix(c.as_str())?;
            (!stem.is_empty()).then(|| self.verbs.get(stem)).flatten()
        })
    }

    /// The class of a lower-case function word.
    pub fn class(&self, lower: &str) -> Option<WordClass> {
        self.words.get(lower).copied()
    }

    /// Cues whose first word is `lower`, longest first.
    pub fn cues_starting(&self, lower: &str) -> &[Cue] {
        self.cues_by_first.get(lower).map_or(&[], Vec::as_slice)
    }

    /// Cues whose last word is `lower`, longest first.
    pub fn cues_ending(&self, lower: &str) -> &[Cue] {
        self.cues_by_last.get(lower).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_core::MemoryPack;

    #[test]
    fn reads_tables_and_reports_bad_rows() {
        let pack = MemoryPack::new("xx")
            .with_file(
                "quote_verbs.tsv",
                "# c\nmengatakan\tkatakan\tbefore\tbare\nkata\tkata\tafter\tbare\nrusak\tx\n",
            )
            .with_file(
                "quote_cues.tsv",
                "seperti dikutip\tstory\nseperti dikutip dari\tstory\n",
            )
            .with_file("quote_words.tsv", "bahwa\tcomp\nnya\tclitic\n");
        let (lex, problems) = Lexicon::load(&pack);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("quote_verbs.tsv"));
        assert_eq!(
            lex.verb("mengatakan").map(|v| v.side),
            Some(SpeakerSide::Before)
        );
        assert_eq!(
            lex.clitic_verb("katanya").map(|v| v.lemma.as_str()),
            Some("kata")
        );
        assert!(lex.clitic_verb("nya").is_none());
        assert_eq!(lex.cues_starting("seperti")[0].words.len(), 3);
        assert_eq!(lex.class("bahwa"), Some(WordClass::Complementizer));
    }
}
