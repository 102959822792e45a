//! Unnamed groups as whole noun phrases: a head of the agent or domestic
//! tables (`protesters`, `gunmen`, `warga`) with the words that count or
//! describe it before it (`thousands of protesters`, `rival armed groups`,
//! `unidentified gunmen`, `sekelompok orang bersenjata`).
//!
//! Recognition finds the head; [`extend_spans`] then widens its span over
//! the phrase, so the event coder sees `Thousands of protesters marched`
//! as a subject instead of a noun inside the prepositional phrase `of
//! protesters`. A capitalized describing word that opens a sentence
//! (`Separatist gunmen attacked`) is not a name before the head
//! ([`phrase_start`]). Resolution keys the entity by its head
//! ([`head_first`]), so `hundreds of residents` and a later `the
//! residents` are one group.
//!
//! The words are in `data/lang/<code>/entity_groups.tsv`.

use rustc_hash::FxHashSet;
use warta_core::{LanguageResources, ResourceError, TokenKind};

use crate::names::normalize;
use crate::recognize::{AGENT_COUNTRY_RULE, AGENT_DEMONYM_RULE, AGENT_NOUN_RULE, Span};
use crate::tokens::Tok;

/// File of the table in each language pack.
pub(crate) const FILE: &str = "entity_groups.tsv";

/// Most describing words before a group head (`rival armed`, `online
/// motorcycle taxi`).
const MAX_MODIFIERS: usize = 3;

/// The group-phrase words of one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct GroupWords {
    /// Phrases that count a group before its head (`thousands of`, `a
    /// group of`, `ratusan`, `sekelompok`), lower case, words joined by
    /// one space.
    pub openers: FxHashSet<String>,
    /// Longest opener, in words.
    pub max_opener: usize,
    /// Words describing a group right before its head (`armed`, `rival`,
    /// `unidentified`, `suspected`).
    pub modifiers: FxHashSet<String>,
}

impl GroupWords {
    /// Reads `entity_groups.tsv` of `pack`; a missing file leaves it empty.
    pub fn load(pack: &dyn LanguageResources) -> Result<Self, ResourceError> {
        let mut t = GroupWords::default();
        for line in pack.lines(FILE) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let phrase = normalize(c[0]);
            match c.get(1).copied() {
                Some("opener") => {
                    t.max_opener = t.max_opener.max(phrase.split(' ').count());
                    t.openers.insert(phrase);
                }
                Some("modifier") => {
                    t.modifiers.insert(phrase);
                }
                _ => {
                    return Err(ResourceError::Malformed {
                        path: format!("lang/{}/{}", pack.code(), FILE),
                        line: 0,
                        message: format!("line `{line}` needs phrase TAB opener|modifier"),
                    });
                }
            }
        }
        Ok(t)
    }

    /// Is the table empty (no group phrases in this language)?
    pub fn is_empty(&self) -> bool {
        self.openers.is_empty() && self.modifiers.is_empty()
    }

    /// Tokens `from..to` (one sentence) spell an opener.
    fn opener_at(&self, toks: &[Tok], from: usize, to: usize) -> bool {
        let mut key = String::new();
        for (i, t) in toks[from..to].iter().enumerate() {
            if i > 0 {
                key.push(' ');
            }
            key.push_str(&t.lower);
        }
        self.openers.contains(&key)
    }
}

/// The first token of the group phrase whose head starts at `k`: back over
/// up to [`MAX_MODIFIERS`] describing words, then over one opener. Only
/// plain words of `k`'s sentence for which `free` holds are taken.
pub(crate) fn phrase_start(
    words: &GroupWords,
    toks: &[Tok],
    k: usize,
    free: &dyn Fn(usize) -> bool,
) -> usize {
    let (j, opener) = parts_before(words, toks, k, free);
    opener.unwrap_or(j)
}

/// Is the group whose head starts at `k` counted by an opener (`thousands
/// of striking workers`), describing words allowed between? A head that
/// names a group only when counted (`workers`, `people`) needs one.
pub(crate) fn counted(
    words: &GroupWords,
    toks: &[Tok],
    k: usize,
    free: &dyn Fn(usize) -> bool,
) -> bool {
    parts_before(words, toks, k, free).1.is_some()
}

/// The describing words and the opener before the head at `k`: the first
/// describing word (`k` when none) and the opener's first token, if any.
fn parts_before(
    words: &GroupWords,
    toks: &[Tok],
    k: usize,
    free: &dyn Fn(usize) -> bool,
) -> (usize, Option<usize>) {
    if words.is_empty() {
        return (k, None);
    }
    let sent = toks[k].sentence;
    let plain = |i: usize| {
        let t = &toks[i];
        t.sentence == sent && t.kind == TokenKind::Word && !t.clitic && free(i)
    };
    let mut j = k;
    while j > 0
        && k - j < MAX_MODIFIERS
        && plain(j - 1)
        && words.modifiers.contains(&*toks[j - 1].lower)
    {
        j -= 1;
    }
    let opener = (1..=words.max_opener.min(j))
        .rev()
        .find(|&n| (j - n..j).all(plain) && words.opener_at(toks, j - n, j))
        .map(|n| j - n);
    (j, opener)
}

