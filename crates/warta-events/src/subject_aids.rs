//! Aids to the subject search of `arguments.rs` for English wire style
//! (issue #6): a quoted predicate right after its subject (`it was "deeply
//! concerned" by`), a possessive pronoun owning an agent noun (`its
//! foreign ministry condemned`). Kept apart so `arguments.rs` and `view.rs`
//! stay short.

use crate::arguments::{plain_gap, prep_before};
use crate::coder::is_quote;
use warta_core::{Document, EntityType};

use crate::tables::{LanguageTables, Syntax};
use crate::view::{MentionAt, SentenceView};

/// Word `q` is a quotation mark that opens a quoted predicate before word
/// `from` (the trigger): it opens (an even number of quotation marks stands
/// before it in the sentence, or it is a left curly quote), none closes
/// before `from`, and an actor ends at most `QUOTED_PREDICATE_GAP` plain
/// words before it (`it was "`, `Washington "`, `Cairo "will not`), only
/// auxiliaries between: after `said "` the quote is the content, whose
/// subject is not the speaker.
pub(crate) fn quotes_predicate(
    t: &LanguageTables,
    view: &SentenceView,
    q: usize,
    from: usize,
) -> bool {
    let mark = view.words[q].punct;
    let before = view.words[..q]
        .iter()
        .filter(|w| w.punct.is_some_and(is_quote))
        .count();
    let opens = mark == Some('“') || (mark == Some('"') && before % 2 == 0);
    if !opens
        || (q + 1..from.min(view.words.len())).any(|j| view.words[j].punct.is_some_and(is_quote))
    {
        return false;
    }
    (q.saturating_sub(QUOTED_PREDICATE_GAP + 1)..q)
        .rev()
        .find_map(|j| view.arg_at[j])
        .is_some_and(|a| {
            let w1 = view.args[a].w1;
            // `Jakarta's long-standing "free and active" policy`: an owner
            // is no subject.
            let owner = t
                .syntax
                .possessives
                .iter()
                .any(|p| view.words[w1].lower.ends_with(p.as_str()));
            // Only auxiliaries, modals and modality cues between (`it was
            // "`, `it had "`, `Cairo will not "`): not another verb
            // (`Baku had received "sufficient guarantees"`).
            let aux = |w: &str| {
                t.syntax.passive_aux.contains(w)
                    || t.syntax.floating_hosts.contains(w)
                    || t.cues.contains_key(w)
            };
            !owner
                && plain_gap(t, view, w1, q, QUOTED_PREDICATE_GAP)
                && (w1 + 1..q).all(|j| aux(view.words[j].lower))
        })
}

/// Most plain words between a subject and the quotation mark opening its
/// quoted predicate (`it was "`).
const QUOTED_PREDICATE_GAP: usize = 2;

/// Word `q` is a quotation mark closing a short quote that opened at most
/// `QUOTE_OPEN_REACH` words before the trigger at `from`, after a word of
/// the sentence (`Washington "stands firmly" with Guyana`): a quoted
/// predicate, after which the clause goes on. A quote that opens the
/// sentence (`"We condemn the attack," Peskov said`) ends its clause.
pub(crate) fn closes_quoted_predicate(view: &SentenceView, q: usize, from: usize) -> bool {
    if !view.words[q].punct.is_some_and(is_quote) {
        return false;
    }
    let Some(open) = (from.saturating_sub(QUOTE_OPEN_REACH)..q)
        .rev()
        .find(|&j| view.words[j].punct.is_some_and(is_quote))
    else {
        return false;
    };
    let before = view.words[..open]
        .iter()
        .filter(|w| w.punct.is_some_and(is_quote))
        .count();
    open > 0
        && view.words[open - 1].punct.is_none()
        && before % 2 == 0
        && view.words[open].punct != Some('”')
        && q - open <= QUOTED_FRAGMENT
}

/// Most words between a quoted predicate's opening mark and its trigger.
const QUOTE_OPEN_REACH: usize = 3;

/// Most words of a quoted predicate (`"stands firmly"`).
const QUOTED_FRAGMENT: usize = 6;

