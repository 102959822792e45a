//! Home-country default for domestic participants: in a story whose
//! dominant or dateline country is C, group nouns that name domestic
//! participants without saying whose they are (`protesters`, `residents`,
//! `the opposition`, `warga`, `tersangka`) are groups of C, with the
//! sector of `data/lang/<code>/entity_domestic.tsv`.
//!
//! Recognition ([`domestic_spans`]) only marks the bare nouns with rule
//! [`HOME_RULE`]; resolution gives them the story's home country, or drops
//! them when the story has none (an international story's `protesters`
//! may be anyone's).

use rustc_hash::{FxHashMap, FxHashSet};
use warta_core::{Entity, EntityType, LanguageResources, ResourceError};

use crate::lang::LangTables;
use crate::names::normalize;
use crate::recognize::{Found, Span};
use crate::roles::{is_connector, is_not_name, is_role_word};
use crate::tokens::{Tok, longest, word};
use warta_core::TokenKind;

/// File of the table in each language pack.
pub(crate) const FILE: &str = "entity_domestic.tsv";

/// Rule of a bare domestic group noun coded with the story's home country.
pub(crate) const HOME_RULE: &str = "entities:agent:home_country";

/// The domestic group nouns of one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct Domestic {
    /// Sector by lower-case phrase, and whether the phrase is counted
    /// (named only right after a number: `40 people`), so a match needs
    /// no second lookup.
    pub phrases: FxHashMap<String, (String, bool)>,
    /// First words of the phrases (one lookup rules most tokens out).
    pub firsts: FxHashSet<String>,
    /// Longest phrase, in words.
    pub max_words: usize,
    /// Number words counting two or more (`five`, `lima`), from the
    /// language's `time/words.tsv` (class `number`).
    pub numbers: FxHashSet<String>,
}

impl Domestic {
    /// Reads `entity_domestic.tsv` of `pack`; a missing file leaves it empty.
    pub fn load(pack: &dyn LanguageResources) -> Result<Self, ResourceError> {
        let mut t = Domestic::default();
        for line in pack.lines(FILE) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(phrase), Some(sector)) = (c.first(), c.get(1).filter(|s| !s.is_empty()))
            else {
                return Err(ResourceError::Malformed {
                    path: format!("lang/{}/{}", pack.code(), FILE),
                    line: 0,
                    message: format!("line `{line}` needs phrase TAB sector"),
                });
            };
            let phrase = normalize(phrase);
            // A counted phrase names a group only right after a number or
            // number word (`40 people`, `five people`; a bare `people` says
            // nothing).
            let counted = match c.get(2).copied().unwrap_or("") {
                "" => false,
                "counted" => true,
                other => {
                    return Err(ResourceError::Malformed {
                        path: format!("lang/{}/{}", pack.code(), FILE),
                        line: 0,
                        message: format!("unknown third column `{other}` (only `counted`)"),
                    });
                }
            };
            t.max_words = t.max_words.max(phrase.split(' ').count());
            t.firsts
                .extend(phrase.split(' ').next().map(str::to_string));
            t.phrases.insert(phrase, (sector.to_string(), counted));
        }
        // Number words are the time stage's (`five days ago`); `a` and
        // `one` count no group.
        for line in pack.lines(NUMBER_WORDS) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            if let [word, "number", value, ..] = c.as_slice() {
                if value.parse::<u64>().is_ok_and(|v| v >= 2) {
                    t.numbers.insert(word.to_lowercase());
                }
            }
        }
        Ok(t)
    }
}

/// The time stage's word table, whose `number` rows count groups too.
const NUMBER_WORDS: &str = "time/words.tsv";

/// Bare domestic group nouns no other span covers, as organisations of
/// unknown country with rule [`HOME_RULE`]. Like agent nouns, a noun that
/// modifies what follows (`student union`) or follows a name (`Hamas
/// protesters`) is left alone.
pub(crate) fn domestic_spans(lang: &LangTables, toks: &[Tok], spans: &[Span]) -> Vec<Span> {
    let table = &lang.domestic;
    let mut out = Vec::new();
    if table.phrases.is_empty() {
        return out;
    }
    let quantifiers = &lang.context.quantifiers;
    let mut used = vec![false; toks.len()];
    for s in spans {
        used[s.first..s.last].iter_mut().for_each(|u| *u = true);
    }
    let mut k = 0;
    while k < toks.len() {
        if used[k] || toks[k].clitic || !toks[k].is(word::DOMESTIC_FIRST | word::QUANTIFIER) {
            k += 1;
            continue;
        }
        let mut sent = toks[k].sentence;
        // Longest phrase from k: (end, sector).
        let ok = |i: usize| !used[i] && toks[i].kind == TokenKind::Word;
        let mut best = longest(toks, k, table.max_words, &ok, &|key| table.phrases.get(key));
        // A quantifier opening a longer phrase counts it (`Puluhan orang tua
        // siswa`: the parents, not `puluhan orang`); the phrase starts after it.
        if toks[k].is(word::QUANTIFIER) && k + 1 < toks.len() && ok(k + 1) {
            let after = longest(toks, k + 1, table.max_words, &ok, &|key| {
                table.phrases.get(key)
            });
            if after.is_some_and(|(e, _)| best.is_none_or(|(b, _)| e > b)) {
                k += 1;
                sent = toks[k].sentence;
                best = after;
            }
        }
        // A counted phrase (`people`) needs a number right before it; the
        // table's value says whether the matched phrase is one, so no key
        // is built again here.
        let counted_ok = |counted: bool| {
            !counted
                || (k > 0
                    && toks[k - 1].sentence == sent
                    && (toks[k - 1].kind == TokenKind::Number
                        || table.numbers.contains(&*toks[k - 1].lower)
                        || quantifiers.contains(&*toks[k - 1].lower)))
                || crate::groups::counted(&lang.groups, toks, k, &|i| !used[i])
        };
        let Some((end, (sector, _))) = best.filter(|&(_, (_, counted))| counted_ok(*counted))
        else {
            k += 1;
            continue;
        };
        let modifier = toks.get(end).is_some_and(|t| {
            t.sentence == sent
                && t.kind == TokenKind::Word
                && !t.clitic
                && !is_connector(lang, t)
                && (is_role_word(lang, t)
                    || lang.agents.contains_key(&*t.lower)
                    || table.phrases.contains_key(&*t.lower))
        });
        let g = crate::groups::phrase_start(&lang.groups, toks, k, &|i| !used[i]);
        let name_before = g > 0
            && toks[g - 1].sentence == sent
            && toks[g - 1].is_capitalized()
            && !is_not_name(lang, &toks[g - 1]);
        if !modifier && !name_before && sector != "-" {
            out.push(Span {
                first: k,
                last: end,
                found: Found::NewOrg {
                    country: None,
                    sector: Some(sector.clone()),
                },
                rule: HOME_RULE,
                role: None,
            });
        }
        k = end;
    }
    out
}

