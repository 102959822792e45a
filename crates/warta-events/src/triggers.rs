//! Finding the dictionary triggers of a sentence: pattern matching with
//! gaps, voice (active or passive), modality cue spans, light verbs, and
//! which triggers are only the content or purpose of another (absorbed).

use crate::arguments::condemned_act;
use crate::clause::after_determiner_and_name;
use crate::coder::{CONTENT_WINDOW, Trigger, is_stop_punct};
use crate::morphology::Form;
use crate::tables::{Entry, LanguageTables, MAX_GAP, PatternItem};
use crate::targets::{after_possessive, gap_owner_ok};
use crate::view::SentenceView;

/// Matches the pattern items after the head, returning the last word index.
fn match_rest(
    t: &LanguageTables,
    view: &SentenceView,
    items: &[PatternItem],
    pos: usize,
    last: usize,
) -> Option<usize> {
    let Some((item, more)) = items.split_first() else {
        return Some(last);
    };
    match item {
        PatternItem::Word(w) => {
            // A quotation mark between two pattern words is transparent: wire
            // copy quotes short phrases (`said it was "deeply concerned" by`).
            let pos = if closing_quote(view, pos) {
                pos + 1
            } else {
                pos
            };
            let word = view.words.get(pos)?;
            (word.punct.is_none() && t.word_matches(word.lower, w))
                .then(|| match_rest(t, view, more, pos + 1, pos))
                .flatten()
        }
        PatternItem::Gap => (0..=MAX_GAP + NUMBER_SLACK).find_map(|skip| {
            let framing = |k: usize| {
                t.syntax.subject_preps.contains(view.words[k].lower)
                    && view
                        .words
                        .get(k + 1)
                        .is_some_and(|w| t.syntax.determiners.contains(w.lower))
            };
            // The gap stays inside the verb's own phrase: no punctuation,
            // complementizer, clause boundary or framing `during a`
            // (`deployed troops to guard police` is no `deploy * police`).
            // A currency sign (`pledged $40 million`, `US$15 million`) belongs
            // to the amount, not to a clause boundary.
            let outside = |w: &crate::view::Word| {
                w.punct
                    .is_some_and(|c| !is_currency_sign(c) && !is_quote(w))
                    || t.syntax.complements.contains(w.lower)
                    || t.syntax.boundaries.contains(w.lower)
            };
            // A thousands separator (`5,000 tonnes`) is part of the number.
            let digits = |k: usize| {
                view.words.get(k).is_some_and(|w| {
                    !w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit())
                })
            };
            let in_number = |k: usize| {
                matches!(view.words[k].punct, Some(',' | '.'))
                    && k > 0
                    && digits(k - 1)
                    && digits(k + 1)
            };
            // An amount counts as one word, whatever its separators and
            // currency sign (`massed more than 100,000 troops`, `granted
            // Pakistan a $2 billion loan`): the number is one constituent.
            let in_amount = |k: usize| {
                in_number(k)
                    || (digits(k) && k > 0 && in_number(k - 1))
                    || view.words[k].punct.is_some_and(is_currency_sign)
            };
            if (pos..pos + skip)
                .filter(|&k| k >= view.words.len() || !(in_amount(k) || is_quote(&view.words[k])))
                .count()
                > MAX_GAP
            {
                return None;
            }
            // The apostrophe of a plural possessive (`met the students' demands`)
            // is part of the noun phrase: attached to a word ending in `s`.
            let plural_possessive = |k: usize| {
                matches!(view.words[k].punct, Some('\'' | '\u{2019}'))
                    && k > 0
                    && view.words[k - 1].end == view.words[k].start
                    && view.words[k - 1].lower.ends_with('s')
            };
            // A quoted phrase inside the gap (`vowed a "merciless" response`,
            // `called the strikes a "flagrant aggression"`) closes inside the
            // gap or right after the pattern's last word; a quote left open
            // starts a quotation the pattern must not reach into (`would
            // resume fighting "with full force"` is no `fight * with`).
            let reach = pos + skip + more.len();
            let open_quote = |k: usize| {
                k < view.words.len()
                    && is_quote(&view.words[k])
                    && !closing_quote(view, k)
                    && !(k + 1..=reach).any(|j| closing_quote(view, j))
            };
            if (pos..pos + skip).any(open_quote) {
                return None;
            }
            if (pos..pos + skip).any(|k| {
                (view.words.get(k).is_none_or(outside)
                    && !(k < view.words.len() && (in_number(k) || plural_possessive(k))))
                    || framing(k)
            }) || !gap_owner_ok(view, pos, pos + skip)
            {
                return None;
            }
            match_rest(t, view, more, pos + skip, last)
        }),
    }
}

