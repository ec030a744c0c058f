#!/usr/bin/env python3
"""Count the events `demarche annotate` emits on the precision probe passages
(data/eval/precision_probe/): each emitted event is right when its (source key, target key,
PLOVER type) is one of the passage's `right_events` in judgements.jsonl, false otherwise.
Keys as scripts/eval_news.py: the first three letters of a code, six for an IGO.

    python3 scripts/probe_count.py [--binary target/release/demarche] [-v]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBE = os.path.join(ROOT, "data", "eval", "precision_probe")


def key(code):
    code = code or ""
    return code[:6] if code.startswith("IGO") else code[:3]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "demarche"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false event")
    args = ap.parse_args()
    judged = {}
    with open(os.path.join(PROBE, "judgements.jsonl"), encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            judged[j["id"]] = j
    cmd = [args.binary, "annotate", "--input", os.path.join(PROBE, "articles.jsonl"),
           "--output", "-"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    total = right = 0
    no_event_emitted = 0
    for line in out.splitlines():
        rec = json.loads(line)
        j = judged[rec["id"]]
        allowed = {tuple(r) for r in j["right_events"]}
        for e in rec["events"]:
            total += 1
            k = (key(e.get("source")), key(e.get("target")), e.get("plover"))
            if k in allowed:
                right += 1
            else:
                if j["judgement"].startswith("no event"):
                    no_event_emitted += 1
                if args.verbose:
                    print(f"FALSE {rec['id']} {e.get('source')}->{e.get('target')} "
                          f"{e.get('cameo')}: {e.get('sentence', '')[:110]}")
    print(f"{len(judged)} passages: {total} events emitted, {right} right, {total - right} false "
          f"({no_event_emitted} on passages judged 'no event')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
