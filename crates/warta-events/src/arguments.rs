//! Finding a trigger's arguments in a sentence: the source (subject, to the
//! left, skipping prepositional phrases and relative clauses), the target
//! (direct object or a preposition the entry names, to the right), a passive
//! agent, coordinated actors and the place of the clause.

use crate::coder::{SUBJECT_WINDOW, TARGET_WINDOW, Trigger, is_quote, is_stop_punct};
use crate::insertion::{coordinated_after, insertion_open};
use crate::subject_aids::{participle_aside_subject, quotes_predicate};
use crate::tables::LanguageTables;
/// Re-exported from `targets.rs`, where the target search now lives.
pub(crate) use crate::targets::target_right;
use crate::targets::{comma_list_left, is_parenthetical};
use crate::view::SentenceView;

/// The preposition an argument stands after, if any (titles may come between).
pub(crate) fn prep_before<'v>(
    t: &LanguageTables,
    view: &SentenceView<'v>,
    arg: usize,
) -> Option<&'v str> {
    let w0 = view.args[arg].w0;
    // No title stands before a pronoun: in `said on Wednesday they had
    // arrested` the capitalized `Wednesday` does not put `they` in a PP.
    let pronoun = w0 == view.args[arg].w1 && {
        let w = view.words[w0].lower;
        t.syntax.pronouns_sg.contains(w) || t.syntax.pronouns_pl.contains(w)
    };
    if pronoun {
        let w = view.words.get(w0.checked_sub(1)?)?;
        return (w.punct.is_none() && t.syntax.preps.contains(w.lower)).then_some(w.lower);
    }
    // Eight words: a double title (`Wakil Perdana Menteri sekaligus Menteri
    // Pertahanan`) may stand between the preposition and the name.
    for k in (w0.saturating_sub(8)..w0).rev() {
        let w = &view.words[k];
        // `dengan Menlu Lebanon Youssef Rajji`: a country or body named in
        // the title, with only title words between, shares the name's
        // preposition.
        if let Some(b) = view.arg_at[k].filter(|&b| b != arg && w.punct.is_none()) {
            return title_owner_prep(t, view, b, arg);
        }
        if w.punct.is_some() || view.arg_at[k].is_some() {
            return None;
        }
        // `between Finland and Germany`, `with Kenya and Uganda`: a conjunct
        // shares the preposition of the one before it.
        if k + 1 == w0
            && t.syntax.coords.contains(w.lower)
            && let Some(b) = k
                .checked_sub(1)
                .and_then(|j| view.arg_at[j])
                .filter(|&b| b != arg)
        {
            return prep_before(t, view, b);
        }
        if t.syntax.preps.contains(w.lower) {
            // `Secretary of State Antony Blinken`: a preposition inside a
            // capitalized title is part of the title, not a PP.
            // (A capitalized word before the preposition and another between it
            // and the name: `Negosiasi antara Rusia` is still a PP.)
            let in_title = k > 0
                && k + 1 < w0
                && view.words[k - 1].capitalized
                && view.arg_at[k - 1].is_none();
            if !in_title {
                return Some(w.lower);
            }
            continue;
        }
        // A lowercase link between two capitalized title words (`Perdana
        // Menteri sekaligus Menteri Pertahanan`) belongs to the title.
        let title_link = k > 0
            && k + 1 < w0
            && view.words[k - 1].capitalized
            && view.arg_at[k - 1].is_none()
            && view.words[k + 1].capitalized
            && view.words[k - 1].punct.is_none();
        // `dengan tentara Australia`: agent nouns may stand between.
        // `against three Chinese companies`: a quantifier may stand between too.
        let quantifier =
            t.syntax.quantifiers.contains(w.lower) || w.lower.bytes().all(|b| b.is_ascii_digit());
        if !w.capitalized && !title_link && !t.syntax.agents.contains(w.lower) && !quantifier {
            return None;
        }
    }
    None
}

