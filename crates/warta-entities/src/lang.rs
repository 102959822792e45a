//! Per-language tables: country names and demonyms, translated organisation
//! names, role words, honorifics, pronouns and pair phrases, all read from
//! `data/lang/<code>/` through [`LanguageResources`].

use rustc_hash::{FxHashMap, FxHashSet};
use warta_core::{LanguageResources, ResourceError};

use crate::kb::Kb;
use crate::names::{NameIndex, Target, normalize};

/// What a role-table phrase is (see `data/lang/id/roles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RoleKind {
    /// A person's title (`menteri pertahanan`).
    Person,
    /// The head of an organisation phrase (`badan intelijen`).
    Org,
    /// A word allowed inside a role phrase (`keamanan`).
    Modifier,
    /// A function word allowed inside a role phrase (`dari`, `of`).
    Connector,
    /// A conjunction joining two fields of one office (`Menteri Komunikasi
    /// dan Digital`): inside a role phrase only between a capitalised role
    /// word and a capitalised modifier, so `menteri luar negeri Kongo dan
    /// Rwanda` stays two countries (see `tokens::join_role_fields`).
    Joiner,
}

/// One row of the role table.
#[derive(Debug, Clone)]
pub(crate) struct RoleEntry {
    /// Sector code; `None` means "inherit from the organisation in the phrase".
    pub sector: Option<String>,
    pub kind: RoleKind,
}

/// One row of the agent-noun table (`police`, `pasukan`): a group named by
/// what it does, coded by its sector.
#[derive(Debug, Clone)]
pub(crate) struct AgentEntry {
    pub sector: String,
    /// Only an agent next to a country or demonym (`Israeli forces`).
    pub needs_country: bool,
}

/// What a pair phrase (`kedua negara`) refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PairKind {
    /// The two most salient countries.
    Country,
    /// The two most salient leaders.
    Leader,
}

