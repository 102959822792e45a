//! Event nouns that refer back to an earlier event: in `NATO condemned the
//! strikes` (after `Russia launched missiles at Ukraine`) the strikes are
//! Russia's, so Russia is the target of the condemnation. An event that has
//! no target of its own looks for such a noun phrase in its target slot:
//!
//! - its object: `rejected the ultimatum`, `menolak tuduhan tersebut`;
//! - the head of a relative clause on it: `..., a move Tehran condemned`,
//!   `langkah yang dikecam Beijing`, `the sanctions, which were condemned by`;
//! - the subject of a passive: `The strikes were condemned by NATO`,
//!   `Langkah itu dikecam Beijing`.
//!
//! The noun must name an event kind (`events_anaphora.tsv`, or an event noun
//! of the predicate dictionary) and, outside relative clauses, be definite
//! (`the`, `itu`). It refers to the most recent earlier event of a fitting
//! type reported with the same word (`serangan itu` after `Serangan udara
//! Israel ...`, the article's topic) at most [`SAME_WORD_WINDOW`] sentences
//! back, else to the most recent one in the same sentence or at most
//! [`WINDOW`] sentences back; its source becomes the target. Earlier events
//! are the coded ones and event nouns with an agent owner that were not
//! coded (`during the Russian attack`). Nothing is resolved when the noun has an owner
//! (`Russia's attack`, `serangan Israel`: the owner is the target, found by
//! the coder), when that event's source is the new event's own source (`Israel
//! defended the strikes`), or for reciprocal events.

use warta_core::{ActorRef, Document, Event, TextIndex};

use crate::arguments::passive_agent;
use crate::assemble::text_of;
use crate::coder::Candidate;
use crate::tables::{AnaphoraTypes, LanguageTables};
use crate::view::{SentenceView, actor_code, same_actor};

/// How many sentences back an event noun may refer.
pub(crate) const WINDOW: usize = 4;
/// Most modifiers between a determiner and its noun (`the latest air
/// strikes`) or between a noun and its demonstrative (`serangan udara itu`).
const MAX_MODIFIERS: usize = 2;
/// Most words (auxiliaries, adverbs) between a subject phrase and its verb.
const MAX_BETWEEN: usize = 2;

/// A target found through discourse: the actor and the code point span of
/// the phrase that refers to it.
#[derive(Debug)]
pub(crate) struct Reference {
    /// The target (the earlier event's source, or the noun's `by` owner).
    pub target: ActorRef,
    /// First code point of the referring phrase.
    pub start: usize,
    /// One past its last code point.
    pub end: usize,
}

/// An event noun phrase: words `w0..=w1`, head noun at `noun`.
#[derive(Debug, Clone, Copy)]
struct NounPhrase {
    w0: usize,
    w1: usize,
    noun: usize,
    /// Marked definite: a determiner before or a demonstrative after the noun.
    definite: bool,
    /// The head of a relative clause (`a move Tehran condemned`): the actor
    /// after it is the clause's subject, not the noun's owner.
    relative: bool,
}

/// A word that may stand inside a noun phrase: no punctuation, actor,
/// preposition, clause boundary, complementizer, relative or coordinator.
fn plain(t: &LanguageTables, view: &SentenceView, k: usize) -> bool {
    let Some(w) = view.words.get(k) else {
        return false;
    };
    let s = &t.syntax;
    w.punct.is_none()
        && view.arg_at[k].is_none()
        && !s.preps.contains(w.lower)
        && !s.boundaries.contains(w.lower)
        && !s.complements.contains(w.lower)
        && !s.relatives.contains(w.lower)
        && !s.coords.contains(w.lower)
}

/// A possessive that is no actor (`Monday's attack`, `the army's raid`)
/// makes the phrase definite like a determiner (`possessive` suffixes in
/// events_syntax.tsv).
fn is_possessive(t: &LanguageTables, view: &SentenceView, k: usize) -> bool {
    let w = view.words[k].lower;
    view.arg_at[k].is_none()
        && t.syntax
            .possessives
            .iter()
            .any(|p| w.len() > p.len() && w.ends_with(p.as_str()))
}

/// The kinds of event word `k` can refer back to, if it is an event noun.
/// Dictionary nouns do not refer to an event of the referring entry's own
/// type (`menolak penolakan`).
fn noun_types(
    t: &LanguageTables,
    view: &SentenceView,
    k: usize,
    own: &str,
) -> Option<AnaphoraTypes> {
    let w = view.words.get(k)?;
    if w.punct.is_some() || view.arg_at[k].is_some() {
        return None;
    }
    if let Some(n) = t.anaphora.get(w.lower) {
        return Some(n.types.clone());
    }
    let kinds: Vec<String> = t
        .noun_entries(w.lower)
        .filter(|x| x.plover != own)
        .map(|x| x.plover.clone())
        .collect();
    (!kinds.is_empty()).then_some(AnaphoraTypes::Only(kinds))
}

