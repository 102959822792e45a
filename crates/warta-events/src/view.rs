//! A sentence as the coder sees it: words with code point spans and the
//! actor arguments (entity mentions, resolved pronouns and `kedua negara`
//! anaphors) laid over them.

use warta_core::{Document, EntityType, TextIndex};

use crate::tables::Syntax;

/// One word or punctuation mark of a sentence.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Lower-cased text (a slice of the sentence's shared lower-case buffer).
    pub lower: &'a str,
    /// The punctuation character, for punctuation tokens.
    pub punct: Option<char>,
    /// Starts with an upper-case letter (titles, names).
    pub capitalized: bool,
}

/// An actor argument: one or more entities referred to by one span.
#[derive(Debug, Clone)]
pub struct Arg {
    /// First word index.
    pub w0: usize,
    /// Last word index (inclusive).
    pub w1: usize,
    /// Entity indexes into `doc.entities` (two for `kedua negara`).
    pub members: Vec<usize>,
    /// True when resolved by the coder (pronoun, plural anaphor) rather than by a mention.
    pub resolved: bool,
    /// First word of the person's title right before the mention
    /// (`Menteri Luar Negeri Australia Penny Wong`, `Australian Foreign
    /// Minister Penny Wong`), else `w0`: conjuncts of `X and <title> Y` are
    /// joined across it.
    pub title_w0: usize,
}

/// Most words of a title before a person's name (`Menteri Koordinator
/// Bidang Politik dan Keamanan`).
const MAX_TITLE_WORDS: usize = 10;

/// A doc-wide mention of an actor entity.
#[derive(Debug, Clone, Copy)]
pub struct MentionAt {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Entity index.
    pub entity: usize,
}

/// Is entity `entity` of `doc` a place?
pub fn is_place(doc: &Document, entity: usize) -> bool {
    doc.entities
        .get(entity)
        .is_some_and(|e| e.kind == warta_core::EntityType::Location)
}

/// The actor code of an entity: its own, else its country.
pub fn actor_code(doc: &Document, entity: usize) -> Option<String> {
    actor_code_str(doc, entity).map(str::to_string)
}

/// [`actor_code`], borrowed from the document.
pub(crate) fn actor_code_str(doc: &Document, entity: usize) -> Option<&str> {
    let e = doc.entities.get(entity)?;
    e.actor.as_deref().or(e.country.as_deref())
}

/// The country of an entity's actor code (its first three letters).
pub(crate) fn actor_country(doc: &Document, entity: usize) -> Option<String> {
    actor_code(doc, entity).map(|c| c.chars().take(3).collect())
}

/// Actor codes `a` and `b` name the same actor: equal, or one is the bare
/// country of the other (`RUS` and `RUSGOV`). A government and its own
/// military or judiciary are different actors; an empty code is no actor and
/// the same as none.
pub(crate) fn same_actor(a: &str, b: &str) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && (a == b || (a.len() == 3 && b.starts_with(a)) || (b.len() == 3 && a.starts_with(b)))
}

/// Every mention of an entity with an actor code, in text order.
pub fn actor_mentions(doc: &Document) -> Vec<MentionAt> {
    let mut out = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        // `actor_code(doc, i).is_none()` without cloning the code.
        if e.actor.is_none() && e.country.is_none() {
            continue;
        }
        for m in &e.mentions {
            out.push(MentionAt {
                start: m.start,
                end: m.end,
                sentence: m.sentence,
                entity: i,
            });
        }
    }
    out.sort_by_key(|m| (m.start, m.end, m.entity));
    out
}

/// A sentence's words and arguments.
#[derive(Debug)]
pub struct SentenceView<'a> {
    /// Sentence index.
    pub sentence: usize,
    /// Words in order.
    pub words: Vec<Word<'a>>,
    /// Arguments.
    pub args: Vec<Arg>,
    /// For each word, the argument covering it.
    pub arg_at: Vec<Option<usize>>,
    /// For each word, whether any entity mention covers it, with or without
    /// an actor code: a word of a name (`Rapid Support Forces`) is no trigger.
    pub in_name: Vec<bool>,
}

