#!/usr/bin/env python3
"""Every metric the Grafana dashboard and the Prometheus alert rules query must exist in
a live worker's /metrics; a renamed or missing metric would leave a panel empty or an
alert silent without anyone noticing.

    check_metric_names.py METRICS.txt [METRICS.txt ...]

Reads deploy/grafana/demarche.json and deploy/prometheus/alerts.yaml, takes every
demarche_* and process_* series name in their PromQL expressions (histogram names with
their _bucket/_sum/_count suffix, as queried), and lists those that no given /metrics
scrape exposes. Exits 1 if any is missing."""
import json
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "deploy/grafana/demarche.json"
RULES = ROOT / "deploy/prometheus/alerts.yaml"
NAME = re.compile(r"\b((?:demarche|process)_[a-zA-Z0-9_]+)")
EXPOSED = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{|\s)", re.M)


def dashboard_exprs():
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("expr", "query") and isinstance(value, str):
                    yield value
                else:
                    yield from walk(value)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)

    return list(walk(json.loads(DASHBOARD.read_text(encoding="utf-8"))))


def rule_exprs():
    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    return [r["expr"] for g in rules["groups"] for r in g["rules"]]


def referenced():
    names = {}
    for source, exprs in (("dashboard", dashboard_exprs()), ("alert rules", rule_exprs())):
        for expr in exprs:
            for name in NAME.findall(str(expr)):
                names.setdefault(name, set()).add(source)
    return names


def main(scrapes):
    exposed = set()
    for path in scrapes:
        exposed |= set(EXPOSED.findall(pathlib.Path(path).read_text(encoding="utf-8")))
    names = referenced()
    if not names:
        print("check_metric_names: no metric names found in the dashboard or rules", file=sys.stderr)
        return 1
    missing = sorted(n for n in names if n not in exposed)
    for name in missing:
        where = " and ".join(sorted(names[name]))
        print(f"check_metric_names: missing from /metrics: {name} (used by the {where})",
              file=sys.stderr)
    if missing:
        print(f"check_metric_names: {len(missing)} of {len(names)} referenced metrics missing",
              file=sys.stderr)
        return 1
    print(f"check_metric_names: all {len(names)} metrics the dashboard and rules use are exposed")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