/// The event noun phrase starting at word `from`: an optional definite
/// determiner, up to [`MAX_MODIFIERS`] modifiers, the noun, and optionally
/// modifiers and a demonstrative.
fn phrase_right(
    t: &LanguageTables,
    view: &SentenceView,
    from: usize,
    own: &str,
) -> Option<NounPhrase> {
    let det = view.words.get(from).is_some_and(|w| {
        w.punct.is_none() && (t.syntax.definites.contains(w.lower) || is_possessive(t, view, from))
    });
    let first = from + usize::from(det);
    let noun = (first..first + MAX_MODIFIERS + 1)
        .take_while(|&k| plain(t, view, k))
        .find(|&k| noun_types(t, view, k, own).is_some())?;
    let dem = (noun + 1..noun + MAX_MODIFIERS + 1)
        .take_while(|&k| plain(t, view, k))
        .find(|&k| t.syntax.demonstratives.contains(view.words[k].lower));
    Some(NounPhrase {
        w0: from,
        w1: dem.unwrap_or(noun),
        noun,
        definite: det || dem.is_some(),
        relative: false,
    })
}

/// The event noun phrase ending at word `end`: `the strikes`, `langkah
/// itu`, or a bare noun (`a move`), with what stands before it.
fn phrase_left(
    t: &LanguageTables,
    view: &SentenceView,
    end: usize,
    own: &str,
) -> Option<NounPhrase> {
    let dem = view
        .words
        .get(end)
        .is_some_and(|w| w.punct.is_none() && t.syntax.demonstratives.contains(w.lower));
    let noun = if dem {
        (end.saturating_sub(MAX_MODIFIERS + 1)..end)
            .rev()
            .take_while(|&k| plain(t, view, k))
            .find(|&k| noun_types(t, view, k, own).is_some())?
    } else {
        noun_types(t, view, end, own).map(|_| end)?
    };
    // Leftwards over up to MAX_MODIFIERS modifiers to a determiner (`the
    // latest strikes`, `a move`). Without a determiner the noun stands
    // alone: where the phrase starts cannot be told.
    let mut w0 = noun;
    let mut det = false;
    let mut k = noun;
    for _ in 0..=MAX_MODIFIERS {
        let Some(p) = k.checked_sub(1) else { break };
        let w = &view.words[p];
        let is_det = t.syntax.determiners.contains(w.lower) || t.syntax.definites.contains(w.lower);
        if w.punct.is_none() && view.arg_at[p].is_none() && is_det {
            w0 = p;
            det = t.syntax.definites.contains(w.lower);
            break;
        }
        if !plain(t, view, p) {
            break;
        }
        k = p;
    }
    Some(NounPhrase {
        w0,
        w1: end,
        noun,
        definite: det || dem,
        relative: false,
    })
}

/// Is word `k` the start of a clause (sentence start, after punctuation,
/// a clause boundary or a coordinator)?
fn clause_start(t: &LanguageTables, view: &SentenceView, k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|p| view.words.get(p)) else {
        return true;
    };
    prev.punct.is_some()
        || t.syntax.boundaries.contains(prev.lower)
        || t.syntax.coords.contains(prev.lower)
}

/// Skips up to [`MAX_BETWEEN`] plain words (auxiliaries, adverbs) leftwards
/// from word `from` (exclusive): the index of the word before them.
fn skip_left(t: &LanguageTables, view: &SentenceView, from: usize) -> Option<usize> {
    let mut k = from.checked_sub(1)?;
    for _ in 0..MAX_BETWEEN {
        let w = &view.words[k];
        let skippable = plain(t, view, k)
            && noun_types(t, view, k, "").is_none()
            && !t.syntax.demonstratives.contains(w.lower)
            && !t.syntax.determiners.contains(w.lower);
        if !skippable {
            break;
        }
        k = k.checked_sub(1)?;
    }
    Some(k)
}

