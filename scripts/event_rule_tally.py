#!/usr/bin/env python3
"""Count, per event rule, how often its predictions match gold.

usage: python3 scripts/event_rule_tally.py [--warta BIN] [--extras] [--rule RE]
                                           [--min N] GOLD.json...

Runs `warta extract --lang <gold language>` on the article of every gold file
(the `doc` next to it) and scores each predicted event the way
`warta eval events` does (crates/warta-events/src/gold.rs): same line (the
event's or any mention's), PLOVER type in `plover`/`accept`, and the first
three letters of source and target among the gold's `|` alternatives.
Negated predictions are left out, and a `+mirror` twin that only matches
where its original does is not counted (as in the eval).

Each wrong prediction gets a class, a first guess at why it is wrong:

  actor   a gold event on that line has the predicted type: the type is
          right, an actor is not
  type    the line has gold events, none of the predicted type
  none    no gold event on the line: not an event, a wrong modality
          (negated, hypothetical, future), or an event the gold writer left out

The table lists per rule id (the part before the first `+`, so
`events:en:arrest#h1+target:domestic` counts under `events:en:arrest#h1`)
the right and wrong predictions and the wrong ones by class, worst first.
With --extras, each wrong prediction is printed too, with its sentence,
for reading. Works on fixtures and banks alike; reads no file under
`eval/heldout8/` unless told to (do not). Standard library only.
"""

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path


def country(code):
    return (code or "")[:3].upper()


def side_ok(want, got):
    if not want.strip():
        return True
    return any(country(w.strip()) == country(got) for w in want.split("|"))


def line_of(text, offset):
    return text.count("\n", 0, offset)


def lines_of(text, e):
    lines = {line_of(text, e["start"])}
    for m in e.get("mentions") or []:
        lines.add(line_of(text, m["start"]))
    return lines


def actor(side):
    return (side or {}).get("actor")


def matches(g, text, e):
    if g["line"] not in lines_of(text, e):
        return False
    types = {g["plover"].upper()} | {a.upper() for a in g.get("accept") or []}
    if e["plover"].upper() not in types:
        return False
    return side_ok(g.get("source") or "", actor(e.get("source"))) and side_ok(
        g.get("target") or "", actor(e.get("target"))
    )


def twin_adds_nothing(gold, doc, e):
    rule = e["rule"]
    if not rule.endswith("+mirror"):
        return False
    rule = rule[: -len("+mirror")]
    original = next(
        (
            o
            for o in doc["events"]
            if o["rule"] == rule
            and o["start"] == e["start"]
            and o["plover"] == e["plover"]
            and actor(o.get("source")) == actor(e.get("target"))
            and actor(o.get("target")) == actor(e.get("source"))
        ),
        None,
    )
    if original is None:
        return False
    hit = False
    for g in gold["events"]:
        if matches(g, doc["text"], e):
            if not matches(g, doc["text"], original):
                return False
            hit = True
    return hit


def classify(gold, text, e):
    on_line = [g for g in gold["events"] if g["line"] in lines_of(text, e)]
    if not on_line:
        return "none"
    for g in on_line:
        types = {g["plover"].upper()} | {a.upper() for a in g.get("accept") or []}
        if e["plover"].upper() in types:
            return "actor"
    return "type"


def run(warta, gold_path):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    doc_path = Path(gold_path).parent / gold["doc"]
    lang = gold.get("language") or "auto"
    out = subprocess.run(
        [warta, "extract", "-j", "1", "--lang", lang, str(doc_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    docs = [json.loads(x) for x in out.stdout.splitlines() if x.strip()]
    return gold, docs[0] if docs else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--warta", default="target/quick/warta")
    ap.add_argument("--extras", action="store_true", help="print each wrong prediction")
    ap.add_argument("--rule", default="", help="only rules matching this regex")
    ap.add_argument("--min", type=int, default=1, help="only rules with this many wrong")
    args = ap.parse_args()
    rule_re = re.compile(args.rule)
    tally = defaultdict(lambda: defaultdict(int))
    extras = []
    for path in args.gold:
        gold, doc = run(args.warta, path)
        if doc is None:
            print(f"{path}: no output", file=sys.stderr)
            continue
        text = doc["text"]
        lines = text.split("\n")
        for e in doc["events"]:
            if "negation" in (e.get("aux") or []):
                continue
            if twin_adds_nothing(gold, doc, e):
                continue
            rule = e["rule"].split("+")[0]
            if not rule_re.search(e["rule"]):
                continue
            ok = any(matches(g, text, e) for g in gold["events"])
            if ok:
                tally[rule]["right"] += 1
                continue
            cls = classify(gold, text, e)
            tally[rule]["wrong"] += 1
            tally[rule][cls] += 1
            ln = line_of(text, e["start"])
            extras.append(
                (
                    rule,
                    cls,
                    f"{gold['doc']}:{ln} {cls} {e['plover']} "
                    f"{actor(e.get('source')) or ''}->{actor(e.get('target')) or ''} "
                    f"trigger={e['trigger']!r} rule={e['rule']}\n    {lines[ln][:300]}",
                )
            )
    if args.extras:
        for _, _, line in sorted(extras):
            print(line)
        print()
    print(f"{'rule':<40} {'right':>5} {'wrong':>5} {'actor':>5} {'type':>5} {'none':>5}")
    rows = sorted(tally.items(), key=lambda kv: (-kv[1]["wrong"], kv[1]["right"], kv[0]))
    for rule, c in rows:
        if c["wrong"] < args.min:
            continue
        print(
            f"{rule:<40} {c['right']:>5} {c['wrong']:>5} {c['actor']:>5} {c['type']:>5} {c['none']:>5}"
        )
    tot = defaultdict(int)
    for c in tally.values():
        for k, v in c.items():
            tot[k] += v
    print(
        f"{'TOTAL':<40} {tot['right']:>5} {tot['wrong']:>5} {tot['actor']:>5} {tot['type']:>5} {tot['none']:>5}"
    )


if __name__ == "__main__":
    main()