/// Everything the stage knows about one language.
#[derive(Debug, Default)]
pub(crate) struct LangTables {
    pub code: String,
    /// Country names, demonyms and translated organisation names.
    pub names: NameIndex,
    /// Canonical country name in this language, by country index.
    pub country_canonical: FxHashMap<u32, String>,
    /// Canonical organisation name in this language, by organisation index.
    pub org_canonical: FxHashMap<u32, String>,
    /// Role phrases by normalized text.
    pub roles: FxHashMap<String, RoleEntry>,
    /// Every word that occurs in a role phrase.
    pub role_words: FxHashSet<String>,
    /// First words of the role table's modifiers (`digital`, `sumber` of
    /// `sumber daya`): the words a joiner may link a field to.
    pub role_modifiers: FxHashSet<String>,
    /// Joiners of the role table (`dan`).
    pub role_joiners: FxHashSet<String>,
    /// Longest role phrase, in words.
    pub max_role_words: usize,
    /// Agent nouns by normalized text (`entity_agents.tsv`).
    pub agents: FxHashMap<String, AgentEntry>,
    /// Longest agent noun phrase, in words.
    pub max_agent_words: usize,
    /// First words of the agent nouns: a token that starts none is ruled
    /// out with one lookup instead of one per phrase length.
    pub agent_firsts: FxHashSet<String>,
    /// Honorifics, lower case, without dots.
    pub honorifics: FxHashSet<String>,
    /// Person pronouns, lower case.
    pub pronouns: FxHashSet<String>,
    /// Pair phrases as lower-case word lists.
    pub pairs: Vec<(Vec<String>, PairKind)>,
    /// First words of `pairs`: most tokens start none, and one set lookup
    /// rules them out (resolution looks at every token of the document).
    pub pair_firsts: FxHashSet<String>,
    /// Capitalized words that are never names (`Anda`, `The`).
    pub not_names: FxHashSet<String>,
    /// Country of a title that names none (`Menteri Keuangan` in Indonesian news).
    pub default_role_country: Option<String>,
    /// Credit-line cues as lower-case word lists (`reporting by`).
    pub credit_cues: Vec<Vec<String>>,
    /// Lower-case words that join names in a credit line (`and`).
    pub credit_joiners: FxHashSet<String>,
    /// Heads of domestic bodies named by a place or a number (`Polda Metro
    /// Jaya`, `Komisi III DPR`): head words -> sector (`None`: inherit).
    pub org_heads: FxHashMap<String, Option<String>>,
    /// Longest head of `org_heads`, in words.
    pub max_org_head_words: usize,
    /// Heads that make a body only with a name after them (`PT Gag Nikel`;
    /// `PT` or `Dinas` alone names nothing): third column `named`.
    pub org_heads_named: FxHashSet<String>,
    /// Heads of the language's own missions abroad (`KBRI Dhaka`,
    /// `KJRI Jeddah`): the place after them says where the mission sits,
    /// not whose it is; the body is the default role country's. Third
    /// column `abroad`.
    pub org_heads_abroad: FxHashSet<String>,
    /// Last words of organisation names in head-final languages
    /// (`Bangladesh Nationalist Party`, `Arakan Army`): lower-case word ->
    /// sector (`entity_org_tails.tsv`).
    pub org_tails: FxHashMap<String, String>,
    /// Unnamed office holders (`mantan menteri perdagangan`, `Gubernur Jawa
    /// Tengah`) are actors (setting `unnamed_roles`).
    pub unnamed_roles: bool,
    /// Words after a role that make it refer back to a named person
    /// (`menteri itu`): no new actor then (setting `role_anaphors`).
    pub role_anaphors: FxHashSet<String>,
    /// Words one of which must open an unnamed office, at most two
    /// modifiers before its title (`the information minister`; setting
    /// `unnamed_role_openers`). Empty: no opener is needed (`menteri
    /// perdagangan`).
    pub unnamed_role_openers: FxHashSet<String>,
    /// Words that follow a place name as part of a district's name
    /// (`Lampung Timur`, `Mamuju Tengah`; setting `place_suffixes`).
    pub place_suffixes: FxHashSet<String>,
    /// Words after a person's initials (`HW selaku bupati`; setting
    /// `initials_before`).
    pub initials_before: FxHashSet<String>,
    /// Words before a person's initials (`berinisial AS`; setting
    /// `initials_after`).
    pub initials_after: FxHashSet<String>,
    /// Nouns of nationality in an apposition (`a Russian national`,
    /// `warga negara Australia`; setting `nationality_nouns`).
    pub nationality_nouns: FxHashSet<String>,
    /// Articles that may open such an apposition (`a`; setting
    /// `apposition_articles`).
    pub apposition_articles: FxHashSet<String>,
    /// Second parts of hyphenated modifiers whose first part names the
    /// country or group behind the noun (`Liberian-flagged`, `Hong
    /// Kong-based`; setting `hyphen_suffixes`).
    pub hyphen_suffixes: FxHashSet<String>,
    /// Common words that GeoNames also lists as towns (`Alliance`,
    /// `University`): never a town on their own (setting `not_towns`).
    pub not_towns: FxHashSet<String>,
    /// Nouns naming a currency (`dolar`, `dollars`): a country right after
    /// one (`dolar AS`) or right before one (`US dollars`) names the
    /// currency, not an actor (setting `currency_nouns`).
    pub currency_nouns: FxHashSet<String>,
    /// Offices the home country of the language's press has no holder of
    /// (`perdana menteri`, `kanselir`, `emir`, `junta`): a title naming no
    /// country that contains one belongs to the foreign country a story is
    /// about rather than to `default_role_country` (setting
    /// `foreign_titles`).
    pub foreign_titles: FxHashSet<String>,
    /// A one-word town right after a capitalized person title and before
    /// another name word is the person's first name (`President Hassan
    /// Sheikh Mohamud`), not the office's place (setting `titled_towns`;
    /// `no` where `Bupati Ketapang Martin` puts the place there).
    pub titled_towns: bool,
    /// Lower-case particles inside foreign place and person names (`da`
    /// in `Mocimboa da Praia`, `de`, `van`): a place next to one is part
    /// of a longer name (setting `name_particles`).
    pub name_particles: FxHashSet<String>,
    /// Names of known bodies that any state's body may bear (`Mahkamah
    /// Agung`, `House of Representatives`), normalized: in a story set in
    /// another country they are that country's (setting
    /// `generic_org_names`).
    pub generic_org_names: FxHashSet<String>,
    /// Possessive pronouns before a bare agent noun (`its troops`): the
    /// group is its sentence subject's (setting `possessive_pronouns`).
    pub possessive_pronouns: FxHashSet<String>,
    /// Possessive clitics after an agent noun (`pasukan|nya`): the group is
    /// its sentence subject's, like after a possessive pronoun (setting
    /// `possessive_clitics`).
    pub possessive_clitics: FxHashSet<String>,
    /// Words opening a clause (`bahwa`, `agar`, `mendesak`): a possessed
    /// agent noun after one belongs to the first actor with a country
    /// after it, when there is one (setting `possessor_clause_openers`).
    pub possessor_clause_openers: FxHashSet<String>,
    /// Agent nouns that need a country (`pasukan`) are actors with a
    /// possessive clitic too (`pasukannya`), of the possessor's country
    /// (setting `possessed_agents`, `yes`/`no`).
    pub possessed_agents: bool,
    /// Agent nouns that are also adjectives (`militer`: `operasi
    /// militernya` is its military operation): with a possessive clitic
    /// they are an actor only at the start of a sentence or clause
    /// (setting `adjectival_agents`).
    pub adjectival_agents: FxHashSet<String>,
    /// Definite descriptions of earlier entities (`entity_definites.tsv`).
    pub definites: crate::definites::Definites,
    /// Domestic group nouns that take the story's country (`entity_domestic.tsv`).
    pub domestic: crate::home_country::Domestic,
    /// Locative, place and quantifier words for the scene country of
    /// actors that name none (`entity_context.tsv`).
    pub context: crate::context_country::ContextWords,
    /// Openers and describing words of unnamed group phrases
    /// (`entity_groups.tsv`: `thousands of`, `armed`).
    pub groups: crate::groups::GroupWords,
    /// Word classes ([`crate::tokens::word`]) of every word in the sets
    /// above that rules test on every token, built from them after loading.
    pub word_flags: FxHashMap<String, u32>,
}

