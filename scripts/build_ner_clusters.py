#!/usr/bin/env python3
"""Builds distributional word clusters for the NER tagger (data/lang/id/ner.clusters.tsv).

Words that occur in similar contexts (`kota`, `kabupaten`, `provinsi`; `Joko`,
`Budi`, `Ahmad`) land in the same cluster, so the tagger can generalise from a
name it was trained on to one it never saw, as long as the unlabeled text saw it.

Method (classic count-based embeddings, then k-means):
  1. lower-cased tokens of the unlabeled text below; vocabulary = words seen
     >= MIN_COUNT times;
  2. co-occurrence counts with the CONTEXTS most frequent words at offsets
     -2, -1, +1, +2 (one block of columns per offset);
  3. positive PMI with context-distribution smoothing (alpha 0.75), then a
     truncated SVD (randomized, fixed seed) to DIMS dimensions, rows normalised;
  4. spherical k-means (fixed seed) at several granularities; each word gets
     one cluster id per granularity.

Text read (TRAIN splits and unlabeled corpora with a derive licence only; never
valid/dev/test, UD or news-dev):
  ../shared/data/id/pos/kumparan_postag.txt             (kumparan news, MIT)
  ../shared/data/id/ner/nergrit/train_preprocess.txt    (Apache-2.0)
  ../shared/data/id/ner/idner-news-2k/train.txt         (MIT)
  ../shared/data/id/ner/ugm/data_train.txt              (MIT; inline tags removed)
  ../shared/data/id/ner/nerp/train_preprocess.txt       (Apache-2.0)

Deterministic: fixed seeds, single-threaded BLAS, sorted output. Needs numpy.
"""
import os

# One BLAS thread: the same input gives the same bits on every run.
for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import re  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "data" / "lang" / "id" / "ner.clusters.tsv"

MIN_COUNT = 3
CONTEXTS = 1500
OFFSETS = (-2, -1, 1, 2)
DIMS = 80
GRANULARITIES = (32, 128, 512)
SEED = 20231106


def read_columns(path):
    tokens = []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols:
            if tokens:
                yield tokens
            tokens = []
            continue
        tokens.append(cols[0])
    if tokens:
        yield tokens


TAG = re.compile(r"</?[A-Z]+>")
TOKEN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")


def read_inline(path):
    for line in open(path, encoding="utf-8"):
        toks = TOKEN.findall(TAG.sub(" ", line))
        if toks:
            yield toks


def sentences():
    yield from read_columns(SHARED / "id/pos/kumparan_postag.txt")
    ner = SHARED / "id/ner"
    yield from read_columns(ner / "nergrit/train_preprocess.txt")
    yield from read_columns(ner / "idner-news-2k/train.txt")
    yield from read_inline(ner / "ugm/data_train.txt")
    yield from read_columns(ner / "nerp/train_preprocess.txt")


def embed(sents):
    counts = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    m = np.zeros((len(vocab), CONTEXTS * len(OFFSETS)), dtype=np.float64)
    rows, cols = [], []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for k, off in enumerate(OFFSETS):
                j = i + off
                if 0 <= j < n and cids[j] >= 0:
                    rows.append(wi)
                    cols.append(k * CONTEXTS + cids[j])
    np.add.at(m, (np.array(rows), np.array(cols)), 1.0)
    # PPMI with smoothed context probabilities (Levy et al. 2015).
    total = m.sum()
    pw = m.sum(axis=1, keepdims=True) / total
    pc = m.sum(axis=0, keepdims=True) ** 0.75
    pc = pc / pc.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((m / total) / (pw * pc))
    pmi[~np.isfinite(pmi)] = 0.0
    np.maximum(pmi, 0.0, out=pmi)
    # Randomized truncated SVD (Halko et al.), two power iterations.
    rng = np.random.default_rng(SEED)
    omega = rng.standard_normal((pmi.shape[1], DIMS + 20))
    y = pmi @ omega
    for _ in range(2):
        y, _ = np.linalg.qr(y)
        y = pmi @ (pmi.T @ y)
    q, _ = np.linalg.qr(y)
    u, s, _ = np.linalg.svd(q.T @ pmi, full_matrices=False)
    vec = (q @ u[:, :DIMS]) * np.sqrt(s[:DIMS])
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
    return vocab, vec


def kmeans(vec, k, seed, iters=25):
    """Spherical k-means; initial centres are k distinct frequent-ish words."""
    rng = np.random.default_rng(seed + k)
    # Draw the initial centres from the 20k most frequent words: their vectors are reliable.
    pool = min(len(vec), 20000)
    centres = vec[rng.choice(pool, size=k, replace=False)].copy()
    assign = np.zeros(len(vec), dtype=np.int64)
    for _ in range(iters):
        assign = np.argmax(vec @ centres.T, axis=1)
        for c in range(k):
            members = vec[assign == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / max(np.linalg.norm(centre), 1e-9)
    return assign


def main():
    sents = [[t.lower() for t in s] for s in sentences()]
    vocab, vec = embed(sents)
    assigns = [kmeans(vec, k, SEED) for k in GRANULARITIES]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(
            "# NER word clusters: per lower-cased word, its cluster id at "
            + ", ".join(str(k) for k in GRANULARITIES)
            + " clusters (PPMI + SVD + spherical k-means).\n"
            "# Made by scripts/build_ner_clusters.py from the kumparan POS corpus (MIT) and the NER TRAIN\n"
            "# splits (NERGrit Apache-2.0, idner-news-2k MIT, UGM MIT, NERP Apache-2.0); do not edit by hand.\n"
            "# word<TAB>coarse<TAB>medium<TAB>fine\n"
        )
        for i in sorted(range(len(vocab)), key=lambda i: vocab[i]):
            w = vocab[i]
            if "\t" in w or not w.strip():
                continue
            f.write(w + "\t" + "\t".join(str(int(a[i])) for a in assigns) + "\n")
    print(f"{OUT.name}: {len(vocab)} words, {DIMS} dimensions, clusters {GRANULARITIES}")


if __name__ == "__main__":
    main()