/// The preposition right before the title of person argument `arg` when
/// actor `b` stands inside that title (`Menlu Lebanon` in `dengan Menlu
/// Lebanon Youssef Rajji`) with only capitalized title words between them.
/// A preposition inside the title (`head of the Kenya ...`) does not count.
fn title_owner_prep<'v>(
    t: &LanguageTables,
    view: &SentenceView<'v>,
    b: usize,
    arg: usize,
) -> Option<&'v str> {
    let (w0, title_w0) = (view.args[arg].w0, view.args[arg].title_w0);
    let between = view.args[b].w1 + 1..w0;
    let title = title_w0 < w0
        && title_w0 <= view.args[b].w0
        && between.clone().all(|j| {
            let w = &view.words[j];
            w.punct.is_none() && w.capitalized && view.arg_at[j].is_none()
        });
    let before = view.words.get(title_w0.checked_sub(1)?)?;
    (title && before.punct.is_none() && t.syntax.preps.contains(before.lower))
        .then_some(before.lower)
}

/// The members of an argument plus any coordinated with it (`Rusia dan Korea Utara`).
pub(crate) fn with_coordinated(
    t: &LanguageTables,
    view: &SentenceView,
    arg: usize,
) -> (Vec<usize>, usize, usize) {
    let mut members = view.args[arg].members.clone();
    let (mut w0, mut w1) = (view.args[arg].w0, view.args[arg].w1);
    // Rightwards: `X dan Y`, `X, Y dan Z`. A comma list counts only when a
    // coordinator closes it: in `if China invades Taiwan, Japan could ...`
    // the comma ends a clause.
    let mut committed = (members.len(), w1);
    while let Some(k) = Some(w1 + 1).filter(|&k| k + 1 < view.words.len()) {
        let w = &view.words[k];
        let coord = t.syntax.coords.contains(w.lower);
        if !(coord || w.punct == Some(',')) {
            break;
        }
        // `Iran and the European Union`: a determiner may open the conjunct.
        let det = view.arg_at[k + 1].is_none()
            && k + 2 < view.words.len()
            && t.syntax.determiners.contains(view.words[k + 1].lower);
        // `militer Sudan dan pasukan paramiliter RSF`: after a coordinator,
        // an agent noun and one modifier may open the conjunct.
        let agent = coord
            && !det
            && view.arg_at[k + 1].is_none()
            && t.syntax.agents.contains(view.words[k + 1].lower);
        let skip = if agent {
            (k + 2..view.words.len().min(k + 4))
                .find(|&j| view.arg_at[j].is_some() || view.words[j].punct.is_some())
                .filter(|&j| view.arg_at[j].is_some())
                .map_or(1, |j| j - k - 1)
        } else {
            usize::from(det)
        };
        // `Sugiono dan Menteri Luar Negeri Australia Penny Wong`: a person's
        // title may open the conjunct.
        let titled = || {
            (k + 2..view.words.len().min(k + 2 + TITLE_REACH))
                .filter_map(|j| view.arg_at[j])
                .find(|&a| view.args[a].title_w0 == k + 1 && view.args[a].w0 > k + 1)
        };
        let Some(next) = view
            .arg_at
            .get(k + 1 + skip)
            .copied()
            .flatten()
            .or_else(|| (coord && !det && !agent).then(titled).flatten())
        else {
            break;
        };
        members.extend(view.args[next].members.iter().copied());
        w1 = view.args[next].w1;
        if coord {
            committed = (members.len(), w1);
        }
    }
    members.truncate(committed.0);
    w1 = committed.1;
    // Leftwards, for subjects found at their last conjunct.
    let mut joined_left = false;
    // `Sugiono and Australian Foreign Minister Penny Wong met`: the
    // coordinator stands before the last conjunct's title.
    let mut lead = view.args[arg].title_w0;
    while lead >= 2 {
        // `Iran and the European Union`: a determiner may open the conjunct.
        let c = if lead >= 3
            && t.syntax.determiners.contains(view.words[lead - 1].lower)
            && t.syntax.coords.contains(view.words[lead - 2].lower)
        {
            lead - 2
        } else {
            lead - 1
        };
        // Only `X dan Y` (not a bare comma, which as often ends a phrase).
        if !t.syntax.coords.contains(view.words[c].lower) {
            break;
        }
        // `TNI Angkatan Laut dan ...`: up to two capitalized words of a name
        // the entity stage left out may stand between the actor and `dan`.
        let Some(prev) = (c.saturating_sub(3)..c).rev().find_map(|j| {
            let a = view.arg_at[j]?;
            let b = view.args[a].w1;
            (j == b
                && (b + 1..c).all(|m| view.words[m].capitalized && view.words[m].punct.is_none()))
            .then_some(a)
        }) else {
            break;
        };
        // `setelah Korea Selatan dan Amerika Serikat memulai ...`: a
        // clause-opening preposition does not make the conjunct a PP.
        if prep_before(t, view, prev).is_some_and(|p| !t.syntax.boundaries.contains(p)) {
            break;
        }
        members.splice(0..0, view.args[prev].members.iter().copied());
        w0 = view.args[prev].w0;
        lead = view.args[prev].title_w0;
        joined_left = true;
    }
    // `India, China and Russia`: the commas of a list a coordinator closed.
    if joined_left {
        (members, w0) = comma_list_left(t, view, &members, w0);
    }
    members.dedup();
    (members, w0, w1)
}