/// A relative clause head left of word `at` (a relative pronoun, perhaps
/// after a comma, or a comma before a bare noun phrase): the phrase.
fn relative_head(
    t: &LanguageTables,
    view: &SentenceView,
    at: usize,
    own: &str,
) -> Option<NounPhrase> {
    let is_rel = |k: usize| t.syntax.relatives.contains(view.words[k].lower);
    if is_rel(at) {
        let mut end = at.checked_sub(1)?;
        if view.words[end].punct == Some(',') {
            end = end.checked_sub(1)?;
        }
        return phrase_left(t, view, end, own).map(|np| NounPhrase {
            relative: true,
            ..np
        });
    }
    // A reduced relative (`, a move Tehran condemned`): the phrase follows a comma.
    let np = phrase_left(t, view, at, own)?;
    let comma = np
        .w0
        .checked_sub(1)
        .is_some_and(|p| view.words[p].punct == Some(','));
    comma.then_some(NounPhrase {
        relative: true,
        ..np
    })
}

/// The noun phrase in the target slot of a target-less candidate.
fn target_phrase(
    t: &LanguageTables,
    view: &SentenceView,
    c: &Candidate,
    own: &str,
) -> Option<NounPhrase> {
    let tr = &c.trigger;
    let e = &t.entries[tr.entry];
    let anchor = tr.light.unwrap_or(tr.head);
    // After a preposition that introduces the entry's target: `expressed
    // concern about the incident`, `menyatakan keprihatinan atas serangan itu`.
    // One modifier may come first (`menyatakan keprihatinan mendalam atas
    // peluncuran tersebut`).
    let prep_at = [tr.last + 1, tr.last + 2].into_iter().find(|&k| {
        view.words
            .get(k)
            .is_some_and(|p| e.target_preps.iter().any(|x| x == p.lower))
            && (tr.last + 1..k).all(|m| plain(t, view, m) && noun_types(t, view, m, own).is_none())
    });
    if !tr.passive
        && let Some(k) = prep_at
        && let Some(np) = phrase_right(t, view, k + 1, own).filter(|np| np.definite)
    {
        return Some(np);
    }
    if !e.target_obj {
        return None;
    }
    if tr.passive {
        // `langkah yang dikecam`, `the sanctions, which were condemned`, `a
        // move condemned by`; else the subject `The strikes were condemned`.
        let before = skip_left(t, view, anchor)?;
        if let Some(np) = relative_head(t, view, before, own) {
            return Some(np);
        }
        let np = phrase_left(t, view, before, own)?;
        return (np.definite && clause_start(t, view, np.w0)).then_some(np);
    }
    // The object: right after the head, or inside or after the pattern
    // (`rejected the criticism`, `mengecam keras serangan itu`).
    let object = [tr.last + 1, tr.head + 1]
        .into_iter()
        .filter_map(|k| phrase_right(t, view, k, own))
        .find(|np| np.definite);
    if object.is_some() {
        return object;
    }
    // A relative clause on the object: `, a move Tehran condemned`. The
    // subject stands right before the verb.
    let (s0, s1) = c.source_words;
    if s1 >= anchor || anchor - s1 > MAX_BETWEEN + 1 {
        return None;
    }
    if (s1 + 1..anchor).any(|k| !plain(t, view, k)) {
        return None;
    }
    // Between the head and the subject: perhaps a relative pronoun and a determiner.
    let mut k = s0.checked_sub(1)?;
    if t.syntax.determiners.contains(view.words[k].lower) {
        k = k.checked_sub(1)?;
    }
    relative_head(t, view, k, own)
}

/// The owner of the noun when one follows it: an actor right after the
/// phrase (`serangan Israel itu` is not definite-only) means the coder's
/// own target applies; `by`/`oleh` + actor is the owner as target.
enum Owner {
    None,
    Plain,
    By(usize),
}

fn owner_after(t: &LanguageTables, view: &SentenceView, np: &NounPhrase) -> Owner {
    if view.arg_at.get(np.w1 + 1).copied().flatten().is_some() {
        return Owner::Plain;
    }
    // `the attack by Belarusian forces`: the same `by` + actor a passive takes.
    match passive_agent(t, view, np.w1, 0) {
        Some(a) => Owner::By(a),
        None => Owner::None,
    }
}

/// An event one can refer back to: a coded event, or an event noun with an
/// agent owner that was not coded (`during the Russian attack`).
#[derive(Debug, Clone)]
struct Referent {
    sentence: usize,
    /// Code point where it is mentioned.
    start: usize,
    /// PLOVER type of a coded event; the noun's types otherwise.
    types: AnaphoraTypes,
    /// Lower-case head word (`serangan`, `strikes`).
    head: String,
    /// Who did it.
    source: ActorRef,
}

/// What the document has said so far that event nouns can refer to,
/// besides the coded events.
#[derive(Debug, Default)]
pub(crate) struct Discourse {
    owned: Vec<Referent>,
}

