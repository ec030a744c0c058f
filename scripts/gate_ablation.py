#!/usr/bin/env python3
"""Each precision-gate rule's effect (src/nlp/gate.rs), from one `annotate --explain` run.

For the news dev set (precision / recall, source + target country + PLOVER type, as
scripts/eval_news.py) and the ConfliBERT quad task (macro-F1, as scripts/eval.py), it scores:
no gate, the full gate, the full gate without each rule in turn, the rules that do not
ask for actors (content rules only), and each rule alone. `annotate --explain`
lists every coded event with every rule it fails, so one run gives every row; duplicates are
recomputed for each row (same sentence, source, target and CAMEO code).

    cargo build --release && python3 scripts/gate_ablation.py [--data-dir ../shared/data/dev]

scripts/gate_candidates.py scores narrower relaxations of the actor and statement rules.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval as ev  # noqa: E402
import eval_metrics as metrics  # noqa: E402
import eval_news  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target/release/demarche")


def goldstein_table():
    table = {}
    with open(os.path.join(ROOT, "data/cameo/cameo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, g = line.split("\t")[:2]
            if g:
                table[code] = float(g)
    return table


def goldstein(code, table):
    while len(code) >= 2:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def explain(records, extra=()):
    return {a["id"]: a["explain"] for a in explain_records(records, extra)}


def explain_records(records, extra=()):
    """Every `annotate --explain` record (entities, events, statements, explain)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        out = subprocess.run([BIN, "annotate", "--explain", "--input", path, "--output", "-",
                              *extra],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


def kept(events, active):
    """Events no active rule drops; duplicates recomputed when that rule is active."""
    out, seen = [], set()
    for e in events:
        if set(e["fails"]) - {"duplicate"} & active:
            continue
        key = (e["start"], e["source"], e["target"] or "", e["cameo"])
        if "duplicate" in active and key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def news_pr(explained, articles, gold, active):
    per = {}
    for a in articles:
        view = [{"source": e["source"], "target": e["target"] or "", "plover": e["plover"] or "",
                 "cameo": e["cameo"], "modality": e["modality"], "start": e["start"],
                 "end": e["end"], "evidence": e["sentence"]}
                for e in kept(explained[a["id"]], active)]
        per[a["id"]] = eval_news.score_article(view, gold[a["id"]])
    d = eval_news.aggregate(per, ())["dyad"]
    return d["precision"], d["recall"], sum(p["n_emitted"] for p in per.values())


def quad_f1(explained, rows, table, active):
    pred = []
    for i, _ in enumerate(rows):
        evs = [{"cameo": e["cameo"], "goldstein": goldstein(e["cameo"], table)}
               for e in kept(explained[f"cb{i:05d}"], active)]
        pred.append(metrics.predict_quad(evs))
    return metrics.classification_report([lab for _, lab in rows], pred)["macro_f1"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=ev.DEFAULT_DATA_DIR)
    args = ap.parse_args()
    articles, gold = eval_news.load_news(eval_news_dir(), None)
    news = explain(articles)
    rows = ev.load_conflibert(args.data_dir, None)
    cb = explain([{"id": f"cb{i:05d}", "text": s} for i, (s, _) in enumerate(rows)])
    table = goldstein_table()
    rules = []
    for events in list(news.values()) + list(cb.values()):
        for e in events:
            rules += [r for r in e["fails"] if r not in rules]
    full = set(rules)
    print(f"{'gate':<40}{'news P':>8}{'news R':>8}{'events':>8}{'quad F1':>9}")
    completeness = {"statement", "no_plover_type", "source_unresolved", "passive_no_agent", "target_unresolved"}
    rows_to_score = [("no gate", set()), ("full gate", full)] + \
        [(f"full gate without {r}", full - {r}) for r in rules] + \
        [("content rules only", full - completeness)] + \
        [(f"{r} alone", {r}) for r in rules]
    for name, active in rows_to_score:
        p, r, n = news_pr(news, articles, gold, active)
        q = quad_f1(cb, rows, table, active)
        print(f"{name:<40}{p:>8.3f}{r:>8.3f}{n:>8}{q:>9.3f}")


def eval_news_dir(name="news_dev"):
    return os.path.join(ROOT, "data/eval", name)


if __name__ == "__main__":
    main()
