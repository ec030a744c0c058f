#!/usr/bin/env python3
"""Derive data/syntax/clusters.tsv, the word classes the parser reads.

Distributional word classes help a parser decide attachments for words it saw rarely in
its treebank (Koo, Carreras & Collins 2008, with Brown clusters). Here the classes come
from the static input (word-piece) embeddings of all-MiniLM-L6-v2 (Apache-2.0; fetched
by scripts/fetch_model.sh), which were learned from a corpus far larger than the treebank.

Only whole-word vocabulary entries are clustered (the vocabulary is lower-case; `##`
continuation pieces and `[...]` specials are left out). The vectors are normalised
(cosine geometry) and k-means groups them into COARSE classes; each coarse class is then
split by k-means into FINE_PER_COARSE sub-classes, so the fine id nests in the coarse one
(fine // FINE_PER_COARSE == coarse): two granularities, like Brown-cluster prefixes.

Output, one line per word sorted by word: `word<TAB>coarse<TAB>fine`.

    python3 scripts/derive_clusters.py            # writes data/syntax/clusters.tsv
    python3 scripts/derive_clusters.py --check    # exit 1 if the file is not what it derives
"""

import argparse
import json
import os
import struct
import sys
from pathlib import Path

import numpy as np

COARSE = 256
FINE_PER_COARSE = 4
ITERATIONS = 25
SEED = 7
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "syntax" / "clusters.tsv"
CACHE = Path(os.environ.get("DEMARCHE_CACHE", Path.home() / ".cache" / "demarche"))
MODEL = CACHE / "models" / "all-minilm-l6-v2"
TENSOR = "embeddings.word_embeddings.weight"


def read_embeddings(path):
    """The word-piece embedding matrix of a safetensors file (F32, vocab x dim)."""
    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
        meta = header[TENSOR]
        if meta["dtype"] != "F32":
            sys.exit(f"derive_clusters: {TENSOR} is {meta['dtype']}, expected F32")
        start, end = meta["data_offsets"]
        f.seek(8 + size + start)
        data = np.frombuffer(f.read(end - start), dtype="<f4")
    return data.reshape(meta["shape"])


def whole_words(vocab_path):
    """(row, word) of the vocabulary entries that are whole words."""
    out = []
    with open(vocab_path, encoding="utf-8") as f:
        for row, line in enumerate(f):
            word = line.rstrip("\n")
            if not word or word.startswith("##") or word.startswith("["):
                continue
            out.append((row, word))
    return out


def kmeans(x, k, rng):
    """Lloyd's k-means on unit vectors (dot-product assignment), k-means++ seeding."""
    if len(x) <= k:
        return np.arange(len(x))
    centres = [x[rng.integers(len(x))]]
    best = np.full(len(x), np.inf)
    for _ in range(1, k):
        best = np.minimum(best, ((x - centres[-1]) ** 2).sum(axis=1))
        centres.append(x[rng.choice(len(x), p=best / best.sum())])
    centres = np.array(centres)
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(ITERATIONS):
        assign = (x @ centres.T).argmax(axis=1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                mean = members.mean(axis=0)
                centres[c] = mean / max(np.linalg.norm(mean), 1e-9)
    return assign


def derive(model_dir):
    emb = read_embeddings(model_dir / "model.safetensors")
    words = whole_words(model_dir / "vocab.txt")
    x = emb[[row for row, _ in words]].astype(np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(SEED)
    coarse = kmeans(x, COARSE, rng)
    fine = np.zeros(len(x), dtype=np.int64)
    for c in range(COARSE):
        idx = np.flatnonzero(coarse == c)
        sub = kmeans(x[idx], FINE_PER_COARSE, rng) if len(idx) else idx
        fine[idx] = c * FINE_PER_COARSE + sub
    rows = sorted((w, int(c), int(f)) for (_, w), c, f in zip(words, coarse, fine))
    return "".join(f"{w}\t{c}\t{f}\n" for w, c, f in rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=MODEL, help="all-MiniLM-L6-v2 directory")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = ap.parse_args()
    if not (args.model / "model.safetensors").is_file():
        sys.exit(f"derive_clusters: no model in {args.model}; run scripts/fetch_model.sh")
    text = derive(args.model)
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"derive_clusters: {args.out} {'up to date' if same else 'DIFFERS'}")
        sys.exit(0 if same else 1)
    args.out.write_text(text, encoding="utf-8")
    print(f"derive_clusters: {text.count(chr(10))} words -> {args.out}")


if __name__ == "__main__":
    main()