/// How many sentences back an event noun may refer to an event reported
/// with the same word (`serangan itu` after `Serangan udara Israel ...`).
const SAME_WORD_WINDOW: usize = 10;

impl Discourse {
    /// Notes the event nouns of a sentence that have an agent owner and
    /// are not coded as events: `the Russian attack`, `serangan Israel`.
    pub(crate) fn note_sentence(
        &mut self,
        t: &LanguageTables,
        doc: &Document,
        index: &TextIndex,
        view: &SentenceView,
    ) {
        if t.anaphora.is_empty() {
            return;
        }
        for (k, w) in view.words.iter().enumerate() {
            let Some(n) = t.anaphora.get(w.lower) else {
                continue;
            };
            if !n.agent_owner || view.arg_at[k].is_some() {
                continue;
            }
            // The owner: before the noun where the language puts it there
            // (`Russia's latest attack`), else after it (`serangan udara
            // Israel`); at most one modifier between, no preposition.
            let owner = if t.syntax.owner_left {
                (k.saturating_sub(2)..k)
                    .rev()
                    .find_map(|j| view.arg_at[j].filter(|&a| view.args[a].w1 == j))
                    .filter(|&a| (view.args[a].w1 + 1..k).all(|m| plain(t, view, m)))
            } else {
                (k + 1..view.words.len().min(k + 3))
                    .find_map(|j| view.arg_at[j].filter(|&a| view.args[a].w0 == j))
                    .filter(|&a| (k + 1..view.args[a].w0).all(|m| plain(t, view, m)))
            };
            // (A preposition before `the Russian attack` governs the phrase,
            // not the owner.)
            let Some(a) = owner else {
                continue;
            };
            let Some(&m) = view.args[a].members.first() else {
                continue;
            };
            let Some(actor) = actor_code(doc, m) else {
                continue;
            };
            let arg = &view.args[a];
            self.owned.push(Referent {
                sentence: view.sentence,
                start: w.start,
                types: n.types.clone(),
                head: w.lower.to_string(),
                source: ActorRef {
                    entity: doc.entities.get(m).map(|x| x.id.clone()),
                    actor: Some(actor),
                    text: text_of(doc, index, view.words[arg.w0].start, view.words[arg.w1].end),
                },
            });
        }
    }