/// `Iran ... and its foreign ministry condemned`, `her department had
/// lodged a protest`: a possessive pronoun (`possessive_pronoun` rows) with
/// an `owned_agent` noun after it, at most `OWNED_MODIFIERS` plain
/// lower-case modifiers between (`its own armed forces`), stands for the
/// pronoun's antecedent: the latest person (`his`, `her`; up to three
/// sentences back) or the first non-person actor of the sentence (`its`,
/// `their`; else the latest of the sentence before), not the actor right before
/// the pronoun (`Hamas and its allies`). The phrase becomes a resolved
/// argument of that entity.
pub(crate) fn resolve_owned_agents(
    view: &mut SentenceView,
    doc: &Document,
    mentions: &[MentionAt],
    syntax: &Syntax,
) {
    if syntax.possessive_pronouns.is_empty() {
        return;
    }
    for k in 0..view.words.len() {
        let w = &view.words[k];
        let Some(&person) = syntax.possessive_pronouns.get(w.lower) else {
            continue;
        };
        if w.punct.is_some() || view.arg_at[k].is_some() {
            continue;
        }
        let end = view.words.len().min(k + 2 + OWNED_MODIFIERS);
        let Some(noun) = (k + 1..end).find(|&j| syntax.owned_agents.contains(view.words[j].lower))
        else {
            continue;
        };
        let plain = (k + 1..=noun).all(|j| {
            let x = &view.words[j];
            x.punct.is_none() && !x.capitalized && view.arg_at[j].is_none()
        });
        // `its forces' positions`: the noun itself owns what follows only
        // when it is the head: a longer agent phrase (`its foreign ministry
        // spokesman`) is left alone.
        let head = view
            .words
            .get(noun + 1)
            .is_none_or(|x| x.punct.is_some() || !syntax.owned_agents.contains(x.lower));
        if !plain || !head {
            continue;
        }
        let pos = w.start;
        let before = &mentions[..mentions.partition_point(|m| m.end <= pos)];
        let right_before: &[usize] = match k.checked_sub(1).and_then(|j| view.arg_at[j]) {
            Some(a) => &view.args[a].members,
            None => &[],
        };
        let reach = if person { 3 } else { 1 };
        let fits = |m: &&MentionAt| {
            !right_before.contains(&m.entity)
                && (doc.entities[m.entity].kind == EntityType::Person) == person
        };
        // A non-person owner is the sentence's topic, the first actor it
        // names (`Iran, Hezbollah's main backer, has denied supplying the
        // group ..., and its foreign ministry`), else the latest of the
        // sentence before.
        let here = before.partition_point(|m| m.sentence < view.sentence);
        let first_here = (!person)
            .then(|| before[here..].iter().find(fits))
            .flatten();
        let found = first_here.or_else(|| {
            before
                .iter()
                .rev()
                .take_while(|m| m.sentence + reach >= view.sentence)
                .find(fits)
        });
        if let Some(m) = found {
            let (s, e) = (pos, view.words[noun].end);
            view.add_arg(s, e, vec![m.entity], true);
        }
    }
}

/// Most modifiers between a possessive pronoun and the agent noun it owns
/// (`its own armed forces`).
const OWNED_MODIFIERS: usize = 2;

/// `Sugiono and his counterpart Le Hoai Trung, meeting in Hanoi, said ...`,
/// `Spanish and Portuguese police, working with Europol, have dismantled`:
/// a trigger at `from` in a participle (`participle_clause` ending) right
/// after the comma `k` that follows an actor outside a prepositional
/// phrase, in an aside that another comma closes before a reporting verb
/// or an auxiliary (`, said`, `, have`): the actor is the participle's
/// subject. A participle that ends the clause (`struck Kyiv, killing five,
/// officials said`) has no such closing: its subject is the main verb's.
pub(crate) fn participle_aside_subject(
    t: &LanguageTables,
    view: &SentenceView,
    k: usize,
    from: usize,
) -> Option<usize> {
    let w = view.words.get(from)?;
    let participle = t
        .syntax
        .participle_clauses
        .iter()
        .any(|s| w.lower.len() > s.len() + 2 && w.lower.ends_with(s.as_str()));
    if k + 1 != from || !participle || view.words[k].punct != Some(',') {
        return None;
    }
    let a = view.arg_at[k.checked_sub(1)?]?;
    if prep_before(t, view, a).is_some() {
        return None;
    }
    let end = view.words.len().min(from + PARTICIPLE_ASIDE_REACH);
    let close = (from + 1..end).find(|&j| view.words[j].punct.is_some())?;
    let next = view.words.get(close + 1)?;
    let verb_follows = next.punct.is_none()
        && (t.syntax.reports.contains(next.lower) || t.syntax.floating_hosts.contains(next.lower));
    (view.words[close].punct == Some(',') && verb_follows).then_some(a)
}

/// Most words of a participial aside after the subject (`, working with
/// Europol and Brazil's Federal Police,`).
const PARTICIPLE_ASIDE_REACH: usize = 12;
