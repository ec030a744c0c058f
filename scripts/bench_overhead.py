#!/usr/bin/env python3
"""Throughput per CPU-second: embedded mode vs the Kafka deployments, and the broker's
own ceiling, all in one run (the machine is shared: compare the ratios).

    cargo build --release
    python3 scripts/bench_overhead.py [--articles 20000] [--modes staged,fused]

1. embedded: `demarche run` over the articles, CPU seconds from rusage, minus a one-article
   run's (dictionary loading), so both sides count processing only;
2. staged / fused: workers started and ready first (start-up CPU excluded), then a
   backlog of --articles is produced; CPU seconds of the workers (from /proc) and wall
   time until the last worker has committed them all;
3. broker ceiling: Kafka's ProducerPerformance (acks=all, idempotent) and
   ConsumerPerformance with the same record count and mean record size, from the jars
   scripts/kafka-broker.sh fetched.

Uses the broker at DEMARCHE_TEST_BOOTSTRAP or starts one. The articles are
examples/articles.jsonl texts under fresh ids (as scripts/bench_latency.py).
"""
import argparse, json, os, re, resource, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import cpu_seconds, free_port, stop_workers  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(os.environ.get("DEMARCHE_BIN", ROOT / "target" / "release" / "demarche"))
LIBS = Path.home() / ".cache" / "demarche" / "kafka-4.3.1" / "libs"
WORKERS = {"staged": ("entities", "stance", "events"), "fused": ("fused",)}


def articles(n):
    texts = [json.loads(l)["text"] for l in (ROOT / "examples" / "articles.jsonl").read_text().splitlines() if l.strip()]
    return [json.dumps({"id": f"ovh-{i}", "text": texts[i % len(texts)], "published_at": "2016-05-01T00:00:00Z"})
            for i in range(n)]


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def embedded(path, one):
    def run(p):
        before, t0 = children_cpu(), time.monotonic()
        subprocess.run([BIN, "run", "-i", p, "-o", "/dev/null"], check=True, stderr=subprocess.DEVNULL)
        return children_cpu() - before, time.monotonic() - t0
    base_cpu, base_wall = run(one)
    cpu, wall = run(path)
    return cpu - base_cpu, wall - base_wall


def metric(port, name):
    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2).read().decode()
    # The last worker: the staged events worker or the fused one (labelled stage="fused").
    return sum(float(v) for v in re.findall(rf'^{name}{{stage="(?:events|fused)"}} (\S+)$', body, re.M))


def ready(ports):
    try:
        return all(urllib.request.urlopen(f"http://127.0.0.1:{p}/ready", timeout=1).status == 200 for p in ports)
    except OSError:
        return False


def topics(bootstrap, prefix, partitions):
    names = {t: f"{prefix}.{t}" for t in ("raw", "entities", "stance", "events", "dlq")}
    for name in names.values():
        subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "tool", "org.apache.kafka.tools.TopicCommand",
                        "--bootstrap-server", bootstrap, "--create", "--topic", name, "--partitions",
                        str(partitions), "--replication-factor", "1"], check=True, stdout=subprocess.DEVNULL)
    return names


