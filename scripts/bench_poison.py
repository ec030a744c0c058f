#!/usr/bin/env python3
"""Poison pills and large articles against the three Kafka stage workers, on a real broker.

    python3 scripts/bench_poison.py poison [--good 2000]     # one 1,040,026-byte article early on
    python3 scripts/bench_poison.py memory [--good 2000]     # 600-700 KB articles in the mix

Builds nothing: run `cargo build --release` first (or point DEMARCHE_BIN at a binary). Uses
the broker at DEMARCHE_TEST_BOOTSTRAP, or starts one with scripts/kafka-broker.sh.

`poison` publishes the good articles with a 1,040,026-byte article after the first 10 and
reports how long the entities worker takes to commit every article behind it, and how many
transactions it aborted meanwhile (gives up after --timeout seconds). `memory` mixes --large
(150) 600-700 KB articles (over worker.max_message_bytes, so dead-lettered) and five 400-500 KB
ones (processed) into the good articles and reports each worker's peak RSS (VmHWM) once
all three stages have gone quiet.
"""
import argparse, json, os, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import BIN, ROOT, corpus, free_port, peak_rss_mb, stop_workers  # noqa: E402

STAGES = ("entities", "stance", "events")


def sample(port, name, labels):
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2).read().decode()
    total = 0.0
    for line in body.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


def large_article(i, size, texts):
    text, k, length = [], 0, 0
    while length < size:
        text.append(texts[(i + k) % len(texts)])
        length += len(text[-1]) + 1
        k += 1
    body = " ".join(text)[:size]
    return {"id": f"large-{i}", "text": body, "published_at": "2016-05-01T00:00:00Z"}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["poison", "memory"])
    ap.add_argument("--good", type=int, default=2000)
    ap.add_argument("--timeout", type=float, default=90)
    ap.add_argument("--large", type=int, default=150, help="600-700 KB articles in the memory mix")
    args = ap.parse_args()
    if not BIN.exists():
        sys.exit(f"{BIN} not found: run `cargo build --release` first")
    broker_dir = None
    bootstrap = os.environ.get("DEMARCHE_TEST_BOOTSTRAP")
    if not bootstrap:
        broker_dir = tempfile.mkdtemp(prefix="demarche-bench-kafka.")
        subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "fetch"], check=True)
        subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "start", broker_dir], check=True)
        bootstrap = Path(broker_dir, "bootstrap").read_text().strip()
    workers, ports = [], {}
    try:
        prefix = f"poison-{int(time.time())}"
        env = dict(os.environ, DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=bootstrap, DEMARCHE_KAFKA_GROUP_PREFIX=prefix,
                   **{f"DEMARCHE_TOPICS_{t.upper()}": f"{prefix}.{t}" for t in ("raw", "entities", "stance", "events", "dlq")},
                   RUST_LOG="warn")
        tool = [str(ROOT / "scripts" / "kafka-broker.sh"), "tool", "org.apache.kafka.tools.TopicCommand"]
        for t in ("raw", "entities", "stance", "events", "dlq"):
            subprocess.run(tool + ["--bootstrap-server", bootstrap, "--create", "--topic", f"{prefix}.{t}",
                                   "--partitions", "1", "--replication-factor", "1"],
                           check=True, stdout=subprocess.DEVNULL)
        good = corpus(args.good)
        texts = [a["text"] for a in good]
        if args.mode == "poison":
            pill = large_article(0, 1_040_026 - 80, texts)
            articles = good[:10] + [pill] + good[10:]
        else:
            large = [large_article(i, 600_000 + (i * 5_000) % 100_000, texts) for i in range(args.large)]
            large += [large_article(100 + i, 400_000 + 20_000 * i, texts) for i in range(5)]
            articles, step = list(good), max(1, len(good) // len(large))
            for i, a in enumerate(large):
                articles.insert((i + 1) * step + i, a)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write("\n".join(json.dumps(a) for a in articles))
        produce_env = dict(env, DEMARCHE_KAFKA_PROPERTY_MESSAGE_MAX_BYTES="8000000")
        subprocess.run([BIN, "produce", "--topic", f"{prefix}.raw", f.name], env=produce_env, check=True,
                       stdout=subprocess.DEVNULL)
        started = time.monotonic()
        for stage in STAGES:
            ports[stage] = free_port()
            workers.append(subprocess.Popen([BIN, stage, "--instance-id", "bench", "--metrics-listen",
                                             f"127.0.0.1:{ports[stage]}"], env=env))
        done = 0.0
        while done < len(articles) and time.monotonic() - started < args.timeout:
            time.sleep(0.1)
            try:
                done = sample(ports["entities"], "demarche_messages_in_total", {"stage": "entities"})
            except OSError:
                continue
        elapsed = time.monotonic() - started
        aborted = sample(ports["entities"], "demarche_transactions_total", {"stage": "entities", "outcome": "aborted"})
        result = {"mode": args.mode, "binary": str(BIN), "articles": len(articles),
                  "entities_committed": int(done), "seconds": round(elapsed, 1), "entities_aborted": int(aborted)}
        if args.mode == "memory":
            last, quiet_since = None, time.monotonic()
            while time.monotonic() - quiet_since < 3 and time.monotonic() - started < args.timeout + 60:
                time.sleep(0.5)
                now = [sample(ports[s], "demarche_messages_in_total", {"stage": s}) for s in STAGES]
                if now != last:
                    last, quiet_since = now, time.monotonic()
            result["peak_rss_mb"] = {s: round(peak_rss_mb(w.pid), 1) for s, w in zip(STAGES, workers)}
        print("RESULT " + json.dumps(result, sort_keys=True))
    finally:
        stop_workers(workers)
        if broker_dir:
            subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "stop", broker_dir])


if __name__ == "__main__":
    main()
