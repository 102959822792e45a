#!/usr/bin/env python3
"""Builds warta's event-coding resources from ../shared/data (stdlib only).

usage: python3 scripts/build_event_resources.py [SHARED_DATA_DIR]

Writes:
  data/events/cameo.tsv            CAMEO code, quad class, Goldstein score, name
                                   (names: PETR.Internal.Coding.Ontology.txt, MIT;
                                   quad and Goldstein values are facts of the CAMEO
                                   scheme, typed in below)
  data/events/cameo_plover.tsv     CAMEO -> PLOVER crosswalk (CAMEO2PLOVER-2021.txt,
                                   CC BY-SA 4.0: this file keeps that licence)
  data/events/plover_types.tsv     PLOVER v2 types and their modes (codebook, MIT)
  data/lang/id/events_roots.txt    Indonesian root words (sastrawi kata-dasar, MIT)
  data/lang/en/events_predicates.tsv  English predicate dictionary: verbs, phrasal
                                   verbs and verb + object/preposition phrases with
                                   CAMEO codes, converted from PETRARCH2 CAMEO.2.0.txt
                                   (MIT; read by scripts/cameo_en_verbs.py, which also
                                   reports what the conversion drops), plus the
                                   hand-written entries of scripts/events_en_extra.tsv
"""
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
ONTO = os.path.join(SHARED, "events", "ontology")

# Goldstein scores by CAMEO code prefix (longest prefix wins): facts of the scheme.
GOLDSTEIN = {
    "01": 0.0, "010": 0.0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0.0, "015": 0.0,
    "016": 3.4, "017": 0.0, "018": 3.4, "019": 3.4,
    "02": 3.0, "020": 3.0, "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3, "025": -0.3,
    "026": 4.0, "027": 4.0, "028": 4.0,
    "03": 4.0, "030": 4.0, "031": 5.2, "032": 4.5, "033": 5.2, "034": 7.0, "035": 7.0,
    "036": 4.0, "037": 5.0, "038": 7.0, "039": 5.0,
    "04": 1.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    "05": 3.5, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8, "054": 6.0, "055": 7.0,
    "056": 7.0, "057": 8.0,
    "06": 6.0, "060": 6.0, "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    "07": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0,
    "08": 5.0, "080": 5.0, "081": 5.0, "082": 5.0, "083": 5.0, "084": 7.0, "085": 7.0,
    "086": 9.0, "087": 9.0, "0871": 10.0, "0872": 10.0, "0873": 10.0, "0874": 10.0,
    "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "124": -5.0, "125": -5.0, "126": -5.0,
    "127": -5.0, "128": -5.0, "129": -5.0,
    "13": -6.0, "130": -4.4, "131": -5.8, "132": -5.8, "133": -5.8, "134": -5.8, "135": -5.8,
    "136": -7.0, "137": -7.0, "138": -7.0, "139": -7.0,
    "14": -6.5, "144": -7.5, "145": -7.5, "15": -7.2,
    "16": -4.0, "162": -5.6, "163": -8.0, "164": -7.0, "165": -7.0, "166": -7.0,
    "17": -7.0, "171": -9.2, "172": -5.0, "173": -5.0, "174": -5.0, "175": -9.0,
    "18": -9.0, "182": -9.5, "1823": -10.0, "183": -10.0, "184": -8.0, "185": -8.0, "186": -10.0,
    "19": -10.0, "191": -9.5, "192": -9.5, "196": -9.5, "20": -10.0,
}


