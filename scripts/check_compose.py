#!/usr/bin/env python3
"""Checks deploy/compose.yaml beyond what `podman-compose config` parses: every service
it needs, images fully qualified and pinned, workers hardened as in Kubernetes, mounted
files present, Prometheus scraping every worker with the alert rules loaded, Grafana
provisioned with the dashboard. Lists every problem; exits 1 if there is any."""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"

def registry_stages():
    """The stage names of the stage registry (src/stages/registry.rs), in pipeline order:
    every stage there must be deployed."""
    text = (ROOT / "src/stages/registry.rs").read_text(encoding="utf-8")
    return tuple(re.findall(r'^ +name: "([a-z]+)",$', text, re.M))


STAGES = registry_stages()
errors = []


def check(ok, message):
    if not ok:
        errors.append(message)


def pinned(image):
    first, _, rest = image.partition("/")
    qualified = bool(rest) and ("." in first or first == "localhost")
    tag = image.rsplit("/", 1)[-1]
    return qualified and ":" in tag and not tag.endswith(":latest")


def host_paths(service):
    for volume in service.get("volumes", []):
        source = volume.split(":")[0] if isinstance(volume, str) else volume.get("source", "")
        if source.startswith("."):
            yield source, volume


def main():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose.get("services", {})
    for name in ("kafka", "create-topics", *STAGES, "prometheus", "grafana"):
        check(name in services, f"service {name} missing")
    for name, service in services.items():
        check(pinned(service.get("image", "")), f"{name}: image {service.get('image')!r} not fully qualified and pinned")
        for source, volume in host_paths(service):
            check((DEPLOY / source).exists(), f"{name}: mounts {source}, which does not exist")
    ids = set()
    for stage in STAGES:
        service = services.get(stage, {})
        check(service.get("command") == [stage], f"{stage}: command is not [{stage!r}]")
        check(service.get("read_only") is True, f"{stage}: root filesystem not read-only")
        check(str(service.get("user", "")).split(":")[0].isdigit(), f"{stage}: user is not a numeric uid")
        check("ALL" in service.get("cap_drop", []), f"{stage}: capabilities not dropped")
        env = service.get("environment", {})
        ids.add(env.get("DEMARCHE_KAFKA_INSTANCE_ID"))
        check(env.get("DEMARCHE_KAFKA_BOOTSTRAP_SERVERS", "").startswith("kafka:"), f"{stage}: not pointed at the kafka service")
    check(len(ids - {None}) == len(STAGES), "workers need distinct, stable instance ids")

    prom = yaml.safe_load((DEPLOY / "prometheus/prometheus.yml").read_text(encoding="utf-8"))
    targets = {t for job in prom.get("scrape_configs", []) for sc in job.get("static_configs", [])
               for t in sc.get("targets", [])}
    for stage in STAGES:
        check(f"{stage}:9464" in targets, f"Prometheus does not scrape {stage}:9464")
    check("alerts.yaml" in prom.get("rule_files", []), "Prometheus does not load alerts.yaml")
    mounts = " ".join(str(v) for v in services.get("prometheus", {}).get("volumes", []))
    check("alerts.yaml:/etc/prometheus/alerts.yaml" in mounts, "the alert rules are not mounted next to prometheus.yml")
    mounts = " ".join(str(v) for v in services.get("grafana", {}).get("volumes", []))
    check("grafana/demarche.json" in mounts and "provisioning" in mounts, "Grafana lacks the dashboard or provisioning")

    for error in errors:
        print(f"check_compose: {error}", file=sys.stderr)
    if not errors:
        print(f"check_compose: {len(services)} services OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