    /// The target of a target-less candidate `c`, whose source is `source`,
    /// through an event noun in its target slot; `earlier` are the events
    /// coded so far, in order.
    #[allow(clippy::too_many_arguments)] // the coder's context, passed as is
    pub(crate) fn refer_back<'a>(
        &self,
        t: &LanguageTables,
        doc: &Document,
        index: &TextIndex,
        view: &SentenceView,
        c: &Candidate,
        source: Option<&str>,
        earlier: impl Iterator<Item = &'a Event>,
    ) -> Option<Reference> {
        let e = &t.entries[c.trigger.entry];
        if e.recip {
            return None;
        }
        let np = target_phrase(t, view, c, &e.plover)?;
        if (np.w0..=np.w1).any(|k| view.arg_at[k].is_some()) {
            return None; // an owner inside (`the EU decision`): the coder's business
        }
        let (start, end) = (view.words[np.w0].start, view.words[np.w1].end);
        let source = source.unwrap_or("");
        let owner = if np.relative {
            Owner::None
        } else {
            owner_after(t, view, &np)
        };
        match owner {
            Owner::Plain => return None,
            Owner::By(a) => {
                // `condemned the attack by Russian forces`: the owner is the target.
                let m = *view.args[a].members.first()?;
                let actor = actor_code(doc, m);
                if same_actor(actor.as_deref().unwrap_or(""), source) {
                    return None;
                }
                let arg_end = view.words[view.args[a].w1].end;
                return Some(Reference {
                    target: ActorRef {
                        entity: doc.entities.get(m).map(|x| x.id.clone()),
                        actor,
                        text: text_of(doc, index, start, arg_end),
                    },
                    start,
                    end: arg_end,
                });
            }
            Owner::None => {}
        }
        let types = noun_types(t, view, np.noun, &e.plover)?;
        let noun = view.words[np.noun].lower;
        let coded = earlier
            .filter(|x| !x.aux.iter().any(|a| a == "negation"))
            .filter_map(|x| {
                let source = x.source.clone().filter(|s| s.actor.is_some())?;
                // Its latest report before the phrase.
                let (sentence, at) = std::iter::once((x.sentence, x.start))
                    .chain(x.mentions.iter().map(|m| (m.sentence, m.start)))
                    .filter(|&(_, p)| p < start)
                    .max_by_key(|&(_, p)| p)?;
                // `the sanctions` after `imposed new sanctions`: any word
                // of a multi-word trigger may be the one repeated.
                let first = x.trigger.split_whitespace().next()?;
                let head = x
                    .trigger
                    .split_whitespace()
                    .skip(1)
                    .find(|w| same_word(t, &w.to_lowercase(), noun))
                    .unwrap_or(first)
                    .to_lowercase();
                // Its CAMEO code too: a noun may refer to one kind of act
                // within a type (`the pact` to a signing, CAMEO 057, which
                // PLOVER files under SUPPORT with praise and endorsement).
                let kinds = std::iter::once(x.plover.clone()).chain(x.cameo.clone());
                Some(Referent {
                    sentence,
                    start: at,
                    types: AnaphoraTypes::Only(kinds.collect()),
                    head,
                    source,
                })
            });
        let fitting: Vec<Referent> = coded
            .chain(self.owned.iter().filter(|r| r.start < start).cloned())
            .filter(|r| fits(&types, &r.types))
            .collect();
        // The same word first (`serangan itu` after `Serangan udara Israel`,
        // the article's topic), else the most recent in the window.
        let near = |r: &&Referent, window: usize| r.sentence + window >= view.sentence;
        let antecedent = fitting
            .iter()
            .filter(|r| near(r, SAME_WORD_WINDOW) && same_word(t, &r.head, noun))
            .max_by_key(|r| r.start)
            // Then an event of a CAMEO kind the noun names (`the treaty`
            // after `signed a peace treaty`, code 057, even with a later
            // agreement to waive restrictions between them).
            .or_else(|| {
                fitting
                    .iter()
                    .filter(|r| near(r, SAME_WORD_WINDOW) && fits_code(&types, &r.types))
                    .max_by_key(|r| r.start)
            })
            .or_else(|| {
                fitting
                    .iter()
                    .filter(|r| near(r, WINDOW))
                    .max_by_key(|r| r.start)
            })
            // Else the story's lead event (`insiden itu` five sentences
            // after the water-cannon attack of the first sentence): the
            // first fitting event of the first sentence.
            .or_else(|| {
                fitting
                    .iter()
                    .filter(|r| r.sentence == 0 && near(r, SAME_WORD_WINDOW))
                    .min_by_key(|r| r.start)
            })?;
        let mut target = antecedent.source.clone();
        if same_actor(target.actor.as_deref().unwrap_or(""), source) {
            return None; // `Israel defended the strikes`: no self-target
        }
        target.text = text_of(doc, index, start, end);
        Some(Reference { target, start, end })
    }
}

/// Can an anaphor of kinds `want` refer to an event of kinds `have`? An
/// event noun of any kind (`the decision`) refers to anything; a noun with
/// kinds to an event with one of them.
fn fits(want: &AnaphoraTypes, have: &AnaphoraTypes) -> bool {
    match (want, have) {
        (AnaphoraTypes::Any, _) => true,
        (AnaphoraTypes::Only(_), AnaphoraTypes::Any) => false,
        (AnaphoraTypes::Only(w), AnaphoraTypes::Only(h)) => {
            h.iter().any(|x| w.contains(x)) || fits_code(want, have)
        }
    }
}

/// Does `want` name a CAMEO code (digits, covering its subcodes) that an
/// event of kinds `have` carries?
fn fits_code(want: &AnaphoraTypes, have: &AnaphoraTypes) -> bool {
    let (AnaphoraTypes::Only(w), AnaphoraTypes::Only(h)) = (want, have) else {
        return false;
    };
    w.iter()
        .filter(|k| k.bytes().all(|b| b.is_ascii_digit()))
        .any(|k| h.iter().any(|x| x.starts_with(k.as_str())))
}

/// Two words name the same event: equal, or forms of one dictionary lemma
/// (`strikes`, `struck`).
fn same_word(t: &LanguageTables, a: &str, b: &str) -> bool {
    a == b || {
        let (fa, fb) = (t.analyses(a), t.analyses(b));
        fa.iter().any(|x| fb.iter().any(|y| x.lemma == y.lemma))
    }
}

#[cfg(test)]
mod tests {
    use crate::view::same_actor;

    #[test]
    fn a_country_and_its_own_government_are_the_same_actor() {
        assert!(same_actor("RUS", "RUSGOV"));
        assert!(same_actor("RUSGOV", "RUS"));
        assert!(same_actor("IGO", "IGO"));
        assert!(!same_actor("RUSGOV", "RUSMIL"));
        assert!(!same_actor("IDN", "IGO"));
        assert!(!same_actor("", "RUS"));
    }
}