fn malformed(pack: &dyn LanguageResources, file: &str, message: String) -> ResourceError {
    ResourceError::Malformed {
        path: format!("lang/{}/{}", pack.code(), file),
        line: 0,
        message,
    }
}

/// Strips dots so `Dr.`, `Dr` and the tokens `Dr` `.` compare equal.
pub(crate) fn undotted(s: &str) -> String {
    s.chars()
        .filter(|&c| c != '.')
        .flat_map(char::to_lowercase)
        .collect()
}

impl LangTables {
    /// Builds the tables for `pack`; missing files just leave a table empty.
    pub fn load(pack: &dyn LanguageResources, kb: &Kb) -> Result<Self, ResourceError> {
        let mut t = LangTables {
            code: pack.code().to_string(),
            ..Default::default()
        };
        // Hand-written aliases first, so their first name becomes the canonical one.
        // A name the aliases give keeps their countries only: the generated lists
        // (pycountry, CLDR) cannot add another country to it (`Congo` is DR Congo
        // in news).
        const ALIASES: &str = "entity_country_aliases.tsv";
        let mut hand_names: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for file in [
            ALIASES,
            "entity_country_names.tsv",
            "entity_country_cldr.tsv",
        ] {
            for line in pack.lines(file) {
                let c: Vec<&str> = line.split('\t').map(str::trim).collect();
                let (Some(code), Some(name)) = (c.first(), c.get(1)) else {
                    return Err(malformed(
                        pack,
                        file,
                        format!("line `{line}` needs alpha-3 TAB name"),
                    ));
                };
                if file == ALIASES {
                    hand_names
                        .entry(normalize(name))
                        .or_default()
                        .push(code.to_string());
                } else if hand_names
                    .get(&normalize(name))
                    .is_some_and(|codes| !codes.iter().any(|c| c == code))
                {
                    continue;
                }
                let Some(&ix) = kb.by_alpha3.get(*code) else {
                    continue; // a code GeoNames does not list (e.g. historic states)
                };
                if c.get(2).copied() == Some("demonym") {
                    t.names.add(name, Target::Demonym(ix));
                } else if c.get(2).copied() == Some("alias") {
                    // `Albanians`, `Burma`: the country's actor, never its canonical name.
                    t.names.add(name, Target::Country(ix));
                } else {
                    t.names.add(name, Target::Country(ix));
                    t.country_canonical
                        .entry(ix)
                        .or_insert_with(|| name.to_string());
                }
            }
        }
        for line in pack.lines("entity_org_names.tsv") {
            let Some((id, names)) = line.split_once('\t') else {
                return Err(malformed(
                    pack,
                    "entity_org_names.tsv",
                    format!("line `{line}` needs id TAB names"),
                ));
            };
            let Some(&ix) = kb.org_by_id.get(id.trim()) else {
                return Err(malformed(
                    pack,
                    "entity_org_names.tsv",
                    format!(
                        "unknown organisation id `{id}`: add it to data/actors/organizations.tsv first"
                    ),
                ));
            };
            for name in names.split('|').map(str::trim).filter(|n| !n.is_empty()) {
                t.names.add(name, Target::Org(ix));
                t.org_canonical
                    .entry(ix)
                    .or_insert_with(|| name.to_string());
            }
        }
        for line in pack.lines("roles.tsv") {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            if c.len() < 3 {
                return Err(malformed(
                    pack,
                    "roles.tsv",
                    format!("line `{line}` needs phrase TAB sector TAB kind"),
                ));
            }
            let kind = match c[2] {
                "person" => RoleKind::Person,
                "org" => RoleKind::Org,
                "modifier" => RoleKind::Modifier,
                "connector" => RoleKind::Connector,
                "joiner" => RoleKind::Joiner,
                other => {
                    return Err(malformed(
                        pack,
                        "roles.tsv",
                        format!(
                            "kind `{other}` must be person, org, modifier, connector or joiner"
                        ),
                    ));
                }
            };
            let phrase = normalize(c[0]);
            match kind {
                // A joiner is a role word only between fields (set per token).
                RoleKind::Joiner => {
                    t.role_joiners.insert(phrase);
                    continue;
                }
                RoleKind::Modifier => {
                    let first = phrase.split(' ').next().unwrap_or_default();
                    t.role_modifiers.insert(first.to_string());
                }
                _ => {}
            }
            let words = phrase.split(' ').count();
            t.max_role_words = t.max_role_words.max(words);
            t.role_words.extend(phrase.split(' ').map(str::to_string));
            let sector = (c[1] != "inherit").then(|| c[1].to_string());
            t.roles.insert(phrase, RoleEntry { sector, kind });
        }
        for line in pack.lines("entity_agents.tsv") {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let needs_country = match c.get(2).copied() {
                None | Some("") => false,
                Some("country") => true,
                Some(other) => {
                    return Err(malformed(
                        pack,
                        "entity_agents.tsv",
                        format!("third column `{other}` must be empty or `country`"),
                    ));
                }
            };
            let Some(sector) = c.get(1).filter(|s| !s.is_empty()) else {
                return Err(malformed(
                    pack,
                    "entity_agents.tsv",
                    format!("line `{line}` needs noun TAB sector"),
                ));
            };
            let phrase = normalize(c[0]);
            t.max_agent_words = t.max_agent_words.max(phrase.split(' ').count());
            t.agent_firsts
                .extend(phrase.split(' ').next().map(str::to_string));
            t.agents.insert(
                phrase,
                AgentEntry {
                    sector: sector.to_string(),
                    needs_country,
                },
            );
        }
        t.honorifics = pack
            .lines("entity_honorifics.tsv")
            .iter()
            .map(|h| undotted(h.trim()))
            .collect();
        for line in pack.lines("entity_settings.tsv") {
            let Some((key, v)) = line.split_once('\t').map(|(k, v)| (k.trim(), v.trim())) else {
                continue;
            };
            let yes = v == "yes";
            // Word-list settings are `|`-separated and normalized.
            let list = match key {
                "default_role_country" => {
                    t.default_role_country = (!v.is_empty()).then(|| v.to_string());
                    continue;
                }
                "unnamed_roles" => {
                    t.unnamed_roles = yes;
                    continue;
                }
                "titled_towns" => {
                    t.titled_towns = yes;
                    continue;
                }
                "possessed_agents" => {
                    t.possessed_agents = yes;
                    continue;
                }
                "role_anaphors" => &mut t.role_anaphors,
                "unnamed_role_openers" => &mut t.unnamed_role_openers,
                "place_suffixes" => &mut t.place_suffixes,
                "initials_before" => &mut t.initials_before,
                "initials_after" => &mut t.initials_after,
                "nationality_nouns" => &mut t.nationality_nouns,
                "apposition_articles" => &mut t.apposition_articles,
                "hyphen_suffixes" => &mut t.hyphen_suffixes,
                "not_towns" => &mut t.not_towns,
                "currency_nouns" => &mut t.currency_nouns,
                "foreign_titles" => &mut t.foreign_titles,
                "possessive_pronouns" => &mut t.possessive_pronouns,
                "possessive_clitics" => &mut t.possessive_clitics,
                "possessor_clause_openers" => &mut t.possessor_clause_openers,
                "adjectival_agents" => &mut t.adjectival_agents,
                "generic_org_names" => &mut t.generic_org_names,
                "name_particles" => &mut t.name_particles,
                _ => continue,
            };
            *list = v.split('|').map(normalize).collect();
        }
        for line in pack.lines("entity_org_heads.tsv") {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(head), Some(sector)) = (c.first(), c.get(1).filter(|s| !s.is_empty())) else {
                return Err(malformed(
                    pack,
                    "entity_org_heads.tsv",
                    format!("line `{line}` needs head TAB sector"),
                ));
            };
            let head = normalize(head);
            t.max_org_head_words = t.max_org_head_words.max(head.split(' ').count());
            match c.get(2).copied() {
                None | Some("") => {}
                Some("named") => {
                    t.org_heads_named.insert(head.clone());
                }
                Some("abroad") => {
                    t.org_heads_abroad.insert(head.clone());
                }
                Some(other) => {
                    return Err(malformed(
                        pack,
                        "entity_org_heads.tsv",
                        format!("third column `{other}` must be empty, `named` or `abroad`"),
                    ));
                }
            }
            let sector = (*sector != "inherit").then(|| sector.to_string());
            t.org_heads.insert(head, sector);
        }
        for line in pack.lines("entity_org_tails.tsv") {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(tail), Some(sector)) = (c.first(), c.get(1).filter(|s| !s.is_empty())) else {
                return Err(malformed(
                    pack,
                    "entity_org_tails.tsv",
                    format!("line `{line}` needs word TAB sector"),
                ));
            };
            t.org_tails.insert(normalize(tail), sector.to_string());
        }
        t.not_names = pack
            .lines("entity_not_names.tsv")
            .iter()
            .map(|w| normalize(w))
            .collect();
        t.pronouns = pack
            .lines("entity_pronouns.tsv")
            .iter()
            .map(|p| normalize(p))
            .collect();
        for line in pack.lines("entity_credit_cues.tsv") {
            match line.split_once('\t').map(|(k, v)| (k.trim(), normalize(v))) {
                Some(("cue", v)) if !v.is_empty() => {
                    t.credit_cues
                        .push(v.split(' ').map(str::to_string).collect());
                }
                Some(("joiner", v)) if !v.is_empty() => {
                    t.credit_joiners.insert(v);
                }
                _ => {
                    return Err(malformed(
                        pack,
                        "entity_credit_cues.tsv",
                        format!("line `{line}` needs cue|joiner TAB words"),
                    ));
                }
            }
        }
        for line in pack.lines("entity_pair_phrases.tsv") {
            let (phrase, what) = line.split_once('\t').unwrap_or((&line, "country"));
            let kind = match what.trim() {
                "leader" => PairKind::Leader,
                _ => PairKind::Country,
            };
            let words: Vec<String> = normalize(phrase).split(' ').map(str::to_string).collect();
            t.pair_firsts.extend(words.first().cloned());
            t.pairs.push((words, kind));
        }
        t.definites = crate::definites::Definites::load(pack, kb)?;
        t.domestic = crate::home_country::Domestic::load(pack)?;
        t.context = crate::context_country::ContextWords::load(pack)?;
        t.groups = crate::groups::GroupWords::load(pack)?;
        t.word_flags = t.build_word_flags();
        Ok(t)
    }

    /// [`LangTables::word_flags`] from the loaded sets.
    fn build_word_flags(&self) -> FxHashMap<String, u32> {
        use crate::tokens::word;
        let mut flags: FxHashMap<String, u32> = FxHashMap::default();
        let classes: [(Vec<&String>, u32); 11] = [
            (self.pronouns.iter().collect(), word::PRONOUN),
            (self.pair_firsts.iter().collect(), word::PAIR_FIRST),
            (self.role_anaphors.iter().collect(), word::ROLE_ANAPHOR),
            (self.role_words.iter().collect(), word::ROLE_WORD),
            (self.role_modifiers.iter().collect(), word::ROLE_MODIFIER),
            (self.role_joiners.iter().collect(), word::ROLE_JOINER),
            (self.not_names.iter().collect(), word::NOT_NAME),
            (self.agent_firsts.iter().collect(), word::AGENT_FIRST),
            (self.domestic.firsts.iter().collect(), word::DOMESTIC_FIRST),
            (self.context.quantifiers.iter().collect(), word::QUANTIFIER),
            (
                self.definites.by_first.keys().collect(),
                word::DEFINITE_FIRST,
            ),
        ];
        for (words, class) in classes {
            for w in words {
                *flags.entry(w.clone()).or_insert(0) |= class;
            }
        }
        flags
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_core::MemoryPack;

    #[test]
    fn role_table_rejects_unknown_kinds() {
        let kb = Kb::default();
        let pack = MemoryPack::new("xx").with_file("roles.tsv", "menteri\tGOV\tboss\n");
        let err = LangTables::load(&pack, &kb).unwrap_err().to_string();
        assert!(
            err.contains("person, org, modifier, connector or joiner"),
            "{err}"
        );
    }

    #[test]
    fn role_table_reads_sectors_and_words() {
        let kb = Kb::default();
        let pack = MemoryPack::new("xx")
            .with_file(
                "roles.tsv",
                "# c\nmenteri pertahanan\tMIL\tperson\njuru bicara\tinherit\tperson\n",
            )
            .with_file("entity_honorifics.tsv", "Pak\nDr.\n");
        let t = LangTables::load(&pack, &kb).unwrap();
        assert_eq!(t.roles["menteri pertahanan"].sector.as_deref(), Some("MIL"));
        assert_eq!(t.roles["juru bicara"].sector, None);
        assert!(t.role_words.contains("bicara"));
        assert_eq!(t.max_role_words, 2);
        assert!(t.honorifics.contains("dr"));
    }

    #[test]
    fn agent_table_reads_sectors_and_flags() {
        let kb = Kb::default();
        let pack = MemoryPack::new("xx").with_file(
            "entity_agents.tsv",
            "# c\nriot police\tCOP\nforces\tMIL\tcountry\n",
        );
        let t = LangTables::load(&pack, &kb).unwrap();
        assert_eq!(t.agents["riot police"].sector, "COP");
        assert!(!t.agents["riot police"].needs_country);
        assert!(t.agents["forces"].needs_country);
        assert_eq!(t.max_agent_words, 2);
        assert!(t.agent_firsts.contains("riot") && !t.agent_firsts.contains("police"));
        let bad = MemoryPack::new("xx").with_file("entity_agents.tsv", "forces\tMIL\tmaybe\n");
        assert!(LangTables::load(&bad, &kb).is_err());
    }
}