/// The home country of a story's domestic groups: its dominant country
/// `main`, unless the dateline `place` is in another country (a Jakarta
/// story about Myanmar: its `warga setempat` may be either's). A story with
/// no dominant country has none: filed from Jeddah about Sudan, with both
/// named as often, its `residents` may be either's.
pub(crate) fn domestic_home<'a>(main: Option<&'a str>, place: Option<&'a str>) -> Option<&'a str> {
    main.filter(|m| place.is_none_or(|p| p == *m))
}

/// Codes the entities of rule [`HOME_RULE`] with `home` and their sector,
/// or drops them when the story has no home country. A mention in a
/// sentence that places the story in another country (`ribuan warga
/// berunjuk rasa di Tbilisi, Georgia` in a Kyiv story) is dropped too.
pub(crate) fn apply_home(entities: &mut Vec<Entity>, home: Option<&str>) {
    // A noun already given its scene's country (`context_country.rs`) keeps it.
    let Some(c) = home else {
        entities.retain(|e| e.rule != HOME_RULE || e.country.is_some());
        return;
    };
    let elsewhere: FxHashSet<usize> = entities
        .iter()
        .filter(|e| e.kind == EntityType::Location)
        .filter(|e| e.country.as_deref().is_some_and(|x| x != c))
        .flat_map(|e| e.mentions.iter().map(|m| m.sentence))
        .collect();
    entities.retain_mut(|e| {
        if e.rule != HOME_RULE || e.country.is_some() {
            return true;
        }
        e.mentions.retain(|m| !elsewhere.contains(&m.sentence));
        e.actor = Some(format!("{c}{}", e.sector.as_deref().unwrap_or("")));
        e.country = Some(c.to_string());
        !e.mentions.is_empty()
    });
}

/// Every mention in `mentions` found by name is one of the language's
/// generic body names (setting `generic_org_names`: `Mahkamah Agung`,
/// `House of Representatives`); mentions by alias (`lembaga itu`,
/// pronouns) follow the name. Such a known body is, in a story set in
/// another country, that country's (`resolve.rs`, `finish`).
pub(crate) fn generic_name_only(lang: &LangTables, mentions: &[warta_core::Mention]) -> bool {
    let generic = &lang.generic_org_names;
    let mut named = mentions
        .iter()
        .filter(|m| !m.rule.starts_with("entities:alias:"))
        .peekable();
    named.peek().is_some() && named.all(|m| generic.contains(&normalize(&m.text)))
}

/// The country of a body (`draft`) that its words do not settle, given the
/// story's `home` country: a body named by its head and a name that says
/// no country (`Partai Kekuatan Rakyat`, rule `HEADED_ORG_RULE`; `the DEM
/// Party`, rule `NAMED_ORG_RULE`) gets the
/// home country, else the language's default (`Pengadilan Negeri Jakarta
/// Selatan` names its place and never gets here; a body of an
/// international organisation, sector IGO, stays stateless); a known body
/// with a generic name (`Mahkamah Agung`, `Partai Demokrat`) takes the
/// home country when that is another one. Returns whether the known
/// body's own actor code no longer holds.
pub(crate) fn body_at_home(
    lang: &LangTables,
    draft: &crate::resolve::Draft,
    country: &mut Option<String>,
    sector: Option<&str>,
    home: Option<&str>,
) -> bool {
    let named = [
        crate::recognize::HEADED_ORG_RULE,
        crate::recognize::NAMED_ORG_RULE,
    ];
    // An acronym defined for such a body (`SDF`) is not a known organisation.
    let named = named.contains(&draft.rule)
        || (draft.rule == crate::recognize::ACRONYM_RULE && !draft.is_known_org());
    if country.is_none() && named && sector != Some("IGO") {
        *country = home
            .map(str::to_string)
            .or_else(|| lang.default_role_country.clone());
        return false;
    }
    let Some(h) = home.filter(|h| country.as_deref().is_some_and(|c| c != *h)) else {
        return false;
    };
    if draft.is_known_org() && generic_name_only(lang, &draft.mentions) {
        *country = Some(h.to_string());
        return true;
    }
    false
}