/// Whether word `w` is a double quotation mark (straight or curly).
fn is_quote(w: &crate::view::Word) -> bool {
    matches!(w.punct, Some('"' | '\u{201C}' | '\u{201D}'))
}

/// Whether word `k` is a closing quotation mark: a quote written right
/// after the previous word (`"deeply concerned" by`).
fn closing_quote(view: &SentenceView, k: usize) -> bool {
    k > 0
        && view.words.get(k).is_some_and(is_quote)
        && view.words[k - 1].end == view.words[k].start
        && view.words[k - 1].punct.is_none()
}

/// Longest count phrase a pattern's first word may follow (`lebih dari
/// 2.000`, `sedikitnya 120`, `two more`).
const MAX_COUNT: usize = 5;

/// How many words from `k` on make a count before a noun: numbers (with
/// their thousands separators) and `quantifier` words (`dua`, `ratusan`,
/// `several`), at most [`MAX_COUNT`]; 0 when none. The count must be
/// followed by a word, so a number closing the clause is no count.
fn count_phrase(t: &LanguageTables, view: &SentenceView, k: usize) -> usize {
    let digits =
        |w: &crate::view::Word| !w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit());
    let mut j = k;
    while j < view.words.len() && j < k + MAX_COUNT {
        let w = &view.words[j];
        let separator = matches!(w.punct, Some('.' | ','))
            && j > k
            && digits(&view.words[j - 1])
            && view.words.get(j + 1).is_some_and(digits)
            && view.words[j - 1].end == w.start;
        // `in March 2025 on`: a year is no count.
        let year = w.lower.len() == 4
            && (w.lower.starts_with("19") || w.lower.starts_with("20"))
            && !view.words.get(j + 1).is_some_and(|n| {
                matches!(n.punct, Some('.' | ',')) && view.words.get(j + 2).is_some_and(digits)
            });
        let count = digits(w) && !year;
        if !(separator || (w.punct.is_none() && (count || t.syntax.quantifiers.contains(w.lower))))
        {
            break;
        }
        j += 1;
    }
    j - k
}

/// Extra words a `*` may skip when they are the digits, separators or
/// currency sign of an amount (see `match_rest`).
const NUMBER_SLACK: usize = 4;

/// Whether `c` is one of the common currency signs written before an
/// amount (`$`, `€`, `£`, `¥`, `₹` and the others listed below).
fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '€' | '£' | '¥' | '₹' | '₩' | '₽' | '₺' | '₱' | '₫' | '₦' | '₪'
    )
}

/// Whether the word at `k` is a quantifier floating after its subject
/// (`they would each send`, `Egypt and Qatar each sent`): right after a
/// pronoun, an auxiliary or modal, or an actor it determines no noun, so
/// the verb after it stays a verb.
fn floating_quantifier(t: &LanguageTables, view: &SentenceView, k: usize) -> bool {
    let s = &t.syntax;
    if k == 0 || !s.floating_quantifiers.contains(view.words[k].lower) {
        return false;
    }
    let host = &view.words[k - 1];
    host.punct.is_none()
        && (s.pronouns_pl.contains(host.lower)
            || s.pronouns_sg.contains(host.lower)
            || s.pronouns_speaker.contains(host.lower)
            || s.floating_hosts.contains(host.lower)
            || view.arg_at[k - 1].is_some())
}

fn voice(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    form: &Form,
    at: usize,
) -> Option<bool> {
    if form.lemma != e.head_form.lemma {
        return None;
    }
    if t.morphology.suffix_only() {
        let aux_before =
            (at.saturating_sub(2)..at).any(|k| t.syntax.passive_aux.contains(view.words[k].lower));
        // `three companies accused of supplying drones`: a participle right
        // before a `participle_prep` is passive even without an auxiliary.
        // Not after a subject pronoun: `a French diplomat it accused of
        // spying` is active.
        let pronoun_subject = at > 0 && {
            let w = view.words[at - 1].lower;
            (t.syntax.pronouns_sg.contains(w) || t.syntax.pronouns_pl.contains(w))
                && !t.syntax.pronouns_object.contains(w)
        };
        let participle = !pronoun_subject
            && view
                .words
                .get(at + 1)
                .is_some_and(|w| t.syntax.participle_preps.contains(w.lower));
        return Some(form.suffix == "ed" && (aux_before || participle) && !e.noun);
    }
    if form.prefix == e.head_form.prefix && form.suffix == e.head_form.suffix {
        return Some(false);
    }
    (t.morphology.passive_of(&e.head_form.prefix) == Some(form.prefix.as_str())
        && form.suffix == e.head_form.suffix)
        .then_some(true)
}

