#!/usr/bin/env python3
"""Self-test of scripts/eval.py and scripts/eval_metrics.py: metric functions on hand-computed
cases, plus end-to-end runs against a fake annotator on a tiny hand-made data dir. Standard
library only:

    python3 scripts/test_eval.py
"""

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_PY = os.path.join(HERE, "eval.py")
_spec = importlib.util.spec_from_file_location("demarche_eval", EVAL_PY)
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)
import eval_metrics as metrics  # noqa: E402  (scripts/ is on the path once eval.py is loaded)


class TestPRF(unittest.TestCase):
    def test_counts(self):
        m = metrics.prf(2, 1, 3)  # P = 2/3, R = 2/5, F1 = 2*(4/15)/(16/15) = 0.5
        self.assertAlmostEqual(m["p"], 2 / 3)
        self.assertAlmostEqual(m["r"], 0.4)
        self.assertAlmostEqual(m["f1"], 0.5)

    def test_zero_denominators(self):
        self.assertEqual(metrics.prf(0, 0, 0)["f1"], 0.0)
        m = metrics.prf(0, 0, 4)
        self.assertEqual((m["p"], m["r"], m["f1"]), (0.0, 0.0, 0.0))

    def test_multiset(self):
        g = [("A", "B", "010"), ("A", "B", "010"), ("C", "---", "023")]
        p = [("A", "B", "010"), ("C", "D", "023")]
        self.assertEqual(metrics.multiset_counts(g, p), (1, 1, 2))


class TestQuad(unittest.TestCase):
    def test_root_mapping(self):
        cases = {"010": 0, "020": 0, "0233": 0, "036": 1, "043": 1, "051": 1, "064": 2,
                 "073": 2, "0831": 2, "090": 3, "112": 3, "138": 3, "160": 3, "1621": 3,
                 "141": 4, "150": 4, "173": 4, "174K": 4, "180": 4, "190": 4, "204": 4}
        for code, cls in cases.items():
            self.assertEqual(metrics.quad_class_of_cameo(code), cls, code)
        self.assertEqual(metrics.quad_class_of_root(16), 3)
        self.assertEqual(metrics.quad_class_of_root(14), 4)
        self.assertEqual(metrics.quad_class_of_root(15), 4)
        self.assertEqual(metrics.quad_class_of_root(13), 3)
        for bad in ("---", "", "0", "00", "21", "9", None, 14):
            self.assertIsNone(metrics.quad_class_of_cameo(bad), bad)

    def test_strongest_event_ties_first(self):
        events = [{"cameo": "051", "goldstein": 3.4}, {"cameo": "190", "goldstein": -10.0},
                  {"cameo": "042", "goldstein": 10.0}]
        self.assertEqual(metrics.predict_quad(events), 4)  # |-10| ties with 10: first wins
        self.assertEqual(metrics.predict_quad([]), "none")
        self.assertEqual(metrics.predict_quad([{"cameo": "XYZ", "goldstein": 1}]), "none")
        self.assertEqual(metrics.predict_quad([{"cameo": "141", "goldstein": None},
                                          {"cameo": "160", "goldstein": -4}]), 3)

    def test_statements_count_as_class_0_only_without_an_event(self):
        said = [{"cameo": "012", "source": "NOR", "target": None}]
        self.assertEqual(metrics.predict_quad_with_statements({"events": [], "statements": said}), 0)
        # An event of any class wins over the statement; no statement, no prediction.
        hit = [{"cameo": "190", "goldstein": -10.0}]
        rec = {"events": hit, "statements": said}
        self.assertEqual(metrics.predict_quad_with_statements(rec), 4)
        self.assertEqual(metrics.predict_quad_with_statements({"events": [], "statements": []}),
                         "none")
        # An annotator that does not write statements scores as on events alone.
        self.assertEqual(metrics.predict_quad_with_statements({"events": []}), "none")

    def test_macro_f1(self):
        gold = [0, 0, 1, 2, 3, 4]
        pred = [0, 1, 1, "none", 3, 4]
        # class 0: tp1 fp0 fn1 -> F1 2/3; class 1: tp1 fp1 fn0 -> 2/3; class 2: 0;
        # classes 3, 4: 1.  macro = (2/3 + 2/3 + 0 + 1 + 1) / 5 = 2/3; accuracy 4/6
        rep = metrics.classification_report(gold, pred)
        self.assertAlmostEqual(rep["macro_f1"], 2 / 3)
        self.assertAlmostEqual(rep["accuracy"], 4 / 6)
        self.assertAlmostEqual(rep["per_class"][1]["p"], 0.5)
        self.assertEqual(rep["per_class"][2]["f1"], 0.0)
        self.assertEqual(rep["confusion"][2], [0, 0, 0, 0, 0, 1])  # gold 2 -> none
        self.assertEqual(rep["confusion"][0], [1, 1, 0, 0, 0, 0])


