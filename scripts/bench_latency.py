#!/usr/bin/env python3
"""Latency of the Kafka deployments from per-event timestamps, article produced → event
readable by a read_committed consumer, broker included.

    cargo build --release && cargo build --release --example latency_probe
    python3 scripts/bench_latency.py [--rate 500] [--seconds 20] [--runs 3] [--modes staged,fused]

Uses the broker at DEMARCHE_TEST_BOOTSTRAP or starts one with scripts/kafka-broker.sh. For
each run and mode it creates fresh topics (--partitions), starts the workers, waits until
they are ready, then runs examples/latency_probe.rs: articles produced at --rate per
second, every event timed from its article's produce call to its arrival at the probe's
read_committed consumer. Prints p50/p90/p99/max per run, the workers' CPU seconds, and
the load average of the machine at the time (it is shared).

Modes: `staged` (`entities`, `stance`, `events` as three processes), `fused` (one `fused`
worker), `staged-pipelined` / `fused-pipelined` (the same with `worker.pipelined_commits =
true`: the next batch is read and processed while the previous one commits), and the Kafka Streams anchor
(scripts/bench_kstreams.sh builds its jar): `kstreams` (three pass-through apps, one per
hop, exactly_once_v2, default 100 ms commit interval), `kstreams-10ms` (the same at 10 ms)
and `kstreams-one-10ms` (one app holding the three hops, 10 ms). The pass-through copies
the article itself, so the probe times it by key (`--by-key`).
"""
import argparse, json, os, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import cpu_seconds, free_port, stop_workers  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(os.environ.get("DEMARCHE_BIN", ROOT / "target" / "release" / "demarche"))
PROBE = Path(os.environ.get("DEMARCHE_PROBE", ROOT / "target" / "release" / "examples" / "latency_probe"))
KSTREAMS_JAR = ROOT / "bench" / "kstreams" / "target" / "kstreams-passthrough-1.jar"
STAGED = ("entities", "stance", "events")
SERIAL, PIPELINED = ({"DEMARCHE_WORKER_PIPELINED_COMMITS": v} for v in ("false", "true"))
# mode -> demarche subcommands and extra environment
DEMARCHE = {"staged": (STAGED, SERIAL), "fused": (("fused",), SERIAL),
            "staged-pipelined": (STAGED, PIPELINED), "fused-pipelined": (("fused",), PIPELINED)}
# mode -> (commit interval ms, apps: each a list of topics it copies along)
HOPS = ("raw", "hop1", "hop2", "events")
KSTREAMS = {"kstreams": (100, [HOPS[i:i + 2] for i in range(3)]),
            "kstreams-10ms": (10, [HOPS[i:i + 2] for i in range(3)]),
            "kstreams-one-10ms": (10, [HOPS])}


