//! From recognized spans to entities: one entity per referent, with every
//! mention, including surname aliases, pronouns and pair phrases
//! (`kedua negara`), and the attributes (role, country, sector, actor, geo).

use rustc_hash::FxHashMap;
use warta_core::{Entity, EntityType, Mention};

use crate::geocode;
use crate::home_country::HOME_RULE;
use crate::kb::Kb;
use crate::lang::{LangTables, PairKind};
use crate::names::Target;
use crate::recognize::{AGENT_NOUN_RULE, Found, Span};
use crate::roles::{Role, is_not_name, is_role_word, join_lower};
use crate::tokens::Tok;

/// What an entity is, for merging mentions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Target(Target),
    NewPerson(String),
    NewOrg(String),
}

/// An entity being built.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    key: Key,
    kind: EntityType,
    canonical: String,
    role: Option<Role>,
    pub(crate) mentions: Vec<Mention>,
    pub(crate) rule: &'static str,
    /// Token spans of the mentions, for coverage.
    toks: Vec<(usize, usize)>,
}

impl Draft {
    /// Is this a known organisation of the gazetteer?
    pub(crate) fn is_known_org(&self) -> bool {
        matches!(self.key, Key::Target(Target::Org(_)))
    }
}

/// `Manele's` -> `Manele`: a name without its possessive ending.
fn strip_possessive(name: &str) -> &str {
    name.strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name)
}

/// Inputs shared by the resolution passes.
pub(crate) struct Resolver<'a> {
    pub kb: &'a Kb,
    pub lang: &'a LangTables,
    pub toks: &'a [Tok<'a>],
    pub text: &'a str,
    pub date: Option<&'a str>,
}

impl<'a> Resolver<'a> {
    fn mention(&self, a: usize, b: usize, rule: &str) -> Mention {
        let (b0, b1) = (self.toks[a].bytes.0, self.toks[b - 1].bytes.1);
        Mention {
            start: self.toks[a].start,
            end: self.toks[b - 1].end,
            text: self.text[b0..b1].to_string(),
            sentence: self.toks[a].sentence,
            rule: rule.to_string(),
        }
    }

    fn mention_text(&self, a: usize, b: usize) -> String {
        self.text[self.toks[a].bytes.0..self.toks[b - 1].bytes.1].to_string()
    }