class TestSpanMatching(unittest.TestCase):
    def test_one_to_one_overlap(self):
        gold = [(0, 10, "PERSON"), (12, 20, "PERSON")]
        pred = [(5, 15, "PERSON")]  # overlaps both gold spans, may match only one
        m = metrics.match_spans(gold, pred, "overlap")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (1, 0, 1))
        gold = [(0, 10, "PERSON")]
        pred = [(0, 4, "PERSON"), (5, 10, "PERSON")]  # two predictions inside one gold
        m = metrics.match_spans(gold, pred, "overlap")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (1, 1, 0))

    def test_maximum_not_greedy(self):
        # X overlaps A and B, Y overlaps only A: greedy X->A leaves Y unmatched (tp 1);
        # the maximum matching is X->B, Y->A (tp 2).
        gold = [(0, 10, "LOCATION"), (8, 20, "LOCATION")]
        pred = [(5, 9, "LOCATION"), (0, 3, "LOCATION")]
        m = metrics.match_spans(gold, pred, "overlap")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (2, 0, 0))

    def test_exact_and_types(self):
        gold = [(0, 5, "PERSON"), (10, 15, "LOCATION")]
        pred = [(0, 5, "PERSON"), (0, 5, "PERSON"), (10, 14, "LOCATION"), (10, 15, "PERSON")]
        m = metrics.match_spans(gold, pred, "exact")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (1, 3, 1))
        self.assertEqual(m["by_type"]["LOCATION"], {"tp": 0, "fp": 1, "fn": 1})
        self.assertEqual(m["by_type"]["PERSON"], {"tp": 1, "fp": 2, "fn": 0})
        m = metrics.match_spans(gold, pred, "overlap")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (2, 2, 0))
        m = metrics.match_spans(gold, pred, "overlap", typed=False)
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (2, 2, 0))
        # type mismatch only: typed overlap 0, untyped overlap 1
        self.assertEqual(metrics.match_spans([(0, 5, "PERSON")], [(1, 3, "LOCATION")],
                                        "overlap")["tp"], 0)
        self.assertEqual(metrics.match_spans([(0, 5, "PERSON")], [(1, 3, "LOCATION")],
                                        "overlap", typed=False)["tp"], 1)

    def test_touching_spans_do_not_overlap(self):
        self.assertFalse(metrics.spans_overlap(0, 5, 5, 9))
        self.assertTrue(metrics.spans_overlap(0, 5, 4, 9))

    def test_resolve_span(self):
        ents = [{"start": 0, "end": 4, "actor": None}, {"start": 0, "end": 3, "actor": "USA"},
                {"start": 2, "end": 9, "actor": "IRQ"}]
        self.assertEqual(metrics.resolve_span(0, 4, ents), "USA")  # overlap 3 vs 2
        self.assertEqual(metrics.resolve_span(5, 6, ents), "IRQ")
        self.assertIsNone(metrics.resolve_span(10, 12, ents))

    def test_petrarch_helpers(self):
        self.assertEqual(metrics.petrarch_actor(None), "---")
        self.assertEqual(metrics.petrarch_actor(""), "---")
        self.assertEqual(metrics.petrarch_actor("---GOV"), "---GOV")
        self.assertEqual(metrics.petrarch_date("19950103"), "1995-01-03T00:00:00Z")


# ---------------------------------------------------------------------------------------------
# News dev set matching (scripts/eval_news.py)

news = ev.eval_news


def em(src, tgt, plover, start=0, end=0, modality="MODALITY_ASSERTED"):
    return {"source": src, "target": tgt, "plover": plover, "cameo": "", "modality": modality,
            "start": start, "end": end, "evidence": ""}


def gd(src, tgt, plover, required=True, span=None, background=False):
    g = {"source": src, "target": tgt, "plover": plover, "required": required, "span": span}
    if background:
        g["background"] = True
    return g