/// A token before its lower-case text is sliced out of the buffer.
struct RawToken {
    start: usize,
    end: usize,
    lower: (usize, usize),
    punct: Option<char>,
    capitalized: bool,
}

/// Splits `text` (starting at code point `char_start`) into words and
/// punctuation, writing their lower-case forms into `buf` (one allocation per
/// sentence instead of one per word).
fn tokenize<'b>(text: &str, char_start: usize, buf: &'b mut String) -> Vec<Word<'b>> {
    buf.clear();
    buf.reserve(text.len());
    let mut raw: Vec<RawToken> = Vec::with_capacity(text.len() / 5);
    let mut cur: Option<(usize, usize, bool)> = None; // (start, buf start, capitalized)
    let bytes = text.as_bytes();
    // Byte offset and code point count of the next character.
    let (mut at, mut len) = (0, 0);
    while at < bytes.len() {
        // Most of a news text is runs of ASCII letters and digits: copy a
        // run at once and lower it in place instead of char by char.
        if bytes[at].is_ascii_alphanumeric() {
            let run_end = bytes[at..]
                .iter()
                .position(|x| !x.is_ascii_alphanumeric())
                .map_or(bytes.len(), |k| at + k);
            if cur.is_none() {
                cur = Some((char_start + len, buf.len(), bytes[at].is_ascii_uppercase()));
            }
            let from = buf.len();
            buf.push_str(&text[at..run_end]);
            buf[from..].make_ascii_lowercase();
            len += run_end - at;
            at = run_end;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let pos = char_start + len;
        len += 1;
        at += c.len_utf8();
        let inner = (c == '-' || c == '\'' || c == '’')
            && cur.is_some()
            && text[at..].chars().next().is_some_and(char::is_alphanumeric);
        // `U.S.`, `U.N.`: the periods of an initialism belong to the word;
        // as punctuation they would end the clause in the middle of `who
        // met U.S. envoy Tom Barrack,` and hide the subject before it.
        let dotted = c == '.' && cur.is_some_and(|(_, b, _)| initialism(&buf[b..]));
        let next_letter = text[at..].chars().next().is_some_and(char::is_alphabetic);
        if dotted && !next_letter && buf[cur.map_or(0, |x| x.1)..].contains('.') {
            // The closing period of `U.S.`: part of the word, which ends here.
            buf.push('.');
            if let Some((s, b, cap)) = cur.take() {
                raw.push(RawToken {
                    start: s,
                    end: pos + 1,
                    lower: (b, buf.len()),
                    punct: None,
                    capitalized: cap,
                });
            }
            continue;
        }
        if c.is_alphanumeric() || inner || (dotted && next_letter) {
            if cur.is_none() {
                cur = Some((pos, buf.len(), c.is_uppercase()));
            }
            // ASCII first: most words are, and `to_lowercase` is a table search.
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(c.to_lowercase());
            }
            continue;
        }
        if let Some((s, b, cap)) = cur.take() {
            raw.push(RawToken {
                start: s,
                end: pos,
                lower: (b, buf.len()),
                punct: None,
                capitalized: cap,
            });
        }
        if !c.is_whitespace() {
            let b = buf.len();
            buf.push(c);
            raw.push(RawToken {
                start: pos,
                end: pos + 1,
                lower: (b, buf.len()),
                punct: Some(c),
                capitalized: false,
            });
        }
    }
    if let Some((s, b, cap)) = cur {
        raw.push(RawToken {
            start: s,
            end: char_start + len,
            lower: (b, buf.len()),
            punct: None,
            capitalized: cap,
        });
    }
    let buf: &'b str = buf;
    raw.into_iter()
        .map(|r| Word {
            start: r.start,
            end: r.end,
            lower: &buf[r.lower.0..r.lower.1],
            punct: r.punct,
            capitalized: r.capitalized,
        })
        .collect()
}

/// Is `word` (lower-cased, so far) an initialism being read, single
/// letters joined by periods (`u`, `u.s`), whose next period belongs to it?
fn initialism(word: &str) -> bool {
    word.split('.')
        .all(|seg| seg.chars().count() == 1 && seg.chars().all(char::is_alphabetic))
}