/// Most words between a coordinator and the person whose title opens the
/// conjunct (`dan Menteri Luar Negeri Australia Penny Wong`).
const TITLE_REACH: usize = 10;

/// The subject left of word `from`: (argument, words crossed on the way).
pub(crate) fn subject_left(
    t: &LanguageTables,
    view: &SentenceView,
    from: usize,
) -> (Option<usize>, Vec<usize>) {
    let mut crossed = Vec::new();
    let mut k = from;
    let mut steps = 0;
    while k > 0 && steps < SUBJECT_WINDOW {
        k -= 1;
        steps += 1;
        if let Some(a) = view.arg_at[k] {
            // `setelah Rusia melancarkan serangan`: a word that is both a
            // preposition and a clause opener, with the verb right after the
            // actor, opens a clause whose subject the actor is.
            // `dengan kedua pihak saling menuduh`: a resolved pair right
            // before the verb is its subject, whatever stands before it.
            let opens_clause = |p: &str| {
                (t.syntax.boundaries.contains(p) && from <= k + 3)
                    || (view.args[a].resolved && view.args[a].members.len() >= 2 && from == k + 1)
                    || (t.syntax.absolute_preps.contains(p)
                        && absolute_participle(t, view, a, from))
            };
            if prep_before(t, view, a).is_none_or(opens_clause) {
                return (Some(a), crossed);
            }
            k = view.args[a].w0;
            continue;
        }
        let w = &view.words[k];
        // `pukul 13.00 WIB`, `Rp1,2 miliar`: a separator inside a number.
        if w.punct.is_some() && in_number(view, k) {
            crossed.push(k);
            continue;
        }
        if let Some(p) = w.punct {
            if p == ',' {
                let near = plain_gap(t, view, k, from, 2) || k + 1 == from;
                if let Some(a) = comma_set_appositive(t, view, k).filter(|_| near) {
                    return (Some(a), crossed);
                }
                // `Sugiono and his counterpart Le Hoai Trung, meeting in
                // Hanoi, said`: the participle's subject.
                if let Some(a) = participle_aside_subject(t, view, k, from) {
                    return (Some(a), crossed);
                }
                // `Shoigu, yang mengunjungi Pyongyang, telah ...`: skip the relative clause.
                let c2 = (k.saturating_sub(14)..k)
                    .rev()
                    .find(|&j| view.words[j].punct.is_some());
                // A name set off by commas is the subject itself (checked
                // before the aside, which would step over it).
                if let Some(a) = c2.and_then(|c2| named_in_commas(t, view, c2, k)) {
                    return (Some(a), crossed);
                }
                // `Turkey, which regards ..., the YPG, as ... (PKK), welcomed`,
                // `Amerika Serikat, sekutu Filipina, mengecam`: an aside
                // between subject and verb (see crate::insertion).
                if let Some(c) = insertion_open(t, view, k, from) {
                    k = c;
                    continue;
                }
                let Some(c2) = c2 else {
                    break;
                };
                // `, which ...`, or a relative after a quantifier phrase
                // (`, the first of which were delivered in January,`).
                // Not when a coordinator joins the verb to an earlier
                // predicate (`menangkap Budi, yang diduga ..., dan menyita`):
                // the relative clause is about that predicate's object.
                let starts_relative = (c2 + 1..k.min(c2 + 5)).any(|j| {
                    t.syntax.relatives.contains(view.words[j].lower)
                        && (j == c2 + 1 || t.syntax.preps.contains(view.words[j - 1].lower))
                }) && !coordinated_after(t, view, k, from);
                // `Sayap bersenjata Hamas, Brigade Al-Qassam, menembakkan ...`:
                // a capitalized appositive right after the subject.
                let appositive = c2 + 1 < k
                    && k - c2 <= 6
                    && (c2 + 1..k).all(|j| {
                        let w = &view.words[j];
                        w.punct.is_none() && w.capitalized && view.arg_at[j].is_none()
                    })
                    && c2 > 0
                    && (view.arg_at[c2 - 1].is_some() || head_after_actor(t, view, c2));
                // `Hungary, however, rejected ...`: a parenthetical.
                let parenthetical = is_parenthetical(t, view, c2, k);
                // `Kim Yo Jong, the sister of leader Kim Jong Un, said ...`,
                // `Dagalo, known as Hemedti, welcomed ...`: an appositive
                // opened by an `appositive_open` word right after the subject.
                let described = c2 + 1 < k
                    && k - c2 <= APPOSITIVE_REACH
                    && t.syntax.appositive_opens.contains(view.words[c2 + 1].lower)
                    && c2 > 0
                    && view.arg_at[c2 - 1].is_some();
                // `Indonesia, melalui Kementerian Luar Negeri, menyerukan ...`:
                // a prepositional phrase set off by commas after the subject.
                // `Mao Ning, ketika ditanya wartawan, meminta ...`: or a
                // short clause opened by a clause boundary (not a
                // complementizer, which would open the verb's content).
                let opener = view.words[c2 + 1].lower;
                let aside = c2 + 1 < k
                    && k - c2 <= APPOSITIVE_REACH
                    && (t.syntax.preps.contains(opener)
                        || (t.syntax.boundaries.contains(opener)
                            && !t.syntax.complements.contains(opener)))
                    && c2 > 0
                    && view.arg_at[c2 - 1].is_some();
                let participial = participial_aside(t, view, c2, k);
                if view.words[c2].punct == Some(',')
                    && (starts_relative
                        || appositive
                        || parenthetical
                        || aside
                        || described
                        || participial)
                {
                    k = c2;
                    continue;
                }
                break;
            }
            if is_quote(p) {
                // A short quoted fragment (`called it "treasonous" and
                // deployed ...`) is part of the clause: skip it.
                if let Some(open) = (k.saturating_sub(5)..k)
                    .rev()
                    .find(|&j| view.words[j].punct.is_some_and(is_quote))
                {
                    k = open;
                    continue;
                }
                // `said it was "deeply concerned" by`, `Washington "stands
                // firmly" with`: a quotation opening inside the clause, right
                // after its subject, quotes the predicate: skip the mark.
                if quotes_predicate(t, view, k, from) {
                    continue;
                }
            }
            if is_stop_punct(p) {
                break;
            }
            continue;
        }
        if t.syntax.relatives.contains(w.lower) {
            // `Bareskrim pada hari yang sama menangkap`: no relative clause.
            if not_relative_at(t, view, k) {
                crossed.push(k);
                continue;
            }
            let mut j = k;
            while j > 0 && view.words[j - 1].punct == Some(',') {
                j -= 1;
            }
            return (relative_head(t, view, j), crossed);
        }
        let two = k > 0
            && t.syntax.boundary_firsts.contains(view.words[k - 1].lower)
            && t.syntax
                .boundaries
                .contains(&format!("{} {}", view.words[k - 1].lower, w.lower));
        if two || t.syntax.boundaries.contains(w.lower) {
            break;
        }
        if t.syntax.complements.contains(w.lower) && !t.syntax.purpose.contains(w.lower) {
            break;
        }
        crossed.push(k);
    }
    (None, crossed)
}

