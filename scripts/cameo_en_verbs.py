#!/usr/bin/env python3
"""Reads the verb section of PETRARCH2's CAMEO.2.0.txt (MIT) into warta
predicate patterns, and says which dictionary lines give no pattern and why.

usage: python3 scripts/cameo_en_verbs.py [SHARED_DATA_DIR]   (coverage report)

scripts/build_event_resources.py imports `parse` to write
data/lang/en/events_predicates.tsv; run this file alone to see what the
conversion keeps and drops, grouped by reason (stdlib only, writes nothing).

The dictionary's syntax, as far as the conversion reads it:
  --- NAME [code] ---          a verb block and its default code (`---`: none)
  VERB {FORMS} [code]          a verb of the block, its irregular forms, and a
                               code of its own that overrides the default
  +VERB_PARTICLE {...} [code]  a phrasal verb (`+CARRY_OUT`): pattern `carry out`
  - * WORD [code]   # OWNER    verb + object head noun; the comment names the
                               verb the pattern was written for
  - * {A B}                    a compound noun: `a b` next to each other
  - * (PREP WORD)              a prepositional phrase after the verb (or its
                               object): `* prep * word`; `(PREP)` alone is the
                               verb followed by that preposition (`rush to`)
  - * &SET                     a synonym set (`&NEGOTIATION`): one pattern per
                               member, singular and plural (members ending in
                               `_` have no plural); only small sets are expanded
  - WORD *                     words before the verb (the subject): not kept
  $ + % ^                      source/target/compound markers: patterns that
                               move the source or target are not kept
  [A:B]                        A codes source -> target; B, when given, codes
                               the reverse direction: `[040:040]` marks a
                               symmetric (reciprocal) act, `[042:043]` a
                               directed one (a visit is hosting seen back)
"""
import os
import re
import sys
from collections import Counter, defaultdict

# Synonym sets larger than this are not expanded: `&WEAPON` (115 members) or
# `&CURRENCY` (90) would add thousands of rows for rare patterns.
MAX_SET = 20
# Patterns longer than this many words after the verb are too specific to
# fire in news and slow the matcher for nothing.
MAX_WORDS = 4


def read_sets(lines):
    """Synonym sets: name -> list of (member word tuple, is a made plural)."""
    sets, name = {}, None
    for raw in lines:
        line = raw.split("#")[0].strip()
        if "VERB PATTERNS" in raw:
            break
        if line.startswith("&"):
            name = line.split()[0]
            sets[name] = []
        elif line.startswith("+") and name:
            word = line[1:].split()[0]
            no_plural = word.endswith("_")
            words = tuple(w.lower() for w in word.strip("_").split("_") if w)
            if not words:
                continue
            sets[name].append((words, False))
            if not no_plural and not words[-1].endswith("s"):
                last = words[-1]
                plural = (last[:-1] + "ies" if last.endswith("y") and last[-2:-1] not in "aeiou"
                          else last + "es" if last.endswith(("ch", "sh", "x", "z")) else last + "s")
                sets[name].append((words[:-1] + (plural,), True))
    return sets


def tokens(body):
    """Splits a pattern body into tokens: words, `*`, `(`, `)`, `{`, `}`, markers."""
    return re.findall(r"[{}()*$+%^]|[^\s{}()*$+%^]+", body)