/// The first token of the head of group span `first..last`: after an
/// opener and describing words [`extend_spans`] put before it (the head
/// itself is never skipped).
pub(crate) fn head_first(words: &GroupWords, toks: &[Tok], first: usize, last: usize) -> usize {
    if words.is_empty() {
        return first;
    }
    let mut j = first;
    for n in (1..=words.max_opener.min(last - first - 1)).rev() {
        if words.opener_at(toks, first, first + n) {
            j = first + n;
            break;
        }
    }
    while j + 1 < last && words.modifiers.contains(&*toks[j].lower) {
        j += 1;
    }
    j
}

/// Is a span of `rule` an unnamed group (an agent noun or a domestic group)?
pub(crate) fn is_group_rule(rule: &str) -> bool {
    matches!(
        rule,
        AGENT_NOUN_RULE | AGENT_DEMONYM_RULE | AGENT_COUNTRY_RULE | crate::home_country::HOME_RULE
    )
}

/// Widens every group span of `spans` over the opener and describing words
/// before it ([`phrase_start`]) that no other span covers.
pub(crate) fn extend_spans(words: &GroupWords, toks: &[Tok], spans: &mut [Span]) {
    if words.is_empty() {
        return;
    }
    let mut used = vec![false; toks.len()];
    for s in spans.iter() {
        used[s.first..s.last].iter_mut().for_each(|u| *u = true);
    }
    for s in spans.iter_mut().filter(|s| is_group_rule(s.rule)) {
        s.first = phrase_start(words, toks, s.first, &|i| !used[i]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::Kb;
    use crate::lang::LangTables;
    use crate::tokens::{ascii_lowered, tokens};
    use warta_core::{Document, LanguagePack, SourceInfo};

    /// Runs `check` on the tokens of `text` and the group words of `lang`.
    fn with_tokens(text: &str, lang: &str, check: &dyn Fn(&GroupWords, &[Tok])) {
        let kb = Kb::load().expect("kb loads");
        let tables =
            LangTables::load(&LanguagePack::get(lang).expect("pack"), &kb).expect("tables");
        let doc = Document::new(text.to_string(), SourceInfo::default());
        let lowered = ascii_lowered(&doc);
        let toks = tokens(&doc, &lowered, &tables.word_flags);
        check(&tables.groups, &toks);
    }

    /// Index of the first token whose text is `word`.
    fn at(toks: &[Tok], word: &str) -> usize {
        toks.iter()
            .position(|t| t.text == word)
            .expect("word in text")
    }

    #[test]
    fn openers_and_describing_words_belong_to_the_group() {
        with_tokens(
            "Tens of thousands of angry protesters marched on Sunday.",
            "en",
            &|w, toks| {
                let head = at(toks, "protesters");
                assert_eq!(phrase_start(w, toks, head, &|_| true), 0);
                assert!(counted(w, toks, head, &|_| true));
                assert_eq!(head_first(w, toks, 0, head + 1), head);
            },
        );
        with_tokens("Rival armed groups clashed overnight.", "en", &|w, toks| {
            let head = at(toks, "groups");
            // `armed groups` is the table's head; `Rival` describes it.
            assert_eq!(phrase_start(w, toks, head - 1, &|_| true), 0);
            assert!(!counted(w, toks, head - 1, &|_| true));
        });
    }

    #[test]
    fn other_words_and_taken_words_stop_the_phrase() {
        with_tokens(
            "Police dispersed the protesters in Dhaka.",
            "en",
            &|w, toks| {
                let head = at(toks, "protesters");
                assert_eq!(phrase_start(w, toks, head, &|_| true), head);
            },
        );
        with_tokens("Dozens of Hamas militants fled.", "en", &|w, toks| {
            let head = at(toks, "militants");
            assert_eq!(phrase_start(w, toks, head, &|_| true), head);
        });
        // A word another entity covers is not the group's.
        with_tokens("Hundreds of residents fled.", "en", &|w, toks| {
            let head = at(toks, "residents");
            assert_eq!(phrase_start(w, toks, head, &|i| i != 1), head);
        });
    }

    #[test]
    fn indonesian_counting_words_open_the_group() {
        with_tokens("Ratusan warga memblokade jalan.", "id", &|w, toks| {
            let head = at(toks, "warga");
            assert_eq!(phrase_start(w, toks, head, &|_| true), 0);
            assert_eq!(head_first(w, toks, 0, head + 1), head);
        });
    }
}