impl<'a> SentenceView<'a> {
    /// Builds the view of sentence `sentence` spanning code points `start..end`.
    pub fn new(
        doc: &Document,
        index: &TextIndex,
        sentence: usize,
        (start, end): (usize, usize),
        mentions: &[MentionAt],
        syntax: &Syntax,
        buf: &'a mut String,
    ) -> Self {
        let (b0, b1) = (index.byte_offset(start), index.byte_offset(end));
        let words = tokenize(doc.text.get(b0..b1).unwrap_or(""), start, buf);
        let mut view = SentenceView {
            sentence,
            arg_at: vec![None; words.len()],
            in_name: vec![false; words.len()],
            words,
            args: Vec::new(),
        };
        // Mentions in this sentence, grouped by span (one span may name two entities).
        let lo = mentions.partition_point(|m| m.end <= start);
        let mut i = lo;
        while i < mentions.len() && mentions[i].start < end {
            let m = mentions[i];
            let mut members = vec![m.entity];
            let mut j = i + 1;
            while j < mentions.len() && mentions[j].start == m.start && mentions[j].end == m.end {
                if !members.contains(&mentions[j].entity) {
                    members.push(mentions[j].entity);
                }
                j += 1;
            }
            view.add_arg(m.start, m.end, members, false);
            i = j;
        }
        view.mark_names(doc);
        view.mark_titles(doc, syntax);
        view.resolve_anaphors(doc, mentions, syntax);
        crate::subject_aids::resolve_owned_agents(&mut view, doc, mentions, syntax);
        view
    }

    /// Sets `title_w0` of each person mentioned right after the title the
    /// entity stage found for them (the role's letters and digits, ignoring
    /// case, spaces and punctuation, end right before the mention).
    ///
    /// A relational title the entity stage cannot see (`his Australian
    /// counterpart Penny Wong`, `mitranya dari Australia`) counts too: a
    /// `title_word` right before the name, with determiners and place names
    /// before it.
    fn mark_titles(&mut self, doc: &Document, syntax: &Syntax) {
        for a in 0..self.args.len() {
            let w0 = self.args[a].w0;
            if self.args[a].resolved
                || w0 == 0
                || !syntax.title_words.contains(self.words[w0 - 1].lower)
            {
                continue;
            }
            let mut j = w0 - 1;
            while j > 0 && w0 - j < MAX_TITLE_WORDS {
                let w = &self.words[j - 1];
                let place = self.arg_at[j - 1]
                    .is_some_and(|p| self.args[p].members.iter().all(|&m| is_place(doc, m)));
                if !(place || (w.punct.is_none() && syntax.determiners.contains(w.lower))) {
                    break;
                }
                j -= 1;
            }
            self.args[a].title_w0 = j;
        }
        for arg in &mut self.args {
            if arg.title_w0 != arg.w0 {
                continue;
            }
            let [e] = arg.members[..] else { continue };
            let Some(role) = doc.entities.get(e).and_then(|e| e.role.as_deref()) else {
                continue;
            };
            let key: Vec<char> = role
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            let mut have = 0;
            for j in (arg.w0.saturating_sub(MAX_TITLE_WORDS)..arg.w0).rev() {
                // Compared in place: this runs for every titled person of
                // every sentence.
                let letters = || self.words[j].lower.chars().filter(|c| c.is_alphanumeric());
                let n = letters().count();
                if n > key.len() - have
                    || !letters().eq(key[key.len() - have - n..key.len() - have].iter().copied())
                {
                    break;
                }
                have += n;
                if have == key.len() {
                    arg.title_w0 = j;
                    break;
                }
            }
        }
    }

    /// Marks the words covered by any entity mention of this sentence.
    fn mark_names(&mut self, doc: &Document) {
        let spans = doc
            .entities
            .iter()
            .flat_map(|e| &e.mentions)
            .filter(|m| m.sentence == self.sentence);
        for m in spans {
            let w0 = self.words.partition_point(|w| w.end <= m.start);
            let w1 = self.words.partition_point(|w| w.start < m.end);
            for k in w0..w1 {
                self.in_name[k] = true;
            }
        }
    }

