#!/usr/bin/env python3
"""Renders the Kubernetes overlays with kustomize and checks the objects an operator
relies on; lists every problem found and exits 1 if there is any.

    check_kubernetes.py [--kustomize CMD] [--binary target/debug/demarche]

CMD renders a kustomization directory given as its last argument (default: `kustomize
build`, else `kubectl kustomize`). With --binary, each overlay's worker configuration that
needs no mounted secret is loaded by the real binary (`demarche run` on the examples)."""
import argparse
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
OVERLAYS = ROOT / "deploy/kubernetes/overlays"
CONFIG_SECTIONS = {"kafka", "topics", "worker", "telemetry", "nlp", "alerts"}

def registry_stages():
    """The stage names of the stage registry (src/stages/registry.rs), in pipeline order:
    every stage there must be deployed."""
    text = (ROOT / "src/stages/registry.rs").read_text(encoding="utf-8")
    return tuple(re.findall(r'^ +name: "([a-z]+)",$', text, re.M))


STAGES = registry_stages()


class Rendered:
    def __init__(self, name, docs):
        self.name = name
        self.docs = [d for d in docs if d]
        self.errors = []

    def find(self, kind, name):
        for doc in self.docs:
            meta = doc.get("metadata", {})
            if doc.get("kind") == kind and (meta.get("name") == name or
                                            meta.get("name", "").startswith(name + "-")
                                            and kind in ("ConfigMap", "Secret")):
                return doc
        return None

    def check(self, ok, message):
        if not ok:
            self.errors.append(f"{self.name}: {message}")
        return ok


