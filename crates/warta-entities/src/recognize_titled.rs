//! Unknown people introduced by a title whose name words look like
//! something else: a pronoun (`Vice Premier He Lifeng`) or a town (`chief
//! negotiator Ali Bagheri Kani`, `EU coordinator Enrique Mora`).

use super::{Ctx, Found, Target, is_not_name, is_role_word};

impl Ctx<'_> {
    /// A capitalised never-name word (`He`, a pronoun) right after a title
    /// and before another name word starts a name (`Vice Premier He Lifeng`):
    /// mid-sentence, the pronoun would be lower case.
    pub(super) fn titled_name_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let same = |k: usize| k < self.toks.len() && self.toks[k].sentence == t.sentence;
        i > 0
            && same(i - 1)
            && same(i + 1)
            && t.is_capitalized()
            && self.cover[i].is_none()
            && is_not_name(self.lang, t)
            && self.lang.pronouns.contains(&*t.lower)
            && self.toks[i - 1].is_capitalized()
            && is_role_word(self.lang, &self.toks[i - 1])
            && self.toks[i + 1].space_before
            && self.name_token(i + 1)
    }

    /// A one-word town right after a person title and before
    /// another name word starts the titled person's name where the
    /// language puts no place between a title and a name (setting
    /// `titled_towns`): `President Hassan Sheikh Mohamud`, not the
    /// president of Hassan in India.
    pub(super) fn titled_town_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let same = |k: usize| k < self.toks.len() && self.toks[k].sentence == t.sentence;
        self.lang.titled_towns
            && i > 0
            && same(i - 1)
            && same(i + 1)
            && t.is_capitalized()
            && self.town_word(i)
            && is_role_word(self.lang, &self.toks[i - 1])
            && self.toks[i + 1].space_before
            && self.name_token(i + 1)
            && self.role_before(i).is_some()
    }

    /// The end of the name run `i..b` of a titled person, taken over the
    /// one-word town readings that follow it in the same sentence: after
    /// `Ali Bagheri`, `Kani` is the surname, not the town in Japan.
    pub(super) fn extend_titled_name(&self, i: usize, mut b: usize) -> usize {
        if self.role_before(i).is_none() {
            return b;
        }
        while b < self.toks.len()
            && self.toks[b].sentence == self.toks[i].sentence
            && self.toks[b].space_before
            && self.toks[b].is_capitalized()
            && self.town_word(b)
        {
            b += 1;
        }
        b
    }

    /// Token `k` alone is a span whose only readings are towns (no capital).
    fn town_word(&self, k: usize) -> bool {
        let Some(sp) = self.cover[k].map(|ix| &self.spans[ix]) else {
            return false;
        };
        sp.first == k
            && sp.last == k + 1
            && matches!(&sp.found, Found::Known(t) if t.iter().all(|x| match *x {
                Target::Place(p) => self.kb.places[p as usize].feature != "PPLC",
                _ => false,
            }))
    }
}