    /// Adds an argument over code points `start..end` unless a word of it
    /// is covered already.
    pub(crate) fn add_arg(
        &mut self,
        start: usize,
        end: usize,
        members: Vec<usize>,
        resolved: bool,
    ) {
        // Words are in text order: binary search the first and last covered word.
        let w0 = self.words.partition_point(|w| w.end <= start);
        let w1 = self.words.partition_point(|w| w.start < end);
        if w0 >= w1 {
            return;
        }
        let w1 = w1 - 1;
        if (w0..=w1).any(|k| self.arg_at[k].is_some()) {
            return; // overlapping mentions: keep the first (longest-first order)
        }
        let id = self.args.len();
        self.args.push(Arg {
            w0,
            w1,
            members,
            resolved,
            title_w0: w0,
        });
        for k in w0..=w1 {
            self.arg_at[k] = Some(id);
        }
    }

    /// Pronouns and `kedua negara`-style phrases that no entity mention covers.
    fn resolve_anaphors(&mut self, doc: &Document, mentions: &[MentionAt], syntax: &Syntax) {
        // The latest pair this sentence's `both sides` resolved to: an
        // object pronoun after it (`urged them`) is the same pair.
        let mut last_pair: Option<Vec<usize>> = None;
        let mut k = 0;
        while k < self.words.len() {
            if self.arg_at[k].is_some() {
                k += 1;
                continue;
            }
            let pos = self.words[k].start;
            let first = self.words[k].lower;
            if !syntax.anaphor_first_filter.may_contain(first)
                || !syntax.anaphor_firsts.contains(first)
            {
                k += 1;
                continue;
            }
            // `"Pasukan kami membalas," kata juru bicara militer India`: a
            // first-person pronoun in a direct quote is its speaker.
            if syntax.pronouns_speaker.contains(first) {
                if let Some(e) = quote_speaker_at(doc, pos) {
                    let end = self.words[k].end;
                    self.add_arg(pos, end, vec![e], true);
                }
                k += 1;
                continue;
            }
            let anaphor = syntax.plural_anaphors.iter().find_map(|(ws, ty)| {
                (ws[0] == first
                    && ws.len() <= self.words.len() - k
                    && ws
                        .iter()
                        .enumerate()
                        .all(|(o, w)| self.words[k + o].lower == w.as_str()))
                .then_some((ws.len(), ty.as_str()))
            });
            let is_pronoun =
                syntax.pronouns_sg.contains(first) || syntax.pronouns_pl.contains(first);
            let definite = syntax.definite_anaphors.iter().find_map(|(ws, want)| {
                (ws.len() <= self.words.len() - k
                    && ws
                        .iter()
                        .enumerate()
                        .all(|(o, w)| self.words[k + o].lower == w.as_str()))
                .then_some((ws.len(), want.as_str()))
            });
            if anaphor.is_none() && !is_pronoun && definite.is_none() {
                k += 1;
                continue;
            }
            let before = &mentions[..mentions.partition_point(|m| m.end <= pos)];
            if anaphor.is_none()
                && let Some((len, want)) = definite
            {
                // The latest fitting actor, at most a few sentences back.
                let fits = |e: usize| {
                    let code = actor_code(doc, e).unwrap_or_default();
                    if want == "COUNTRY" {
                        code.len() == 3 && doc.entities[e].kind == EntityType::Location
                    } else {
                        code.starts_with(want)
                    }
                };
                let found = before
                    .iter()
                    .rev()
                    .take_while(|m| m.sentence + 3 >= self.sentence)
                    .find(|m| fits(m.entity));
                if let Some(m) = found {
                    let (s, e) = (self.words[k].start, self.words[k + len - 1].end);
                    self.add_arg(s, e, vec![m.entity], true);
                }
                k += len;
                continue;
            }
            if let Some((len, ty)) = anaphor {
                // Cataphora first: `The two countries signed a pact, Vietnam
                // and Australia said.`
                let pair = self
                    .reporting_pair(doc, mentions, syntax, k + len)
                    .or_else(|| self.between_pair(doc, syntax, k))
                    .or_else(|| self.object_pair(doc, syntax, before, ty, k))
                    .or_else(|| {
                        let story = || crate::counterpart::sides_for(doc, ty);
                        two_participants(doc, before, ty, self.sentence, story)
                    });
                if let Some(pair) = pair {
                    let (s, e) = (self.words[k].start, self.words[k + len - 1].end);
                    last_pair = Some(pair.clone());
                    self.add_arg(s, e, pair, true);
                }
                k += len;
                continue;
            }
            let w = self.words[k].lower;
            if syntax.pronouns_object.contains(w)
                && syntax.pronouns_pl.contains(w)
                && let Some(pair) = last_pair.clone()
            {
                let (s, e) = (self.words[k].start, self.words[k].end);
                self.add_arg(s, e, pair, true);
                k += 1;
                continue;
            }
            // Antecedents: the last fitting mention, at most a few sentences back.
            // `expelled a French diplomat it accused of spying`: a pronoun
            // right after an actor (no punctuation between) opens a relative
            // clause on it, so it is not that actor.
            let head: &[usize] = match k.checked_sub(1).and_then(|j| self.arg_at[j]) {
                Some(a) => &self.args[a].members,
                None => &[],
            };
            let recent = before
                .iter()
                .rev()
                .take_while(|m| m.sentence + 3 >= self.sentence)
                .filter(|m| !head.contains(&m.entity));
            let found = if syntax.pronouns_sg.contains(w) {
                recent
                    .into_iter()
                    .find(|m| doc.entities[m.entity].kind == EntityType::Person)
            } else if syntax.pronouns_pl.contains(w) {
                let fits = |m: &&MentionAt| {
                    doc.entities[m.entity].kind != EntityType::Person
                        && m.sentence + 1 >= self.sentence
                };
                let mut recent = recent.filter(fits);
                let nearest = recent.next();
                // A subject pronoun prefers the sentence's actor outside a
                // prepositional phrase to a nearer one inside it.
                match nearest {
                    Some(m)
                        if !syntax.pronouns_object.contains(w)
                            && m.sentence == self.sentence
                            && self.after_prep(syntax, m.start) =>
                    {
                        recent
                            .take_while(|o| o.sentence == self.sentence)
                            .find(|o| !self.after_prep(syntax, o.start))
                            .or(Some(m))
                    }
                    found => found,
                }
            } else {
                None
            };
            if let Some(m) = found {
                let (s, e) = (self.words[k].start, self.words[k].end);
                self.add_arg(s, e, vec![m.entity], true);
            }
            k += 1;
        }
    }
}