/// Does a `not_relative` phrase (`yang sama`) start at word `k`?
fn not_relative_at(t: &LanguageTables, view: &SentenceView, k: usize) -> bool {
    t.syntax.not_relatives.iter().any(|ws| {
        ws.len() <= view.words.len() - k
            && ws
                .iter()
                .enumerate()
                .all(|(o, w)| view.words[k + o].lower == w.as_str())
    })
}

/// The subject named between commas `c2` and `k` right before the verb:
/// `Sejumlah negara lain, termasuk Malaysia dan Filipina, juga
/// meminta ...`: the members named after a generic subject.
/// `Pakistan's military spokesman, Lieutenant General Ahmed
/// Sharif Chaudhry, rejected ...`: the appositive names the
/// subject itself (a title and a name, the name an actor).
/// Not after an actor in a prepositional phrase (`tiba di
/// Kuala Lumpur, Malaysia,`: a place and its country).
/// `..., with Modi urging Jakarta to ease curbs`: the verb at `from` is a
/// participle (a `participle_clause` ending) right after actor `a`, and the
/// `absolute_prep` before the actor (a determiner or two may stand between)
/// opens the sentence or follows a comma, so the actor is the participle's
/// subject. Without the comma the participle is a reduced relative clause
/// on the actor (`a ceasefire with rebels fighting to topple him`).
fn absolute_participle(t: &LanguageTables, view: &SentenceView, a: usize, from: usize) -> bool {
    let arg = &view.args[a];
    absolute_span(t, view, (arg.w0, arg.w1), from)
}

