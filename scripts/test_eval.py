#!/usr/bin/env python3
"""Self-test of scripts/eval.py: metric functions on hand-computed cases, plus end-to-end runs
against a fake annotator on a tiny hand-made data dir. Standard library only:

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


class TestPRF(unittest.TestCase):
    def test_counts(self):
        m = ev.prf(2, 1, 3)  # P = 2/3, R = 2/5, F1 = 2*(4/15)/(16/15) = 0.5
        self.assertAlmostEqual(m["p"], 2 / 3)
        self.assertAlmostEqual(m["r"], 0.4)
        self.assertAlmostEqual(m["f1"], 0.5)

    def test_zero_denominators(self):
        self.assertEqual(ev.prf(0, 0, 0)["f1"], 0.0)
        m = ev.prf(0, 0, 4)
        self.assertEqual((m["p"], m["r"], m["f1"]), (0.0, 0.0, 0.0))

    def test_multiset(self):
        g = [("A", "B", "010"), ("A", "B", "010"), ("C", "---", "023")]
        p = [("A", "B", "010"), ("C", "D", "023")]
        self.assertEqual(ev.multiset_counts(g, p), (1, 1, 2))


class TestQuad(unittest.TestCase):
    def test_root_mapping(self):
        cases = {"010": 0, "020": 0, "0233": 0, "036": 1, "043": 1, "051": 1, "064": 2,
                 "073": 2, "0831": 2, "090": 3, "112": 3, "138": 3, "160": 3, "1621": 3,
                 "141": 4, "150": 4, "173": 4, "174K": 4, "180": 4, "190": 4, "204": 4}
        for code, cls in cases.items():
            self.assertEqual(ev.quad_class_of_cameo(code), cls, code)
        self.assertEqual(ev.quad_class_of_root(16), 3)
        self.assertEqual(ev.quad_class_of_root(14), 4)
        self.assertEqual(ev.quad_class_of_root(15), 4)
        self.assertEqual(ev.quad_class_of_root(13), 3)
        for bad in ("---", "", "0", "00", "21", "9", None, 14):
            self.assertIsNone(ev.quad_class_of_cameo(bad), bad)

    def test_strongest_event_ties_first(self):
        events = [{"cameo": "051", "goldstein": 3.4}, {"cameo": "190", "goldstein": -10.0},
                  {"cameo": "042", "goldstein": 10.0}]
        self.assertEqual(ev.predict_quad(events), 4)  # |-10| ties with 10: first wins
        self.assertEqual(ev.predict_quad([]), "none")
        self.assertEqual(ev.predict_quad([{"cameo": "XYZ", "goldstein": 1}]), "none")
        self.assertEqual(ev.predict_quad([{"cameo": "141", "goldstein": None},
                                          {"cameo": "160", "goldstein": -4}]), 3)

    def test_macro_f1(self):
        gold = [0, 0, 1, 2, 3, 4]
        pred = [0, 1, 1, "none", 3, 4]
        # class 0: tp1 fp0 fn1 -> F1 2/3; class 1: tp1 fp1 fn0 -> 2/3; class 2: 0;
        # classes 3, 4: 1.  macro = (2/3 + 2/3 + 0 + 1 + 1) / 5 = 2/3; accuracy 4/6
        rep = ev.classification_report(gold, pred)
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
        m = ev.match_spans(gold, pred, "overlap")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (1, 0, 1))
        gold = [(0, 10, "PERSON")]
        pred = [(0, 4, "PERSON"), (5, 10, "PERSON")]  # two predictions inside one gold
        m = ev.match_spans(gold, pred, "overlap")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (1, 1, 0))

    def test_maximum_not_greedy(self):
        # X overlaps A and B, Y overlaps only A: greedy X->A leaves Y unmatched (tp 1);
        # the maximum matching is X->B, Y->A (tp 2).
        gold = [(0, 10, "LOCATION"), (8, 20, "LOCATION")]
        pred = [(5, 9, "LOCATION"), (0, 3, "LOCATION")]
        m = ev.match_spans(gold, pred, "overlap")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (2, 0, 0))

    def test_exact_and_types(self):
        gold = [(0, 5, "PERSON"), (10, 15, "LOCATION")]
        pred = [(0, 5, "PERSON"), (0, 5, "PERSON"), (10, 14, "LOCATION"), (10, 15, "PERSON")]
        m = ev.match_spans(gold, pred, "exact")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (1, 3, 1))
        self.assertEqual(m["by_type"]["LOCATION"], {"tp": 0, "fp": 1, "fn": 1})
        self.assertEqual(m["by_type"]["PERSON"], {"tp": 1, "fp": 2, "fn": 0})
        m = ev.match_spans(gold, pred, "overlap")
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (2, 2, 0))
        m = ev.match_spans(gold, pred, "overlap", typed=False)
        self.assertEqual((m["tp"], m["fp"], m["fn"]), (2, 2, 0))
        # type mismatch only: typed overlap 0, untyped overlap 1
        self.assertEqual(ev.match_spans([(0, 5, "PERSON")], [(1, 3, "LOCATION")],
                                        "overlap")["tp"], 0)
        self.assertEqual(ev.match_spans([(0, 5, "PERSON")], [(1, 3, "LOCATION")],
                                        "overlap", typed=False)["tp"], 1)

    def test_touching_spans_do_not_overlap(self):
        self.assertFalse(ev.spans_overlap(0, 5, 5, 9))
        self.assertTrue(ev.spans_overlap(0, 5, 4, 9))

    def test_resolve_span(self):
        ents = [{"start": 0, "end": 4, "actor": None}, {"start": 0, "end": 3, "actor": "USA"},
                {"start": 2, "end": 9, "actor": "IRQ"}]
        self.assertEqual(ev.resolve_span(0, 4, ents), "USA")  # overlap 3 vs 2
        self.assertEqual(ev.resolve_span(5, 6, ents), "IRQ")
        self.assertIsNone(ev.resolve_span(10, 12, ents))

    def test_petrarch_helpers(self):
        self.assertEqual(ev.petrarch_actor(None), "---")
        self.assertEqual(ev.petrarch_actor(""), "---")
        self.assertEqual(ev.petrarch_actor("---GOV"), "---GOV")
        self.assertEqual(ev.petrarch_date("19950103"), "1995-01-03T00:00:00Z")


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
        cmd = [sys.executable, EVAL_PY, "--data-dir", self.data,
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


if __name__ == "__main__":
    unittest.main()