/// Word indexes covered by multi-word modality cues (`mendiskusikan untuk`):
/// those words are modality, not triggers.
pub(crate) fn cue_hits(t: &LanguageTables, view: &SentenceView) -> Vec<(usize, usize, String)> {
    let mut hits = Vec::new();
    for (i, w) in view.words.iter().enumerate() {
        let Some(cues) = t.cues.get(w.lower) else {
            continue;
        };
        for c in cues {
            let n = c.words.len();
            if i + n <= view.words.len()
                && c.words
                    .iter()
                    .enumerate()
                    .all(|(o, cw)| view.words[i + o].lower == *cw)
            {
                hits.push((i, i + n - 1, c.aux.clone()));
            }
        }
    }
    // The longest cue wins: `tidak segan` ("not hesitate", future) is no
    // negation, so the `tidak` inside it adds none.
    let shadowed = |&(a, b, _): &(usize, usize, String)| {
        hits.iter()
            .any(|(x, y, _)| *x <= a && b <= *y && y - x > b - a)
    };
    let keep: Vec<bool> = hits.iter().map(|h| !shadowed(h)).collect();
    let mut k = keep.into_iter();
    hits.retain(|_| k.next().unwrap_or(true));
    hits
}

/// Finds the triggers of a sentence, longest pattern first, left to right.
pub fn triggers(
    t: &LanguageTables,
    view: &SentenceView,
    cues: &[(usize, usize, String)],
) -> Vec<Trigger> {
    let in_multiword_cue = |k: usize| cues.iter().any(|(a, b, _)| b > a && *a <= k && k <= *b);
    let mut out: Vec<Trigger> = Vec::new();
    let mut i = 0;
    while i < view.words.len() {
        let w = &view.words[i];
        if w.punct.is_some() || view.arg_at[i].is_some() || view.in_name[i] || in_multiword_cue(i) {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, usize, bool)> = None;
        for form in t.analyses(w.lower) {
            for &ei in t
                .by_lemma
                .get(&form.lemma)
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                let e = &t.entries[ei];
                if e.solo {
                    continue; // only coded through its reciprocal twin
                }
                let Some(passive) = voice(t, view, e, form, i) else {
                    continue;
                };
                // `a trade agreement`: after a determiner the word is a noun.
                let after_determiner = (i > 0
                    && t.syntax.determiners.contains(view.words[i - 1].lower)
                    && !floating_quantifier(t, view, i - 1))
                    || after_determiner_and_name(t, view, i, form)
                    || after_possessive(t, view, i);
                if after_determiner && !e.noun {
                    continue;
                }
                // `menutup dua pos lintas batas`, `memblokir 12 rekening`:
                // a count before the object noun belongs to the noun phrase.
                let Some(last) = match_rest(t, view, &e.rest, i + 1, i).or_else(|| {
                    let n = count_phrase(t, view, i + 1);
                    (n > 0 && matches!(e.rest.first(), Some(PatternItem::Word(_))))
                        .then(|| match_rest(t, view, &e.rest, i + 1 + n, i))
                        .flatten()
                }) else {
                    continue;
                };
                let better = best.is_none_or(|(bi, bl, _)| {
                    let b = &t.entries[bi];
                    (e.specificity(), last) > (b.specificity(), bl)
                });
                if better {
                    best = Some((ei, last, passive));
                }
            }
        }
        match best {
            Some((entry, last, passive)) => {
                let light = if t.entries[entry].noun {
                    light_verb_before(t, view, i)
                } else {
                    None
                };
                out.push(Trigger {
                    entry,
                    head: i,
                    last,
                    passive,
                    light,
                    absorbed: false,
                    reported: false,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    mark_absorbed(t, view, &mut out);
    out
}

pub(crate) fn light_verb_before(
    t: &LanguageTables,
    view: &SentenceView,
    head: usize,
) -> Option<usize> {
    (head.saturating_sub(3)..head).rev().find_map(|k| {
        let plain =
            (k + 1..head).all(|m| view.words[m].punct.is_none() && view.arg_at[m].is_none());
        if !plain {
            return None;
        }
        if t.syntax.light_verbs.contains(view.words[k].lower) {
            return Some(k);
        }
        // A two-word light verb (`carried out drone strikes`): the verb is
        // its first word.
        let first = view.words.get(k.checked_sub(1)?)?;
        (first.punct.is_none()
            && contains_pair(&t.syntax.light_verbs, first.lower, view.words[k].lower))
        .then_some(k - 1)
    })
}

/// Whether `set` holds the two words `a b`, joined in a stack buffer:
/// this runs for every trigger, and a `format!` per call showed up in
/// profiles.
fn contains_pair(set: &rustc_hash::FxHashSet<String>, a: &str, b: &str) -> bool {
    let mut buf = [0u8; 64];
    let n = a.len() + 1 + b.len();
    if n > buf.len() {
        return set.contains(&format!("{a} {b}"));
    }
    buf[..a.len()].copy_from_slice(a.as_bytes());
    buf[a.len()] = b' ';
    buf[a.len() + 1..n].copy_from_slice(b.as_bytes());
    std::str::from_utf8(&buf[..n]).is_ok_and(|key| set.contains(key))
}

/// A verbal entry that takes a content clause or is verbal conflict (CAMEO
/// 10-13: demand, disapprove, reject, threaten): after `dan` it is a second
/// predicate of the subject rather than more content of an earlier verb.
pub(crate) fn is_speech_act(e: &Entry) -> bool {
    !e.noun
        && (e.absorb
            || e.cameo
                .as_deref()
                .and_then(|c| c.get(..2))
                .is_some_and(|r| matches!(r, "10" | "11" | "12" | "13")))
}

/// Complement clauses of `absorb` entries and nominal objects of verbs are
/// the content of another event, not events of their own.
pub(crate) fn mark_absorbed(t: &LanguageTables, view: &SentenceView, trigs: &mut [Trigger]) {
    let n = view.words.len();
    let heads: Vec<usize> = trigs.iter().map(|tr| tr.light.unwrap_or(tr.head)).collect();
    // Verbal triggers only: a bare event noun (`menghalangi bantuan`) is not a verb of its own.
    let verb_heads: Vec<usize> = trigs
        .iter()
        .filter(|tr| !t.entries[tr.entry].noun || tr.light.is_some())
        .map(|tr| tr.light.unwrap_or(tr.head))
        .collect();
    let speech_heads: Vec<usize> = trigs
        .iter()
        .filter(|tr| is_speech_act(&t.entries[tr.entry]))
        .map(|tr| tr.light.unwrap_or(tr.head))
        .collect();
    // Verb triggers that are the light verb of a nominal trigger
    // (`memerintahkan penutupan kompleks`, `ordered the deployment of
    // troops`): the noun carries the event, with the verb's subject as its
    // source, so the verb is neither coded on its own nor the governor of
    // the noun as its content. Only a bare verb trigger: in `mengajukan
    // permohonan ekstradisi` the verb's own pattern names the act.
    let carriers: Vec<usize> = trigs.iter().filter_map(|tr| tr.light).collect();
    let carrier = |tr: &Trigger| {
        !t.entries[tr.entry].noun && tr.head == tr.last && carriers.contains(&tr.head)
    };
    let mut regions: Vec<(usize, usize, usize)> = Vec::new();
    for tr in trigs.iter() {
        let e = &t.entries[tr.entry];
        if !e.absorb || carrier(tr) {
            continue;
        }
        // The content runs from the trigger to the end of its clause: past a
        // complementizer (`agar`, `untuk`, `bahwa`) when there is one, else
        // to the next comma (`menuduh China mengerahkan kapal`).
        // Not past `and` + another trigger: in `opposed the listing and urged
        // Brussels to ...` the `to` is urged's, not opposed's.
        let complement = (tr.last + 1..n.min(tr.last + 10))
            .take_while(|&k| view.words[k].punct.is_none_or(|p| !is_stop_punct(p)))
            .take_while(|&k| {
                !(t.syntax.coords.contains(view.words[k].lower) && heads.contains(&(k + 1)))
            })
            .find(|&k| t.syntax.complements.contains(view.words[k].lower));
        let from = complement.unwrap_or(tr.last);
        // Bounded, so that coding stays linear even in an unsplit text.
        let limit = n.min(from + 1 + CONTENT_WINDOW);
        // Without a complementizer, `dan` + another trigger starts a second
        // predicate of the same subject (`menyatakan keprihatinan dan meminta
        // China ...`), not the content of this one; but once the content has
        // a verb of its own (`menuduh China mengerahkan kapal dan menembakkan
        // ...`), a coordinated verb still belongs to the content, unless it
        // is itself a speech act (`membantah telah menghalangi bantuan dan
        // menyalahkan Hamas`, `denied that ... and accused Manila`): denials
        // and accusations are rarely content. A content verb right after the
        // trigger, without a subject of its own (`menolak mendukung paket
        // sanksi dan mengancam ...`), does not make the coordinated verb
        // content: both share the main subject.
        // One plain adverb may stand between `dan` and the verb (`dan balik
        // menuding Israel`, `dan kembali mendesak`).
        let next_head = |k: usize, hs: &[usize]| {
            hs.contains(&(k + 1))
                || (k + 2 < n
                    && hs.contains(&(k + 2))
                    && view.words[k + 1].punct.is_none()
                    && view.arg_at[k + 1].is_none()
                    && !heads.contains(&(k + 1)))
        };
        let coordinated_trigger = |k: usize| {
            t.syntax.coords.contains(view.words[k].lower)
                && next_head(k, &heads)
                && ((complement.is_none()
                    && !verb_heads.iter().any(|&h| {
                        h > tr.last && h < k && (tr.last + 1..h).any(|m| view.arg_at[m].is_some())
                    }))
                    || next_head(k, &speech_heads))
        };
        let end = (from + 1..limit)
            .find(|&k| {
                let w = &view.words[k];
                w.punct.is_some_and(is_stop_punct)
                    || (complement.is_none() && w.punct == Some(','))
                    || t.syntax.boundaries.contains(w.lower)
                    || coordinated_trigger(k)
            })
            .unwrap_or(limit);
        regions.push((tr.last, end, tr.entry));
    }
    let verb_ends: Vec<(usize, usize)> = trigs
        .iter()
        .filter(|tr| !t.entries[tr.entry].noun || tr.light.is_some())
        .map(|tr| (tr.last, tr.entry))
        .collect();
    for tr in trigs.iter_mut() {
        // Regions start in text order and are at most CONTENT_WINDOW + 10 long.
        let before = regions.partition_point(|&(a, _, _)| a < tr.head);
        // Governors whose content this trigger is: the absorb regions that
        // contain it, and the verb it is the nominal object of.
        let mut governors = regions[..before]
            .iter()
            .rev()
            .take_while(|&&(a, _, _)| a + CONTENT_WINDOW + 12 >= tr.head)
            .filter(|&&(_, b, _)| tr.head < b)
            .map(|&(_, _, gov)| gov)
            .peekable();
        let in_region = governors.peek().is_some();
        let inside = governors.any(|gov| !condemned_act(t, view, gov, tr));
        let object_of = (t.entries[tr.entry].noun && tr.light.is_none())
            .then(|| {
                // The last verb ending before the head (verb_ends is sorted).
                let i = verb_ends.partition_point(|&(v, _)| v < tr.head);
                let (v, gov) = *verb_ends.get(i.checked_sub(1)?)?;
                (tr.head <= v + 2 && (v + 1..tr.head).all(|k| view.words[k].punct.is_none()))
                    .then_some(gov)
            })
            .flatten();
        let object = object_of.is_some_and(|gov| !condemned_act(t, view, gov, tr));
        tr.absorbed = inside || object || carrier(tr);
        tr.reported = !tr.absorbed && (in_region || object_of.is_some());
    }
    // A purpose infinitive after another verb event is that event's aim,
    // not an event of its own: `deployed the army to support police`,
    // `invited Anwar to attend the summit`.
    for j in 1..trigs.len() {
        let head = trigs[j].head;
        let infinitive =
            head > 0 && t.syntax.purpose.contains(view.words[head - 1].lower) && !trigs[j].absorbed;
        if !infinitive || t.entries[trigs[j].entry].noun {
            continue;
        }
        // Not across a clause boundary or complementizer: in `would hold a
        // meeting and that Manila was prepared to send observers` the
        // infinitive has a clause of its own.
        let governed = trigs[..j].iter().rev().any(|p| {
            !p.absorbed
                && !t.entries[p.entry].noun
                && p.last + 12 >= head
                && (p.last + 1..head - 1).all(|k| {
                    let w = &view.words[k];
                    w.punct.is_none_or(|c| !is_stop_punct(c) && c != ',')
                        && !t.syntax.boundaries.contains(w.lower)
                        && (!t.syntax.complements.contains(w.lower)
                            || t.syntax.purpose.contains(w.lower))
                })
        });
        trigs[j].absorbed = governed;
    }
}
