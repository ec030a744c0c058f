#!/usr/bin/env python3
"""What narrower relaxations of the gate's actor and statement rules would add (src/nlp/gate.rs).

`gate_ablation.py` removes whole rules; this script lets through only a named slice of the
events one rule drops (one-sided codes by CAMEO root, statements 011-019, generic agents such
as ---COP as source or target of material conflict) and scores each slice on the news dev set,
the held-out news set (source + target country + PLOVER type), the ConfliBERT quad task
(macro-F1) and the PETRARCH2 unit tests (triple F1), from one `annotate --explain` run per set.
With --petrarch-misses it classifies every PETRARCH2 gold triple the gated output misses; with
--intent-gold it shows which quad class the ConfliBERT gold gives the sentences where the coder
reads an announced act (modality intended): an intent (class 1, CAMEO 03x) or the act itself.

    cargo build --release && python3 scripts/gate_candidates.py [--data-dir ../shared/data/dev]
    python3 scripts/gate_candidates.py --codes 196,0811   # one row per code, target unknown
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval as ev  # noqa: E402
import eval_metrics as metrics  # noqa: E402
import eval_news  # noqa: E402
import gate_ablation as ga  # noqa: E402

MATERIAL_CONFLICT = ("14", "15", "17", "18", "19", "20")


def generic(code):
    """An agent-only actor: '---COP', '---REB' (not '' and not a country)."""
    return bool(code) and code.startswith("---") and len(code) > 3


def only(*rules):
    return lambda e: set(e["fails"]) == set(rules)


def candidates(codes=()):
    """(name, predicate): the dropped events a candidate lets through; `codes`: one more row
    per CAMEO code or prefix, its events with no target let through (a one-sided candidate)."""
    rows = [("full gate (as emitted)", lambda e: False)]
    for code in codes:
        rows.append((f"target unknown allowed for {code}",
                     lambda e, c=code: only("target_unresolved")(e) and e["cameo"].startswith(c)))
    for root in ["%02d" % r for r in range(2, 21)]:
        rows.append((f"target unknown allowed for {root}x",
                     lambda e, r=root: only("target_unresolved")(e) and e["cameo"].startswith(r)))
    rows += [
        ("target unknown allowed for 084 (release)",
         lambda e: only("target_unresolved")(e) and e["cameo"].startswith("084")),
        ("statements 011-019 (target known)",
         lambda e: only("statement")(e) and e["cameo"] != "010"),
        ("statements 011-019 (target known or not)",
         lambda e: e["cameo"] != "010" and "statement" in e["fails"]
         and set(e["fails"]) <= {"statement", "target_unresolved"}),
        ("generic-agent source, material conflict",
         lambda e: only("source_unresolved")(e) and generic(e["source"])
         and e["cameo"][:2] in MATERIAL_CONFLICT),
        ("generic-agent target, material conflict",
         lambda e: only("target_unresolved")(e) and generic(e["target"] or "")
         and e["cameo"][:2] in MATERIAL_CONFLICT),
        ("generic-agent target, any code",
         lambda e: only("target_unresolved")(e) and generic(e["target"] or "")),
        ("conditional threats (13x with an if clause)",
         lambda e: only("conditional")(e) and e["cameo"].startswith("13")),
    ]
    return rows


def kept(events, allow):
    """Emitted events plus the dropped ones `allow` lets through, duplicates collapsed."""
    out, seen = [], set()
    for e in events:
        if not (e["emitted"] or allow(e)):
            continue
        key = (e["start"], e["source"], e["target"] or "", e["cameo"])
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def news_pr(sets, allow):
    articles, gold, explained = sets
    per = {}
    for a in articles:
        view = [{"source": e["source"], "target": e["target"] or "", "plover": e["plover"] or "",
                 "cameo": e["cameo"], "modality": e["modality"], "start": e["start"],
                 "end": e["end"], "evidence": e["sentence"]}
                for e in kept(explained[a["id"]], allow)]
        per[a["id"]] = eval_news.score_article(view, gold[a["id"]])
    d = eval_news.aggregate(per, ())["dyad"]
    return d["precision"], d["recall"], sum(p["n_emitted"] for p in per.values())


def quad_f1(rows, explained, table, allow):
    pred = []
    for i, _ in enumerate(rows):
        evs = [{"cameo": e["cameo"], "goldstein": ga.goldstein(e["cameo"], table)}
               for e in kept(explained[f"cb{i:05d}"], allow)]
        pred.append(metrics.predict_quad(evs))
    return metrics.classification_report([lab for _, lab in rows], pred)["macro_f1"]


def triple(e):
    return metrics.petrarch_actor(e.get("source")), metrics.petrarch_actor(e.get("target")), \
        e.get("event", e.get("cameo"))


def petrarch_scored(recs, articles, explained):
    """(gold triples, explained events) of the records eval.py scores."""
    for a, r in zip(articles, recs):
        expected = r.get("expected_events") or []
        if expected and all(e.get("event") is None for e in expected):
            continue
        yield [triple(e) for e in expected], explained[a["id"]]


def petrarch_f1(scored, allow):
    tri = [0, 0, 0]
    for gold, events in scored:
        c = metrics.multiset_counts(gold, [triple(e) for e in kept(events, allow)])
        tri = [t + k for t, k in zip(tri, c)]
    return metrics.prf(*tri)["f1"]


def miss_class(g, events):
    """Why gold triple g is not among the emitted events."""
    same = [e for e in events if triple(e) == g]
    if same:
        return "coded, dropped by the gate: " + ", ".join(same[0]["fails"])
    dyad = [e for e in events if triple(e)[:2] == g[:2]]
    if any(e["cameo"].startswith("03") and not g[2].startswith("03") for e in dyad):
        return "actors right, announced act recoded as intent (03x)"
    if dyad:
        return "actors right, another code"
    if any(e["cameo"] == g[2] for e in events):
        return "code right, source or target differs"
    return "other events coded" if events else "nothing coded"


def petrarch_misses(scored):
    counts = collections.Counter()
    for gold, events in scored:
        emitted = collections.Counter(triple(e) for e in events if e["emitted"])
        for g in gold:
            if emitted[g] > 0:
                emitted[g] -= 1
            else:
                counts[miss_class(g, events)] += 1
    for cls, n in counts.most_common():
        print(f"{n:>5}  {cls}")


def intent_gold(rows, explained):
    """Gold quad class of ConfliBERT sentences with an intended event, by the event's code."""
    by_root = collections.defaultdict(collections.Counter)
    for i, (_, label) in enumerate(rows):
        evs = [e for e in explained[f"cb{i:05d}"] if e["modality"] == "intended"]
        roots = {(e["cameo"] or "??")[:2] for e in evs}
        for r in roots:
            by_root[r][label] += 1
    print("ConfliBERT sentences with an intended event, by its CAMEO root: gold quad classes")
    for r in sorted(by_root):
        c = by_root[r]
        print(f"  root {r}: {sum(c.values()):>4} sentences  "
              + "  ".join(f"class {k}: {c[k]}" for k in range(5)))