def quad(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def goldstein(code):
    for n in range(len(code), 1, -1):
        if code[:n] in GOLDSTEIN:
            return GOLDSTEIN[code[:n]]
    return 0.0


def write(path, header, rows):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {path}: {len(rows)} rows")


def crosswalk():
    rows = {}
    names = {}
    for line in open(os.path.join(ONTO, "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
        m = re.match(r"^(\d{2,4}):\s*([^#]*)(?:#\s*(.*))?$", line.strip())
        if not m:
            continue
        code, body, name = m.group(1), m.group(2), (m.group(3) or "").strip()
        parts = [p.strip() for p in body.split(",")]
        if not parts[0]:
            continue
        plover = parts[0]
        mode = parts[1] if len(parts) > 1 and parts[1] else "-"
        ctx = ",".join(c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";") if c.strip()) or "-"
        rows.setdefault(code, (code, plover, mode.replace(" ", ""), ctx))
        if name:
            names.setdefault(code, name)
    # CAMEO 02 (appeals) is not in the 2021 table; PLOVER codes appeals as REQUEST.
    for code, mode in [("02", "-"), ("020", "-"), ("021", "assist"), ("022", "assist"),
                       ("023", "assist"), ("024", "change"), ("025", "change"),
                       ("026", "-"), ("027", "-"), ("028", "-")]:
        rows.setdefault(code, (code, "REQUEST", mode, "-"))
    # CAMEO 163 (impose embargo, boycott or sanctions) is COERCE/restrict in the 2021 draft
    # table, but the PLOVER v2 codebook (NGEC PLOVER_structured_codebook_updated.csv) gives
    # COERCE/restrict to restrictions on rights and movement only, puts "curtail, decrease,
    # break or terminate ... commercial or material exchanges" under SANCTION/discontinue, and
    # its mode questions ask "Who imposed sanctions against ...?" for SANCTION. Follow v2, as
    # the hand-written English and Indonesian sanction entries already do.
    rows["163"] = ("163", "SANCTION", "discontinue", "economic")
    return rows, names


def petr_names():
    names = {}
    for line in open(os.path.join(ONTO, "PETR.Internal.Coding.Ontology.txt"), encoding="utf-8"):
        m = re.match(r"^(\d{2,4}):[^#]*#\s*(.+)$", line.strip())
        if m:
            names[m.group(1)] = m.group(2).strip()
    return names


def cameo_codes():
    codes = set()
    for line in open(os.path.join(ONTO, "PETR.Internal.Coding.Ontology.txt"), encoding="utf-8"):
        m = re.match(r"^(\d{3,4}):", line.strip())
        if m:
            codes.add(m.group(1))
    for line in open(os.path.join(ONTO, "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
        m = re.match(r"^(\d{2,4}):", line.strip())
        if m:
            codes.add(m.group(1))
    codes |= {f"{i:02d}" for i in range(1, 21)}
    return sorted(codes)


def plover_types():
    out = {}
    path = os.path.join(ONTO, "ngec", "PLOVER_structured_codebook_updated.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ev = (row.get("event") or "").strip()
            if not ev:
                continue
            modes = out.setdefault(ev, [])
            mode = (row.get("mode") or "").strip()
            if mode and mode not in modes:
                modes.append(mode)
    return out


def roots():
    path = os.path.join(SHARED, "id", "lex", "sastrawi", "kata-dasar.txt")
    words = sorted({w.strip().lower() for w in open(path, encoding="utf-8") if w.strip().isalpha()})
    return words


# CAMEO codes whose act has no direction: consultations, phone calls,
# meetings at a third place, negotiations and signed agreements are acts of
# both sides (`A and B met`, `talks between A and B`). Visits (042), hosting
# (043) and mediation (045) have a direction, and PETRARCH's 06x blocks are
# mostly one-way transfers (aid, grant, supply, finance, extradite): those
# are reciprocal only where the dictionary's own code pair says so
# (`- * DEAL [061:061]`, `- * (IN {JOINT EXERCISES}) [062:062]`).
SYMMETRIC_CODES = ("04", "040", "041", "044", "046", "057")

# Which kinds of converted dictionary lines go into the table (see
# scripts/cameo_en_verbs.py for what each is).
# Prepositional phrases, compounds and synonym sets (`- * (IN &NEGOTIATION)`)
# are left out: converted as gapped word sequences they cost precision and
# recall on every English dev set in session 9 (they outrank the hand-written
# rows: `talks with` over `talks`, `carry out * search` over `joint search`),
# and would triple the table.
CONVERT = {"verb", "own_code", "phrasal", "plain", "prep_only"}


def reciprocal(code, pair):
    """Whether a converted row codes a symmetric act: the dictionary says so
    (`[062:062]`), or its code's meaning is one (SYMMETRIC_CODES) and the
    dictionary gives no other direction for the reverse (`[042:043]`)."""
    parts = [p.strip() for p in pair.split(":")]
    if len(parts) == 2 and parts[1]:
        return parts[0] == parts[1]
    return code in SYMMETRIC_CODES


def english(cross):
    """Verb blocks of CAMEO.2.0.txt (read by scripts/cameo_en_verbs.py): each
    verb with its own or its block's code, phrasal verbs, and verb + object
    or prepositional patterns."""
    import cameo_en_verbs

    path = os.path.join(SHARED, "events", "dictionaries", "cameo_en", "CAMEO.2.0.txt")
    kept, _, _ = cameo_en_verbs.parse(path)
    entries = []
    seen = set()
    counter = {}

    def add(lemma, words, code, pair, note):
        if not code or code == "---" or not re.fullmatch(r"\d{2,4}", code):
            return
        root = code if code in cross else next((code[:n] for n in (3, 2) if code[:n] in cross), None)
        if root is None:
            return
        key = (lemma, words)
        if key in seen:
            return
        seen.add(key)
        counter[lemma] = counter.get(lemma, 0) + 1
        pattern = " ".join((lemma,) + words)
        target = "obj,with,to,against,on,for,into,from"
        # Promises and offers (03x) are coded even without a named target
        # (`Syria offered to withdraw`), as PLOVER does.
        # Appeals, demands, accusations and threats take their content as a
        # clause (`demanded that the DPRK forsake ...`): its events are content.
        flags = []
        if reciprocal(code, pair):
            flags.append("recip")
        if code.startswith("03"):
            flags.append("opt")
        elif code.startswith(("02", "10", "11", "13")):
            flags.append("absorb")
        # A verb + object pattern of these families (rejections, protests,
        # sanctions, attacks) names the whole event (`rejected the offer`,
        # `staged a demonstration`, `halted aid`, `launched an offensive`), and
        # news often leaves the target unnamed or in another sentence: code it
        # without one, as the hand-written bare verbs of the same families
        # (reject, protest, suspend, attack) already are. Bare verbs stay
        # strict. (Demands 10x and promises 05x gained on PLOVER's tuning half
        # but cost precision on warta's own English articles.)
        if words and code.startswith(("12", "14", "16", "19")) and "opt" not in flags:
            flags.append("opt")
        entries.append((f"{lemma}#{counter[lemma]}", pattern, "=", "=", "=", code, target,
                        ",".join(flags) or "-", note))

    for k in kept:
        kinds = {k["kind"]} | k["feats"] if k["kind"] != "pattern" else (k["feats"] or {"plain"})
        if not kinds <= CONVERT:
            continue
        words = k["words"]
        note = "CAMEO.2.0 pattern" if k["kind"] == "pattern" else "CAMEO.2.0 verb"
        add(k["lemma"], tuple(words), k["code"], k["pair"], note)
    return entries


def main():
    cross, cross_names = crosswalk()
    names = petr_names()
    write("data/events/cameo.tsv",
          "# CAMEO event codes: quad class (1 verbal coop., 2 material coop., 3 verbal conflict,\n"
          "# 4 material conflict) and Goldstein score (facts of the CAMEO scheme); names from\n"
          "# PETR.Internal.Coding.Ontology.txt (MIT) where it has one.\n"
          "# Made by scripts/build_event_resources.py.\n# code\tquad\tgoldstein\tname\n",
          [(c, str(quad(c)), f"{goldstein(c):.1f}", names.get(c, "-")) for c in cameo_codes()])
    write("data/events/cameo_plover.tsv",
          "# CAMEO -> PLOVER crosswalk. Derived from CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8,\n"
          "# ed. Philip Schrodt, Open Event Data Alliance). Licence: CC BY-SA 4.0 (this file only).\n"
          "# Codes 02x (appeals) are added as REQUEST; 163 (sanctions) is SANCTION as in the PLOVER\n"
          "# v2 codebook. Made by scripts/build_event_resources.py.\n"
          "# cameo\tplover\tmode\tcontext\tname\n",
          [r + (cross_names.get(r[0], "-"),) for r in sorted(cross.values())])
    types = plover_types()
    write("data/events/plover_types.tsv",
          "# PLOVER v2 event types and their modes, from PLOVER_structured_codebook_updated.csv\n"
          "# (NGEC, MIT). Made by scripts/build_event_resources.py.\n# type\tmodes\n",
          [(t, ",".join(m) or "-") for t, m in sorted(types.items())])
    write("data/lang/id/events_roots.txt",
          "# Indonesian root words for event-trigger morphology, from sastrawi kata-dasar.txt (MIT).\n"
          "# Made by scripts/build_event_resources.py.\n", [(w,) for w in roots()])
    en = english(cross)
    extra = os.path.join(ROOT, "scripts", "events_en_extra.tsv")
    hand = []
    if os.path.exists(extra):
        hand = [tuple(l.rstrip("\n").split("\t")) for l in open(extra, encoding="utf-8")
                if l.strip() and not l.startswith("#")]
    hand_ids = {h[0] for h in hand}
    en = [e for e in en if e[0] not in hand_ids]
    # Bare CAMEO verbs that are mostly nouns or general verbs in news, and
    # patterns whose gap swallows other events (see the file).
    drop_path = os.path.join(ROOT, "scripts", "events_en_drop.txt")
    drop = set()
    if os.path.exists(drop_path):
        drop = {l.strip() for l in open(drop_path, encoding="utf-8")
                if l.strip() and not l.startswith("#")}
    en = [e for e in en if e[1] not in drop]
    write("data/lang/en/events_predicates.tsv",
          "# English event predicate dictionary. Columns as in data/lang/id/events_predicates.tsv\n"
          "# (id, pattern, plover, mode, context, cameo, target, flags, example); `=` takes the\n"
          "# PLOVER type/mode/context from the CAMEO crosswalk. Rows marked `CAMEO.2.0` were\n"
          "# converted from PETRARCH2's CAMEO.2.0.txt verb dictionary (MIT; verbs with their own or\n"
          "# their block's CAMEO code, phrasal verbs, verb + object words and verb + preposition,\n"
          "# read by scripts/cameo_en_verbs.py; a pattern goes only to the verbs its comment names;\n"
          "# `recip` only for symmetric acts: codes 040/041/044/046/057 or a `[X:X]` code pair; verbs\n"
          "# and patterns listed in scripts/events_en_drop.txt are left out); the others\n"
          "# are hand-written (scripts/events_en_extra.tsv). Made by scripts/build_event_resources.py.\n"
          "# id\tpattern\tplover\tmode\tcontext\tcameo\ttarget\tflags\texample\n",
          hand + en)


if __name__ == "__main__":
    main()