class TestNewsMatching(unittest.TestCase):
    def test_actor_key(self):
        cases = {"RUSMIL": "RUS", "USAGOV": "USA", "PSEREBHMS": "PSE", "IGOUNOIAE": "IGOUNO",
                 "IGOWSTNAT": "IGOWST", "igoeureec": "IGOEUR", "UKR": "UKR"}
        for code, key in cases.items():
            self.assertEqual(news.actor_key(code), key, code)
        for bad in ("", None, "---GOV", "---", "US"):
            self.assertIsNone(news.actor_key(bad), bad)

    def test_levels(self):
        g = gd("USAGOV", "RUSGOV", "CONSULT")
        m = lambda e: tuple(news.match_level(e, g, lv) for lv in ("dyad", "strict", "loose"))
        self.assertEqual(m(em("USAGOV", "RUSGOV", "CONSULT")), (True, True, True))
        self.assertEqual(m(em("USA", "RUSMIL", "CONSULT")), (True, False, True))
        self.assertEqual(m(em("USAGOV", "UKRGOV", "CONSULT")), (False, False, True))
        self.assertEqual(m(em("USAGOV", "RUSGOV", "ACCUSE")), (False, False, False))
        self.assertEqual(m(em("", "RUSGOV", "CONSULT")), (False, False, False))
        self.assertEqual(m(em("---GOV", "RUSGOV", "CONSULT")), (False, False, False))
        # organisations keep apart: the UN is not NATO
        g = gd("IGOUNO", "RUS", "REQUEST")
        self.assertFalse(news.match_level(em("IGOWSTNAT", "RUS", "REQUEST"), g, "dyad"))
        self.assertTrue(news.match_level(em("IGOUNOIAE", "RUS", "REQUEST"), g, "dyad"))
        # a list of acceptable types; a one-sided gold event wants no target
        g = gd("SWE", "UKR", ["AID", "AGREE"])
        self.assertTrue(news.match_level(em("SWEGOV", "UKR", "AGREE"), g, "dyad"))
        self.assertFalse(news.match_level(em("SWEGOV", "UKR", "SUPPORT"), g, "dyad"))
        g = gd("PRKMIL", None, "MOBILIZE")
        self.assertTrue(news.match_level(em("PRK", "", "MOBILIZE"), g, "dyad"))
        self.assertFalse(news.match_level(em("PRK", "KOR", "MOBILIZE"), g, "dyad"))
        self.assertTrue(news.match_level(em("PRK", "KOR", "MOBILIZE"), g, "loose"))

    def test_emitted_view_country(self):
        ev = {"source": {"code": "GOVMIL", "country": "", "sector": "GOVMIL"},
              "target": {"code": "IGOUNO", "country": "", "sector": "IGOUNO"},
              "plover_type": "THREATEN", "modality": "MODALITY_ASSERTED",
              "evidence_start": 3, "evidence_end": 9}
        v = news.emitted_view(ev)
        self.assertIsNone(news.actor_key(v["source"]))  # not the country "GOV"
        self.assertEqual(news.actor_key(v["target"]), "IGOUNO")
        self.assertEqual((v["plover"], v["start"], v["end"]), ("THREATEN", 3, 9))
        v = news.emitted_view({"source": {"code": "RUSMIL", "country": "RUS"}, "target": None})
        self.assertEqual((news.actor_key(v["source"]), v["target"], v["plover"]), ("RUS", "", ""))

    def article(self):
        gold = [gd("USAGOV", "RUSGOV", "CONSULT", span=(0, 10)),
                gd("RUS", "UKR", "ASSAULT", required=False, span=(20, 30), background=True),
                gd("UKRGOV", "USAGOV", "REQUEST", span=(40, 50))]
        emitted = [em("USAGOV", "RUSGOV", "CONSULT", 0, 15),   # G1
                   em("USA", "RUS", "CONSULT", 0, 15),         # G1 again (duplicate)
                   em("RUSMIL", "UKR", "ASSAULT", 18, 35),     # G2, acceptable, background
                   em("UKRGOV", "RUSGOV", "REQUEST", 38, 55),  # wrong target: loose only
                   em("", "USA", "REQUEST", 38, 55, "MODALITY_NEGATED"),  # no source
                   em("USAGOV", "RUSGOV", "ACCUSE", 0, 15)]    # gold dyad, wrong type
        return emitted, gold

    def test_score_article(self):
        emitted, gold = self.article()
        a = news.score_article(emitted, gold)
        self.assertEqual((a["dyad"]["tp_emitted"], a["dyad"]["fp"], a["dyad"]["required_found"]),
                         (3, 3, 1))
        self.assertEqual((a["strict"]["tp_emitted"], a["strict"]["required_found"]), (1, 1))
        self.assertEqual((a["loose"]["tp_emitted"], a["loose"]["required_found"]), (4, 2))
        self.assertEqual((a["distinct"], a["distinct_ok"]), (5, 2))
        self.assertEqual(a["type_on_dyad"], (3, 4))
        self.assertEqual(a["source_on_aligned"], (4, 5))
        self.assertEqual(a["missed"], [gold[2]])
        self.assertEqual([e["plover"] for e in a["fp_events"]], ["REQUEST", "REQUEST", "ACCUSE"])
        self.assertEqual(a["background_only"], 1)

    def test_aggregate(self):
        emitted, gold = self.article()
        per = {"a": news.score_article(emitted, gold), "empty": news.score_article([], [])}
        r = news.aggregate(per, emitted)
        self.assertAlmostEqual(r["dyad"]["precision"], 0.5)     # 3 of 6
        self.assertAlmostEqual(r["dyad"]["recall"], 0.5)        # 1 of 2 required
        self.assertAlmostEqual(r["strict"]["precision"], 1 / 6)
        self.assertAlmostEqual(r["loose"]["recall"], 1.0)
        self.assertAlmostEqual(r["loose"]["f1"], 2 * (4 / 6) / (4 / 6 + 1))
        self.assertAlmostEqual(r["distinct_precision"], 0.4)    # 2 of 5
        self.assertAlmostEqual(r["type_accuracy_on_dyads"], 0.75)
        self.assertAlmostEqual(r["source_accuracy_on_aligned"], 0.8)
        self.assertAlmostEqual(r["zero_fp_article_share"], 0.5)  # the empty article
        self.assertEqual((r["non_asserted"], r["no_source_actor"], r["no_plover_type"]), (1, 1, 0))
        self.assertEqual(r["modality"], {"MODALITY_ASSERTED": 5, "MODALITY_NEGATED": 1})
        self.assertAlmostEqual(r["typed_precision"], 0.5)
        # typed with both actors: all but the source-less REQUEST -> 3 of 5
        self.assertEqual(r["n_complete"], 5)
        self.assertAlmostEqual(r["complete_precision"], 0.6)

    def test_untyped_events_only_lower_precision(self):
        per = {"a": news.score_article([em("USA", "RUS", "CONSULT"), em("USA", "RUS", "")],
                                       [gd("USA", "RUS", "CONSULT")])}
        r = news.aggregate(per, [em("USA", "RUS", "CONSULT"), em("USA", "RUS", "")])
        self.assertAlmostEqual(r["dyad"]["precision"], 0.5)
        self.assertAlmostEqual(r["typed_precision"], 1.0)
        self.assertEqual(r["no_plover_type"], 1)