def load(data_dir):
    news = {}
    for name in ("news_dev", "news_test"):
        articles, gold = eval_news.load_news(ga.eval_news_dir(name), None)
        news[name] = (articles, gold, ga.explain(articles))
    rows = ev.load_conflibert(data_dir, None)
    cb = ga.explain([{"id": f"cb{i:05d}", "text": s} for i, (s, _) in enumerate(rows)])
    recs, extra = ev.load_petrarch(data_dir, None)
    articles = []
    for i, r in enumerate(recs):
        a = {"id": f"p{i:04d}-{r['id']}", "text": r["text"]}
        if r.get("date"):
            a["published_at"] = metrics.petrarch_date(r["date"])
        articles.append(a)
    scored = list(petrarch_scored(recs, articles, ga.explain(articles, extra)))
    return news, (rows, cb), scored


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=ev.DEFAULT_DATA_DIR)
    ap.add_argument("--petrarch-misses", action="store_true",
                    help="classify the PETRARCH2 gold triples the gated output misses")
    ap.add_argument("--intent-gold", action="store_true",
                    help="gold quad classes of ConfliBERT sentences with an announced act")
    ap.add_argument("--codes", default="",
                    help="comma-separated CAMEO codes or prefixes: one row each, its events "
                    "with no target let through (e.g. 196,0811)")
    args = ap.parse_args()
    news, (rows, cb), scored = load(args.data_dir)
    if args.intent_gold:
        intent_gold(rows, cb)
        return
    if args.petrarch_misses:
        petrarch_misses(scored)
        return
    table = ga.goldstein_table()
    print(f"{'events also let through':<46}{'dev P':>7}{'dev R':>7}{'n':>5}"
          f"{'test P':>8}{'test R':>7}{'n':>5}{'quad':>7}{'PETR':>7}")
    codes = [c for c in args.codes.split(",") if c]
    for name, allow in candidates(codes):
        p, r, n = news_pr(news["news_dev"], allow)
        p2, r2, n2 = news_pr(news["news_test"], allow)
        q, t = quad_f1(rows, cb, table, allow), petrarch_f1(scored, allow)
        print(f"{name:<46}{p:>7.3f}{r:>7.3f}{n:>5}{p2:>8.3f}{r2:>7.3f}{n2:>5}{q:>7.3f}{t:>7.3f}")


if __name__ == "__main__":
    main()
