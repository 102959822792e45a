//! A statement noun as the object of a reaction verb: `..., drawing sharp
//! condemnation from Israel`, `prompting an angry protest from Beijing`,
//! `The strike drew criticism from Cairo`. The noun names no owner before
//! it; the actor after `from` made the statement, and it reacts to what the
//! clause before the reaction verb reports: the source of the sentence's
//! latest coded act before the verb (`Spain recognised a Palestinian
//! state, drawing condemnation from Israel`: Spain), else that verb's own
//! subject. The reaction verbs and the agent preposition are the language's
//! `reaction_verb` and `reaction_agent` words (`events_syntax.tsv`); a
//! language without them is not affected.

use crate::arguments::prep_before;
use crate::coder::Candidate;
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// Most words (an article, adjectives) between the reaction verb and the
/// statement noun (`drawing sharp condemnation`, `prompting an angry protest`).
const MODIFIER_REACH: usize = 3;
/// Most words (an article, a demonym, a noun) between the agent
/// preposition and the agent (`from the Indonesian government`).
const AGENT_REACH: usize = 3;

/// The reaction verb before the nominal trigger starting at word `head`
/// and the agent after its last word `last`: (verb word, agent argument).
pub(crate) fn reaction_agent(
    t: &LanguageTables,
    view: &SentenceView,
    head: usize,
    last: usize,
) -> Option<(usize, usize)> {
    if t.syntax.reaction_verbs.is_empty() || t.syntax.reaction_agents.is_empty() {
        return None;
    }
    let plain = |k: usize| view.words[k].punct.is_none() && view.arg_at[k].is_none();
    let verb = (head.saturating_sub(MODIFIER_REACH + 1)..head)
        .rev()
        .take_while(|&k| plain(k))
        .find(|&k| t.syntax.reaction_verbs.contains(view.words[k].lower))?;
    // The pattern may end with the preposition itself (`protest from`).
    let prep = if t.syntax.reaction_agents.contains(view.words[last].lower) {
        last
    } else {
        last + 1
    };
    if !view
        .words
        .get(prep)
        .is_some_and(|w| w.punct.is_none() && t.syntax.reaction_agents.contains(w.lower))
    {
        return None;
    }
    let agent = (prep + 1..view.words.len().min(prep + 2 + AGENT_REACH))
        .take_while(|&k| view.words[k].punct.is_none())
        .find_map(|k| view.arg_at[k])?;
    (prep_before(t, view, agent) == Some(view.words[prep].lower)).then_some((verb, agent))
}

/// What the reaction at word `verb` answers: the source argument of the
/// latest candidate of the sentence (`found`) before the verb, else the
/// verb's subject, else the actor the sentence opens with (`The United
/// States approved an arms package for Taiwan, prompting a protest from
/// Beijing`: the approval is no coded event); never the reacting `agent`.
pub(crate) fn reaction_target(
    t: &LanguageTables,
    view: &SentenceView,
    found: &[Candidate],
    verb: usize,
    subject: Option<usize>,
    agent: usize,
) -> Option<usize> {
    found
        .iter()
        .filter(|c| c.trigger.last < verb)
        .max_by_key(|c| c.trigger.last)
        .and_then(|c| view.arg_at[c.source_words.0])
        .or(subject)
        .or_else(|| opening_actor(t, view, verb))
        .filter(|&a| a != agent)
}

/// The actor the sentence opens with, behind at most [`MODIFIER_REACH`]
/// plain words (`The`, a title) and before word `verb`, with no reporting
/// word between it and the verb (after `X said` the clause is X's words,
/// whose subject is another).
fn opening_actor(t: &LanguageTables, view: &SentenceView, verb: usize) -> Option<usize> {
    let s = &t.syntax;
    let a = (0..verb.min(MODIFIER_REACH + 1))
        .take_while(|&k| {
            let w = &view.words[k];
            view.arg_at[k].is_some()
                || (w.punct.is_none() && !s.preps.contains(w.lower) && !s.reports.contains(w.lower))
        })
        .find_map(|k| view.arg_at[k])?;
    (view.args[a].w1..verb)
        .all(|k| !s.reports.contains(view.words[k].lower))
        .then_some(a)
}