    /// The country a place span is tied to by the text: `Geneva, Illinois`,
    /// `Jenewa, Swiss`: a comma, then a country or region (not a city, which
    /// would more likely be a list: `Geneva, Washington and Beijing`).
    fn tied_country(&self, s: &Span, spans: &[Span]) -> Option<&'a str> {
        if self.toks.get(s.last)?.text != "," {
            return None;
        }
        let next = spans.iter().find(|n| n.first == s.last + 1)?;
        let Found::Known(targets) = &next.found else {
            return None;
        };
        geocode::shared_country(self.kb, targets, |t| {
            matches!(t, Target::Country(_) | Target::Region(_))
        })
    }

    /// Builds the document's entities from `spans`.
    pub fn resolve(&self, spans: &[Span]) -> Vec<Entity> {
        // `Kementerian Pertahanan Australia`: one organisation of Australia.
        let bound = crate::org_country::bind(self.kb, self.toks, spans);
        let spans = bound.as_slice();
        let name_words = self.person_name_words(spans);
        // Demonyms count here: `Victoria, Australian officials said`.
        let doc_countries = geocode::document_countries(self.kb, spans.iter());
        // `Kim` after `Kim Jong Un` is the person, not the town of Kim.
        let all_spans = spans;
        let spans: Vec<&Span> = spans
            .iter()
            .filter(|s| !s.is_demonym())
            .filter(|s| {
                !(s.last == s.first + 1
                    && is_town_only(s)
                    && name_words.contains(&*self.toks[s.first].lower))
            })
            .collect();
        let mut drafts: Vec<Draft> = Vec::new();
        let mut by_key: FxHashMap<Key, usize> = FxHashMap::default();
        // Counted once: the main, foreign and dateline countries all rank by it.
        let ranked = self.country_counts(all_spans);
        let main_country = Self::main_country(&ranked);
        let scene_countries = crate::context_country::SceneCountries::of(self, all_spans);
        let foreign = self.foreign_lead(&ranked, scene_countries.lead());
        let dateline = self.dateline_country(all_spans, &ranked);
        let dateline_place = self.dateline_place(all_spans);
        let home = crate::home_country::domestic_home(main_country, dateline_place);
        let role_default = self.role_default(&ranked, dateline_place);
        let scenes = crate::context_country::Scenes::new(
            scene_countries,
            main_country.or(foreign).or(dateline),
            home,
        );
        for s in spans {
            // A group is keyed and named by its head: `thousands of
            // protesters` and `the protesters` are one group.
            let head = if crate::groups::is_group_rule(s.rule) {
                crate::groups::head_first(&self.lang.groups, self.toks, s.first, s.last)
            } else {
                s.first
            };
            // A bare `police` set elsewhere than the story's default country.
            let scene = scenes
                .override_for(s, self.toks)
                .or_else(|| crate::context_country::possessor_country(self, all_spans, s));
            // `pasukannya` with no possessor in its sentence: whose troops is unknown.
            if s.rule == crate::recognize::AGENT_POSSESSED_RULE && scene.is_none() {
                continue;
            }
            let (key, kind) = match &s.found {
                Found::Known(targets) => {
                    let t = match targets[0] {
                        Target::Person(_) | Target::Org(_) => targets[0],
                        _ => match geocode::choose(
                            self.kb,
                            targets,
                            &join_lower(self.toks, s.first, s.last),
                            &geocode::Context {
                                doc_countries: &doc_countries,
                                tied: self.tied_country(s, all_spans),
                            },
                        ) {
                            Some(t) => t,
                            None => continue,
                        },
                    };
                    let kind = match t {
                        Target::Person(_) => EntityType::Person,
                        Target::Org(i) => self.kb.orgs[i as usize].kind,
                        _ => EntityType::Location,
                    };
                    (Key::Target(t), kind)
                }
                // `Prime Minister Jeremiah Manele's government`: the
                // person is `jeremiah manele`, without the possessive.
                Found::NewPerson => (
                    Key::NewPerson(
                        strip_possessive(&join_lower(self.toks, s.first, s.last)).to_string(),
                    ),
                    EntityType::Person,
                ),
                // A bare `petani` taking the home country, or its scene's, is
                // not the `petani dari Jawa Barat` of another sentence.
                Found::NewOrg { .. } if s.rule == HOME_RULE || scene.is_some() => (
                    Key::NewOrg(format!(
                        "{}\u{1}{}{}",
                        join_lower(self.toks, head, s.last),
                        if s.rule == HOME_RULE { "home" } else { "" },
                        scene.unwrap_or("")
                    )),
                    EntityType::Organization,
                ),
                Found::NewOrg { .. } => (
                    Key::NewOrg(join_lower(self.toks, head, s.last)),
                    EntityType::Organization,
                ),
            };
            let ix = *by_key.entry(key.clone()).or_insert_with(|| {
                drafts.push(Draft {
                    canonical: self.canonical(&key, head, s),
                    key,
                    kind,
                    role: None,
                    mentions: Vec::new(),
                    rule: s.rule,
                    toks: Vec::new(),
                });
                drafts.len() - 1
            });
            let d = &mut drafts[ix];
            if d.role.is_none() {
                d.role = s.role.clone();
            }
            if let Found::NewOrg { country, sector } = &s.found {
                d.role.get_or_insert(Role {
                    text: String::new(),
                    country: country.clone(),
                    sector: sector.clone(),
                    person_title: false,
                });
            }
            if let (Some(c), Some(r)) = (scene, d.role.as_mut()) {
                r.country = Some(c.to_string());
            }
            d.mentions.push(self.mention(s.first, s.last, s.rule));
            d.toks.push((s.first, s.last));
        }
        merge_partial_names(&mut drafts);
        self.add_aliases(&mut drafts);
        self.add_pronouns(&mut drafts);
        self.add_title_anaphors(&mut drafts);
        self.merge_held_offices(&mut drafts);
        self.add_pairs(&mut drafts);
        self.add_definites(&mut drafts, main_country.or(foreign).or(dateline));
        let mut entities: Vec<Entity> = drafts
            .into_iter()
            .map(|d| self.finish(d, main_country, foreign, dateline, home, role_default))
            .collect();
        crate::home_country::apply_home(&mut entities, home);
        for e in &mut entities {
            e.mentions.sort_by_key(|m| (m.start, m.end));
            e.mentions
                .dedup_by(|a, b| a.start == b.start && a.end == b.end);
        }
        entities.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.start));
        for (i, e) in entities.iter_mut().enumerate() {
            // `E1`, `E2`, ... without `format!` (once per entity).
            let n = (i + 1).to_string();
            let mut id = String::with_capacity(1 + n.len());
            id.push('E');
            id.push_str(&n);
            e.id = id;
        }
        entities
    }

    /// Lower-case words of the multi-word person names in the document.
    fn person_name_words(&self, spans: &[Span]) -> rustc_hash::FxHashSet<String> {
        let mut words = rustc_hash::FxHashSet::default();
        let mut add = |name: &str| {
            if name.contains(' ') {
                for w in name.split_whitespace() {
                    if !words.contains(w) {
                        words.insert(w.to_string());
                    }
                }
            }
        };
        for s in spans.iter().filter(|s| s.is_person()) {
            add(&join_lower(self.toks, s.first, s.last));
            if let Found::Known(t) = &s.found {
                if let Some(Target::Person(i)) = t.first() {
                    add(&self.kb.people[*i as usize].canonical.to_lowercase());
                }
            }
        }
        words
    }

    /// The canonical name of a new entity keyed `key`, first named by span
    /// `s` whose head starts at token `head`.
    fn canonical(&self, key: &Key, head: usize, s: &Span) -> String {
        match key {
            Key::Target(Target::Person(i)) => self.kb.people[*i as usize].canonical.clone(),
            Key::Target(Target::Org(i)) => self
                .lang
                .org_canonical
                .get(i)
                .cloned()
                .unwrap_or_else(|| self.kb.orgs[*i as usize].canonical.clone()),
            Key::Target(Target::Country(i)) => self
                .lang
                .country_canonical
                .get(i)
                .cloned()
                .unwrap_or_else(|| self.kb.countries[*i as usize].name.clone()),
            Key::Target(Target::Place(i)) => self.kb.places[*i as usize].name.clone(),
            Key::Target(Target::Region(i)) => self.kb.regions[*i as usize].name.clone(),
            Key::NewPerson(_) => strip_possessive(&self.mention_text(head, s.last)).to_string(),
            _ => self.mention_text(head, s.last),
        }
    }

    /// `Kim`, `Shoigu`: a capitalized token equal to a word of a person's
    /// full name, not already part of a name.
    fn add_aliases(&self, drafts: &mut [Draft]) {
        let mut covered = vec![false; self.toks.len()];
        for d in drafts.iter() {
            for &(a, b) in &d.toks {
                covered[a..b].iter_mut().for_each(|c| *c = true);
            }
        }
        let mut word_owner: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (ix, d) in drafts.iter().enumerate() {
            if d.kind != EntityType::Person {
                continue;
            }
            let words: Vec<String> = d
                .canonical
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            if words.len() < 2 {
                continue;
            }
            for w in words.into_iter().filter(|w| w.chars().count() >= 3) {
                let owners = word_owner.entry(w).or_default();
                if !owners.contains(&ix) {
                    owners.push(ix);
                }
            }
        }
        for (i, t) in self.toks.iter().enumerate() {
            if covered[i]
                || !t.is_capitalized()
                || is_role_word(self.lang, t)
                || is_not_name(self.lang, t)
            {
                continue;
            }
            // `Harker's release`: the possessive is the person too.
            let Some(owners) = word_owner
                .get(&*t.lower)
                .or_else(|| word_owner.get(strip_possessive(&t.lower)))
            else {
                continue;
            };
            let owner = if owners.len() == 1 {
                owners[0]
            } else {
                // Several people share the word: the one mentioned last before it.
                match owners
                    .iter()
                    .filter_map(|&o| {
                        drafts[o]
                            .mentions
                            .iter()
                            .filter(|m| m.end <= t.start)
                            .map(|m| m.start)
                            .max()
                            .map(|p| (p, o))
                    })
                    .max()
                {
                    Some((_, o)) => o,
                    None => continue,
                }
            };
            let m = self.mention(i, i + 1, "entities:alias:surname");
            drafts[owner].mentions.push(m);
            drafts[owner].toks.push((i, i + 1));
        }
    }

    /// Person entities mentioned in `sentence`, before code point `before`, in order.
    fn people_in(drafts: &[Draft], sentence: usize, before: usize) -> Vec<usize> {
        let mut found: Vec<(usize, usize)> = drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| d.kind == EntityType::Person)
            .flat_map(|(ix, d)| {
                d.mentions
                    .iter()
                    .filter(move |m| {
                        m.sentence == sentence
                            && m.end <= before
                            && m.rule != "entities:alias:pronoun"
                    })
                    .map(move |m| (m.start, ix))
            })
            .collect();
        found.sort();
        let mut out: Vec<usize> = Vec::new();
        for (_, ix) in found {
            if !out.contains(&ix) {
                out.push(ix);
            }
        }
        out
    }

    /// `ia`, `dia`, `beliau`, `he`, `she`: the one person of the clause so far,
    /// else the one person of the previous sentence.
    fn add_pronouns(&self, drafts: &mut [Draft]) {
        for (i, t) in self.toks.iter().enumerate() {
            if t.clitic || !t.is(crate::tokens::word::PRONOUN) {
                continue;
            }
            // Part of a name already (`Vice Premier He Lifeng`).
            if drafts
                .iter()
                .any(|d| d.toks.iter().any(|&(a, b)| (a..b).contains(&i)))
            {
                continue;
            }
            let same = Self::people_in(drafts, t.sentence, t.start);
            let owner = match same.as_slice() {
                [one] => Some(*one),
                [] if t.sentence > 0 => {
                    match Self::people_in(drafts, t.sentence - 1, usize::MAX).as_slice() {
                        [one] => Some(*one),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(o) = owner {
                let m = self.mention(i, i + 1, "entities:alias:pronoun");
                drafts[o].mentions.push(m);
            }
        }
    }

    /// The country (alpha-3) a draft speaks for in the story: a country, a
    /// capital, a person's or an organisation's country (news agencies aside).
    fn salience_country(&self, d: &Draft) -> Option<String> {
        let kb = self.kb;
        let role_country = d.role.as_ref().and_then(|r| r.country.clone());
        match d.key {
            Key::Target(Target::Country(i)) => Some(kb.countries[i as usize].alpha3.clone()),
            Key::Target(Target::Place(i)) if kb.places[i as usize].feature == "PPLC" => kb
                .country2(&kb.places[i as usize].country)
                .map(|c| c.alpha3.clone()),
            Key::Target(Target::Person(i)) => role_country.or_else(|| {
                let sector = d.role.as_ref().and_then(|r| r.sector.as_deref());
                kb.people[i as usize]
                    .office_on(self.date, sector)
                    .and_then(|o| o.country.clone())
            }),
            Key::Target(Target::Org(i)) => {
                let o = &kb.orgs[i as usize];
                (o.sector.as_deref() != Some("MED"))
                    .then(|| o.country.clone())
                    .flatten()
            }
            Key::NewPerson(_) | Key::NewOrg(_) => role_country,
            _ => None,
        }
    }

    /// The entity that stands for country `alpha3`: the country itself, else its capital.
    fn country_entity(&self, drafts: &[Draft], alpha3: &str) -> Option<usize> {
        let is_country = |d: &Draft| matches!(d.key, Key::Target(Target::Country(i)) if self.kb.countries[i as usize].alpha3 == alpha3);
        let is_capital = |d: &Draft| {
            matches!(d.key, Key::Target(Target::Place(i))
                if self.kb.places[i as usize].feature == "PPLC"
                    && self.kb.country2(&self.kb.places[i as usize].country).is_some_and(|c| c.alpha3 == alpha3))
        };
        drafts
            .iter()
            .position(is_country)
            .or_else(|| drafts.iter().position(is_capital))
    }

    /// `kedua negara`, `the two leaders`: the two most mentioned countries
    /// (or people) in the sentences before, ties going to the latest
    /// mentioned. The country of the sentence's first actor is left out: in
    /// `AS khawatir ... antara kedua negara` the speaker is not one of the two.
    fn add_pairs(&self, drafts: &mut [Draft]) {
        let mut i = 0;
        while i < self.toks.len() {
            if !self.toks[i].is(crate::tokens::word::PAIR_FIRST) {
                i += 1;
                continue;
            }
            let matched = self.lang.pairs.iter().find(|(words, _)| {
                words.len() <= self.toks.len() - i
                    && words
                        .iter()
                        .zip(&self.toks[i..])
                        .all(|(w, t)| *w == t.lower)
                    && self.toks[i + words.len() - 1].sentence == self.toks[i].sentence
            });
            let Some((words, kind)) = matched else {
                i += 1;
                continue;
            };
            let (n, sentence, at) = (words.len(), self.toks[i].sentence, self.toks[i].start);
            let countries: Vec<Option<String>> =
                drafts.iter().map(|d| self.salience_country(d)).collect();
            let excluded = match kind {
                PairKind::Country => drafts
                    .iter()
                    .enumerate()
                    .flat_map(|(ix, d)| {
                        d.mentions
                            .iter()
                            .filter(|m| m.sentence == sentence && m.end <= at)
                            .map(move |m| (m.start, ix))
                    })
                    .filter(|&(_, ix)| countries[ix].is_some())
                    .min()
                    // A pronoun subject (`Ia menambahkan ... kedua negara`) is kept: it
                    // usually speaks for one of the two.
                    .filter(|&(start, ix)| {
                        !drafts[ix]
                            .mentions
                            .iter()
                            .any(|m| m.start == start && m.rule == "entities:alias:pronoun")
                    })
                    .and_then(|(_, ix)| countries[ix].clone()),
                PairKind::Leader => None,
            };
            // Group -> (mentions before, latest mention start).
            let mut groups: FxHashMap<String, (usize, usize)> = FxHashMap::default();
            for (ix, d) in drafts.iter().enumerate() {
                let group = match kind {
                    PairKind::Country => countries[ix]
                        .clone()
                        .filter(|c| Some(c) != excluded.as_ref()),
                    PairKind::Leader => (d.kind == EntityType::Person).then(|| ix.to_string()),
                };
                let Some(g) = group else { continue };
                let before: Vec<usize> = d
                    .mentions
                    .iter()
                    .filter(|m| m.sentence < sentence)
                    .map(|m| m.start)
                    .collect();
                if before.is_empty() {
                    continue;
                }
                // The lead sentence names the story's protagonists, whom
                // `kedua negara` usually means: its mentions count twice.
                let lead = d.mentions.iter().filter(|m| m.sentence == 0).count();
                let e = groups.entry(g).or_insert((0, 0));
                e.0 += before.len() + lead;
                e.1 = e.1.max(before.into_iter().max().unwrap_or(0));
            }
            let mut ranked: Vec<(String, (usize, usize))> = groups.into_iter().collect();
            ranked.sort_by_key(|(_, score)| std::cmp::Reverse(*score));
            let targets: Vec<usize> = ranked
                .iter()
                .take(2)
                .filter_map(|(g, _)| match kind {
                    PairKind::Country => self.country_entity(drafts, g),
                    PairKind::Leader => g.parse().ok(),
                })
                .collect();
            // Two countries named right before win over the story's protagonists.
            let local = match kind {
                PairKind::Country => pairs::local_pair(drafts, &countries, sentence, at),
                PairKind::Leader => None,
            };
            let targets = local
                .map(|p| {
                    p.iter()
                        .filter_map(|g| self.country_entity(drafts, g))
                        .collect::<Vec<usize>>()
                })
                .filter(|t| t.len() == 2)
                .unwrap_or(targets);
            if targets.len() == 2 {
                let rule = match kind {
                    PairKind::Country => "entities:alias:kedua_negara",
                    PairKind::Leader => "entities:alias:kedua_pemimpin",
                };
                for t in targets {
                    let m = self.mention(i, i + n, rule);
                    drafts[t].mentions.push(m);
                }
            }
            i += n;
        }
    }

    /// Whether `role` names an office of the language's `foreign_titles`
    /// (`Perdana Menteri`, `pemimpin junta`): one the home country of its
    /// press has no holder of. Other titles naming no country (`Menteri
    /// Luar Negeri`) stay the home country's in a story filed from home.
    fn foreign_title(&self, role: Option<&Role>) -> bool {
        let Some(role) = role else {
            return false;
        };
        let words: Vec<String> = role
            .text
            .split_whitespace()
            .map(crate::names::normalize)
            .collect();
        (0..words.len()).any(|i| {
            (i + 1..=words.len()).any(|j| self.lang.foreign_titles.contains(&words[i..j].join(" ")))
        })
    }

    fn finish(
        &self,
        d: Draft,
        main_country: Option<&str>,
        foreign: Option<&str>,
        dateline: Option<&str>,
        home: Option<&str>,
        role_default: Option<&str>,
    ) -> Entity {
        let kb = self.kb;
        let (mut role_text, mut country, mut sector, mut geo, mut actor) =
            (None, None, None, None, None);
        if let Some(r) = &d.role {
            role_text = (!r.text.is_empty()).then(|| r.text.clone());
            country = r.country.clone();
            sector = r.sector.clone();
        }
        // A known international official (`NATO Secretary General Mark
        // Rutte`) is nobody's national in the story, whatever the role says.
        let mut office_intl = false;
        match d.key {
            Key::Target(Target::Person(i)) => {
                let p = &kb.people[i as usize];
                if let Some(o) = p.office_on(self.date, sector.as_deref()) {
                    office_intl = o.country.is_none() && matches!(o.sector.as_str(), "IGO" | "NGO");
                    if office_intl {
                        sector = Some(o.sector.clone());
                    }
                    if role_text.is_none() {
                        role_text = o.role(&self.lang.code).map(str::to_string);
                        sector = Some(o.sector.clone());
                    }
                    if country.is_none() {
                        country = o.country.clone();
                    }
                    if sector.is_none() {
                        sector = Some(o.sector.clone());
                    }
                } else if country.is_none() {
                    // Out of office on that date: still a national of the country.
                    country = p.office_on(None, None).and_then(|o| o.country.clone());
                }
            }
            Key::Target(Target::Org(i)) => {
                let o = &kb.orgs[i as usize];
                country = o.country.clone();
                sector = o.sector.clone();
                actor = o.actor.clone();
            }
            Key::Target(t @ (Target::Country(_) | Target::Place(_) | Target::Region(_))) => {
                geo = geocode::geo(kb, t);
                country = geo
                    .as_ref()
                    .and_then(|g| kb.country2(&g.country))
                    .map(|c| c.alpha3.clone());
                if let Target::Place(p) = t {
                    if kb.places[p as usize].feature == "PPLC" {
                        // A capital acting stands for its government (metonymy).
                        sector = Some("GOV".into());
                    }
                }
                if matches!(t, Target::Country(_)) {
                    actor = country.clone();
                }
            }
            _ => {}
        }
        let titled = d.role.as_ref().is_some_and(|r| r.person_title);
        if country.is_none() && titled && d.kind == EntityType::Person {
            // `President William Ruto` in a story about Kenya: the language's
            // default country, else the document's dominant one, else the
            // dateline's (an unqualified `Prime Minister` in a story filed
            // from Dhaka is Bangladesh's).
            // Known people keep their own offices, and international
            // officials (`NATO Secretary General`, `Sekretaris Jenderal
            // PBB`) have no country, not even the language's default.
            let known = matches!(d.key, Key::Target(Target::Person(_)));
            let intl = office_intl
                || matches!(sector.as_deref(), Some("IGO" | "NGO"))
                || d.role
                    .as_ref()
                    .is_some_and(|r| matches!(r.sector.as_deref(), Some("IGO" | "NGO")));
            if !intl {
                // A story set abroad (its dominant country agrees with its
                // dateline: `Beograd (ANTARA) - ... Presiden Aleksandar
                // Vucic`) gives its titles its own country before the
                // language's default.
                country = home
                    .or(foreign.filter(|_| !known && self.foreign_title(d.role.as_ref())))
                    .map(str::to_string)
                    .or_else(|| role_default.map(str::to_string))
                    .or_else(|| {
                        main_country
                            .or(dateline.filter(|_| !known))
                            .map(str::to_string)
                    });
            }
        }
        if country.is_none() && d.rule == crate::recognize::INITIALS_RULE {
            // Initials (`pemuda berinisial AR`) name the people of domestic
            // crime news: the story's own country, else the language's
            // default one (the convention is the Indonesian press's).
            country = main_country
                .or(dateline)
                .map(str::to_string)
                .or_else(|| role_default.map(str::to_string));
        }
        if country.is_none()
            && d.rule == crate::recognize::UNNAMED_ROLE_RULE
            && !matches!(sector.as_deref(), Some("IGO" | "NGO"))
        {
            // An unnamed office (`rektor`, `panglima militer`) whose words
            // name no country: the story's home country, else the
            // language's default (recognition leaves it open). An office
            // of a stateless body (`para pemimpin ASEAN`) stays stateless.
            country = home
                .or(foreign.filter(|_| self.foreign_title(d.role.as_ref())))
                .map(str::to_string)
                .or_else(|| role_default.map(str::to_string));
        }
        // Bodies naming no country, or a name any state's body bears
        // (`Mahkamah Agung`), in a story set in another country.
        if crate::home_country::body_at_home(self.lang, &d, &mut country, sector.as_deref(), home) {
            actor = None;
        }
        if country.is_none()
            && d.rule == crate::recognize::NAMED_ORG_RULE
            && !matches!(sector.as_deref(), Some("IGO"))
        {
            // `the DEM Party` in a story between Turkey and Iraq filed
            // from Ankara: the dominant country, else the dateline's, as
            // for an unqualified title.
            country = main_country.or(dateline).map(str::to_string);
        }
        let agent = d.rule == AGENT_NOUN_RULE;
        if agent && country.is_none() {
            // A bare `polisi` or `pemerintah` belongs to the story's main
            // country, else (a story between two countries) to the
            // dateline's: `JAKARTA - ... Polisi` is Indonesian police.
            country = main_country.or(foreign).or(dateline).map(str::to_string);
        }
        if actor.is_none() {
            actor = match (&country, &sector) {
                (Some(c), Some(s)) => Some(format!("{c}{s}")),
                (None, Some(s)) if agent || matches!(s.as_str(), "IGO" | "NGO" | "MED") => {
                    Some(s.clone())
                }
                (Some(c), None) => Some(c.clone()),
                _ => None,
            };
        }
        Entity {
            id: String::new(),
            kind: d.kind,
            canonical: d.canonical,
            role: role_text,
            country,
            sector,
            actor,
            mentions: d.mentions,
            geo,
            rule: d.rule.to_string(),
        }
    }
}

#[path = "resolve_definites.rs"]
mod definites;

#[path = "resolve_pairs.rs"]
mod pairs;

#[path = "resolve_story.rs"]
mod story;

/// A span whose only readings are towns or regions (no country, person, organisation).
fn is_town_only(s: &Span) -> bool {
    matches!(&s.found, Found::Known(t) if t.iter().all(|x| matches!(x, Target::Place(_) | Target::Region(_))))
}

/// A new person named by one word of another person's full name (`Kirby`
/// after `John Kirby`) is that person.
fn merge_partial_names(drafts: &mut Vec<Draft>) {
    let mut i = 0;
    while i < drafts.len() {
        let short = &drafts[i];
        let absorb = matches!(short.key, Key::NewPerson(_)) && !short.canonical.contains(' ');
        let target = absorb
            .then(|| {
                let w = short.canonical.to_lowercase();
                let owners: Vec<usize> = (0..drafts.len())
                    .filter(|&j| {
                        j != i
                            && drafts[j].kind == EntityType::Person
                            && drafts[j].canonical.split_whitespace().count() > 1
                            && drafts[j]
                                .canonical
                                .to_lowercase()
                                .split_whitespace()
                                .any(|x| x == w)
                    })
                    .collect();
                (owners.len() == 1).then(|| owners[0])
            })
            .flatten();
        match target {
            Some(j) => {
                let d = drafts.remove(i);
                let j = if j > i { j - 1 } else { j };
                drafts[j].mentions.extend(d.mentions);
                drafts[j].toks.extend(d.toks);
                if drafts[j].role.is_none() {
                    drafts[j].role = d.role;
                }
            }
            None => i += 1,
        }
    }
}

#[path = "resolve_titles.rs"]
mod titles;