/// The last word of argument `a` and the actors coordinated after it, when
/// they are the subject of an absolute clause (`..., with Qatar and Egypt
/// acting as mediators`). Such a clause adds a circumstance with its own
/// subject and verb: its actors are no object or partner of the verb before
/// it (`held indirect talks in Doha, with Qatar and Egypt acting as
/// mediators` are talks of the two sides, not with the mediators).
pub(crate) fn absolute_subject_end(
    t: &LanguageTables,
    view: &SentenceView,
    a: usize,
) -> Option<usize> {
    let (_, w0, w1) = with_coordinated(t, view, a);
    absolute_span(t, view, (w0, w1), w1 + 1).then_some(w1)
}

/// The words `span` are followed at `from` by a participle and preceded by
/// an `absolute_prep` (a determiner or two between) that opens the
/// sentence or follows a comma.
fn absolute_span(
    t: &LanguageTables,
    view: &SentenceView,
    span: (usize, usize),
    from: usize,
) -> bool {
    let (w0, w1) = span;
    let participle = from == w1 + 1
        && view.words.get(from).is_some_and(|w| {
            t.syntax
                .participle_clauses
                .iter()
                .any(|s| w.lower.len() > s.len() + 2 && w.lower.ends_with(s.as_str()))
        });
    let prep = (w0.saturating_sub(3)..w0)
        .rev()
        .find(|&j| t.syntax.absolute_preps.contains(view.words[j].lower));
    participle && prep.is_some_and(|j| j == 0 || view.words[j - 1].punct == Some(','))
}

fn named_in_commas(t: &LanguageTables, view: &SentenceView, c2: usize, k: usize) -> Option<usize> {
    let named = (view.words[c2].punct == Some(',')
        && c2 > 0
        && view.words[c2 - 1].punct.is_none()
        && view.arg_at[c2 - 1].is_none_or(|b| prep_before(t, view, b).is_none())
        && k - c2 <= 8)
        .then(|| view.arg_at[k - 1])
        .flatten()
        .filter(|&a| {
            view.args[a].w1 == k - 1
                && (c2 + 1..k).all(|j| {
                    let w = &view.words[j];
                    w.punct.is_none() && w.capitalized && view.arg_at[j].is_none_or(|b| b == a)
                })
        });
    if named.is_some() {
        return named;
    }
    (view.words[c2].punct == Some(',')
        && c2 + 1 < k
        && t.syntax.inclusives.contains(view.words[c2 + 1].lower)
        && (c2 == 0 || view.arg_at[c2 - 1].is_none()))
    .then(|| (c2 + 2..k).find_map(|j| view.arg_at[j]))
    .flatten()
}