impl SentenceView<'_> {
    /// Does the mention starting at code point `start` follow a preposition
    /// (a determiner may stand between: `with the Philippines`)?
    fn after_prep(&self, syntax: &Syntax, start: usize) -> bool {
        let w0 = self.words.partition_point(|w| w.end <= start);
        let mut j = w0;
        while j > 0 && j + 2 > w0 {
            j -= 1;
            let w = &self.words[j];
            if w.punct.is_some() {
                return false;
            }
            if syntax.preps.contains(w.lower) {
                return true;
            }
            if !syntax.determiners.contains(w.lower) {
                return false;
            }
        }
        false
    }

    /// `Qatar and Turkey, which brokered a truce in Doha, said they were in
    /// contact with both sides`: an anaphor in object position (after a
    /// word that is no coordinator) does not include the sentence's subject
    /// (its first actor and an actor coordinated with it), who speaks to
    /// the two sides; the two named last in the sentence from other
    /// countries, else the two of an earlier sentence, are meant. As a
    /// subject (`..., and both sides said`) the subject may be meant: None.
    fn object_pair(
        &self,
        doc: &Document,
        syntax: &Syntax,
        before: &[MentionAt],
        ty: &str,
        k: usize,
    ) -> Option<Vec<usize>> {
        let prev = self.words.get(k.checked_sub(1)?)?;
        if prev.punct.is_some() || syntax.coords.contains(prev.lower) {
            return None;
        }
        let first = self.args.iter().find(|a| !a.resolved && a.w1 < k)?;
        if first.w0 > 0 && syntax.preps.contains(self.words[first.w0 - 1].lower) {
            return None;
        }
        let country = |e: usize| actor_country(doc, e);
        // Only a state speaks for its country: `Greenpeace Indonesia accused
        // both governments` may mean Jakarta too.
        let state =
            |e: &usize| actor_code(doc, *e).is_some_and(|c| c.len() == 3 || c.ends_with("GOV"));
        let mut subject: Vec<String> = (first.members.iter().filter(|e| state(e)))
            .filter_map(|&e| country(e))
            .collect();
        let next = first.w1 + 1;
        if next + 1 < k
            && syntax.coords.contains(self.words[next].lower)
            && let Some(b) = self.arg_at[next + 1]
        {
            let more = self.args[b].members.iter().filter(|e| state(e));
            subject.extend(more.filter_map(|&e| country(e)));
        }
        if subject.is_empty() {
            return None;
        }
        let others: Vec<MentionAt> = before
            .iter()
            .filter(|m| country(m.entity).is_none_or(|c| !subject.contains(&c)))
            .copied()
            .collect();
        // The story's sides, unless the subject is one of them (then it
        // speaks to another pair, found by the sentence walk).
        let story = || {
            let sides = crate::counterpart::sides_for(doc, ty);
            let own = |e: &usize| country(*e).is_some_and(|c| subject.contains(&c));
            if sides.iter().any(own) {
                Vec::new()
            } else {
                sides
            }
        };
        two_participants(doc, &others, ty, self.sentence, story)
    }

    /// The two sides named earlier in the sentence by `antara X dan Y`
    /// (`pair_prep` words): in `Gencatan senjata antara Israel dan Hamas
    /// yang ditengahi Mesir, Qatar, dan AS ..., dengan kedua pihak saling
    /// menuduh` the parties are Israel and Hamas, not the mediators named
    /// last. Searched before word `before`; the latest such pair.
    fn between_pair(&self, doc: &Document, syntax: &Syntax, before: usize) -> Option<Vec<usize>> {
        let country = |e: usize| actor_country(doc, e);
        (0..before.min(self.words.len()).saturating_sub(3))
            .rev()
            .find_map(|k| {
                if !syntax.pair_preps.contains(self.words[k].lower) {
                    return None;
                }
                let a = self.arg_at[k + 1]?;
                let c = self.args[a].w1 + 1;
                if c + 1 >= before || !syntax.coords.contains(self.words[c].lower) {
                    return None;
                }
                let b = self.arg_at[c + 1]?;
                let (x, y) = (
                    *self.args[a].members.first()?,
                    *self.args[b].members.first()?,
                );
                (!self.args[a].resolved
                    && !self.args[b].resolved
                    && country(x).is_some()
                    && country(x) != country(y))
                .then(|| vec![x, y])
            })
    }

    /// Two entities of different countries joined by a coordinator right
    /// before a reporting verb later in the sentence (`..., Vietnam and
    /// Australia said`), searched from word `from`.
    fn reporting_pair(
        &self,
        doc: &Document,
        mentions: &[MentionAt],
        syntax: &Syntax,
        from: usize,
    ) -> Option<Vec<usize>> {
        let start = self.words.get(from)?.start;
        let end = self.words.last()?.end;
        let here: Vec<&MentionAt> = mentions
            .iter()
            .filter(|m| m.start >= start && m.end <= end)
            .collect();
        let word_at = |pos: usize| self.words.iter().position(|w| w.start >= pos);
        here.windows(2).find_map(|p| {
            let (a, b) = (p[0], p[1]);
            let between = word_at(a.end)?;
            let after = word_at(b.end)?;
            let joined = syntax.coords.contains(self.words[between].lower)
                && self
                    .words
                    .get(between + 1)
                    .is_some_and(|w| w.start == b.start);
            let reports = syntax.reports.contains(self.words[after].lower);
            let country = |e: usize| actor_country(doc, e);
            (joined && reports && country(a.entity) != country(b.entity))
                .then(|| vec![a.entity, b.entity])
        })
    }
}

