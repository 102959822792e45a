#!/usr/bin/env python3
"""Run the full warta pipeline over the Kompas dev articles and list the quotes.

usage (from the repository root, after `cargo build --release --bin warta`):
  python3 crates/warta-quotes/eval/kompas_quotes.py [../shared/data/id/news-dev/kompas_2013] [--sample 30]

Each .tml file is reduced to the text of its <TEXT> element (tags stripped,
Windows-1252 bytes decoded as such) and written to a temporary folder; then
`target/release/warta extract --lang id` runs over all of them. Prints one
line per quote (file, id, direct/indirect, speaker, via, rule, text) and a
summary; with --sample N also prints N quotes spread evenly over the list,
for checking by hand. Reads ../shared (eval only): nothing here is committed
output.
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile


def strip(raw):
    m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = m.group(1) if m else raw
    body = re.sub(r"<[^>]+>", "", body)
    return body.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def decode(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def main(argv):
    folder = pathlib.Path(next((a for a in argv[1:] if not a.startswith("--") and not a.isdigit()),
                               "../shared/data/id/news-dev/kompas_2013"))
    sample = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else 0
    files = sorted(folder.glob("*.tml"))
    if not files:
        print(f"no .tml files in {folder}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for f in files:
            p = pathlib.Path(tmp) / (f.stem + ".txt")
            p.write_text(strip(decode(f.read_bytes())), encoding="utf-8")
            paths.append(str(p))
        out = subprocess.run(["target/release/warta", "extract", "--lang", "id", *paths],
                             capture_output=True, text=True)
    docs = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    rows = []
    for d in docs:
        name = pathlib.Path(d["source"]["path"]).stem
        for q in d["quotes"]:
            rows.append((name, q["id"], "direct" if q["direct"] else "indirect", q.get("speaker_name") or "-",
                         ">".join(q.get("via") or []), q["rule"], " ".join(q["text"].split())[:120]))
    for r in rows:
        print("\t".join(r))
    direct = sum(r[2] == "direct" for r in rows)
    named = sum(r[3] != "-" for r in rows)
    sources = sum(len(d.get("sources", [])) for d in docs)
    print(f"# docs={len(docs)} of {len(files)} exit={out.returncode} quotes={len(rows)} direct={direct} "
          f"indirect={len(rows) - direct} with_speaker={named} sources={sources}")
    if out.returncode not in (0,):
        print(out.stderr[-2000:], file=sys.stderr)
    if sample and rows:
        print(f"# sample of {sample}:")
        step = len(rows) / sample
        for k in range(sample):
            print("S\t" + "\t".join(rows[int(k * step)]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
