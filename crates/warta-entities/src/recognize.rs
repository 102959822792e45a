//! Finding names in a document: gazetteer n-grams, people introduced by a
//! role phrase or an honorific, and organisation phrases built from a role
//! head and a country (`badan intelijen Korea Selatan`).

use warta_core::TokenKind;

use crate::kb::Kb;
use crate::lang::{LangTables, RoleKind, undotted};
use crate::names::{MAX_NAME_TOKENS, Target};
use crate::roles::{Role, is_connector, is_not_name, is_role_word, parse_role, span_country};
use crate::targets::choose_targets;
use crate::tokens::Tok;

/// What a span of tokens was recognized as.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Found {
    /// Names from the knowledge base or language tables; several targets
    /// when a place name is ambiguous (geocoding picks one).
    Known(Vec<Target>),
    /// A person the knowledge base does not know.
    NewPerson,
    /// An organisation described by a role head and a country.
    NewOrg {
        country: Option<String>,
        sector: Option<String>,
    },
}

/// A recognized span of tokens `first..last`.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub first: usize,
    pub last: usize,
    pub found: Found,
    pub rule: &'static str,
    pub role: Option<Role>,
}

impl Span {
    /// A person span (known or new).
    pub fn is_person(&self) -> bool {
        match &self.found {
            Found::NewPerson => true,
            Found::Known(t) => matches!(t.first(), Some(Target::Person(_))),
            Found::NewOrg { .. } => false,
        }
    }

    /// A demonym-only span (`Russian`): a role word, not an entity.
    pub fn is_demonym(&self) -> bool {
        matches!(&self.found, Found::Known(t) if t.iter().all(|x| matches!(x, Target::Demonym(_))))
    }
}