def wait_ready(ports, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if all(urllib.request.urlopen(f"http://127.0.0.1:{p}/ready", timeout=1).status == 200
                   for p in ports):
                return
        except OSError:
            pass
        time.sleep(0.2)
    sys.exit("workers not ready within 90 s")


def wait_running(apps, seconds=120):
    """Each Kafka Streams app prints RUNNING once it has its partitions."""
    deadline = time.monotonic() + seconds
    for app in apps:
        while time.monotonic() < deadline:
            line = app.stdout.readline()
            if not line:
                sys.exit("a Kafka Streams app exited before RUNNING")
            if line.strip() == "RUNNING":
                break
    if time.monotonic() >= deadline:
        sys.exit(f"Kafka Streams apps not RUNNING within {seconds} s")


def start_demarche(mode, bootstrap, prefix, topics, extra_env):
    stages, mode_env = DEMARCHE[mode]
    env = dict(os.environ, DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=bootstrap, DEMARCHE_KAFKA_GROUP_PREFIX=prefix,
               DEMARCHE_TOPICS_RAW=topics["raw"], DEMARCHE_TOPICS_ENTITIES=topics["entities"],
               DEMARCHE_TOPICS_STANCE=topics["stance"], DEMARCHE_TOPICS_EVENTS=topics["events"],
               DEMARCHE_TOPICS_DLQ=topics["dlq"], RUST_LOG="warn")
    env.update(mode_env)
    env.update(extra_env)
    workers, ports = [], []
    for stage in stages:
        ports.append(free_port())
        workers.append(subprocess.Popen([BIN, stage, "--instance-id", "lat", "--metrics-listen",
                                         f"127.0.0.1:{ports[-1]}"], env=env))
    return workers, lambda: wait_ready(ports)


def start_kstreams(mode, bootstrap, prefix, topics):
    commit_ms, apps = KSTREAMS[mode]
    classpath = os.pathsep.join([str(KSTREAMS_JAR), str(KSTREAMS_JAR.parent / "lib" / "*")])
    workers = [subprocess.Popen(["java", "-cp", classpath, "demarche.bench.PassThrough", bootstrap,
                                 f"{prefix}-app{i}", str(commit_ms)] + [topics[t] for t in hops],
                                stdout=subprocess.PIPE, text=True)
               for i, hops in enumerate(apps)]
    return workers, lambda: wait_running(workers)


def run_once(args, bootstrap, mode, run, extra_env):
    prefix = f"lat-{mode}-{run}-{int(time.time())}"
    names = ("raw", "entities", "stance", "events", "dlq") + HOPS[1:3]
    topics = {t: f"{prefix}.{t}" for t in names}
    tool = [str(ROOT / "scripts" / "kafka-broker.sh"), "tool", "org.apache.kafka.tools.TopicCommand"]
    for name in topics.values():
        subprocess.run(tool + ["--bootstrap-server", bootstrap, "--create", "--topic", name,
                               "--partitions", str(args.partitions), "--replication-factor", "1"],
                       check=True, stdout=subprocess.DEVNULL)
    workers = []
    try:
        if mode in KSTREAMS:
            workers, wait = start_kstreams(mode, bootstrap, prefix, topics)
        else:
            workers, wait = start_demarche(mode, bootstrap, prefix, topics, extra_env)
        wait()
        cpu_before = sum(cpu_seconds(w.pid) for w in workers)
        load = os.getloadavg()[0]
        probe = [PROBE, bootstrap, topics["raw"], topics["events"], "--rate", str(args.rate),
                 "--seconds", str(args.seconds), "--warmup-seconds", str(args.warmup), "--tag", prefix]
        if mode in KSTREAMS:
            probe.append("--by-key")
        out = subprocess.run(probe, check=True, capture_output=True, text=True).stdout
        cpu = sum(cpu_seconds(w.pid) for w in workers) - cpu_before
        line = next(l for l in out.splitlines() if l.startswith("RESULT "))
        result = json.loads(line[len("RESULT "):])
        result.update(mode=mode, run=run, load_avg_1m=round(load, 2), worker_cpu_s=round(cpu, 2))
        return result
    finally:
        stop_workers(workers)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rate", type=float, default=500.0)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--warmup", type=float, default=3.0, help="seconds of events left out of the quantiles")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--partitions", type=int, default=2)
    ap.add_argument("--modes", default="staged", help="comma-separated: " + ", ".join([*DEMARCHE, *KSTREAMS]))
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                    help="extra environment for the workers (e.g. DEMARCHE_WORKER_BATCH_LINGER_MS=50)")
    args = ap.parse_args()
    for path in (BIN, PROBE):
        if not path.exists():
            sys.exit(f"{path} not found: cargo build --release && cargo build --release --example latency_probe")
    extra_env = dict(kv.split("=", 1) for kv in args.env)
    modes = args.modes.split(",")
    unknown = [m for m in modes if m not in DEMARCHE and m not in KSTREAMS]
    if unknown:
        sys.exit(f"unknown modes {unknown}: choose from {[*DEMARCHE, *KSTREAMS]}")
    if any(m in KSTREAMS for m in modes) and not KSTREAMS_JAR.exists():
        sys.exit(f"{KSTREAMS_JAR} not found: scripts/bench_kstreams.sh builds it")
    broker_dir, bootstrap = None, os.environ.get("DEMARCHE_TEST_BOOTSTRAP")
    if not bootstrap:
        broker_dir = tempfile.mkdtemp(prefix="demarche-latency-kafka.")
        subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "start", broker_dir], check=True)
        bootstrap = Path(broker_dir, "bootstrap").read_text().strip()
    try:
        for run in range(1, args.runs + 1):
            for mode in modes:
                r = run_once(args, bootstrap, mode, run, extra_env)
                print(f"run {run} {mode:17}: p50 {r['p50_ms']} ms, p90 {r['p90_ms']} ms, p99 {r['p99_ms']} ms, "
                      f"max {r['max_ms']} ms over {r['events']} events ({r['articles_with_events']} articles) at "
                      f"{r['rate']:.0f} articles/s; workers used {r['worker_cpu_s']} CPU s; load avg {r['load_avg_1m']}",
                      flush=True)
                print("RESULT " + json.dumps(r, sort_keys=True), flush=True)
    finally:
        if broker_dir:
            subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "stop", broker_dir])


if __name__ == "__main__":
    main()
