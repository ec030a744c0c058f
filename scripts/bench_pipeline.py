#!/usr/bin/env python3
"""End-to-end throughput of the three Kafka stage workers on a real broker.

    python3 scripts/bench_pipeline.py [--articles 5000] [--partitions 2] [--batch-size 200]

Builds nothing: run `cargo build --release` first (or point DEMARCHE_BIN at a binary). Uses the broker at
DEMARCHE_TEST_BOOTSTRAP, or starts one with scripts/kafka-broker.sh (and stops it).
Publishes a backlog of N articles (ConfliBERT dev sentences grouped 10 to an article when
../shared is present, else the examples), then starts `entities`, `stance` and `events`
workers and times until the events worker has committed all N articles, read from its
/metrics. Prints articles/s, sentences/s and each worker's peak RSS.
"""
import argparse, json, os, re, socket, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(os.environ.get("DEMARCHE_BIN", ROOT / "target" / "release" / "demarche"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    """User + system CPU seconds of a running process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stop_workers(workers):
    """SIGTERM every worker, wait up to 30 s each, then SIGKILL what is left."""
    for w in workers:
        w.terminate()
    for w in workers:
        try:
            w.wait(timeout=30)
        except subprocess.TimeoutExpired:
            w.kill()


def corpus(n):
    tsv = ROOT.parent / "shared" / "data" / "dev" / "ConfliBERT_cameo_class_train.tsv"
    if tsv.exists():
        sentences = [l.split("\t")[0] for l in tsv.read_text().splitlines() if l.strip()]
        texts = [" ".join(sentences[i:i + 10]) for i in range(0, len(sentences), 10)]
    else:
        texts = [json.loads(l)["text"] for l in (ROOT / "examples" / "articles.jsonl").read_text().splitlines()]
    return [{"id": f"bench-{i}", "text": texts[i % len(texts)], "published_at": "2016-05-01T00:00:00Z"} for i in range(n)]


def metric(port, name, stage):
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2).read().decode()
    pattern = re.compile(rf'^{name}{{stage="{stage}"}} (\S+)$', re.M)
    m = pattern.search(body)
    return float(m.group(1)) if m else 0.0


def peak_rss_mb(pid):
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
    except (OSError, AttributeError):
        return float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--partitions", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--latency", action="store_true",
                    help="instead of a backlog, trickle articles (--rate per second) into running "
                         "workers and report end-to-end latency quantiles from the histogram")
    ap.add_argument("--rate", type=float, default=50.0)
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
    workers = []
    try:
        prefix = f"bench-{int(time.time())}"
        env = dict(os.environ,
                   DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=bootstrap,
                   DEMARCHE_KAFKA_GROUP_PREFIX=prefix,
                   DEMARCHE_TOPICS_RAW=f"{prefix}.raw", DEMARCHE_TOPICS_ENTITIES=f"{prefix}.entities",
                   DEMARCHE_TOPICS_STANCE=f"{prefix}.stance", DEMARCHE_TOPICS_EVENTS=f"{prefix}.events",
                   DEMARCHE_TOPICS_DLQ=f"{prefix}.dlq",
                   DEMARCHE_WORKER_BATCH_SIZE=str(args.batch_size), RUST_LOG="warn")
        tool = [str(ROOT / "scripts" / "kafka-broker.sh"), "tool", "org.apache.kafka.tools.TopicCommand"]
        for t in ("raw", "entities", "stance", "events", "dlq"):
            subprocess.run(tool + ["--bootstrap-server", bootstrap, "--create", "--topic", f"{prefix}.{t}",
                                   "--partitions", str(args.partitions), "--replication-factor", "1"],
                           check=True, stdout=subprocess.DEVNULL)
        articles = corpus(args.articles)
        sentences = sum(len(re.findall(r"[.!?](\s|$)", a["text"])) for a in articles)
        ports = {}

        def start_workers():
            for stage in ("entities", "stance", "events"):
                ports[stage] = free_port()
                workers.append(subprocess.Popen([BIN, stage, "--instance-id", "bench", "--metrics-listen",
                                                 f"127.0.0.1:{ports[stage]}"], env=env))

        if args.latency:
            return measure_latency(args, articles, env, prefix, start_workers, ports)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write("\n".join(json.dumps(a) for a in articles))
        subprocess.run([BIN, "produce", "--topic", f"{prefix}.raw", f.name], env=env, check=True)
        started = time.monotonic()
        start_workers()
        done = 0.0
        deadline = started + 600
        marks = {}  # first time the events stage passed 10% and 90% of the backlog
        while done < args.articles and time.monotonic() < deadline:
            time.sleep(0.1)
            try:
                done = metric(ports["events"], "demarche_messages_in_total", "events")
            except OSError:
                continue
            for share in (0.1, 0.9):
                if done >= share * args.articles and share not in marks:
                    marks[share] = (time.monotonic(), done)
        elapsed = time.monotonic() - started
        (t10, n10), (t90, n90) = marks.get(0.1, (started, 0)), marks.get(0.9, (elapsed + started, args.articles))
        steady = (n90 - n10) / max(t90 - t10, 1e-9)
        if done < args.articles:
            sys.exit(f"timed out: {done:.0f}/{args.articles} articles")
        rss = {s: peak_rss_mb(w.pid) for s, w in zip(("entities", "stance", "events"), workers)}
        result = {"articles": args.articles, "sentences": sentences, "seconds": round(elapsed, 2),
                  "articles_per_s": round(args.articles / elapsed, 1),
                  "steady_articles_per_s": round(steady, 1),
                  "sentences_per_s": round(sentences / elapsed, 1),
                  "partitions": args.partitions, "batch_size": args.batch_size,
                  "peak_rss_mb": {k: round(v, 1) for k, v in rss.items()}}
        print(f"{args.articles} articles ({sentences} sentences) through 3 workers in {elapsed:.2f}s "
              f"(start-up and group joins included): {result['articles_per_s']} articles/s, "
              f"{result['sentences_per_s']} sentences/s; steady state (10%→90%) {result['steady_articles_per_s']} "
              f"articles/s; peak RSS MB {result['peak_rss_mb']}")
        print("RESULT " + json.dumps(result, sort_keys=True))
    finally:
        stop_workers(workers)
        if broker_dir:
            subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "stop", broker_dir])


def histogram(port, name):
    """Cumulative bucket counts {le: count} of an unlabelled Prometheus histogram."""
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2).read().decode()
    buckets = {}
    for le, count in re.findall(rf'^{name}_bucket{{le="([^"]+)"}} (\S+)$', body, re.M):
        buckets[float("inf") if le == "+Inf" else float(le)] = float(count)
    return dict(sorted(buckets.items()))


def quantile(buckets, q):
    total = max(buckets.values(), default=0)
    for le, count in buckets.items():
        if count >= q * total:
            return le
    return float("nan")


def measure_latency(args, articles, env, prefix, start_workers, ports):
    start_workers()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if all(urllib.request.urlopen(f"http://127.0.0.1:{p}/ready", timeout=1).status == 200
                   for p in ports.values()):
                break
        except OSError:
            pass
        time.sleep(0.2)
    producer = subprocess.Popen([BIN, "produce", "--topic", f"{prefix}.raw", "-"], env=env,
                                stdin=subprocess.PIPE, text=True)
    for a in articles:
        producer.stdin.write(json.dumps(a) + "\n")
        producer.stdin.flush()
        time.sleep(1.0 / args.rate)
    producer.stdin.close()
    producer.wait()
    time.sleep(2)
    buckets = histogram(ports["events"], "demarche_end_to_end_seconds")
    events = max(buckets.values(), default=0)
    body = urllib.request.urlopen(f"http://127.0.0.1:{ports['events']}/metrics", timeout=2).read().decode()
    txn = {k: float(v) for k, v in re.findall(r'^demarche_transaction_seconds_(sum|count)\{stage="events"\} (\S+)$', body, re.M)}
    mean_txn = txn.get("sum", 0.0) / max(txn.get("count", 0.0), 1.0)
    result = {"mode": "latency", "articles": len(articles), "rate_per_s": args.rate, "events": events,
              "p50_le_s": quantile(buckets, 0.5), "p90_le_s": quantile(buckets, 0.9),
              "p99_le_s": quantile(buckets, 0.99), "events_stage_mean_transaction_s": round(mean_txn, 4)}
    print(f"{len(articles)} articles at {args.rate}/s: end-to-end latency (article in Kafka → event "
          f"committed) p50 ≤ {result['p50_le_s']}s, p90 ≤ {result['p90_le_s']}s, p99 ≤ {result['p99_le_s']}s "
          f"(histogram bucket bounds) over {events:.0f} events; mean transaction of the events stage "
          f"{mean_txn * 1000:.0f} ms")
    print("RESULT " + json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