/// The speaker entity (index into `doc.entities`, with an actor code) of the
/// direct quote covering code point `pos`, if any.
fn quote_speaker_at(doc: &Document, pos: usize) -> Option<usize> {
    let quote = doc
        .quotes
        .iter()
        .find(|q| q.direct && q.start <= pos && pos < q.end)?;
    let id = quote.speaker.as_deref()?;
    let e = doc.entities.iter().position(|e| e.id == id)?;
    actor_code(doc, e).is_some().then_some(e)
}

/// The two participants `kedua X` refers to: the latest sentence (before
/// `before`'s end) naming two entities of type `ty` from different countries.
/// In an earlier sentence the first two named (its topic); in the anaphor's
/// own sentence (index `here`) the two named last, nearest the anaphor
/// (`Indonesia mengecam serangan Israel terhadap Iran dan meminta kedua pihak
/// ...`: the speaker comes first, the parties last).
fn two_participants(
    doc: &Document,
    before: &[MentionAt],
    ty: &str,
    here: usize,
    story: impl FnOnce() -> Vec<usize>,
) -> Option<Vec<usize>> {
    let want = match ty {
        "PERSON" => EntityType::Person,
        "ORGANIZATION" => EntityType::Organization,
        _ => EntityType::Location,
    };
    // `both sides`: the story's own sides before an earlier sentence's pair
    // (see `counterpart::sides`). Others keep the sentence walk.
    let mut story = (ty == crate::counterpart::SIDES).then_some(story);
    let mut i = before.len();
    while i > 0 {
        let sentence = before[i - 1].sentence;
        let start = before[..i].partition_point(|m| m.sentence < sentence);
        let same = sentence == here;
        if !same
            && let Some(sides) = story.take().map(|f| f())
            && !sides.is_empty()
        {
            return Some(sides);
        }
        let mut picked: Vec<(usize, String, &MentionAt)> = Vec::new();
        let ordered: Box<dyn Iterator<Item = &MentionAt>> = if same {
            Box::new(before[start..i].iter().rev())
        } else {
            Box::new(before[start..i].iter())
        };
        for m in ordered {
            let e = &doc.entities[m.entity];
            let Some(code) = actor_code(doc, m.entity) else {
                continue;
            };
            let country: String = code.chars().take(3).collect();
            if e.kind == want && !picked.iter().any(|(_, c, _)| *c == country) {
                picked.push((m.entity, country, m));
            }
        }
        // In its own sentence, the last two of a list of three or more
        // (the mediators of `brokered by the United States, Egypt, Qatar and
        // Turkey ..., with both sides accusing each other`) are not the two.
        if same && let [_, (_, _, b), (_, _, c), ..] = picked.as_slice() {
            // Code point offsets to bytes through the document's index (built
            // by the entity stage), not a walk from the start of the text.
            let index = doc.index_or_new();
            let between =
                &doc.text[index.byte_offset(c.end)..index.byte_offset(b.start.max(c.end))];
            if between.trim() == "," {
                i = start;
                continue;
            }
        }
        if picked.len() >= 2 {
            let mut two: Vec<usize> = picked.into_iter().take(2).map(|(e, _, _)| e).collect();
            if same {
                two.reverse();
            }
            return Some(two);
        }
        i = start;
    }
    story.map(|f| f()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_keeps_inner_hyphens_and_offsets() {
        let mut buf = String::new();
        let w = tokenize("Ia memata-matai AS, kata Kirby.", 10, &mut buf);
        let lower: Vec<&str> = w.iter().map(|w| w.lower).collect();
        assert_eq!(
            lower,
            ["ia", "memata-matai", "as", ",", "kata", "kirby", "."]
        );
        assert_eq!((w[0].start, w[0].end), (10, 12));
        assert!(w[2].capitalized);
        assert_eq!(w[3].punct, Some(','));
    }

    #[test]
    fn tokenizer_keeps_initialisms_whole() {
        let mut buf = String::new();
        let w = tokenize(
            "Sharaa, who met U.S. envoy Barrack, said. Mr. Lee left the U.N.",
            0,
            &mut buf,
        );
        let lower: Vec<&str> = w.iter().map(|w| w.lower).collect();
        assert_eq!(
            lower,
            [
                "sharaa", ",", "who", "met", "u.s.", "envoy", "barrack", ",", "said", ".", "mr",
                ".", "lee", "left", "the", "u.n."
            ]
        );
        assert_eq!((w[4].start, w[4].end), (16, 20));
        assert!(w[4].punct.is_none() && w[4].capitalized);
    }
}