def pattern_words(toks, sets):
    """The warta pattern word lists (after the verb) for the tokens after `*`,
    or (None, reason)."""
    if any(t in ("$", "%", "^") for t in toks):
        return None, "source/compound marker ($ % ^)"
    if "+" in toks:
        # `+` as the last token or inside `(WITH +)` only names where the target
        # is; the conversion takes targets from the preposition lists instead.
        return None, "target marker (+)"
    alts = [[]]  # alternatives: each a list of items ("w", word) / ("gap",)
    depth_paren = depth_brace = 0
    feats = set()
    only_prep_pp = len([x for x in toks if x not in "(){}"]) == 1 and toks[:1] == ["("]
    first = True
    # `- * TALKS (WITH)`: a preposition alone after other words only says
    # where the target stands, which the target columns already say; as a
    # pattern word it makes `talks with` outrank the hand-written `talks`.
    for k in range(len(toks) - 2):
        if toks[k] == "(" and toks[k + 2] == ")" and not only_prep_pp:
            return None, "preposition alone after the object (target slot)"
    if only_prep_pp and toks[1:2] == ["BY"]:
        # `- * (BY)`: a passive verb and its agent (`harassed by`), whose
        # source is the agent: the pattern would code it the wrong way round.
        return None, "passive agent (by)"
    for k, t in enumerate(toks):
        if t in "(){}" and len(t) == 1:
            depth_paren += {"(": 1, ")": -1}.get(t, 0)
            depth_brace += {"{": 1, "}": -1}.get(t, 0)
            feats.add("pp" if t in "()" else "compound")
            continue
        if t == "*":
            return None, "second verb slot"
        if t.startswith("&"):
            members = sets.get(t)
            if members is None or not members:
                return None, "unknown synonym set"
            if len(members) > MAX_SET:
                return None, "large synonym set (>%d)" % MAX_SET
            # Inside a compound only the last word is the head that takes
            # a plural (`ceasefire proposals`, not `ceasefires proposal`).
            head = depth_brace == 0 or toks[k + 1:k + 2] == ["}"]
            words_opts = [w for w, plural in members if head or not plural]
            feats.add("synset")
        else:
            w = t.lower()
            if not re.fullmatch(r"[a-z][a-z'-]*", w):
                return None, "odd token"
            words_opts = [(w,)]
        # A gap lets determiners, adjectives or an object in: before the
        # first word after the verb (`rejected the Israeli proposal`), before
        # a preposition (`rushed troops to the border`) and after it (`to
        # the border`). Other words follow each other, as in the converted
        # plain patterns (`put up resistance`), and so do the words of a
        # compound `{...}`.
        opens_pp = k > 0 and toks[k - 1] == "("
        after_prep = depth_paren > 0 and k > 1 and toks[k - 2] == "(" and depth_brace == 0
        in_compound = depth_brace > 0 and toks[k - 1] != "{"
        if only_prep_pp:
            gap = False
        elif in_compound:
            gap = False
        else:
            gap = first or opens_pp or after_prep
        first = False
        new = []
        for a in alts:
            for ws in words_opts:
                items = list(a) + ([("gap",)] if gap else []) + [("w", x) for x in ws]
                new.append(items)
        alts = new
    out = []
    for a in alts:
        n = sum(1 for i in a if i[0] == "w")
        if n == 0:
            return None, "no words"
        if n > MAX_WORDS:
            return None, "too long (>%d words)" % MAX_WORDS
        out.append(tuple("*" if i[0] == "gap" else i[1] for i in a))
    if only_prep_pp:
        feats.add("prep_only")
    return (out, feats), None


