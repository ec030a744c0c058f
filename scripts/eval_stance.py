"""Dyad stance scores: `demarche annotate` stances against gold dyad labels.

Two kinds of gold:

* `data/eval/stance_dev/` (hand-written, complete): every dyad with a stance is listed, so a
  predicted hostile / cooperative dyad not in the gold is a false positive.
* derived from the news event gold (`data/eval/news_dev/`, `data/eval/news_test/`): per article,
  the dyads of the REQUIRED gold events, labelled by the polarity of their PLOVER types (see
  POLARITY; a dyad whose events disagree, or are only requests, is left out). Not complete (an
  article may show stances no event records), so only gold dyads are judged.

Dyads are compared at country level (`actor_key` of scripts/eval_news.py: 'RUSGOV' -> 'RUS');
predicted dyads that collapse to one key pair are summed by score.

  label accuracy (recall)  gold dyads predicted with the gold label / gold dyads
  polarity precision       predicted polar dyads with the gold label / predicted polar dyads judged
                           (hand-written set: all predicted; derived sets: those on gold dyads)

Usage: python3 scripts/eval_stance.py [--binary target/release/demarche] [--only stance,news,news_test] [-v]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_news import actor_key, gold_types  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = {
    "stance": os.path.join(ROOT, "data", "eval", "stance_dev"),
    "news": os.path.join(ROOT, "data", "eval", "news_dev"),
    "news_test": os.path.join(ROOT, "data", "eval", "news_test"),
}
# PLOVER types by the side of the QuadClass divide they fall on. REQUEST (appeals, demands) is
# left out: "urged Y to talk" and "demanded Y withdraw" point different ways.
POLARITY = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 1, "AID": 1, "RETREAT": 1,
    "ACCUSE": -1, "REJECT": -1, "THREATEN": -1, "PROTEST": -1, "SANCTION": -1,
    "MOBILIZE": -1, "COERCE": -1, "ASSAULT": -1,
}
LABEL = {1: "cooperative", -1: "hostile"}


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def event_polarity(g: dict) -> int:
    signs = {POLARITY.get(t, 0) for t in gold_types(g)}
    return signs.pop() if len(signs) == 1 else 0


def derived_gold(events: list[dict]) -> dict[tuple, str]:
    """Gold dyad labels from an article's required events."""
    votes: dict[tuple, set] = collections.defaultdict(set)
    for g in events:
        h, t = actor_key(g.get("source")), actor_key(g.get("target"))
        if not g.get("required") or h is None or t is None or h == t:
            continue
        votes[(h, t)].add(event_polarity(g))
    return {d: LABEL[s.pop()] for d, s in votes.items() if len(s) == 1 and 0 not in s}


def hand_gold(row: dict) -> dict[tuple, str]:
    return {(d["holder"], d["target"]): d["label"] for d in row["dyads"]}


def predicted(stances: list[dict]) -> dict[tuple, str]:
    """Predicted polar dyads at country level; several codes of one pair are summed by score."""
    score: dict[tuple, float] = collections.defaultdict(float)
    for s in stances:
        h, t = actor_key(s["holder"]), actor_key(s["target"])
        if h is None or t is None or h == t:
            continue
        score[(h, t)] += s.get("score", {"hostile": -1.0, "cooperative": 1.0}.get(s["label"], 0.0))
    return {d: ("hostile" if v < 0 else "cooperative") for d, v in score.items() if v != 0}


def score_set(gold: dict[str, dict], pred: dict[str, dict], complete: bool) -> dict:
    n_gold = correct = judged = agree = 0
    errors = []
    for aid, g in gold.items():
        p = pred.get(aid, {})
        n_gold += len(g)
        for d, label in g.items():
            if p.get(d) == label:
                correct += 1
            else:
                errors.append((aid, d, "gold " + label, "got " + str(p.get(d))))
        for d, label in p.items():
            if d in g or complete:
                judged += 1
                agree += g.get(d) == label
                if d not in g:
                    errors.append((aid, d, "gold none", "got " + label))
    return {
        "gold_dyads": n_gold, "label_accuracy": correct / n_gold if n_gold else 0.0,
        "predicted_judged": judged, "polarity_precision": agree / judged if judged else 0.0,
        "errors": errors,
    }


def annotate(binary: str, articles_path: str) -> dict[str, dict]:
    out = subprocess.run([binary, "annotate", "--input", articles_path], check=True,
                         capture_output=True, text=True).stdout
    return {r["id"]: predicted(r["stances"]) for r in map(json.loads, out.splitlines()) if r}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "demarche"))
    ap.add_argument("--only", default="stance,news,news_test")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    for name in args.only.split(","):
        d = SETS[name]
        rows = read_jsonl(os.path.join(d, "gold.jsonl"))
        complete = name == "stance"
        gold = {r["id"]: (hand_gold(r) if complete else derived_gold(r["events"])) for r in rows}
        res = score_set(gold, annotate(args.binary, os.path.join(d, "articles.jsonl")), complete)
        print(f"{name:10s} gold dyads {res['gold_dyads']:4d}  label accuracy "
              f"{res['label_accuracy']:.3f}  polarity precision {res['polarity_precision']:.3f} "
              f"({res['predicted_judged']} judged)")
        if args.verbose:
            for e in res["errors"]:
                print("   ", *e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