/// Longest gazetteer names, left to right, one sentence at a time.
fn gazetteer_spans(lang: &LangTables, kb: &Kb, toks: &[Tok]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut i = 0;
    let mut key = String::new();
    let mut surface = String::new();
    while i < toks.len() {
        let t = &toks[i];
        let starts_name = t.is_capitalized()
            || (t.kind == warta_core::TokenKind::Word && t.text.starts_with(char::is_numeric));
        if !starts_name {
            i += 1;
            continue;
        }
        // The first word as written (`U.S.` may be several tokens; `TASS.` is
        // `TASS` and a full stop): try each token boundary.
        key.clear();
        let mut max_words = 0;
        for (n, u) in toks[i..].iter().enumerate() {
            let inner_punct = matches!(u.text, "." | "-" | "'" | "’");
            if n > 0
                && (u.space_before
                    || u.sentence != t.sentence
                    || (u.kind == TokenKind::Punct && !inner_punct))
            {
                break;
            }
            key.push_str(&u.lower);
            max_words = max_words.max(lang.names.max_words(&key).max(kb.names.max_words(&key)));
            // `ASEAN.` at the end of a sentence, kept whole as if an
            // abbreviation: the name without its full stop.
            if let Some(k) = key.strip_suffix('.').filter(|k| n == 0 && k.len() >= 2) {
                max_words = max_words.max(lang.names.max_words(k).max(kb.names.max_words(k)));
            }
        }
        if max_words == 0 {
            i += 1;
            continue;
        }
        key.clear();
        surface.clear();
        let mut words = 1;
        let mut best: Option<(usize, Vec<Target>)> = None;
        for (n, u) in toks[i..].iter().take(MAX_NAME_TOKENS).enumerate() {
            if u.sentence != t.sentence {
                break;
            }
            if n > 0 && u.space_before {
                words += 1;
                if words > max_words {
                    break;
                }
                key.push(' ');
                surface.push(' ');
            }
            key.push_str(&u.lower);
            surface.push_str(u.text);
            // A name never ends on punctuation other than an abbreviation dot.
            if u.kind == warta_core::TokenKind::Punct && u.text != "." {
                continue;
            }
            let mut targets: Vec<Target> = lang
                .names
                .get(&key, &surface)
                .chain(kb.names.get(&key, &surface))
                .collect();
            if targets.is_empty() && u.text.len() > 2 && u.text.ends_with('.') {
                // `ASEAN.`: the name before the sentence's full stop.
                let (k, s) = (&key[..key.len() - 1], &surface[..surface.len() - 1]);
                targets.extend(lang.names.get(k, s).chain(kb.names.get(k, s)));
            }
            if targets.is_empty() && n > 0 {
                // `South Korea's military`: the tokenizer keeps the
                // possessive on the last word of a multi-word name (a
                // one-word `Taiwan's` is left to the possessive rules).
                if let (Some(k), Some(s)) = (possessive_cut(&key), possessive_cut(&surface)) {
                    targets.extend(lang.names.get(k, s).chain(kb.names.get(k, s)));
                }
            }
            if !targets.is_empty() {
                best = Some((n + 1, targets));
            }
        }
        match best {
            Some((n, targets)) => {
                let targets = choose_targets(targets);
                let rule = match targets[0] {
                    Target::Person(_) => "entities:kb:person",
                    Target::Org(_) => "entities:gazetteer:org",
                    Target::Country(_) => "entities:gazetteer:country",
                    Target::Demonym(_) => "entities:gazetteer:demonym",
                    Target::Region(_) => "entities:gazetteer:region",
                    Target::Place(_) => "entities:gazetteer:place",
                };
                spans.push(Span {
                    first: i,
                    last: i + n,
                    found: Found::Known(targets),
                    rule,
                    role: None,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    spans
}

/// `x` without a final possessive `'s`.
fn possessive_cut(x: &str) -> Option<&str> {
    x.strip_suffix("'s").or_else(|| x.strip_suffix("’s"))
}

/// Token -> index of the span covering it.
pub(crate) fn coverage(spans: &[Span], len: usize) -> Vec<Option<usize>> {
    let mut cover = vec![None; len];
    for (ix, s) in spans.iter().enumerate() {
        for c in cover.iter_mut().take(s.last).skip(s.first) {
            c.get_or_insert(ix);
        }
    }
    cover
}

struct Ctx<'a> {
    lang: &'a LangTables,
    kb: &'a Kb,
    toks: &'a [Tok<'a>],
    spans: &'a [Span],
    cover: &'a [Option<usize>],
}

impl Ctx<'_> {
    fn spans_in(&self, a: usize, b: usize) -> Vec<&Span> {
        self.spans
            .iter()
            .filter(|s| s.first >= a && s.last <= b)
            .collect()
    }

    /// A role phrase ending right before token `s` (an optional comma between).
    fn role_before(&self, s: usize) -> Option<Role> {
        let sent = self.toks[s].sentence;
        let mut j = s;
        let mut end = s;
        let mut possessive = None;
        let mut comma_crossed = false;
        if j > 0 && self.toks[j - 1].is_comma() && self.toks[j - 1].sentence == sent {
            j -= 1;
            end = j;
        } else if j > 0 && self.toks[j - 1].text == ")" {
            // `Wakil Menteri Keuangan (Wamenkeu) Bambang`: the title's
            // abbreviation in brackets stands between the title and the name.
            let open = (j.saturating_sub(5)..j - 1)
                .rev()
                .find(|&i| matches!(self.toks[i].text, "(" | ")"))
                .filter(|&i| self.toks[i].text == "(" && self.toks[i].sentence == sent);
            if let Some(open) = open {
                j = open;
                end = open;
            }
        }
        while j > 0 && self.toks[j - 1].sentence == sent {
            let prev = &self.toks[j - 1];
            if let Some(sp) = self.cover[j - 1].map(|ix| &self.spans[ix]) {
                // `kuasa hukum Hendra, Yusuf Harahap`: a person right before
                // the comma, after a title, is whose the title is.
                let possessor = sp.is_person()
                    && j == end
                    && end < s
                    && sp.first > 0
                    && self.toks[sp.first - 1].sentence == sent
                    && self.cover[sp.first - 1].is_none()
                    && is_role_word(self.lang, &self.toks[sp.first - 1])
                    && !is_connector(self.lang, &self.toks[sp.first - 1]);
                if sp.is_person() && !possessor {
                    break;
                }
                j = sp.first;
            } else if is_role_word(self.lang, prev) {
                j -= 1;
            } else if let Some(q) = self.org_name_start(j - 1) {
                // `Kementerian Unifikasi Korea Selatan`: capitalized words after an
                // organisation head belong to the organisation's name.
                j = q;
            } else if prev.is_comma()
                && !comma_crossed
                && j < end
                && j >= 2
                && self.toks[j - 2].sentence == sent
                && self.cover[j - 2].is_none()
                && is_role_word(self.lang, &self.toks[j - 2])
                && !is_connector(self.lang, &self.toks[j - 2])
            {
                // `Pakistan's military spokesman, Lieutenant General Ahmed`:
                // a rank after an office in apposition; the office is the
                // person's too (and says whose).
                comma_crossed = true;
                j -= 1;
            } else {
                // `Timor-Leste's Prime Minister`: a possessive country opens the
                // title and gives its country (it is not a span yet).
                if j < end {
                    possessive = possessive_country(self, prev);
                }
                break;
            }
        }
        while j < end && is_connector(self.lang, &self.toks[j]) {
            j += 1;
        }
        // A name never follows an organisation head directly (`Kementerian Unifikasi`).
        if end > j && self.is_org_head(&self.toks[end - 1]) {
            return None;
        }
        let role = parse_role(
            self.lang,
            self.kb,
            self.toks,
            j,
            end,
            &self.spans_in(j, end),
        )?;
        let mut role = role;
        if role.country.is_none() {
            role.country = possessive.map(str::to_string);
        }
        role.person_title.then_some(role)
    }

    fn is_org_head(&self, t: &Tok) -> bool {
        self.lang
            .roles
            .get(&*t.lower)
            .is_some_and(|e| e.kind == RoleKind::Org)
    }

    /// When token `k` ends a run of unknown capitalized words that follows an
    /// organisation head, the index of the head.
    fn org_name_start(&self, k: usize) -> Option<usize> {
        let sent = self.toks[k].sentence;
        let unknown_name_word = |i: usize| {
            let t = &self.toks[i];
            t.sentence == sent
                && t.is_capitalized()
                && self.cover[i].is_none()
                && !is_role_word(self.lang, t)
        };
        let mut q = k + 1;
        while q > 0 && unknown_name_word(q - 1) {
            q -= 1;
        }
        let head = q.checked_sub(1)?;
        (q <= k && self.toks[head].sentence == sent && self.is_org_head(&self.toks[head]))
            .then_some(head)
    }

    /// A role phrase in apposition after token `e` (`Shoigu, Menteri Pertahanan Rusia,`).
    fn role_after(&self, e: usize) -> Option<Role> {
        let comma = self.toks.get(e)?;
        if !comma.is_comma() {
            return None;
        }
        let sent = comma.sentence;
        let mut k = e + 1;
        while k < self.toks.len()
            && self.toks[k].sentence == sent
            && is_connector(self.lang, &self.toks[k])
        {
            k += 1;
        }
        let mut start = k;
        // `Iran's foreign ministry spokesman`, `the Taliban administration's
        // chief spokesman`: a possessive owner opens the role and says whose.
        let mut owner = None;
        while k < self.toks.len() && self.toks[k].sentence == sent {
            if let Some(sp) = self.cover[k].map(|ix| &self.spans[ix]) {
                if sp.is_person() {
                    break;
                }
                k = sp.last;
            } else if is_role_word(self.lang, &self.toks[k]) {
                k += 1;
            } else if let Some(c) = owner
                .is_none()
                .then(|| self.possessive_owner(start, k))
                .flatten()
            {
                owner = Some(c);
                k += 1;
                start = k;
            } else {
                break;
            }
        }
        while k > start && is_connector(self.lang, &self.toks[k - 1]) {
            k -= 1;
        }
        let mut role = parse_role(
            self.lang,
            self.kb,
            self.toks,
            start,
            k,
            &self.spans_in(start, k),
        )?;
        if role.country.is_none() {
            role.country = owner.map(str::to_string);
        }
        role.person_title.then_some(role)
    }

    /// Is the token before `s` an honorific (`Pak`, `Mr.`)?
    fn honorific_before(&self, s: usize) -> bool {
        let mut j = s;
        if j > 0 && self.toks[j - 1].text == "." {
            j -= 1;
        }
        j > 0
            && self.toks[j - 1].sentence == self.toks[s].sentence
            && self
                .lang
                .honorifics
                .contains(&undotted(self.toks[j - 1].text))
    }

    /// Can token `i` be part of an unknown person's name?
    fn name_token(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_capitalized()
            && (self.cover[i].is_none() || self.small_town_word(i))
            && !is_role_word(self.lang, t)
            && !self.lang.honorifics.contains(&*t.lower)
            && !is_not_name(self.lang, t)
    }

    /// Token `i` alone is a span whose only readings are small towns: next to
    /// other name words it is more likely a surname (`Maria Lopez`).
    fn small_town_word(&self, i: usize) -> bool {
        let Some(sp) = self.cover[i].map(|ix| &self.spans[ix]) else {
            return false;
        };
        sp.first == i
            && sp.last == i + 1
            && matches!(&sp.found, Found::Known(t) if t.iter().all(|x| match *x {
                Target::Place(p) => {
                    let p = &self.kb.places[p as usize];
                    p.population < SURNAME_TOWN_MAX_POPULATION && p.feature != "PPLC"
                }
                _ => false,
            }))
    }
}

/// Towns smaller than this may be surnames when next to other name words.
const SURNAME_TOWN_MAX_POPULATION: u64 = 100_000;

/// Rule of a person introduced by a nationality apposition.
pub(crate) const NATIONALITY_RULE: &str = "entities:role:nationality";

/// Rule id of names found by the statistical tagger.
pub(crate) const TAGGER_RULE: &str = "entities:ner:perceptron";

/// Longest person name: at most this many capitalized tokens.
pub(crate) const MAX_NEW_NAME_TOKENS: usize = 4;

/// `Muhammad Iskandar`: a one-word small-town reading right next to an
/// unknown capitalized word is part of a name, not a place.
fn drop_towns_inside_names(lang: &LangTables, kb: &Kb, toks: &[Tok], spans: &mut Vec<Span>) {
    let cover = coverage(spans, toks.len());
    let name_word = |i: usize| {
        let t = &toks[i];
        cover[i].is_none() && t.is_capitalized() && !is_role_word(lang, t) && !is_not_name(lang, t)
    };
    spans.retain(|s| {
        let small_town = s.last == s.first + 1
            && matches!(&s.found, Found::Known(t) if t.iter().all(|x| match *x {
                Target::Place(p) => {
                    let p = &kb.places[p as usize];
                    p.population < SURNAME_TOWN_MAX_POPULATION && p.feature != "PPLC"
                }
                _ => false,
            }));
        if !small_town {
            return true;
        }
        let (i, sent) = (s.first, toks[s.first].sentence);
        let before =
            i > 0 && toks[i - 1].sentence == sent && toks[i].space_before && name_word(i - 1);
        let after = i + 1 < toks.len()
            && toks[i + 1].sentence == sent
            && toks[i + 1].space_before
            && name_word(i + 1);
        !(before || after)
    });
}

/// `Bupati Lampung Timur Hendra Wijaya`: a place followed by a district
/// suffix (`Timur`, setting `place_suffixes`) names the district, so the
/// suffix joins the place, and a tagged name that took it in
/// (`Timur Hendra Wijaya`) gives it up. `spans` are sorted by first token.
fn place_suffixes(lang: &LangTables, toks: &[Tok], spans: &mut [Span]) {
    if lang.place_suffixes.is_empty() {
        return;
    }
    let mut k = 0;
    while k < spans.len() {
        let s = &spans[k];
        let at = s.last;
        let suffix = is_town_only(s)
            && toks.get(at).is_some_and(|t| {
                t.sentence == toks[s.first].sentence
                    && t.space_before
                    && t.is_capitalized()
                    && lang.place_suffixes.contains(&*t.lower)
            });
        if !suffix {
            k += 1;
            continue;
        }
        // What else covers the suffix: nothing, or a tagged name of two or
        // more words starting with it.
        let next = spans.iter().position(|n| n.first <= at && at < n.last);
        match next {
            None => spans[k].last += 1,
            Some(n)
                if spans[n].rule == TAGGER_RULE
                    && spans[n].first == at
                    && spans[n].last >= at + 2 =>
            {
                spans[n].first += 1;
                spans[k].last += 1;
            }
            Some(_) => {}
        }
        k += 1;
    }
}

/// A span whose only readings are towns or regions.
fn is_town_only(s: &Span) -> bool {
    matches!(&s.found, Found::Known(t) if !t.is_empty() && t.iter().all(|x| matches!(x, Target::Place(_) | Target::Region(_))))
}

/// Finds every name span in the document.
pub(crate) fn recognize(
    lang: &LangTables,
    kb: &Kb,
    toks: &[Tok],
    tagger: Option<&warta_ner::NerModel>,
) -> Vec<Span> {
    let mut spans = gazetteer_spans(lang, kb, toks);
    countries::drop_currency_countries(lang, kb, toks, &mut spans);
    hyphens::drop_word_towns(lang, kb, toks, &mut spans);
    drop_towns_inside_names(lang, kb, toks, &mut spans);
    hyphens::drop_places_after_particles(lang, toks, &mut spans);
    domestic::headed_orgs(lang, kb, toks, &mut spans);
    named_orgs::named_orgs(lang, kb, toks, &mut spans);
    acronyms::defined_acronyms(toks, &mut spans);
    if let Some(tagger) = tagger {
        let tagged = crate::tagged::tagger_spans(lang, toks, &spans, tagger);
        spans.extend(tagged);
        spans.sort_by_key(|s| s.first);
    }
    place_suffixes(lang, toks, &mut spans);
    initials::initials(lang, kb, toks, &mut spans);
    // Journalists' names in a credit line are people, whatever else the
    // gazetteer or the tagger make of them.
    let credit = crate::credits::credit_tokens(lang, toks);
    spans.retain(|s| !credit[s.first..s.last].iter().any(|&c| c));
    let cover = coverage(&spans, toks.len());

    // Roles of known people, and people introduced by a role or an honorific.
    let mut new_spans = Vec::new();
    let mut roles: Vec<(usize, Role)> = Vec::new();
    // Nationality appositions (`, a Russian national`): no group of their own.
    let mut appositions: Vec<(usize, usize)> = Vec::new();
    {
        let ctx = Ctx {
            lang,
            kb,
            toks,
            spans: &spans,
            cover: &cover,
        };
        for (ix, s) in spans.iter().enumerate() {
            // A person's title before a tagged "organisation" makes it a person.
            let tagged_org = s.rule == TAGGER_RULE && matches!(s.found, Found::NewOrg { .. });
            // Initials took their role from what follows their cue.
            if (s.is_person() || tagged_org) && s.rule != initials::INITIALS_RULE {
                if let Some(r) = ctx.role_before(s.first).or_else(|| ctx.role_after(s.last)) {
                    roles.push((ix, r));
                } else if let Some((r, end)) = ctx.nationality_after(s.last) {
                    appositions.push((s.last, end));
                    roles.push((ix, r));
                }
            }
        }
        let mut i = 0;
        while i < toks.len() {
            if !ctx.name_token(i) && !ctx.titled_name_start(i) && !ctx.titled_town_start(i) {
                i += 1;
                continue;
            }
            // A run must hold at least one word no gazetteer knows.
            let mut b = i + 1;
            while b < toks.len()
                && toks[b].sentence == toks[i].sentence
                && ctx.name_token(b)
                && toks[b].space_before
            {
                b += 1;
            }
            b = ctx.extend_titled_name(i, b);
            let all_towns = (i..b).all(|k| cover[k].is_some());
            if b - i <= MAX_NEW_NAME_TOKENS && !all_towns {
                let (role, rule) = match ctx.role_before(i) {
                    _ if credit[i] => (None, Some("entities:credit")),
                    Some(r) => (Some(r), Some("entities:role:title")),
                    None if ctx.honorific_before(i) => (None, Some("entities:honorific")),
                    None if b - i >= 2 => match ctx.role_after(b) {
                        Some(r) => (Some(r), Some("entities:role:apposition")),
                        None => match ctx.nationality_after(b) {
                            Some((r, end)) => {
                                appositions.push((b, end));
                                (Some(r), Some(NATIONALITY_RULE))
                            }
                            None => (None, None),
                        },
                    },
                    None => (None, None),
                };
                if let Some(rule) = rule {
                    new_spans.push(Span {
                        first: i,
                        last: b,
                        found: Found::NewPerson,
                        rule,
                        role,
                    });
                }
            }
            i = b;
        }
        new_spans.extend(org_phrases(&ctx));
        let mut agents = agent_phrases(&ctx, &new_spans);
        agents.retain(|s| {
            !appositions
                .iter()
                .any(|&(a, b)| a <= s.first && s.last <= b)
        });
        new_spans.extend(agents);
        let unnamed = domestic::unnamed_roles(&ctx, &new_spans);
        new_spans.extend(unnamed);
        let possessives = countries::possessive_countries(&ctx, &new_spans);
        new_spans.extend(possessives);
        let modifiers = countries::demonym_modifiers(&ctx, &new_spans);
        new_spans.extend(modifiers);
        let hyphenated = hyphens::hyphen_modifiers(&ctx, &new_spans);
        new_spans.extend(hyphenated);
    }
    for (ix, r) in roles {
        if matches!(spans[ix].found, Found::NewOrg { .. }) {
            spans[ix].found = Found::NewPerson;
        }
        spans[ix].role = Some(r);
    }
    // Town readings swallowed by a new person's name go.
    spans.retain(|s| {
        !matches!(s.found, Found::Known(_))
            || s.is_person()
            || !new_spans
                .iter()
                .any(|p| p.found == Found::NewPerson && p.first <= s.first && s.last <= p.last)
    });
    spans.extend(new_spans);
    spans.sort_by_key(|s| (s.first, std::cmp::Reverse(s.last)));
    spans
}

/// `badan intelijen Korea Selatan`, `pemerintah Rusia`, `South Korea's intelligence agency`.
fn org_phrases(ctx: &Ctx) -> Vec<Span> {
    let (lang, toks) = (ctx.lang, ctx.toks);
    let country_span_at = |k: usize| -> Option<&Span> {
        let sp = &ctx.spans[ctx.cover.get(k).copied().flatten()?];
        (sp.first == k
            && matches!(&sp.found, Found::Known(t) if t.iter().any(|x| matches!(x, Target::Country(_) | Target::Demonym(_))))
            && !sp.is_person()
            && span_country(ctx.kb, sp).is_some())
        .then_some(sp)
    };
    // Longest org head starting at k: (end, sector).
    let org_head = |k: usize| -> Option<(usize, Option<String>)> {
        // Cheap test first: most tokens are not role words at all (memoized per token).
        if !is_role_word(lang, &toks[k]) {
            return None;
        }
        let mut best = None;
        // `join_lower(toks, k, k + n)`, grown one token at a time.
        let mut key = String::with_capacity(64);
        for n in 1..=lang.max_role_words.min(toks.len() - k) {
            let t = &toks[k + n - 1];
            if t.sentence != toks[k].sentence {
                break;
            }
            if n > 1 && t.space_before {
                // A whole word (spaces on both sides) that no role phrase
                // has ends every longer key too: stop before the lookups.
                let whole = toks
                    .get(k + n)
                    .is_none_or(|u| u.space_before || u.sentence != t.sentence);
                if whole && !is_role_word(lang, t) {
                    break;
                }
                key.push(' ');
            }
            key.push_str(&t.lower);
            if let Some(e) = lang.roles.get(key.as_str()) {
                if e.kind == RoleKind::Org {
                    best = Some((k + n, e.sector.clone()));
                }
            }
        }
        best
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if ctx.cover[k].is_some() {
            // English order: country or demonym, optional 's, then the head.
            if let Some(c) = country_span_at(k) {
                let mut h = c.last;
                if toks
                    .get(h)
                    .is_some_and(|t| t.text == "'s" || t.text == "’s")
                {
                    h += 1;
                } else if toks.get(h).is_some_and(|t| t.text == "'" || t.text == "’")
                    && toks.get(h + 1).is_some_and(|t| t.lower == "s")
                {
                    h += 2;
                }
                if h < toks.len() && ctx.cover[h].is_none() && toks[h].sentence == toks[k].sentence
                {
                    if let Some((end, sector)) = org_head(h) {
                        out.push(Span {
                            first: k,
                            last: end,
                            found: Found::NewOrg {
                                country: span_country(ctx.kb, c).map(str::to_string),
                                sector,
                            },
                            rule: "entities:role:org",
                            role: None,
                        });
                        k = end;
                        continue;
                    }
                }
            }
            k += 1;
            continue;
        }
        // Indonesian order: head, then the country (not followed by the organisation's own name).
        if let Some((end, sector)) = org_head(k) {
            if let Some(c) =
                country_span_at(end).filter(|c| toks[c.first].sentence == toks[k].sentence)
            {
                let named_after = toks
                    .get(c.last)
                    .is_some_and(|t| t.sentence == toks[k].sentence && t.is_capitalized());
                if !named_after {
                    out.push(Span {
                        first: k,
                        last: c.last,
                        found: Found::NewOrg {
                            country: span_country(ctx.kb, c).map(str::to_string),
                            sector,
                        },
                        rule: "entities:role:org",
                        role: None,
                    });
                    k = c.last;
                    continue;
                }
            }
            k = end;
            continue;
        }
        k += 1;
    }
    out
}

#[path = "recognize_agents.rs"]
mod agents;
pub(crate) use agents::{
    AGENT_COUNTRY_RULE, AGENT_DEMONYM_RULE, AGENT_NOUN_RULE, AGENT_POSSESSED_RULE,
    possessive_clitic_at,
};
use agents::{
    agent_phrases, possessive_capital_index, possessive_country, possessive_country_index,
};
pub(crate) use domestic::{HEADED_ORG_RULE, UNNAMED_ROLE_RULE};
pub(crate) use initials::INITIALS_RULE;

#[path = "recognize_domestic.rs"]
mod domestic;

#[path = "recognize_countries.rs"]
mod countries;

#[path = "recognize_initials.rs"]
mod initials;

#[path = "recognize_nationality.rs"]
mod nationality;

#[path = "recognize_acronyms.rs"]
mod acronyms;
#[path = "recognize_named_orgs.rs"]
mod named_orgs;
pub(crate) use acronyms::ACRONYM_RULE;
pub(crate) use named_orgs::NAMED_ORG_RULE;
#[path = "recognize_titled.rs"]
mod titled;

#[path = "recognize_hyphens.rs"]
mod hyphens;
pub(crate) use hyphens::HYPHEN_MODIFIER_RULE;

#[cfg(test)]
#[path = "recognize_tests.rs"]
mod tests;