def parse(path):
    """Yields conversion results for the verb section of CAMEO.2.0.txt.

    Returns (kept, dropped, irregular): kept is a list of dicts with lemma,
    words (tuple, `*` = gap; empty for a bare verb), code (first code of the
    pair), pair (the raw code), block (its name), kind (`verb`, `phrasal`,
    `pattern`), feats (what the line used: `synset`, `compound`, `pp`,
    `prep_only`, `own_code`); dropped a list of (reason,
    line); irregular maps a lemma to its inflected forms in braces."""
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    sets = read_sets(lines)
    kept, dropped, irregular = [], [], {}
    in_verbs = False
    block, default, verbs = None, None, []
    for raw in lines:
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        line = raw.split("#")[0].rstrip()
        comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
        if not line.strip() or line.startswith("~"):
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            block, default, verbs = m.group(1), m.group(2).strip(), []
            continue
        if line.startswith("- "):
            pm = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*$", line)
            if not pm:
                dropped.append(("pattern without code", raw.strip()))
                continue
            body, pair = pm.group(1), pm.group(2).strip()
            code = pair.split(":")[0].strip()
            if not re.fullmatch(r"\d{2,4}", code):
                dropped.append(("no code (--- or reverse-only [:x])", raw.strip()))
                continue
            toks = tokens(body)
            if "*" not in toks:
                dropped.append(("no verb slot", raw.strip()))
                continue
            star = toks.index("*")
            if star > 0:
                dropped.append(("words before the verb (subject)", raw.strip()))
                continue
            res, why = pattern_words(toks[star + 1:], sets)
            if res is None:
                dropped.append((why, raw.strip()))
                continue
            alts, feats = res
            # `# CONFIRM , REAFFIRM`: the verbs the pattern was written for.
            named = [c.split()[0].lower() for c in comment.split(",") if c.split()]
            owners = [o for o in named if o in verbs] or verbs
            if not owners:
                dropped.append(("no verb in block", raw.strip()))
                continue
            for v, vwords in owners_words(owners, verbs):
                for ws in alts:
                    kept.append(dict(lemma=v, words=vwords + ws, code=code, pair=pair,
                                     block=block, kind="pattern", feats=feats))
            continue
        vm = re.match(r"^\+?([A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?", line.strip())
        if not vm or line.startswith(("&", "-")):
            dropped.append(("unreadable verb line", raw.strip()))
            continue
        word = vm.group(1).lower()
        forms = [f.strip("+").lower() for f in (vm.group(2) or "").strip("{}").replace(",", " ").split()]
        parts = [p for p in word.split("_") if p]
        lemma = parts[0]
        verbs.append(word)
        if "and" in parts or "or" in parts:
            # `+KILLED_AND`, `+SHOT_AND`: half of two coordinated verbs, not a verb.
            dropped.append(("coordinated verbs (_AND_)", raw.strip()))
            continue
        if forms and len(parts) == 1:
            irregular.setdefault(lemma, set()).update(forms)
        own = (vm.group(3) or "").strip()
        pair = own or default
        code = pair.split(":")[0].strip()
        if not re.fullmatch(r"\d{2,4}", code):
            dropped.append(("verb: block has no code (---)" if not own else "verb: no code", raw.strip()))
            continue
        kept.append(dict(lemma=lemma, words=tuple(parts[1:]), code=code, pair=pair, block=block,
                         kind="phrasal" if len(parts) > 1 else "verb",
                         feats={"own_code"} if own else set()))
    return kept, dropped, irregular


def owners_words(owners, verbs):
    """(lemma, words after the lemma) of each owning verb: a phrasal verb
    `carry_out` owns patterns as `carry out ...`."""
    out = []
    for o in owners:
        parts = [p for p in o.split("_") if p]
        out.append((parts[0], tuple(parts[1:])))
    return out


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "data")
    path = os.path.join(shared, "events", "dictionaries", "cameo_en", "CAMEO.2.0.txt")
    kept, dropped, _ = parse(path)
    kinds = Counter(k["kind"] for k in kept)
    print("readable (verb, pattern) pairs:", len(kept), dict(kinds))
    # What each pair uses; build_event_resources.CONVERT says which kinds
    # go into the table (prepositional phrases, compounds and synonym sets
    # do not: see there why).
    feats = Counter("+".join(sorted(k["feats"] | ({k["kind"]} if k["kind"] != "pattern" else set())))
                    or "plain" for k in kept)
    for f, n in feats.most_common():
        print(f"  {n:5d}  {f}")
    by = defaultdict(list)
    for reason, line in dropped:
        by[reason].append(line)
    print("dropped lines:", len(dropped))
    for reason, ls in sorted(by.items(), key=lambda x: -len(x[1])):
        print(f"  {len(ls):5d}  {reason}   e.g. {ls[0][:60]!r}")


if __name__ == "__main__":
    main()
