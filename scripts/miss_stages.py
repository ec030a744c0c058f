#!/usr/bin/env python3
"""Where the missed required events are lost: a stage table, and what each gate reason drops.

From one `annotate --explain` run on a news split, every required gold event that no emitted
event matches (dyad level, as scripts/eval_news.py) is put in the first stage that explains it,
looking at the coded interactions (candidates) of the sentences its evidence quote spans:

  none        no candidate at all in the sentence
  gate        a candidate with the gold source, target and PLOVER type was dropped by the gate
              (shown by the gate's first reason, `dropped_by`)
  no_trigger  candidates in the sentence, none whose trigger word is in the evidence quote
  type        a candidate at the trigger with the gold source and target, another PLOVER type
  source      a candidate at the trigger with the gold target and type, a wrong or missing source
  target      a candidate at the trigger with the gold source and type, a wrong or missing target
  both        candidates at the trigger, none with two of source, target and type right

Then, for each gate reason, the dropped candidates that reason alone drops (their only
failure, `duplicate` aside): how many would match a gold event (required or acceptable) and how
many would be false, how many of the right ones would find a missed required event, and the
same for CAMEO roots 13-20 (conflict) apart.

    python3 scripts/miss_stages.py --bin target/release/demarche --news-dir DIR [-v STAGE]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_news as en  # noqa: E402

STAGES = ("none", "gate", "no_trigger", "type", "source", "target", "both")


def explain(binary, articles):
    """{article id: explain list} from one `annotate --explain` run."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        out = subprocess.run([binary, "annotate", "--explain", "--input", path, "--output", "-"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return {r["id"]: r["explain"] for r in map(json.loads, out.stdout.decode().splitlines())}


def view(c):
    """A candidate as the scorer sees an emitted event."""
    return {"source": c["source"] or "", "target": c["target"] or "", "plover": c["plover"] or ""}


def key(code):
    return en.actor_key(code or "")


def overlaps(c, span):
    return c["start"] < span[1] and span[0] < c["end"]


def stage(g, cands):
    """(stage, detail, candidate or None) for one missed required gold event. A candidate is
    "at the trigger" when its trigger word occurs in the gold evidence quote (an approximation:
    a short quote can leave the gold trigger word out)."""
    here = [c for c in cands if overlaps(c, g["span"])]
    if not here:
        return "none", "", None
    for c in here:
        if en.match_level(view(c), g, "dyad"):
            return "gate", c["dropped_by"] or "", c
    at = [c for c in here if c["trigger"].lower() in g["evidence"].lower()]
    if not at:
        return "no_trigger", "", here[0]
    src, tgt, types = key(g["source"]), key(g["target"]), en.gold_types(g)
    for name, test in (("type", lambda c: key(c["source"]) == src and key(c["target"]) == tgt),
                       ("source", lambda c: key(c["target"]) == tgt and view(c)["plover"] in types),
                       ("target", lambda c: key(c["source"]) == src and view(c)["plover"] in types)):
        hit = [c for c in at if test(c)]
        if hit:
            return name, detail(name, hit[0]), hit[0]
    return "both", "", at[0]


def detail(name, c):
    """Whether the wrong part is missing (no actor code) or another actor, and whether the
    gate kept or dropped the candidate."""
    kept = "emitted" if c["emitted"] else "dropped"
    if name == "type":
        return f"{'no type' if not c['plover'] else 'other type'}, {kept}"
    return f"{'missing' if key(c[name]) is None else 'other actor'}, {kept}"


def sole_reason(c):
    fails = [f for f in c["fails"] if f != "duplicate"]
    return fails[0] if len(fails) == 1 else None


def conflict(c):
    return c["cameo"][:2].isdigit() and 13 <= int(c["cameo"][:2]) <= 20


def show(c):
    return (f"{c['source']}->{c['target']} {c['cameo']} {c['plover']} '{c['trigger']}' "
            f"fails={c['fails']} path={c['path']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/release/demarche")
    ap.add_argument("--news-dir", required=True)
    ap.add_argument("-v", dest="verbose", default=None,
                    help="list the misses of one stage, or the drops of one gate reason")
    ap.add_argument("--totals-only", action="store_true", help="no per-event listing at all")
    args = ap.parse_args()
    articles, gold = en.load_news(args.news_dir, None)
    cands = explain(args.bin, articles)
    stages, details = collections.Counter(), collections.Counter()
    gold_type = collections.defaultdict(collections.Counter)
    reasons = collections.defaultdict(collections.Counter)
    for a in articles:
        cs, gs = cands[a["id"]], gold[a["id"]]
        emitted = [view(c) for c in cs if c["emitted"]]
        missed = [g for g in gs if g["required"]
                  and not any(en.match_level(e, g, "dyad") for e in emitted)]
        for g in missed:
            st, why, c = stage(g, cs)
            stages[st] += 1
            details[(st, why)] += 1
            gold_type[st][en.gold_types(g)[0]] += 1
            if args.verbose and not args.totals_only and args.verbose == st:
                print(f"MISS {a['id']} [{st}] gold {g['source']}->{g['target']} "
                      f"{g['plover']} {g['cameo']} '{g['evidence']}'\n"
                      f"    cand {show(c) if c else '-'}")
        for c in cs:
            r = sole_reason(c)
            if c["emitted"] or r is None:
                continue
            right = any(en.match_level(view(c), g, "dyad") for g in gs)
            finds = any(en.match_level(view(c), g, "dyad") for g in missed)
            kind = "conflict" if conflict(c) else "other"
            reasons[r][f"{kind}_{'right' if right else 'false'}"] += 1
            reasons[r][f"{kind}_finds"] += finds
            if args.verbose and not args.totals_only and args.verbose == r:
                print(f"DROP {a['id']} [{'RIGHT' if right else 'false'}"
                      f"{' finds-miss' if finds else ''}] {show(c)}\n    {c['sentence']}")
    total = sum(stages.values())
    print(f"missed required: {total}")
    for st in STAGES:
        common = ", ".join(f"{t} {n}" for t, n in gold_type[st].most_common(4))
        print(f"  {st:<12}{stages[st]:>5}   gold types: {common}")
        for (s2, why), n in sorted(details.items()):
            if s2 == st and why:
                print(f"      {why:<28}{n:>5}")
    print(f"\n{'sole gate reason':<24}{'right':>7}{'false':>7}{'finds':>7}"
          f"{'c.right':>9}{'c.false':>9}{'c.finds':>9}")
    for r, n in sorted(reasons.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{r:<24}{n['other_right']:>7}{n['other_false']:>7}{n['other_finds']:>7}"
              f"{n['conflict_right']:>9}{n['conflict_false']:>9}{n['conflict_finds']:>9}")


if __name__ == "__main__":
    main()
