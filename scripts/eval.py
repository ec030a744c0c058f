#!/usr/bin/env python3
"""Accuracy scorer for demarche on the labelled development sets.

Runs the annotator ONCE per dataset as a subprocess:

    <annotate-cmd> --input <file.jsonl> --output - [extra args]

(the input file is also piped to the subprocess's stdin, so scratch annotators that read stdin
work too) and scores its JSON-lines output against:

  conflibert  ConfliBERT_cameo_class_train.tsv   Phoenix quad class of the strongest event
  re3d        re3d/*_{documents,entities,relations}.json   entities (exact/overlap) + stances
  petrarch    petrarch2_unittest/petrarch2_unittest_gold.jsonl   (source, target, CAMEO) triples

and runs `demarche run` once on each multi-sentence news set in this repository:

  news        data/eval/news_dev/{articles,gold}.jsonl   emitted DiplomaticEvents vs gold events
              (scoring in scripts/eval_news.py)
  news_test   data/eval/news_test/{articles,gold}.jsonl  the held-out set, same format and scorer;
              never tune the coder on it

Prints readable tables per dataset, then one final line `RESULT {json}`.
Exit status: 0 when scoring worked (whatever the scores), 1 when the annotator failed or its
output was malformed, 2 on usage or data errors.

Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import sys
import tempfile
from typing import Iterable, Sequence

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_news  # noqa: E402  (sibling module; the path line above makes it importable)
from eval_metrics import (  # noqa: E402  (sibling modules, importable through the path line)
    NONE_CLASS, QUAD_CLASSES, classification_report, match_spans, multiset_counts,
    petrarch_actor, petrarch_date, predict_quad, predict_quad_with_statements, prf,
    resolve_span, safe_div,
)
from eval_runner import (  # noqa: E402
    AnnotatorError, EvalError, read_jsonl, resolve_command, run_annotator, text_mismatches,
)

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA_DIR = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "data", "dev"))
DEFAULT_ANNOTATE_CMD = "target/release/demarche annotate"
DEFAULT_NEWS_DIR = os.path.join(REPO_ROOT, "data", "eval", "news_dev")
DEFAULT_NEWS_TEST_DIR = os.path.join(REPO_ROOT, "data", "eval", "news_test")
DEFAULT_RUN_CMD = "target/release/demarche run"
SHARED_DATASETS = ("conflibert", "re3d", "petrarch")
NEWS_DATASETS = ("news", "news_test")
DATASETS = SHARED_DATASETS + NEWS_DATASETS

ENTITY_TYPES = ("PERSON", "ORGANISATION", "LOCATION", "NATIONALITY")
RE3D_TYPE_MAP = {
    "Person": "PERSON",
    "Organisation": "ORGANISATION",
    "Location": "LOCATION",
    "Nationality": "NATIONALITY",
}
RE3D_RELATION_LABELS = {
    "FightingAgainst": "hostile",
    "Dislikes": "hostile",
    "AlliesOf": "cooperative",
    "Likes": "cooperative",
}
STANCE_LABELS = ("hostile", "cooperative")


# ----------------------------------------------------------------------------------------------
# Data loading
# ----------------------------------------------------------------------------------------------


def load_conflibert(data_dir: str, limit: int | None) -> list[tuple[str, int]]:
    path = os.path.join(data_dir, "ConfliBERT_cameo_class_train.tsv")
    rows = []
    with open(path, encoding="utf-8-sig") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            sentence, sep, label = line.rpartition("\t")
            if not sep or label.strip() not in {str(c) for c in QUAD_CLASSES}:
                raise EvalError(f"{path}:{lineno}: expected 'sentence<TAB>0..4'")
            rows.append((sentence, int(label)))
    return rows[:limit] if limit is not None else rows


def load_re3d(data_dir: str, limit: int | None):
    """Documents (with subset), gold entities and gold stance relations.

    re3d begin/end are Python (code point) offsets into the document text; the few entities whose
    'value' differs from text[begin:end] differ only by normalised quotes/newlines, so the offsets
    are used as they are and mismatches are only counted."""
    root = os.path.join(data_dir, "re3d")
    doc_files = sorted(glob.glob(os.path.join(root, "*_documents.json")))
    if not doc_files:
        raise EvalError(f"no re3d/*_documents.json under {data_dir}")
    docs = []
    for df in doc_files:
        subset = os.path.basename(df)[: -len("_documents.json")]
        for d in read_jsonl(df):
            docs.append({"id": d["_id"], "text": d["text"], "subset": subset})
    ids = collections.Counter(d["id"] for d in docs)
    dups = [i for i, c in ids.items() if c > 1]
    if dups:
        raise EvalError(f"duplicate re3d document ids: {dups[:3]}")
    if limit is not None:
        docs = docs[:limit]
    by_id = {d["id"]: d for d in docs}
    gold_entities = {d["id"]: set() for d in docs}
    gold_relations = {d["id"]: [] for d in docs}
    value_mismatch = 0
    for df in doc_files:
        subset = os.path.basename(df)[: -len("_documents.json")]
        for e in read_jsonl(os.path.join(root, f"{subset}_entities.json")):
            d = by_id.get(e["documentId"])
            if d is None or e["type"] not in RE3D_TYPE_MAP:
                continue
            if d["text"][e["begin"]:e["end"]] != e["value"]:
                value_mismatch += 1
            # A set: identical (span, type) annotations count once; the same span may carry two
            # types (e.g. Location and Organisation) and then counts once per type.
            gold_entities[d["id"]].add((e["begin"], e["end"], RE3D_TYPE_MAP[e["type"]]))
        for r in read_jsonl(os.path.join(root, f"{subset}_relations.json")):
            if r["documentId"] in by_id and r["type"] in RE3D_RELATION_LABELS:
                gold_relations[r["documentId"]].append(r)
    return docs, gold_entities, gold_relations, value_mismatch


def load_petrarch(data_dir: str, limit: int | None):
    udir = os.path.join(data_dir, "petrarch2_unittest")
    recs = read_jsonl(os.path.join(udir, "petrarch2_unittest_gold.jsonl"))
    if limit is not None:
        recs = recs[:limit]
    extra = []
    for flag, fname in (("--actors", "petrarch2_PETR.Validate.actors.txt"),
                        ("--agents", "petrarch2_PETR.Validate.agents.txt"),
                        ("--verbs", "petrarch2_PETR.Validate.verbs.txt")):
        p = os.path.join(udir, fname)
        if not os.path.exists(p):
            raise EvalError(f"missing {p}")
        extra += [flag, os.path.abspath(p)]
    return recs, ["--no-builtin-dictionaries"] + extra


# ----------------------------------------------------------------------------------------------
# Scoring per dataset
# ----------------------------------------------------------------------------------------------

def fmt(x: float) -> str:
    return f"{x:6.3f}"


def print_prf_table(title: str, rows: list[tuple[str, dict]], extra_cols: Sequence[str] = ()):
    print(title)
    head = f"  {'':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}"
    for c in extra_cols:
        head += f"{c:>9}"
    print(head)
    for name, m in rows:
        line = (f"  {name:<22}{fmt(m['p']):>7}{fmt(m['r']):>7}{fmt(m['f1']):>7}"
                f"{m['tp']:>7}{m['fp']:>7}{m['fn']:>7}")
        for c in extra_cols:
            line += f"{m.get(c, ''):>9}"
        print(line)


def score_conflibert(argv, data_dir, limit, workdir, timeout, verbose):
    rows = load_conflibert(data_dir, limit)
    articles = [{"id": f"cb{i:05d}", "text": s} for i, (s, _) in enumerate(rows)]
    out = run_annotator(argv, "conflibert", articles, [], workdir, timeout, verbose)
    gold = [lab for _, lab in rows]
    pred = [predict_quad(out[a["id"]]["events"]) for a in articles]
    covered = sum(1 for a in articles if out[a["id"]]["events"])
    rep = classification_report(gold, pred)
    rep["coverage"] = safe_div(covered, len(articles))
    # The second figure: events, and the statements output as class-0 evidence where a
    # sentence has no event (reported beside the events-only figure, never instead of it).
    pred_st = [predict_quad_with_statements(out[a["id"]]) for a in articles]
    covered_st = sum(1 for p in pred_st if p != NONE_CLASS)
    rep_st = classification_report(gold, pred_st)

    print(f"\n=== ConfliBERT quad classification (n={rep['n']}) ===")
    print(f"  accuracy {rep['accuracy']:.3f}   macro-F1 {rep['macro_f1']:.3f}   "
          f"coverage {rep['coverage']:.3f} ({covered}/{len(articles)} sentences with an event)")
    print_prf_table("  per class:", [(f"class {c}", rep["per_class"][c]) for c in QUAD_CLASSES],
                    extra_cols=("support",))
    per_class_st = " / ".join(f"{rep_st['per_class'][c]['f1']:.3f}" for c in QUAD_CLASSES)
    print(f"  events + statements (a statement is class 0 where no event): macro-F1 "
          f"{rep_st['macro_f1']:.3f}   accuracy {rep_st['accuracy']:.3f}   coverage "
          f"{safe_div(covered_st, len(articles)):.3f}   per class {per_class_st}")
    cols = rep["confusion_columns"]
    print("  confusion (rows gold, columns predicted):")
    print("  " + f"{'':<10}" + "".join(f"{str(c):>7}" for c in cols))
    for c, row in zip(QUAD_CLASSES, rep["confusion"]):
        print("  " + f"{'gold ' + str(c):<10}" + "".join(f"{v:>7}" for v in row))
    if verbose:
        wrong = [(a["text"], g, p) for a, g, p in zip(articles, gold, pred) if g != p][:15]
        print("  first wrong sentences:")
        for t, g, p in wrong:
            print(f"    gold {g} pred {p}: {t[:140]}")
    return {
        "accuracy": rep["accuracy"], "macro_f1": rep["macro_f1"], "coverage": rep["coverage"],
        "n": rep["n"],
        "per_class": {str(c): {k: rep["per_class"][c][k] for k in ("p", "r", "f1", "support")}
                      for c in QUAD_CLASSES},
        "confusion": rep["confusion"],
        "confusion_columns": [str(c) for c in cols],
        "with_statements": {
            "accuracy": rep_st["accuracy"], "macro_f1": rep_st["macro_f1"],
            "coverage": safe_div(covered_st, len(articles)),
            "per_class": {str(c): {k: rep_st["per_class"][c][k] for k in ("p", "r", "f1")}
                          for c in QUAD_CLASSES},
        },
    }


def _sum_counts(items: Iterable[dict]) -> dict:
    tp = fp = fn = 0
    for m in items:
        tp, fp, fn = tp + m["tp"], fp + m["fp"], fn + m["fn"]
    return prf(tp, fp, fn)


def score_re3d(argv, data_dir, limit, workdir, timeout, verbose):
    docs, gold_ents, gold_rels, value_mismatch = load_re3d(data_dir, limit)
    articles = [{"id": d["id"], "text": d["text"]} for d in docs]
    out = run_annotator(argv, "re3d", articles, [], workdir, timeout, verbose)

    # ---- entities
    unknown_types = collections.Counter()
    per_doc = []  # (subset, exact, overlap, untyped)
    for d in docs:
        pred = []
        for e in out[d["id"]]["entities"]:
            t = e["type"]
            if t in ENTITY_TYPES:
                pred.append((e["start"], e["end"], t))
            else:
                unknown_types[t] += 1
        gold = sorted(gold_ents[d["id"]])
        per_doc.append((d["subset"],
                        match_spans(gold, pred, "exact", typed=True),
                        match_spans(gold, pred, "overlap", typed=True),
                        match_spans(gold, pred, "overlap", typed=False)))
    exact = _sum_counts(x[1] for x in per_doc)
    overlap = _sum_counts(x[2] for x in per_doc)
    untyped = _sum_counts(x[3] for x in per_doc)
    per_type = {}
    for t in ENTITY_TYPES:
        per_type[t] = {
            "exact": _sum_counts(x[1]["by_type"].get(t, {"tp": 0, "fp": 0, "fn": 0})
                                 for x in per_doc),
            "overlap": _sum_counts(x[2]["by_type"].get(t, {"tp": 0, "fp": 0, "fn": 0})
                                   for x in per_doc),
        }
    subsets = sorted({d["subset"] for d in docs})
    per_subset = {}
    for s in subsets:
        sel = [x for x in per_doc if x[0] == s]
        per_subset[s] = {"n_docs": len(sel),
                         "exact": _sum_counts(x[1] for x in sel),
                         "overlap": _sum_counts(x[2] for x in sel)}
    mism = text_mismatches(articles, out)

    print(f"\n=== re3d entities ({len(docs)} documents, "
          f"{sum(len(v) for v in gold_ents.values())} gold PER/ORG/LOC/NAT) ===")
    print_prf_table("  exact span + type:",
                    [(t, per_type[t]["exact"]) for t in ENTITY_TYPES] + [("micro", exact)])
    print_prf_table("  overlapping span + type (one-to-one):",
                    [(t, per_type[t]["overlap"]) for t in ENTITY_TYPES] + [("micro", overlap)])
    print_prf_table("  overlapping span, any type:", [("micro", untyped)])
    print("  per subset micro F1:        exact  overlap")
    for s in subsets:
        print(f"    {s:<40} {per_subset[s]['exact']['f1']:.3f}   "
              f"{per_subset[s]['overlap']['f1']:.3f}   ({per_subset[s]['n_docs']} docs)")
    if unknown_types:
        print(f"  note: ignored predicted entities with other types: {dict(unknown_types)}")
    if mism:
        print(f"  WARNING: {mism} predicted entities whose 'text' != text[start:end] "
              "(offsets must be Unicode character indexes)")
    if value_mismatch:
        print(f"  note: {value_mismatch} gold entities whose value differs from text[begin:end] "
              "(normalised quotes/newlines in the gold; offsets used as given)")

    def brief(m):
        return {k: m[k] for k in ("p", "r", "f1", "tp", "fp", "fn")}

    ent_result = {
        "n_docs": len(docs),
        "n_gold": sum(len(v) for v in gold_ents.values()),
        "exact": brief(exact), "overlap": brief(overlap), "untyped_overlap": brief(untyped),
        "per_type": {t: {"exact": brief(per_type[t]["exact"]),
                         "overlap": brief(per_type[t]["overlap"])} for t in ENTITY_TYPES},
        "per_subset": {s: {"n_docs": v["n_docs"], "exact_f1": v["exact"]["f1"],
                           "overlap_f1": v["overlap"]["f1"]} for s, v in per_subset.items()},
        "pred_text_mismatches": mism,
    }

    # ---- relations / stances
    n_gold_rel = unresolved_rel = self_dyads = 0
    counts = {lab: [0, 0, 0] for lab in STANCE_LABELS}
    n_gold_dyads = n_pred_dyads = 0
    worst = []
    for d in docs:
        ents = out[d["id"]]["entities"]
        gold_set = set()
        for r in gold_rels[d["id"]]:
            n_gold_rel += 1
            label = RE3D_RELATION_LABELS[r["type"]]
            h = resolve_span(r["sourceBegin"], r["sourceEnd"], ents)
            t = resolve_span(r["targetBegin"], r["targetEnd"], ents)
            if h is None or t is None:
                unresolved_rel += 1
                # Unresolvable: a gold dyad that can never be matched. Keyed by surface text so
                # repeated mentions of the same dyad count once, like resolved ones.
                h = h if h is not None else "?" + r["source"].lower()
                t = t if t is not None else "?" + r["target"].lower()
            elif h == t:
                self_dyads += 1
                continue
            gold_set.add((h, t, label))
        pred_set = {(s["holder"], s["target"], s["label"]) for s in out[d["id"]]["stances"]
                    if s["label"] in STANCE_LABELS}
        n_gold_dyads += len(gold_set)
        n_pred_dyads += len(pred_set)
        for lab in STANCE_LABELS:
            g = {x for x in gold_set if x[2] == lab}
            p = {x for x in pred_set if x[2] == lab}
            counts[lab][0] += len(g & p)
            counts[lab][1] += len(p - g)
            counts[lab][2] += len(g - p)
        if gold_set ^ pred_set:
            worst.append((len(gold_set ^ pred_set), d["id"], sorted(gold_set - pred_set),
                          sorted(pred_set - gold_set)))
    per_label = {lab: prf(*counts[lab]) for lab in STANCE_LABELS}
    micro = _sum_counts(per_label.values())
    print(f"\n=== re3d relations -> stances ({n_gold_rel} gold hostile/cooperative relations, "
          f"{n_gold_dyads} gold dyads, {n_pred_dyads} predicted) ===")
    print_prf_table("  per document set of (holder, target, label):",
                    [(lab, per_label[lab]) for lab in STANCE_LABELS] + [("micro", micro)])
    print(f"  unresolved gold relations (a side overlaps no predicted entity with an actor): "
          f"{unresolved_rel}/{n_gold_rel}")
    if self_dyads:
        print(f"  gold relations dropped because both sides resolve to the same actor: "
              f"{self_dyads}")
    if verbose:
        worst.sort(key=lambda x: -x[0])
        print("  worst documents:")
        for _, did, missed, extra in worst[:10]:
            print(f"    {did}: missed {missed[:8]}  extra {extra[:8]}")
    rel_result = {
        "hostile": brief(per_label["hostile"]), "cooperative": brief(per_label["cooperative"]),
        "micro": brief(micro), "n_gold_relations": n_gold_rel,
        "unresolved_relations": unresolved_rel, "self_dyads_dropped": self_dyads,
        "n_gold_dyads": n_gold_dyads, "n_pred_dyads": n_pred_dyads,
    }
    return ent_result, rel_result


def score_petrarch(argv, data_dir, limit, workdir, timeout, verbose):
    recs, extra = load_petrarch(data_dir, limit)
    # Positional ids: the gold file repeats AGENTS-18 and AGENTS-19.
    articles = []
    for i, r in enumerate(recs):
        a = {"id": f"p{i:04d}-{r['id']}", "text": r["text"]}
        if r.get("date"):
            a["published_at"] = petrarch_date(r["date"])
        articles.append(a)
    out = run_annotator(argv, "petrarch", articles, extra, workdir, timeout, verbose)

    tri = [0, 0, 0]
    root = [0, 0, 0]
    exact_records = scored = 0
    no_ev_n = no_ev_silent = 0
    err_n = err_silent = 0
    per_cat = collections.defaultdict(lambda: [0, 0, 0])
    worst = []
    for a, r in zip(articles, recs):
        events = out[a["id"]]["events"]
        pred = [(petrarch_actor(e.get("source")), petrarch_actor(e.get("target")), e["cameo"])
                for e in events]
        expected = r.get("expected_events") or []
        if r.get("expect_no_events"):
            no_ev_n += 1
            no_ev_silent += not events
        if expected and all(e.get("event") is None for e in expected):
            # PETRARCH error/discard tests (dateline, bad_input_parse, story/sentence discard):
            # no triples to score; only report whether we stayed silent.
            err_n += 1
            err_silent += not events
            continue
        gold = [(petrarch_actor(e.get("source")), petrarch_actor(e.get("target")), e["event"])
                for e in expected]
        scored += 1
        c = multiset_counts(gold, pred)
        for k in range(3):
            tri[k] += c[k]
            per_cat[r.get("category", "?")][k] += c[k]
        rc = multiset_counts([(s, t, x[:2]) for s, t, x in gold],
                             [(s, t, x[:2]) for s, t, x in pred])
        for k in range(3):
            root[k] += rc[k]
        if c[1] == 0 and c[2] == 0:
            exact_records += 1
        else:
            g, p = collections.Counter(gold), collections.Counter(pred)
            worst.append((c[1] + c[2], r["id"], r["text"], sorted((g - p).elements()),
                          sorted((p - g).elements())))
    triple, rootm = prf(*tri), prf(*root)
    print(f"\n=== PETRARCH2 unit tests ({len(recs)} records, {scored} scored) ===")
    print_prf_table("  (source, target, cameo) multiset per record:",
                    [("triple", triple), ("root (2-digit cameo)", rootm)])
    print(f"  records exactly right: {exact_records}/{scored}")
    print(f"  expect_no_events records with no output event: {no_ev_silent}/{no_ev_n}")
    print(f"  error/discard records (not scored) with no output event: {err_silent}/{err_n}")
    print_prf_table("  triples per category:",
                    [(cat, prf(*v)) for cat, v in sorted(per_cat.items())])
    if verbose:
        worst.sort(key=lambda x: -x[0])
        print("  15 worst records:")
        for _, rid, text, missed, extra_t in worst[:15]:
            print(f"    {rid}: {text[:150]}")
            print(f"      missed: {missed}")
            print(f"      extra:  {extra_t}")

    def brief(m):
        return {k: m[k] for k in ("p", "r", "f1", "tp", "fp", "fn")}

    return {
        "triple": brief(triple), "root": brief(rootm),
        "n_records": len(recs), "n_scored": scored,
        "exact_record_share": safe_div(exact_records, scored),
        "no_events_silent_share": safe_div(no_ev_silent, no_ev_n), "n_no_events": no_ev_n,
        "error_records": err_n, "error_records_silent": err_silent,
    }


# ----------------------------------------------------------------------------------------------

def _round(x):
    if isinstance(x, float):
        return round(x, 4)
    if isinstance(x, dict):
        return {k: _round(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_round(v) for v in x]
    return x


def parse_args(argv=None):
    ap = argparse.ArgumentParser(
        description="Score demarche's annotator on the labelled dev sets.")
    ap.add_argument("--data-dir", default=DEFAULT_DATA_DIR,
                    help="labelled dev data (default: ../shared/data/dev from the repo root: "
                         "%(default)s)")
    ap.add_argument("--annotate-cmd", default=DEFAULT_ANNOTATE_CMD,
                    help="annotate command, split with shlex; gets --input F --output - "
                         "(and F on stdin) (default: %(default)r)")
    ap.add_argument("--news-dir", default=DEFAULT_NEWS_DIR,
                    help="news dev set with articles.jsonl and gold.jsonl (default: %(default)s)")
    ap.add_argument("--run-cmd", default=DEFAULT_RUN_CMD,
                    help="command producing DiplomaticEvent JSON lines for the news set; gets "
                         "--input F --output - --format json (default: %(default)r)")
    ap.add_argument("--news-output", metavar="FILE", default=None,
                    help="score this saved `demarche run` JSON output instead of running")
    ap.add_argument("--news-test-dir", default=DEFAULT_NEWS_TEST_DIR,
                    help="held-out news test set, same format (default: %(default)s)")
    ap.add_argument("--news-test-output", metavar="FILE", default=None,
                    help="score this saved `demarche run` JSON output of the test set instead "
                         "of running")
    ap.add_argument("--only", default=",".join(DATASETS),
                    help="comma-separated subset of: " + ", ".join(DATASETS))
    ap.add_argument("--limit", type=int, default=None, help="first N items of each dataset")
    ap.add_argument("--timeout", type=float, default=3600.0,
                    help="seconds per annotator run (default: %(default)s)")
    ap.add_argument("--keep-temp", metavar="DIR", default=None,
                    help="write the annotator inputs/outputs to DIR instead of a temp dir")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="print error analysis (worst records)")
    args = ap.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    bad = [s for s in only if s not in DATASETS]
    if bad or not only:
        ap.error(f"--only: unknown dataset(s) {bad}; choose from {', '.join(DATASETS)}")
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be >= 1")
    args.only = only
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    try:
        shared = [d for d in args.only if d in SHARED_DATASETS]
        if shared and not os.path.isdir(args.data_dir):
            raise EvalError(f"data dir not found: {args.data_dir} (use --data-dir)")
        cmd = resolve_command(args.annotate_cmd) if shared else []
        news_sets = {"news": (args.news_dir, args.news_output),
                     "news_test": (args.news_test_dir, args.news_test_output)}
        run_cmd = []
        if any(d in args.only and not news_sets[d][1] for d in NEWS_DATASETS):
            run_cmd = resolve_command(args.run_cmd)
        result = {}
        with tempfile.TemporaryDirectory(prefix="demarche-eval-") as tmp:
            workdir = tmp
            if args.keep_temp:
                os.makedirs(args.keep_temp, exist_ok=True)
                workdir = args.keep_temp
            common = (cmd, args.data_dir, args.limit, workdir, args.timeout, args.verbose)
            if "conflibert" in args.only:
                result["conflibert_quad"] = score_conflibert(*common)
            if "re3d" in args.only:
                result["re3d_entities"], result["re3d_relations"] = score_re3d(*common)
            if "petrarch" in args.only:
                result["petrarch2"] = score_petrarch(*common)
            for name in (d for d in NEWS_DATASETS if d in args.only):
                news_dir, saved = news_sets[name]
                result[name] = eval_news.score_news(
                    run_cmd, news_dir, args.limit, workdir, args.timeout, args.verbose, saved,
                    name)
    except (AnnotatorError, eval_news.NewsRunError) as e:
        print(f"eval.py: annotator error: {e}", file=sys.stderr)
        return 1
    except (EvalError, eval_news.NewsDataError, OSError, KeyError, ValueError) as e:
        print(f"eval.py: error: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    print()
    print("RESULT " + json.dumps(_round(result), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