/// `Leaders of the bloc (CARICOM), meeting by video link on Monday,
/// condemned ...`, `Dagalo, speaking in Khartoum, said ...`: a participial
/// phrase set off by commas `c2` and `k` right after the subject (an actor,
/// or an actor's parenthesised acronym) has no actor of its own to offer:
/// the search for the subject skips it. The phrase opens with a word ending
/// in one of the language's `participle_clause` suffixes (`-ing`).
fn participial_aside(t: &LanguageTables, view: &SentenceView, c2: usize, k: usize) -> bool {
    let opens = view.words.get(c2 + 1).is_some_and(|w| {
        w.punct.is_none()
            && t.syntax
                .participle_clauses
                .iter()
                .any(|s| w.lower.len() > s.len() + 2 && w.lower.ends_with(s.as_str()))
    });
    // `Sudan's foreign minister, speaking ...`: the actor may own a head
    // noun or two before the comma.
    let after_actor = c2 > 0
        && (view.arg_at[c2 - 1].is_some()
            || head_after_actor(t, view, c2)
            || (view.words[c2 - 1].punct == Some(')') && c2 > 1 && view.arg_at[c2 - 2].is_some()));
    opens && c2 + 1 < k && k - c2 <= APPOSITIVE_REACH && after_actor
}

/// `The U.N. peacekeeping mission, MONUSCO, said`: one or two plain
/// lower-case words (the head noun of the actor's phrase) stand between an
/// actor and the comma at `comma`.
pub(crate) fn head_after_actor(t: &LanguageTables, view: &SentenceView, comma: usize) -> bool {
    (1..=2).any(|n| {
        comma > n
            && view.arg_at[comma - n - 1].is_some()
            && (comma - n..comma).all(|j| {
                let w = &view.words[j];
                w.punct.is_none()
                    && !w.capitalized
                    && view.arg_at[j].is_none()
                    && !t.syntax.preps.contains(w.lower)
                    && !t.syntax.coords.contains(w.lower)
                    && !t.syntax.boundaries.contains(w.lower)
                    && !t.syntax.reports.contains(w.lower)
            })
    })
}

/// Most words of an appositive set off by commas after a subject (`, the
/// powerful sister of leader Kim Jong Un,`).
const APPOSITIVE_REACH: usize = 12;

/// The actor a relative clause opened right after word `rel - 1` is about:
/// the actor right before it (`Russia, which ...`); else the actor owning
/// the head noun right before it (`Hamas militants who opened fire`); and
/// across a prepositional phrase on a head noun, the owner of that noun
/// (`Japan's ambassador in Manila, who met ...`: the ambassador met, not
/// Manila), when there is one; else the actor in the phrase.
fn relative_head(t: &LanguageTables, view: &SentenceView, rel: usize) -> Option<usize> {
    let last = rel.checked_sub(1)?;
    // A head noun: a plain word, not a function word or another actor.
    let noun = |m: usize| {
        let w = &view.words[m];
        w.punct.is_none()
            && view.arg_at[m].is_none()
            && !t.syntax.preps.contains(w.lower)
            && !t.syntax.boundaries.contains(w.lower)
            && !t.syntax.complements.contains(w.lower)
            && !t.syntax.relatives.contains(w.lower)
            && !t.syntax.coords.contains(w.lower)
            && !t.syntax.determiners.contains(w.lower)
    };
    // The actor owning the head noun at `head`, right before it.
    let owner = |head: usize| {
        let o = view.arg_at[head.checked_sub(1)?]?;
        (noun(head) && prep_before(t, view, o).is_none()).then_some(o)
    };
    let Some(a) = view.arg_at[last] else {
        return owner(last);
    };
    // `in Manila`: look past the preposition for the noun's owner.
    let prep = view.args[a].w0.checked_sub(1).filter(|&p| {
        let w = view.words[p].lower;
        t.syntax.preps.contains(w) && !t.syntax.boundaries.contains(w)
    });
    prep.and_then(|p| p.checked_sub(1))
        .and_then(owner)
        .or(Some(a))
}

/// Word `k` is a `.` or `,` between two digit strings (`13.00`, `1,2`).
fn in_number(view: &SentenceView, k: usize) -> bool {
    let digits = |j: usize| {
        view.words.get(j).is_some_and(|w| {
            w.punct.is_none() && !w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit())
        })
    };
    matches!(view.words[k].punct, Some('.' | ','))
        && k > 0
        && digits(k - 1)
        && digits(k + 1)
        && view.words[k - 1].end == view.words[k].start
        && view.words[k].end == view.words[k + 1].start
}