def deployment(mode, bootstrap, path, n, args):
    prefix = f"ovh-{mode}-{int(time.time())}"
    names = topics(bootstrap, prefix, args.partitions)
    env = dict(os.environ, DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=bootstrap, DEMARCHE_KAFKA_GROUP_PREFIX=prefix,
               DEMARCHE_TOPICS_RAW=names["raw"], DEMARCHE_TOPICS_ENTITIES=names["entities"],
               DEMARCHE_TOPICS_STANCE=names["stance"], DEMARCHE_TOPICS_EVENTS=names["events"],
               DEMARCHE_TOPICS_DLQ=names["dlq"], RUST_LOG="warn")
    env.update(kv.split("=", 1) for kv in args.env)
    workers, ports = [], []
    try:
        for stage in WORKERS[mode]:
            ports.append(free_port())
            workers.append(subprocess.Popen([BIN, stage, "--instance-id", "ovh", "--metrics-listen",
                                             f"127.0.0.1:{ports[-1]}"], env=env))
        deadline = time.monotonic() + 120
        while not ready(ports):
            if time.monotonic() > deadline:
                sys.exit(f"{mode} workers not ready")
            time.sleep(0.2)
        perf = None
        cpu0, t0 = sum(cpu_seconds(w.pid) for w in workers), time.monotonic()
        if args.perf_dir:
            perf = subprocess.Popen(["perf", "record", "-F", "499", "-g", "-o",
                                     str(Path(args.perf_dir) / f"{mode}.perf.data"), "-p",
                                     ",".join(str(w.pid) for w in workers)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run([BIN, "produce", "--topic", names["raw"], path], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while metric(ports[-1], "demarche_messages_in_total") < n:
            if time.monotonic() - t0 > 900:
                sys.exit(f"{mode}: not done in 900 s")
            time.sleep(0.05)
        wall = time.monotonic() - t0
        cpu = sum(cpu_seconds(w.pid) for w in workers) - cpu0
        if perf:
            perf.send_signal(2)
            perf.wait()
        return cpu, wall
    finally:
        stop_workers(workers)


def ceiling(bootstrap, n, size, partitions):
    java = ["java", "-Xmx512m", "-cp", f"{LIBS}/*"]
    topic = f"ovh-ceiling-{int(time.time())}"
    topics(bootstrap, topic, partitions)
    out = subprocess.run(java + ["org.apache.kafka.tools.ProducerPerformance", "--topic", f"{topic}.raw",
                                 "--num-records", str(n), "--record-size", str(size), "--throughput", "-1",
                                 "--producer-props", f"bootstrap.servers={bootstrap}", "acks=all",
                                 "enable.idempotence=true"],
                         check=True, capture_output=True, text=True).stdout
    produced = float(re.findall(r"([\d.]+) records/sec", out)[-1])
    out = subprocess.run(java + ["org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrap,
                                 "--topic", f"{topic}.raw", "--messages", str(n)],
                         check=True, capture_output=True, text=True).stdout
    # data.consumed.in.nMsg, nMsg.sec are columns 5 and 6 of the last line
    row = [c.strip() for c in out.strip().splitlines()[-1].split(",")]
    return produced, float(row[5])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--partitions", type=int, default=2)
    ap.add_argument("--modes", default="staged,fused")
    ap.add_argument("--no-ceiling", action="store_true")
    ap.add_argument("--perf-dir", help="also record `perf record -g` of the workers into this directory")
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE", help="extra worker environment")
    args = ap.parse_args()
    broker_dir, bootstrap = None, os.environ.get("DEMARCHE_TEST_BOOTSTRAP")
    if not bootstrap:
        broker_dir = tempfile.mkdtemp(prefix="demarche-overhead-kafka.")
        subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "start", broker_dir], check=True)
        bootstrap = Path(broker_dir, "bootstrap").read_text().strip()
    work = tempfile.mkdtemp(prefix="demarche-overhead.")
    try:
        lines = articles(args.articles)
        path, one = Path(work, "articles.jsonl"), Path(work, "one.jsonl")
        path.write_text("\n".join(lines) + "\n")
        one.write_text(lines[0] + "\n")
        mean_size = round(sum(len(l) for l in lines) / len(lines))
        result = {"articles": args.articles, "mean_article_bytes": mean_size, "load_avg_1m": round(os.getloadavg()[0], 2)}
        cpu, wall = embedded(str(path), str(one))
        result["embedded"] = {"cpu_s": round(cpu, 2), "wall_s": round(wall, 2), "articles_per_cpu_s": round(args.articles / cpu)}
        print(f"embedded: {args.articles} articles, {cpu:.2f} CPU s ({args.articles / cpu:.0f} articles per CPU second), "
              f"{wall:.2f} s wall", flush=True)
        for mode in args.modes.split(","):
            cpu, wall = deployment(mode, bootstrap, str(path), args.articles, args)
            per_cpu = args.articles / cpu
            result[mode] = {"cpu_s": round(cpu, 2), "wall_s": round(wall, 2), "articles_per_s": round(args.articles / wall),
                            "articles_per_cpu_s": round(per_cpu),
                            "share_of_embedded_per_cpu": round(per_cpu / result["embedded"]["articles_per_cpu_s"], 3)}
            print(f"{mode}: {args.articles / wall:.0f} articles/s ({wall:.2f} s wall), workers {cpu:.2f} CPU s = "
                  f"{per_cpu:.0f} articles per CPU second, {result[mode]['share_of_embedded_per_cpu']:.1%} of embedded",
                  flush=True)
        if not args.no_ceiling:
            produced, consumed = ceiling(bootstrap, args.articles * 5, mean_size, args.partitions)
            result["ceiling"] = {"producer_records_per_s": round(produced), "consumer_records_per_s": round(consumed)}
            for mode in args.modes.split(","):
                result[mode]["share_of_producer_ceiling"] = round(result[mode]["articles_per_s"] / produced, 3)
            print(f"broker ceiling ({mean_size}-byte records, acks=all): producer {produced:.0f} records/s, "
                  f"consumer {consumed:.0f} records/s", flush=True)
        result["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
        print("RESULT " + json.dumps(result, sort_keys=True))
    finally:
        subprocess.run(["rm", "-rf", work])
        if broker_dir:
            subprocess.run([ROOT / "scripts" / "kafka-broker.sh", "stop", broker_dir])


if __name__ == "__main__":
    main()
