#!/usr/bin/env python3
"""Score one binary on the news dev set split into its writing batches, in one run.

The dev set grows by blind batches of twelve articles (EVALUATION.md): nd-001..103 were read
while writing rules, nd-104..115 stay blind (scored, never read), and batch k (b01, b02, ...)
is nd-(116 + 12 (k - 1)) .. +11. This runs `BIN run` once over all dev articles (and, with
--held, once over the held-out test set), then scores every split with the scorer of
`eval_news.py`, so that two binaries compare split by split:

    scripts/eval_splits.py --bin target/release/demarche --save /tmp/new
    scripts/eval_splits.py --bin /tmp/old_bin --save /tmp/old
    scripts/eval_splits.py --load /tmp/new --base /tmp/old        # deltas per split
    scripts/eval_splits.py --load /tmp/new --show b41             # misses and false events

Splits: f103, blind, b01..bNN, rd (every article but the blind part), rd<N> (rd up to
nd-N), all, and held (with --held).
"""
import argparse
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_news  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRST_BATCH, BATCH = 116, 12
BLIND = (104, 115)


def number(aid: str) -> int:
    return int(aid.split("-")[1])


def splits_of(n: int, readable_to: list[int]) -> list[str]:
    """Names of the splits article nd-n belongs to."""
    out = ["all"]
    if n <= 103:
        out.append("f103")
    elif n <= BLIND[1]:
        out.append("blind")
    else:
        out.append(f"b{(n - FIRST_BATCH) // BATCH + 1:02d}")
    if not BLIND[0] <= n <= BLIND[1]:
        out.append("rd")
        out += [f"rd{k}" for k in readable_to if n <= k]
    return out


def score(bin_path: str, news_dir: str, name: str, workdir: str) -> dict[str, dict]:
    """Per-article score dicts (eval_news.score_article) with their emitted events."""
    articles, gold = eval_news.load_news(news_dir, None)
    events = eval_news.run_events([bin_path, "run"], articles, workdir, 3600.0, None, name)
    out = {}
    for a in articles:
        s = eval_news.score_article(events[a["id"]], gold[a["id"]])
        s["events"] = events[a["id"]]
        out[a["id"]] = s
    return out


def summarise(per_article: dict[str, dict], readable_to: list[int]) -> dict[str, dict]:
    groups: dict[str, dict] = {}
    for aid, s in per_article.items():
        names = ["held"] if aid.startswith("nt") else splits_of(number(aid), readable_to)
        for g in names:
            groups.setdefault(g, {})[aid] = s
    res = {}
    for g, arts in groups.items():
        agg = eval_news.aggregate(arts, (e for s in arts.values() for e in s["events"]))
        res[g] = {"p": agg["dyad"]["precision"], "r": agg["dyad"]["recall"],
                  "emitted": agg["n_emitted"], "right": agg["dyad"]["emitted_ok"],
                  "found": agg["dyad"]["required_found"], "required": agg["n_required"],
                  "type": agg["type_accuracy_on_dyads"], "src": agg["source_accuracy_on_aligned"]}
    return res


def order(name: str):
    m = re.match(r"([a-z]+)(\d*)$", name)
    rank = {"held": 0, "blind": 1, "f103": 2, "b": 3, "rd": 4, "all": 5}
    return (rank.get(m.group(1), 9), int(m.group(2) or 0))


def line(name: str, x: dict, base: dict | None) -> str:
    s = (f"{name:6} {x['p']:.3f} / {x['r']:.3f} ({x['emitted']}, {x['right']}, "
         f"{x['found']}/{x['required']})")
    if base:
        s += (f"   was {base['p']:.3f} / {base['r']:.3f} ({base['emitted']}, {base['right']}, "
              f"{base['found']}/{base['required']})  Δfound {x['found'] - base['found']:+d} "
              f"Δfalse {(x['emitted'] - x['right']) - (base['emitted'] - base['right']):+d}")
    return s


def show(per_article: dict[str, dict], split: str, readable_to: list[int]) -> None:
    for aid, s in sorted(per_article.items()):
        if aid.startswith("nt") or split not in splits_of(number(aid), readable_to):
            continue
        for e in s["fp_events"]:
            print(f"{aid} FALSE {eval_news._show(e)}")
        for g in s["missed"]:
            print(f"{aid} MISS  {eval_news._show(g)}: {g['evidence']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", help="the demarche binary to run")
    ap.add_argument("--held", action="store_true", help="also run the held-out test set")
    ap.add_argument("--save", metavar="PREFIX", help="write PREFIX.json (per-article scores)")
    ap.add_argument("--load", metavar="PREFIX", help="read PREFIX.json instead of running")
    ap.add_argument("--base", metavar="PREFIX", help="compare with a saved PREFIX.json")
    ap.add_argument("--readable-to", type=int, action="append", default=[],
                    help="also score rdN: the readable articles up to nd-N (repeatable)")
    ap.add_argument("--only", help="comma-separated splits to print (default: all)")
    ap.add_argument("--show", metavar="SPLIT", help="list the split's false events and misses")
    a = ap.parse_args()
    if a.load:
        with open(a.load + ".json", encoding="utf-8") as f:
            per = json.load(f)
    elif a.bin:
        per = {}
        with tempfile.TemporaryDirectory() as tmp:
            per.update(score(a.bin, os.path.join(REPO, "data/eval/news_dev"), "news", tmp))
            if a.held:
                per.update(score(a.bin, os.path.join(REPO, "data/eval/news_test"), "news_test",
                                 tmp))
    else:
        ap.error("give --bin or --load")
    if a.save:
        with open(a.save + ".json", "w", encoding="utf-8") as f:
            json.dump(per, f)
    res = summarise(per, a.readable_to)
    base = None
    if a.base:
        with open(a.base + ".json", encoding="utf-8") as f:
            base = summarise(json.load(f), a.readable_to)
    wanted = set(a.only.split(",")) if a.only else None
    for name in sorted(res, key=order):
        if wanted is None or name in wanted:
            print(line(name, res[name], base.get(name) if base else None))
    if a.show:
        show(per, a.show, a.readable_to)
    return 0


if __name__ == "__main__":
    sys.exit(main())
