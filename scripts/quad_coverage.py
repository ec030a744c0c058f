#!/usr/bin/env python3
"""Why ConfliBERT sentences of quad classes 1-4 get no event, and what letting the gate's drops
through would cost on news (branch quad27; src/nlp/gate.rs).

From one `annotate --explain` run per set: (1) the sentences of gold class 1-4 with no event,
by the first gate reason of their best candidate (one of the gold's quad class if any, with
the fewest failed rules), and whether that candidate's class is the gold's; (2) one row per
relaxation (a rule's drops let through, one-sided by CAMEO root with or without the sentence
guard, agent-only parties) or denial (the target-less events now emitted held back): news
precision / recall / emitted / added / required found, ConfliBERT quad macro-F1 on events
and with statements, PETRARCH2 triple F1; (3) with --overfit, slices of (rules, target kind,
code) chosen on ConfliBERT where one news half never has them, counted on the other half.

Only a readable news split may be given: the held-out set is refused (never score it per row).

    python3 scripts/quad_coverage.py --news-dir /tmp/splits58/rd15 [--bin BIN] [--overfit]
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
import gate_candidates as gc  # noqa: E402

CONFLICT = ("14", "15", "17", "18", "19", "20")
RULES = ("target_unresolved", "source_unresolved", "passive_no_agent", "background", "demanded",
         "intended", "conditional", "negated", "editorial", "unattributed_quote", "hypothetical",
         "statement")


def quad(events, table):
    return metrics.predict_quad([{"cameo": e["cameo"], "goldstein": ga.goldstein(e["cameo"], table)}
                            for e in events])


def other_party(rec, e):
    """Does the event's sentence name a placed actor of a side other than the source's?"""
    own = eval_news.actor_key(e["source"])
    return any(m["start"] >= e["start"] and m["end"] <= e["end"]
               and eval_news.actor_key(m.get("actor") or "") not in (None, own)
               for m in rec.get("entities", []))


def kept(rec, allow, deny):
    """`gate_candidates.kept` on the record's events, less the emitted ones `deny` holds back."""
    events = [e for e in rec["explain"] if not (e["emitted"] and deny(rec, e))]
    return gc.kept(events, lambda e: allow(rec, e))


def classify(rows, cb, table):
    """(1): reason x right for the gold-1-4 sentences with no event."""
    counts = collections.defaultdict(collections.Counter)
    for i, (_, gold) in enumerate(rows):
        rec = cb[f"cb{i:05d}"]
        if gold == 0 or quad(rec["events"], table) != metrics.NONE_CLASS:
            continue
        right = [e for e in rec["explain"] if metrics.quad_class_of_cameo(e["cameo"]) == gold]
        pool = right or rec["explain"]
        if not pool:
            counts["no candidate"][gold] += 1
            continue
        fails = min(pool, key=lambda e: (len(e["fails"]), e["fails"]))["fails"]
        name = fails[0] if len(fails) == 1 else "several rules"
        counts[f"{name} ({'class right' if right else 'class wrong'})"][gold] += 1
    print(f"{'first reason (best candidate)':<44}{'all':>5}" + "".join(f"{c:>6}" for c in "1234"))
    for name, c in sorted(counts.items(), key=lambda x: -sum(x[1].values())):
        print(f"{name:<44}{sum(c.values()):>5}" + "".join(f"{c[k]:>6}" for k in (1, 2, 3, 4)))


def score(sets, allow, deny):
    (articles, gold, news), (rows, cb, table), pscored = sets
    per, added = {}, 0
    for a in articles:
        ks = kept(news[a["id"]], allow, deny)
        added += sum(1 for e in ks if not e["emitted"])
        view = [{"source": e["source"], "target": e["target"] or "", "plover": e["plover"] or "",
                 "cameo": e["cameo"], "modality": e["modality"], "start": e["start"],
                 "end": e["end"], "evidence": e["sentence"]} for e in ks]
        per[a["id"]] = eval_news.score_article(view, gold[a["id"]])
    d = eval_news.aggregate(per, ())["dyad"]
    req = sum(p["dyad"]["required_found"] for p in per.values())
    labels, p1, p2 = [lab for _, lab in rows], [], []
    for i in range(len(rows)):
        rec = cb[f"cb{i:05d}"]
        p = quad(kept(rec, allow, deny), table)
        p1.append(p)
        p2.append(0 if p == metrics.NONE_CLASS and rec.get("statements") else p)
    tri = [0, 0, 0]
    for g, evs in pscored:
        rec = {"explain": evs}
        c = metrics.multiset_counts(g, [gc.triple(e) for e in kept(rec, allow, deny)])
        tri = [t + k for t, k in zip(tri, c)]
    n = sum(p["n_emitted"] for p in per.values())
    return (d["precision"], d["recall"], n, added, req,
            metrics.classification_report(labels, p1)["macro_f1"],
            metrics.classification_report(labels, p2)["macro_f1"], metrics.prf(*tri)["f1"])