# ---------------------------------------------------------------------------------------------
# End to end with a fake annotator

FAKE_ANNOTATOR = r'''
import json, sys
args = sys.argv[1:]
mode = args[0]
inp = args[args.index("--input") + 1]
assert args[args.index("--output") + 1] == "-"
if mode == "fail":
    print("boom", file=sys.stderr); sys.exit(3)
rows = [json.loads(l) for l in open(inp, encoding="utf-8") if l.strip()]
stdin_rows = [json.loads(l) for l in sys.stdin if l.strip()]
assert stdin_rows == rows, "stdin must carry the same input"
petrarch = "--no-builtin-dictionaries" in args
for i, r in enumerate(rows):
    if mode == "drop" and i == 0:
        continue
    t = r["text"]
    ents, events, stances = [], [], []
    def ent(word, typ, actor):
        k = t.find(word)
        if k >= 0:
            ents.append({"text": word, "start": k, "end": k + len(word), "type": typ,
                         "actor": actor})
    ent("Iraq", "LOCATION", "IRQ"); ent("Iran", "LOCATION", "IRN"); ent("Kurds", "NATIONALITY", None)
    if "attacked" in t:
        events.append({"source": "IRQ", "target": "IRN", "cameo": "190", "plover": "ASSAULT",
                       "quad": 4, "goldstein": -10.0, "sentence": 0})
        stances.append({"holder": "IRQ", "target": "IRN", "label": "hostile"})
    if "praised" in t:
        events.append({"source": "IRQ", "target": None, "cameo": "051", "plover": "SUPPORT",
                       "quad": 1, "goldstein": 3.4, "sentence": 0})
    if petrarch:
        assert r["published_at"] == "1995-01-01T00:00:00Z", r
    print(json.dumps({"id": r["id"], "entities": ents, "events": events, "stances": stances}))
'''


def write_data(root):
    with open(os.path.join(root, "ConfliBERT_cameo_class_train.tsv"), "w") as f:
        f.write("Iraq attacked Iran.\t4\n")          # predicted 4: right
        f.write("Iraq praised Iran.\t0\n")           # predicted 1: wrong
        f.write("Nothing happened in Iran.\t2\n")   # no event: wrong
    os.makedirs(os.path.join(root, "re3d"))
    text = "Iraq attacked Iran. The Kurds watched."
    with open(os.path.join(root, "re3d", "T_documents.json"), "w") as f:
        f.write(json.dumps({"_id": "D1", "text": text}) + "\n")
    ents = [(0, 4, "Location"), (14, 18, "Location"), (20, 29, "Nationality"),
            (24, 29, "Person"), (0, 4, "Weapon")]
    with open(os.path.join(root, "re3d", "T_entities.json"), "w") as f:
        for b, e, t in ents:
            f.write(json.dumps({"documentId": "D1", "begin": b, "end": e, "type": t,
                                "value": text[b:e]}) + "\n")
    rels = [(0, 4, 14, 18, "FightingAgainst"), (14, 18, 0, 4, "FightingAgainst"),
            (20, 29, 0, 4, "Dislikes"), (0, 4, 14, 18, "CoLocated")]
    with open(os.path.join(root, "re3d", "T_relations.json"), "w") as f:
        for sb, se, tb, te, t in rels:
            f.write(json.dumps({"documentId": "D1", "sourceBegin": sb, "sourceEnd": se,
                                "source": text[sb:se], "targetBegin": tb, "targetEnd": te,
                                "target": text[tb:te], "type": t}) + "\n")
    pdir = os.path.join(root, "petrarch2_unittest")
    os.makedirs(pdir)
    for n in ("actors", "agents", "verbs"):
        open(os.path.join(pdir, f"petrarch2_PETR.Validate.{n}.txt"), "w").close()
    recs = [
        {"id": "A-1", "date": "19950101", "text": "Iraq attacked Iran.",
         "expected_events": [{"source": "IRQ", "target": "IRN", "event": "190"}],
         "expect_no_events": False},
        {"id": "A-1", "date": "19950101", "text": "Iraq praised Iran.",  # duplicate id
         "expected_events": [{"source": "IRQ", "target": "---", "event": "051"},
                             {"source": "IRN", "target": "IRQ", "event": "057"}],
         "expect_no_events": False},
        {"id": "A-3", "date": "19950101", "text": "Iraq attacked.", "expected_events": [],
         "expect_no_events": True},
        {"id": "E-1", "date": "19950101", "text": "Garbage.",
         "expected_events": [{"source": None, "target": None, "event": None}],
         "expect_no_events": False},
    ]
    with open(os.path.join(pdir, "petrarch2_unittest_gold.jsonl"), "w") as f:
        for r in recs:
            f.write(json.dumps(r) + "\n")