/// The subject set off by commas right before its verb: in `Kuasa hukum
/// pasangan itu, Togar Nainggolan, menolak ...` the comma at `comma` closes
/// an appositive name that opened after another comma, and that name is
/// the subject (the caller checks that the verb follows the comma closely:
/// in `tiba di Kuala Lumpur, Malaysia, pada Minggu untuk menghadiri` the
/// commas set off a place). The appositive must fill the whole stretch between the two
/// commas (coordinated names included) and follow a word, not a
/// punctuation mark.
fn comma_set_appositive(t: &LanguageTables, view: &SentenceView, comma: usize) -> Option<usize> {
    let a = view.arg_at[comma.checked_sub(1)?]?;
    let (_, w0, w1) = with_coordinated(t, view, a);
    (w1 + 1 == comma
        && w0 >= 2
        && view.words[w0 - 1].punct == Some(',')
        && view.words[w0 - 2].punct.is_none()
        && prep_before(t, view, a).is_none())
    .then_some(a)
}

/// True when at most `max` plain words (no punctuation, preposition,
/// clause boundary, complementizer or relative pronoun) lie strictly between
/// word `after` and word `at`.
pub(crate) fn plain_gap(
    t: &LanguageTables,
    view: &SentenceView,
    after: usize,
    at: usize,
    max: usize,
) -> bool {
    at > after
        && at <= after + 1 + max
        && (after + 1..at).all(|m| {
            let w = &view.words[m];
            w.punct.is_none()
                && !t.syntax.preps.contains(w.lower)
                && !t.syntax.boundaries.contains(w.lower)
                && !t.syntax.complements.contains(w.lower)
                && !t.syntax.relatives.contains(w.lower)
                && view.arg_at[m].is_none()
        })
}

/// Is `word` a verbal form of a dictionary entry (active or passive), as
/// opposed to a nominalisation of the same root (`mendukung`, `didukung`,
/// not `dukungan`)?
pub(crate) fn is_verb_form(t: &LanguageTables, word: &str) -> bool {
    t.analyses(word).iter().any(|f| {
        t.by_lemma
            .get(&f.lemma)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|&ei| &t.entries[ei])
            .any(|x| {
                !x.noun
                    && f.suffix == x.head_form.suffix
                    && (f.prefix == x.head_form.prefix
                        || t.morphology.passive_of(&x.head_form.prefix) == Some(f.prefix.as_str()))
            })
    })
}

/// Most plain words between a passive verb and its agent marker (`shot
/// dead by`, `blocked from approaching the shoal by`).
pub(crate) const AGENT_REACH: usize = 5;

/// The agent of a passive: `oleh X`, or X right after the verb. Up to
/// `reach` plain words (no punctuation, actor, clause boundary or
/// complementizer) may stand before the agent marker: `was shot dead by
/// police`, `had been shot at by gunmen`, `was blocked from approaching the
/// shoal by a navy ship` (a noun's owner, `the attack by X`, takes none).
pub(crate) fn passive_agent(
    t: &LanguageTables,
    view: &SentenceView,
    last: usize,
    reach: usize,
) -> Option<usize> {
    let k = last + 1;
    let w = view.words.get(k)?;
    if let Some(a) = view.arg_at[k] {
        return Some(a);
    }
    let plain = |w: &crate::view::Word| {
        w.punct.is_none()
            && !t.syntax.boundaries.contains(w.lower)
            && !t.syntax.complements.contains(w.lower)
    };
    let marker = (k..view.words.len().min(k + 1 + reach))
        .take_while(|&m| view.arg_at[m].is_none() && plain(&view.words[m]))
        .find(|&m| t.syntax.passive_agents.contains(view.words[m].lower));
    if marker.is_none() && !t.syntax.passive_agents.contains(w.lower) {
        return None;
    }
    // `by a Turkish court`, `by two Chinese ships`: determiners, quantifiers
    // and numbers may come between, and so may agent nouns and a capitalized
    // title (`oleh Presiden Jose Ramos-Horta`, `oleh oknum polisi`).
    let from = marker.unwrap_or(k) + 1;
    let mut j = from;
    while j <= from + 3
        && view.words.get(j).is_some_and(|w| {
            view.arg_at[j].is_none()
                && w.punct.is_none()
                && (t.syntax.determiners.contains(w.lower)
                    || t.syntax.quantifiers.contains(w.lower)
                    || t.syntax.agents.contains(w.lower)
                    || w.capitalized
                    || (!w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit())))
        })
    {
        j += 1;
    }
    // `by the Federal Security Service (FSB)`: a name the entity stage left
    // out, followed by its acronym in parentheses, which it knows.
    let acronym = (j > from && view.words.get(j).is_some_and(|w| w.punct == Some('(')))
        .then(|| view.arg_at.get(j + 1).copied().flatten())
        .flatten();
    view.arg_at.get(j).copied().flatten().or(acronym)
}