def only(*rules):
    return lambda rec, e: set(e["fails"]) == set(rules)


def untargeted(root, guard):
    return lambda rec, e: (only("target_unresolved")(rec, e) and e["cameo"].startswith(root)
                           and not (guard and other_party(rec, e)))


def untargeted_now(rec, e):
    t = e["target"] or ""
    return not t or gc.generic(t)


def relaxations():
    never = lambda rec, e: False  # noqa: E731
    rows = [("full gate (as emitted)", never, never)]
    rows += [(f"let through: only {r}", only(r), never) for r in RULES]
    for root in ["%02d" % r for r in range(2, 21)]:
        rows.append((f"no target allowed for {root}x", untargeted(root, False), never))
        rows.append(("  the same, sentence names no other", untargeted(root, True), never))
    rows += [
        ("agent-only target, 14-20", lambda rec, e: only("target_unresolved")(rec, e)
         and gc.generic(e["target"] or "") and e["cameo"][:2] in CONFLICT, never),
        ("agent-only target, any code", lambda rec, e: only("target_unresolved")(rec, e)
         and gc.generic(e["target"] or ""), never),
        ("agent-only source, 14-20", lambda rec, e: only("source_unresolved")(rec, e)
         and gc.generic(e["source"]) and e["cameo"][:2] in CONFLICT, never),
        ("held back: every event with no country target", never, untargeted_now),
    ]
    return rows


def slice_key(rec, e):
    kind = ""
    if "target_unresolved" in e["fails"]:
        t = e["target"] or ""
        kind = " T:" + ("none" if not t else "agent" if gc.generic(t) else "coded")
        kind += "/other" if other_party(rec, e) else "/alone"
    return "+".join(sorted(e["fails"])) + kind + " " + e["cameo"][:3]


def overfit(sets):
    """(3): slices that help ConfliBERT and never occur on nd-001..103, counted on the rest."""
    (articles, _, news), (rows, cb, table), _ = sets
    net = collections.Counter()
    for i, (_, g) in enumerate(rows):
        rec = cb[f"cb{i:05d}"]
        base = quad([e for e in rec["explain"] if e["emitted"]], table)
        for k in {slice_key(rec, e) for e in rec["explain"] if not e["emitted"]}:
            evs = [e for e in rec["explain"] if e["emitted"] or slice_key(rec, e) == k]
            new = quad(evs, table)
            net[k] += (new == g) - (base == g) if new != base else 0
    half = collections.Counter(), collections.Counter()
    for a in articles:
        first = int(a["id"].rsplit("-", 1)[-1]) <= 103
        for e in news[a["id"]]["explain"]:
            if not e["emitted"] and e["fails"] != ["duplicate"]:
                half[0 if first else 1][slice_key(news[a["id"]], e)] += 1
    chosen = [k for k, n in net.items() if n > 0 and "statement" not in k and not half[0][k]]
    print(f"{len(chosen)} slices with a ConfliBERT gain and none on nd-001..103: net "
          f"{sum(net[k] for k in chosen)} sentences; events they add on the other articles: "
          f"{sum(half[1][k] for k in chosen)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=ev.DEFAULT_DATA_DIR)
    ap.add_argument("--news-dir", required=True, help="a readable split (never news_test)")
    ap.add_argument("--bin", default=ga.BIN)
    ap.add_argument("--overfit", action="store_true")
    args = ap.parse_args()
    if "news_test" in os.path.abspath(args.news_dir):
        sys.exit("the held-out set is never scored per row")
    ga.BIN = args.bin
    articles, gold = eval_news.load_news(args.news_dir, None)
    news = {a["id"]: a for a in ga.explain_records(articles)}
    rows = ev.load_conflibert(args.data_dir, None)
    cb = {a["id"]: a for a in ga.explain_records(
        [{"id": f"cb{i:05d}", "text": s} for i, (s, _) in enumerate(rows)])}
    table = ga.goldstein_table()
    recs, extra = ev.load_petrarch(args.data_dir, None)
    pa = [{"id": f"p{i:04d}-{r['id']}", "text": r["text"],
           **({"published_at": metrics.petrarch_date(r["date"])} if r.get("date") else {})}
          for i, r in enumerate(recs)]
    pscored = list(gc.petrarch_scored(recs, pa, ga.explain(pa, extra)))
    sets = (articles, gold, news), (rows, cb, table), pscored
    classify(rows, cb, table)
    print(f"\n{'relaxation':<46}{'P':>7}{'R':>7}{'n':>6}{'added':>6}{'req':>6}"
          f"{'quad':>8}{'+stmt':>8}{'PETR':>7}")
    for name, allow, deny in relaxations():
        p, r, n, add, req, q1, q2, pt = score(sets, allow, deny)
        print(f"{name:<46}{p:>7.4f}{r:>7.4f}{n:>6}{add:>6}{req:>6}{q1:>8.4f}{q2:>8.4f}{pt:>7.4f}")
    if args.overfit:
        overfit(sets)


if __name__ == "__main__":
    main()