FAKE_RUN = r'''
import json, sys
args = sys.argv[1:]
if args[0] == "fail":
    print("run broke", file=sys.stderr); sys.exit(4)
assert args[args.index("--format") + 1] == "json" and args[args.index("--output") + 1] == "-"
rows = [json.loads(l) for l in open(args[args.index("--input") + 1]) if l.strip()]
def event(aid, src, tgt, plover, start, end, modality="MODALITY_ASSERTED"):
    print(json.dumps({"article_id": aid, "source": {"code": src}, "target": {"code": tgt},
                      "plover_type": plover, "cameo_code": "", "modality": modality,
                      "evidence_start": start, "evidence_end": end, "evidence_text": "x"}))
for r in rows:
    if r["id"] == "n1":
        event("n1", "SWEGOV", "UKRGOV", "CONSULT", 0, 19)
        event("n1", "RUS", "UKR", "ACCUSE", 20, 43)
    else:
        event(r["id"], "NOR", "", "", 0, 20, "MODALITY_REPORTED")
'''


def write_news(root, evidence="Russia attacked Ukraine"):
    os.makedirs(root, exist_ok=True)
    arts = [{"id": "n1", "text": "Sweden met Ukraine. Russia attacked Ukraine."},
            {"id": "n2", "text": "A sunny day in Oslo."}]
    gold = [{"id": "n1", "events": [
                {"source": "SWEGOV", "target": "UKRGOV", "plover": "CONSULT",
                 "evidence": "Sweden met Ukraine", "required": True},
                {"source": "RUSMIL", "target": "UKR", "plover": "ASSAULT",
                 "evidence": evidence, "required": True}]},
            {"id": "n2", "events": []}]
    for name, rows in (("articles.jsonl", arts), ("gold.jsonl", gold)):
        with open(os.path.join(root, name), "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)


class TestNewsEndToEnd(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.news = os.path.join(cls.tmp.name, "news")
        write_news(cls.news)
        cls.fake = os.path.join(cls.tmp.name, "fake_run.py")
        with open(cls.fake, "w") as f:
            f.write(FAKE_RUN)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_eval(self, *extra, news_dir=None, mode="ok"):
        cmd = [sys.executable, EVAL_PY, "--only", "news", "--news-dir", news_dir or self.news,
               "--run-cmd", f"{sys.executable} {self.fake} {mode}", *extra]
        return subprocess.run(cmd, capture_output=True, text=True)

    def check(self, proc, key="news"):
        self.assertEqual(proc.returncode, 0, proc.stderr)
        line = [l for l in proc.stdout.splitlines() if l.startswith("RESULT ")][0]
        r = json.loads(line[len("RESULT "):])[key]
        self.assertEqual((r["n_emitted"], r["n_required"]), (3, 2))
        self.assertAlmostEqual(r["dyad"]["precision"], 0.3333, places=4)
        self.assertAlmostEqual(r["dyad"]["recall"], 0.5)
        self.assertEqual(r["zero_fp_article_share"], 0.0)
        self.assertEqual((r["non_asserted"], r["no_plover_type"]), (1, 1))
        self.assertAlmostEqual(r["typed_precision"], 0.5)
        return r

    def test_scores_and_verbose(self):
        proc = self.run_eval("--verbose")
        self.check(proc)
        self.assertIn("MISS RUSMIL -> UKR ASSAULT: Russia attacked Ukraine", proc.stdout)
        self.assertIn("FP   RUS -> UKR ACCUSE", proc.stdout)
        self.assertIn("FP   NOR -> - (none)", proc.stdout)

    def test_saved_output(self):
        saved = os.path.join(self.tmp.name, "saved.jsonl")
        arts = os.path.join(self.news, "articles.jsonl")
        out = subprocess.run([sys.executable, self.fake, "ok", "--input", arts, "--output", "-",
                              "--format", "json"], capture_output=True, text=True, check=True)
        with open(saved, "w") as f:
            f.write(out.stdout)
        cmd = [sys.executable, EVAL_PY, "--only", "news", "--news-dir", self.news,
               "--run-cmd", "/nonexistent/demarche run", "--news-output", saved]
        self.check(subprocess.run(cmd, capture_output=True, text=True))

    def test_bad_gold_and_failing_run(self):
        bad = os.path.join(self.tmp.name, "bad")
        write_news(bad, evidence="Russia invaded Ukraine")  # not in the text
        proc = self.run_eval(news_dir=bad)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("evidence not in text", proc.stderr)
        proc = self.run_eval(mode="fail")
        self.assertEqual(proc.returncode, 1)
        self.assertIn("run broke", proc.stderr)


    def test_held_out_set_uses_the_same_scorer(self):
        dev_copy = os.path.join(self.tmp.name, "dev_copy")
        write_news(dev_copy)
        cmd = [sys.executable, EVAL_PY, "--only", "news,news_test", "--news-dir", dev_copy,
               "--news-test-dir", self.news, "--run-cmd", f"{sys.executable} {self.fake} ok"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        self.assertEqual(self.check(proc, "news_test"), self.check(proc, "news"))
        self.assertIn("=== News held-out test set (2 articles", proc.stdout)
        self.assertIn("=== News dev set (2 articles", proc.stdout)

    def test_held_out_saved_output_needs_no_binary(self):
        saved = os.path.join(self.tmp.name, "saved_test.jsonl")
        with open(saved, "w") as f:
            f.write(json.dumps({"article_id": "n2", "source": {"code": "NOR"},
                                "target": {"code": "SWE"}, "plover_type": "CONSULT"}) + "\n")
        cmd = [sys.executable, EVAL_PY, "--only", "news_test", "--news-test-dir", self.news,
               "--run-cmd", "/nonexistent/demarche run", "--news-test-output", saved]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        r = json.loads(proc.stdout.splitlines()[-1][len("RESULT "):])
        self.assertEqual(list(r), ["news_test"])
        self.assertEqual((r["news_test"]["n_emitted"], r["news_test"]["dyad"]["emitted_ok"]),
                         (1, 0))


# ---------------------------------------------------------------------------------------------
# Validation of gold sets (eval_news.py --check)

def good_set():
    text = "OSLO - Norway's foreign minister met Sweden's envoy. Hamas fighters attacked."
    art = {"id": "t-1", "title": "T", "published_at": "2025-01-02T03:04:05Z", "source": "S",
           "language": "en", "url": "https://x.invalid/t-1", "text": text}
    events = [{"source": "NORGOV", "target": "SWEGOV", "plover": "CONSULT", "cameo": "040",
               "evidence": "met Sweden's envoy", "required": True},
              {"source": "PSEREBHMS", "target": "IGOUNO", "plover": ["ASSAULT", "COERCE"],
               "cameo": "190", "evidence": "Hamas fighters attacked", "required": False,
               "background": True, "note": "n"},
              {"source": "NOR", "target": None, "plover": "MOBILIZE", "cameo": "150",
               "evidence": "OSLO", "required": False}]
    return [art], [{"id": "t-1", "region": "Europe", "phenomena": "p", "events": events}]


def write_set(root, arts, golds):
    os.makedirs(root, exist_ok=True)
    for name, rows in (("articles.jsonl", arts), ("gold.jsonl", golds)):
        with open(os.path.join(root, name), "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)


class TestCheck(unittest.TestCase):
    vocab = news.Vocabulary()

    def problems(self, arts, golds):
        with tempfile.TemporaryDirectory() as d:
            write_set(d, arts, golds)
            return [p.split(": ", 1)[1] for p in news.check_dataset(d, self.vocab)]

    def test_good_set_passes(self):
        self.assertEqual(self.problems(*good_set()), [])

    def test_actor_codes(self):
        for ok in ("RUS", "RUSMIL", "KSVGOV", "PSEREBHMS", "IGOUNOIAE", "NGO", "BIH"):
            self.assertIsNone(news.actor_code_problem(ok, self.vocab), ok)
        for bad in ("", "rus", "XYZGOV", "RUSXYZ", "RUSGO", "USA GOV", None, "R"):
            self.assertIsNotNone(news.actor_code_problem(bad, self.vocab), bad)

    def test_each_defect_is_reported(self):
        arts, golds = good_set()
        ev = golds[0]["events"]
        ev[0].update(source="XXXGOV", evidence="met Swedens envoy", required="yes")
        ev[1].update(plover=["ASSAULT", "ATTACK"], required=True, cameo="999")
        ev[2]["colour"] = "red"
        arts[0]["published_at"] = "2025-01-02"
        arts.append(dict(arts[0], id="t-2"))
        golds.append(dict(golds[0], id="t-9"))
        got = "\n".join(self.problems(arts, golds))
        for want in ("unknown country 'XXX'", "evidence not in text: 'met Swedens envoy'",
                     "'required' must be true or false", "['ASSAULT', 'ATTACK']",
                     "CAMEO code '999'", "background event is never required",
                     "unknown field(s) ['colour']", "is not YYYY-MM-DDTHH:MM:SSZ",
                     "article 't-2' has no gold", "t-9: gold for no article"):
            self.assertIn(want, got)

    def test_duplicate_ids(self):
        arts, golds = good_set()
        got = self.problems(arts * 2, golds)
        self.assertIn("duplicate article id 't-1'", "\n".join(got))

    def test_repository_gold_sets_are_valid(self):
        for d in news.DEFAULT_DIRS:
            self.assertEqual(news.check_dataset(d, self.vocab), [], d)

    def test_command_line(self):
        cmd = [sys.executable, os.path.join(HERE, "eval_news.py"), "--check"]
        with tempfile.TemporaryDirectory() as d:
            arts, golds = good_set()
            golds[0]["events"][0]["plover"] = "MEET"
            write_set(d, arts, golds)
            bad = subprocess.run(cmd + [d], capture_output=True, text=True)
        self.assertEqual(bad.returncode, 1)
        self.assertIn("PLOVER type(s) 'MEET'", bad.stderr)
        good = subprocess.run(cmd, capture_output=True, text=True)
        self.assertEqual(good.returncode, 0, good.stderr)
        self.assertIn("checked data/eval/news_test", good.stdout)


class TestEndToEnd(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.data = os.path.join(cls.tmp.name, "data")
        os.makedirs(cls.data)
        write_data(cls.data)
        cls.fake = os.path.join(cls.tmp.name, "fake_annotate.py")
        with open(cls.fake, "w") as f:
            f.write(textwrap.dedent(FAKE_ANNOTATOR))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_eval(self, mode, *extra):
        cmd = [sys.executable, EVAL_PY, "--data-dir", self.data, "--only",
               "conflibert,re3d,petrarch",
               "--annotate-cmd", f"{sys.executable} {self.fake} {mode}", *extra]
        return subprocess.run(cmd, capture_output=True, text=True)

    def result(self, proc):
        self.assertEqual(proc.returncode, 0, proc.stderr)
        lines = [l for l in proc.stdout.splitlines() if l.startswith("RESULT ")]
        self.assertEqual(len(lines), 1)
        self.assertTrue(proc.stdout.rstrip().endswith(lines[0]))
        return json.loads(lines[0][len("RESULT "):])

    def test_scores(self):
        r = self.result(self.run_eval("ok", "--verbose"))
        q = r["conflibert_quad"]
        self.assertEqual(q["n"], 3)
        self.assertAlmostEqual(q["accuracy"], 0.3333, places=4)
        self.assertAlmostEqual(q["coverage"], 0.6667, places=4)
        # class 4: tp1 -> F1 1; classes 0, 1, 2, 3: F1 0 -> macro 0.2
        self.assertAlmostEqual(q["macro_f1"], 0.2)

        e = r["re3d_entities"]
        # gold PER/ORG/LOC/NAT: Iraq LOC, Iran LOC, "The Kurds" NAT, "Kurds" PER (Weapon dropped)
        # predicted: Iraq LOC, Iran LOC, Kurds NAT(24-29)
        self.assertEqual(e["n_gold"], 4)
        self.assertEqual((e["exact"]["tp"], e["exact"]["fp"], e["exact"]["fn"]), (2, 1, 2))
        self.assertEqual((e["overlap"]["tp"], e["overlap"]["fp"], e["overlap"]["fn"]), (3, 0, 1))
        # untyped: Kurds(24-29) can match "The Kurds" or "Kurds" but only one of them
        self.assertEqual(e["untyped_overlap"]["tp"], 3)
        self.assertAlmostEqual(e["per_subset"]["T"]["exact_f1"], 0.5714, places=4)  # 4/7

        rel = r["re3d_relations"]
        # gold: (IRQ, IRN, hostile), (IRN, IRQ, hostile), Kurds->Iraq unresolved (actor null)
        # predicted: (IRQ, IRN, hostile) -> tp 1, fp 0, fn 2
        self.assertEqual(rel["unresolved_relations"], 1)
        self.assertEqual(rel["n_gold_relations"], 3)
        self.assertEqual((rel["micro"]["tp"], rel["micro"]["fp"], rel["micro"]["fn"]), (1, 0, 2))

        p = r["petrarch2"]
        # tp1; A-1 (2nd): pred (IRQ, ---, 051) tp1, fn1 (057); A-3: fp1 (190); E-1 skipped
        self.assertEqual((p["triple"]["tp"], p["triple"]["fp"], p["triple"]["fn"]), (2, 1, 1))
        self.assertEqual((p["root"]["tp"], p["root"]["fp"], p["root"]["fn"]), (2, 1, 1))
        self.assertEqual(p["no_events_silent_share"], 0.0)
        self.assertEqual((p["error_records"], p["error_records_silent"]), (1, 1))
        self.assertEqual(p["n_scored"], 3)

    def test_only_and_limit(self):
        r = self.result(self.run_eval("ok", "--only", "conflibert", "--limit", "1"))
        self.assertEqual(list(r), ["conflibert_quad"])
        self.assertEqual(r["conflibert_quad"]["accuracy"], 1.0)

    def test_annotator_failure(self):
        proc = self.run_eval("fail", "--only", "conflibert")
        self.assertEqual(proc.returncode, 1)
        self.assertIn("exited with status 3", proc.stderr)
        self.assertIn("boom", proc.stderr)
        self.assertNotIn("RESULT", proc.stdout)

    def test_missing_id(self):
        proc = self.run_eval("drop", "--only", "petrarch")
        self.assertEqual(proc.returncode, 1)
        self.assertIn("lacks 1 of 4 ids", proc.stderr)

    def test_missing_binary(self):
        proc = subprocess.run([sys.executable, EVAL_PY, "--data-dir", self.data,
                               "--annotate-cmd", "/nonexistent/demarche annotate"],
                              capture_output=True, text=True)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("not found", proc.stderr)


_sspec = importlib.util.spec_from_file_location(
    "demarche_eval_stance", os.path.join(HERE, "eval_stance.py"))
st = importlib.util.module_from_spec(_sspec)
_sspec.loader.exec_module(st)


class TestStanceScore(unittest.TestCase):
    def test_derived_gold_keeps_agreeing_required_dyads(self):
        events = [
            {"source": "RUSGOV", "target": "UKR", "plover": "ASSAULT", "required": True},
            {"source": "RUS", "target": "UKRGOV", "plover": "THREATEN", "required": True},
            {"source": "FRA", "target": "DEU", "plover": "SUPPORT", "required": True},
            {"source": "FRA", "target": "DEU", "plover": "ACCUSE", "required": True},  # mixed
            {"source": "ITA", "target": "ESP", "plover": "REQUEST", "required": True},  # no sign
            {"source": "GRC", "target": "TUR", "plover": "ACCUSE", "required": False},
            {"source": "TUR", "target": "TURGOV", "plover": "ACCUSE", "required": True},  # self
        ]
        self.assertEqual(st.derived_gold(events), {("RUS", "UKR"): "hostile"})

    def test_predicted_sums_codes_of_one_country_pair(self):
        p = st.predicted([
            {"holder": "RUSGOV", "target": "UKR", "label": "hostile", "score": -0.6},
            {"holder": "RUS", "target": "UKRGOV", "label": "cooperative", "score": 0.2},
            {"holder": "---GOV", "target": "UKR", "label": "hostile", "score": -0.5},
        ])
        self.assertEqual(p, {("RUS", "UKR"): "hostile"})

    def test_complete_gold_counts_unlisted_predictions_as_wrong(self):
        gold = {"a": {("A", "B"): "hostile"}}
        pred = {"a": {("A", "B"): "hostile", ("C", "D"): "cooperative"}}
        r = st.score_set(gold, pred, complete=True)
        self.assertEqual((r["label_accuracy"], r["predicted_judged"]), (1.0, 2))
        self.assertEqual(r["polarity_precision"], 0.5)
        r = st.score_set(gold, pred, complete=False)
        self.assertEqual((r["predicted_judged"], r["polarity_precision"]), (1, 1.0))


class TestMissStages(unittest.TestCase):
    """scripts/miss_stages.py: the first stage that explains a missed required event."""

    @staticmethod
    def cand(source, target, plover, trigger="met", emitted=False, dropped_by=None):
        return {"source": source, "target": target, "plover": plover, "trigger": trigger,
                "start": 0, "end": 50, "emitted": emitted, "dropped_by": dropped_by,
                "fails": [dropped_by] if dropped_by else [], "cameo": "040"}

    def test_stages(self):
        import miss_stages as ms
        g = {"source": "FRAGOV", "target": "DEU", "plover": "CONSULT", "cameo": "040",
             "evidence": "the minister met his counterpart", "span": (10, 40), "required": True}
        c = self.cand
        self.assertEqual(ms.stage(g, [])[0], "none")
        dropped = c("FRAGOV", "DEUGOV", "CONSULT", dropped_by="background")
        self.assertEqual(ms.stage(g, [dropped])[:2], ("gate", "background"))
        self.assertEqual(ms.stage(g, [c("FRA", "ITA", "AGREE", trigger="said")])[0],
                         "no_trigger")
        self.assertEqual(ms.stage(g, [c("FRA", "DEU", "AGREE", emitted=True)])[:2],
                         ("type", "other type, emitted"))
        self.assertEqual(ms.stage(g, [c("", "DEU", "CONSULT")])[:2],
                         ("source", "missing, dropped"))
        self.assertEqual(ms.stage(g, [c("FRA", "ITA", "CONSULT", emitted=True)])[:2],
                         ("target", "other actor, emitted"))
        self.assertEqual(ms.stage(g, [c("ITA", "ESP", "AGREE")])[0], "both")

    def test_sole_reason_ignores_duplicates(self):
        import miss_stages as ms
        self.assertEqual(ms.sole_reason({"fails": ["negated", "duplicate"]}), "negated")
        self.assertIsNone(ms.sole_reason({"fails": ["negated", "background"]}))


if __name__ == "__main__":
    unittest.main()