/// A place: a location argument after `di`/`ke`/`in`/`to` in the clause.
pub(crate) fn place_in(
    t: &LanguageTables,
    view: &SentenceView,
    doc_is_place: &dyn Fn(usize) -> bool,
    from: usize,
    visit: bool,
) -> Option<usize> {
    let n = view.words.len();
    // The clause ends at a boundary, a complementizer or stop punctuation:
    // `... agar membuka akses ke Gaza` is not where the visit happened. Other
    // events take `di X` only right after the trigger: in `membahas situasi
    // di Myanmar` Myanmar is the topic, not the place.
    let window = if visit { TARGET_WINDOW } else { 3 };
    let end = (from..n.min(from + window))
        .find(|&k| {
            let w = &view.words[k];
            w.punct.is_some_and(is_stop_punct)
                || t.syntax.boundaries.contains(w.lower)
                || t.syntax.complements.contains(w.lower)
        })
        .unwrap_or(n.min(from + window));
    (from..end).find_map(|k| {
        let a = view.arg_at[k]?;
        let prep = prep_before(t, view, a)?;
        let place_prep =
            matches!(prep, "di" | "in" | "at") || (visit && matches!(prep, "ke" | "to"));
        let m = *view.args[a].members.first()?;
        (place_prep && view.args[a].members.len() == 1 && doc_is_place(m)).then_some(m)
    })
}

/// The owner of a nominal event standing right after it (`serangan udara
/// Israel`, `kunjungan Kim`): an actor at most two plain words after the
/// pattern's last word, not inside a prepositional phrase.
pub(crate) fn noun_owner(t: &LanguageTables, view: &SentenceView, last: usize) -> Option<usize> {
    (last + 1..view.words.len().min(last + 4))
        .find_map(|k| view.arg_at[k])
        .filter(|&a| {
            // Not across a coordinator: in `monitoring the drills and urged
            // Beijing` Beijing is the next verb's object.
            plain_gap(t, view, last, view.args[a].w0, 2)
                && prep_before(t, view, a).is_none()
                && (last + 1..view.args[a].w0)
                    .all(|m| !t.syntax.coords.contains(view.words[m].lower))
        })
}

/// A condemnation (PLOVER ACCUSE) of a physical act (CAMEO 14-20: protest,
/// force posture, coercion, assault) that names its own agent (`mengecam
/// serangan udara Israel terhadap Iran`) reports that act as well: the
/// nominal event is coded, not absorbed as mere content.
pub(crate) fn condemned_act(
    t: &LanguageTables,
    view: &SentenceView,
    governor: usize,
    tr: &Trigger,
) -> bool {
    let inner = &t.entries[tr.entry];
    let physical = inner
        .cameo
        .as_deref()
        .and_then(|c| c.get(..2))
        .is_some_and(|r| matches!(r, "14" | "15" | "16" | "17" | "18" | "19" | "20"));
    // The owner follows the noun directly, not across a coordinator (`condemned
    // the attack and urged Washington ...`).
    let owner = noun_owner(t, view, tr.last).filter(|&a| {
        (tr.last + 1..view.args[a].w0).all(|k| !t.syntax.coords.contains(view.words[k].lower))
    });
    t.entries[governor].plover == "ACCUSE"
        && inner.noun
        && tr.light.is_none()
        && physical
        && owner.is_some()
}