def matches(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_image(r, what, container):
    image = container.get("image", "")
    tag = image.rsplit("/", 1)[-1]
    pinned = "@sha256:" in image or (":" in tag and not tag.endswith(":latest"))
    r.check(pinned, f"{what}: image {image!r} is not pinned by tag or digest (or is latest)")
    r.check(container.get("imagePullPolicy") in ("IfNotPresent", "Never") or "@sha256:" in image,
            f"{what}: imagePullPolicy should be IfNotPresent for a pinned image")


def check_security(r, what, pod, container):
    psc, csc = pod.get("securityContext", {}), container.get("securityContext", {})
    uid = csc.get("runAsUser", psc.get("runAsUser"))
    r.check(isinstance(uid, int) and not isinstance(uid, bool) and uid > 0,
            f"{what}: runAsUser must be a numeric non-root uid, got {uid!r}")
    r.check(csc.get("runAsNonRoot", psc.get("runAsNonRoot")) is True, f"{what}: runAsNonRoot not set")
    r.check(csc.get("readOnlyRootFilesystem") is True, f"{what}: root filesystem not read-only")
    r.check(csc.get("allowPrivilegeEscalation") is False, f"{what}: privilege escalation allowed")
    r.check("ALL" in csc.get("capabilities", {}).get("drop", []), f"{what}: capabilities not dropped")
    seccomp = csc.get("seccompProfile", psc.get("seccompProfile", {}))
    r.check(seccomp.get("type") == "RuntimeDefault", f"{what}: seccomp profile not RuntimeDefault")


def check_probes(r, what, container):
    for probe, path in (("startupProbe", "/health"), ("livenessProbe", "/health"),
                        ("readinessProbe", "/ready")):
        spec = container.get(probe)
        if not r.check(spec, f"{what}: no {probe}"):
            continue
        get = spec.get("httpGet", {})
        r.check(get.get("path") == path and get.get("port") == "metrics",
                f"{what}: {probe} should GET {path} on the metrics port, got {get}")
        for timing in ("periodSeconds", "timeoutSeconds", "failureThreshold"):
            r.check(isinstance(spec.get(timing), int), f"{what}: {probe} has no {timing}")


def mounted_volume(r, what, pod, container, path):
    """The volume whose mount path contains `path`."""
    for mount in container.get("volumeMounts", []):
        if path.startswith(mount["mountPath"].rstrip("/") + "/"):
            for volume in pod.get("volumes", []):
                if volume["name"] == mount["name"]:
                    return volume
    r.check(False, f"{what}: nothing mounted at {path}")
    return {}


def worker_config(r, what, pod, container):
    env = {e["name"]: e for e in container.get("env", [])}
    path = env.get("DEMARCHE_CONFIG", {}).get("value", "")
    if not r.check(path, f"{what}: DEMARCHE_CONFIG not set"):
        return None, None
    volume = mounted_volume(r, what, pod, container, path)
    cm_name = volume.get("configMap", {}).get("name", "")
    cm = r.find("ConfigMap", cm_name)
    key = pathlib.PurePosixPath(path).name
    if not r.check(cm and key in cm.get("data", {}), f"{what}: ConfigMap {cm_name!r} has no {key}"):
        return None, None
    text = cm["data"][key]
    try:
        config = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        r.check(False, f"{what}: {key} is not valid TOML: {e}")
        return None, None
    r.check(set(config) <= CONFIG_SECTIONS, f"{what}: unknown config sections {set(config) - CONFIG_SECTIONS}")
    return config, text


def check_secret_files(r, what, pod, container, config):
    """Credentials and CA come from a mounted Secret, not from the ConfigMap."""
    kafka = config.get("kafka", {})
    props = kafka.get("properties", {})
    r.check("sasl.password" not in props, f"{what}: sasl.password written into the ConfigMap")
    paths = list(kafka.get("secret_files", {}).values())
    paths += [v for k, v in props.items() if k.endswith(".location")]
    for path in paths:
        volume = mounted_volume(r, what, pod, container, path)
        r.check("secret" in volume, f"{what}: {path} is not on a Secret volume")
    return bool(paths)


def check_stage(r, stage):
    name = f"demarche-{stage}"
    sts, svc, pdb = (r.find(k, name) for k in ("StatefulSet", "Service", "PodDisruptionBudget"))
    if not r.check(sts and svc and pdb, f"{stage}: StatefulSet, Service and PodDisruptionBudget "
                   f"expected, got {[bool(sts), bool(svc), bool(pdb)]}"):
        return None
    what = f"StatefulSet {name}"
    pod = sts["spec"]["template"]["spec"]
    labels = sts["spec"]["template"]["metadata"]["labels"]
    container = pod["containers"][0]
    r.check(container.get("args") == [stage], f"{what}: args {container.get('args')} instead of [{stage!r}]")
    r.check(sts["spec"].get("serviceName") == name, f"{what}: serviceName is not {name}")
    r.check(matches(sts["spec"]["selector"]["matchLabels"], labels), f"{what}: selector misses its pods")
    r.check(matches(svc["spec"].get("selector"), labels), f"Service {name}: selects no {stage} pod")
    r.check(any(p.get("name") == "metrics" for p in svc["spec"].get("ports", [])),
            f"Service {name}: no port named metrics")
    r.check(matches(pdb["spec"].get("selector", {}).get("matchLabels"), labels),
            f"PodDisruptionBudget {name}: selects no {stage} pod")
    r.check("maxUnavailable" in pdb["spec"] or "minAvailable" in pdb["spec"], f"PodDisruptionBudget {name}: no budget")
    env = {e["name"]: e for e in container.get("env", [])}
    instance = env.get("DEMARCHE_KAFKA_INSTANCE_ID", {}).get("valueFrom", {}).get("fieldRef", {})
    r.check(instance.get("fieldPath") == "metadata.name", f"{what}: instance id not taken from the pod name")
    r.check(any(p.get("name") == "metrics" and p.get("containerPort") == 9464 for p in container.get("ports", [])),
            f"{what}: no metrics port 9464")
    resources = container.get("resources", {})
    r.check({"cpu", "memory"} <= set(resources.get("requests", {})) and "memory" in resources.get("limits", {}),
            f"{what}: resources need cpu/memory requests and a memory limit")
    r.check(pod.get("terminationGracePeriodSeconds", 30) >= 35,
            f"{what}: grace period shorter than the transaction timeout (30 s) plus margin")
    check_image(r, what, container)
    check_security(r, what, pod, container)
    check_probes(r, what, container)
    r.check(any("secret" in v for v in pod.get("volumes", [])), f"{what}: no Secret mounted")
    config, text = worker_config(r, what, pod, container)
    if config is not None:
        uses_secrets = check_secret_files(r, what, pod, container, config)
        return None if uses_secrets else text
    return None


def check_cluster_objects(r):
    job = r.find("Job", "demarche-create-topics")
    if r.check(job, "no topic-creation Job"):
        pod = job["spec"]["template"]["spec"]
        container = pod["containers"][0]
        check_image(r, "Job demarche-create-topics", container)
        check_security(r, "Job demarche-create-topics", pod, container)
        script = mounted_volume(r, "Job", pod, container, "/opt/demarche/create-topics.sh")
        cm = r.find("ConfigMap", script.get("configMap", {}).get("name", "?"))
        r.check(cm and "create-topics.sh" in cm.get("data", {}), "Job: create-topics.sh not mounted")
    monitor = r.find("ServiceMonitor", "demarche")
    if r.check(monitor, "no ServiceMonitor"):
        selector = monitor["spec"]["selector"]["matchLabels"]
        for stage in STAGES:
            svc = r.find("Service", f"demarche-{stage}") or {}
            r.check(matches(selector, svc.get("metadata", {}).get("labels", {})),
                    f"ServiceMonitor does not select Service demarche-{stage}")
        r.check(any(e.get("port") == "metrics" for e in monitor["spec"].get("endpoints", [])),
                "ServiceMonitor scrapes no metrics port")
    for doc in r.docs:
        r.check(doc.get("metadata", {}).get("namespace"), f"{doc['kind']} {doc['metadata']['name']}: no namespace")


def load_with_binary(r, binary, text):
    with tempfile.NamedTemporaryFile("w", suffix=".toml") as f:
        f.write(text)
        f.flush()
        run = subprocess.run([binary, "--config", f.name, "run", "--input", str(ROOT / "examples/articles.jsonl")],
                             capture_output=True, text=True)
    r.check(run.returncode == 0, f"the worker configuration does not load: {run.stderr.strip()[-400:]}")


def kustomize_command(given):
    if given:
        return shlex.split(given)
    if shutil.which("kustomize"):
        return ["kustomize", "build"]
    if shutil.which("kubectl"):
        return ["kubectl", "kustomize"]
    sys.exit("check_kubernetes: neither kustomize nor kubectl found (.ci/run installs kustomize)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kustomize")
    parser.add_argument("--binary")
    args = parser.parse_args()
    command = kustomize_command(args.kustomize)
    errors = []
    overlays = sorted(p for p in OVERLAYS.iterdir() if (p / "kustomization.yaml").exists())
    if not overlays:
        errors.append(f"no overlays under {OVERLAYS}")
    for overlay in overlays:
        out = subprocess.run(command + [str(overlay)], capture_output=True, text=True)
        if out.returncode != 0:
            errors.append(f"{overlay.name}: {' '.join(command)} failed: {out.stderr.strip()}")
            continue
        r = Rendered(overlay.name, list(yaml.safe_load_all(out.stdout)))
        configs = {check_stage(r, stage) for stage in STAGES}
        check_cluster_objects(r)
        for text in configs - {None}:
            if args.binary:
                load_with_binary(r, args.binary, text)
        errors += r.errors
        print(f"check_kubernetes: {overlay.name}: {len(r.docs)} objects, "
              f"{'OK' if not r.errors else f'{len(r.errors)} problems'}")
    for error in errors:
        print(f"check_kubernetes: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
