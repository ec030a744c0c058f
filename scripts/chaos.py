#!/usr/bin/env python3
"""Chaos runs against a real Kafka broker; driven by scripts/chaos.sh, which builds the
binary, starts a broker of its own and stops it on exit.

Scenarios (each on its own topics and consumer groups):
  storm      SIGKILL random stage workers (two instances of every stage) while articles
             flow, restarting each under its instance id;
  broker     SIGKILL the broker mid-stream and restart it (same ports, same log dir)
             after each outage;
  malformed  malformed messages of many kinds mixed with good articles;
  renewal    SIGSTOP every worker mid-stream for longer than its transaction timeout,
             so the transaction coordinator aborts the open transactions and bumps the
             producer epochs; resumed, a worker finds its producer fenced and must
             replace it (the renewal path) and redo the batch. Repeated until a worker
             log shows a renewal (or --renewal-tries), which the scenario requires.

After each, the `read_committed` output is compared with `demarche run` (the embedded
pipeline) on the same good articles: lost / duplicated / differing / unexpected events.
For `malformed`, every malformed message must be in the DLQ exactly once.
Exit status 1 on any difference. Standard library only.
"""

import argparse
import collections
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ left in scripts/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import chaos_inputs  # noqa: E402  (sibling module: article and malformed generators)

SIZES = {
    # articles, kills, outages (s), malformed, good articles mixed with the malformed
    "ci": dict(articles=2000, kills=6, outages=[5], malformed=1000, mixed_good=1000,
               renewal_tries=3),
    "full": dict(articles=20000, kills=20, outages=[5, 45], malformed=10000, mixed_good=10000,
                 renewal_tries=6),
}
# The renewal scenario's transaction timeout, and how long its workers stay frozen: past
# the timeout plus the coordinator's sweep for timed-out transactions (every 10 s,
# transaction.abort.timed.out.transaction.cleanup.interval.ms).
RENEWAL_TXN_TIMEOUT_MS = 4000
RENEWAL_FREEZE_S = 17
RENEWED = "replacing the producer"
STAGES = ("entities", "stance", "events")
DRAIN_TIMEOUT_S = 600
SCENARIOS = []  # every Scenario started, so main() can stop their workers on any exit


def log(message):
    print(f"chaos: {message}", file=sys.stderr, flush=True)


class Cluster:
    """The binary, the broker (via scripts/kafka-broker.sh) and a work directory."""

    def __init__(self, args):
        self.bin = args.bin
        self.broker_script = args.broker_script
        self.broker_dir = args.broker_dir
        self.work = Path(args.work)
        self.bootstrap = Path(args.broker_dir, "bootstrap").read_text().strip()

    def broker(self, command):
        subprocess.run([self.broker_script, command, self.broker_dir], check=True)

    def create_topics(self, names, partitions):
        """All topics at once: one admin JVM per topic, run in parallel."""
        procs = [
            subprocess.Popen(
                [self.broker_script, "tool", "org.apache.kafka.tools.TopicCommand",
                 "--bootstrap-server", self.bootstrap, "--create", "--topic", name,
                 "--partitions", str(partitions), "--replication-factor", "1"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for name in names
        ]
        for name, proc in zip(names, procs):
            _, err = proc.communicate()
            if proc.returncode != 0:
                raise RuntimeError(f"cannot create topic {name}: {err.decode()[-500:]}")


class Scenario:
    """One scenario's topics, workers and logs."""

    def __init__(self, cluster, name, partitions, env=None):
        self.cluster = cluster
        self.name = name
        self.dir = cluster.work / name
        self.dir.mkdir(parents=True, exist_ok=True)
        prefix = f"chaos-{name}-{os.getpid()}-{int(time.time())}"
        self.topics = {role: f"{prefix}.{role}"
                       for role in ("raw", "entities", "stance", "events", "dlq")}
        self.env = dict(os.environ,
                        DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=cluster.bootstrap,
                        DEMARCHE_KAFKA_GROUP_PREFIX=prefix,
                        DEMARCHE_KAFKA_SESSION_TIMEOUT_MS="6000",
                        RUST_LOG="info",
                        **{f"DEMARCHE_TOPICS_{role.upper()}": topic
                           for role, topic in self.topics.items()})
        self.env.update(env or {})
        self.workers = {}  # (stage, instance) -> Popen
        self.unplanned_exits = 0
        SCENARIOS.append(self)
        cluster.create_topics(list(self.topics.values()), partitions)

    # ------------------------------------------------------------ workers

    def spawn(self, stage, instance):
        log_file = open(self.dir / f"{stage}-{instance}.log", "ab")
        self.workers[(stage, instance)] = subprocess.Popen(
            [self.cluster.bin, stage, "--instance-id", instance,
             "--metrics-listen", "127.0.0.1:0"],
            env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=log_file)
        log_file.close()

    def sigkill(self, key):
        proc = self.workers[key]
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()

    def supervise(self):
        """Restarts any worker that exited on its own (what a supervisor would do)."""
        for key, proc in list(self.workers.items()):
            if proc.poll() is not None:
                self.unplanned_exits += 1
                log(f"{self.name}: {key[0]}-{key[1]} exited ({proc.returncode}); restarting")
                self.spawn(*key)

    def stop_workers(self):
        for proc in self.workers.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for key, proc in self.workers.items():
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                log(f"{self.name}: {key} ignored SIGTERM for 30 s; killing")
                self.sigkill(key)

    def signal_all(self, sig):
        for proc in self.workers.values():
            if proc.poll() is None:
                proc.send_signal(sig)

    def log_count(self, text):
        """Lines holding `text` in every worker log of this scenario."""
        return sum(path.read_text(errors="replace").count(text)
                   for path in self.dir.glob("*.log"))

    def wait_assigned(self, timeout_s=300):
        """Waits (supervising) until every worker has logged its partitions assigned: a
        worker loading its dictionaries on a loaded machine can take minutes."""
        deadline = time.monotonic() + timeout_s
        logs = [self.dir / f"{stage}-{instance}.log" for stage, instance in self.workers]
        while time.monotonic() < deadline:
            if all("partitions assigned" in p.read_text(errors="replace") for p in logs):
                return
            self.pause(0.5)
        raise RuntimeError(f"{self.name}: workers not assigned within {timeout_s} s")

    def pause(self, seconds):
        """Sleeps while supervising the workers."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.supervise()
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))

    # ------------------------------------------------------------ data in and out

    def tool(self, args, **kwargs):
        return subprocess.run([self.cluster.bin, *args], env=self.env, check=True,
                              stdin=subprocess.DEVNULL, **kwargs)

    def produce(self, path):
        self.tool(["produce", "--topic", self.topics["raw"], str(path)],
                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def read(self, role, idle_ms=3000):
        out = self.tool(["tail", self.topics[role], "--from-beginning",
                         "--idle-timeout-ms", str(idle_ms)],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def embedded_events(self, good_path):
        """What the embedded pipeline makes of the good articles: the reference."""
        out = self.dir / "expected.jsonl"
        self.tool(["run", "--input", str(good_path), "--output", str(out)],
                  stderr=subprocess.DEVNULL)
        return [json.loads(line) for line in out.read_text().splitlines() if line.strip()]

    def drain(self, expected_count, extra_idle_s=5):
        """Waits (supervising) until the output holds `expected_count` events, then
        keeps listening a while so late duplicates would show."""
        deadline = time.monotonic() + DRAIN_TIMEOUT_S
        got = []
        while time.monotonic() < deadline:
            self.supervise()
            got = self.read("events", idle_ms=2000)
            if len(got) >= expected_count:
                break
            self.pause(3)
        self.pause(extra_idle_s)
        return self.read("events", idle_ms=3000) if len(got) >= expected_count else got


def compare(expected, got):
    """lost / duplicated / differing / unexpected, by event id, emission time aside."""
    def key(e):
        return {k: v for k, v in e.items() if k != "emitted_at_ms"}

    want = {e["event_id"]: key(e) for e in expected}
    counts = collections.Counter(e["event_id"] for e in got)
    seen = {e["event_id"]: key(e) for e in got}
    return {
        "expected": len(want),
        "read": len(got),
        "lost": sum(1 for i in want if i not in seen),
        "duplicated": sum(n - 1 for n in counts.values()),
        "differing": sum(1 for i, e in want.items() if i in seen and seen[i] != e),
        "unexpected": sum(1 for i in seen if i not in want),
    }


def report(name, result, extra=""):
    bad = result["lost"] + result["duplicated"] + result["differing"] + result["unexpected"]
    print(f"{name:<10} expected {result['expected']:>7}  read {result['read']:>7}  "
          f"lost {result['lost']}  duplicated {result['duplicated']}  "
          f"differing {result['differing']}  unexpected {result['unexpected']}{extra}",
          flush=True)
    return bad == 0


# ---------------------------------------------------------------- scenarios

def storm(cluster, size, rng):
    s = Scenario(cluster, "storm", partitions=4)
    good = s.dir / "good.jsonl"
    chaos_inputs.write_articles(good, size["articles"], "storm")
    expected = s.embedded_events(good)
    for stage in STAGES:
        for instance in ("a", "b"):
            s.spawn(stage, instance)
    chunks = chaos_inputs.split_file(good, size["kills"], s.dir / "chunk")
    started = time.monotonic()
    for i, chunk in enumerate(chunks):
        s.produce(chunk)
        s.pause(rng.uniform(0.0, 1.5))
        victim = rng.choice(sorted(s.workers))
        s.sigkill(victim)
        log(f"storm: kill {i + 1}/{len(chunks)}: {victim[0]}-{victim[1]}")
        # Plain sleep: pause() would restart the victim itself.
        time.sleep(rng.uniform(0.0, 0.5))
        s.spawn(*victim)
    result = compare(expected, s.drain(len(expected)))
    elapsed = time.monotonic() - started
    s.stop_workers()
    return report("storm", result, f"  ({size['articles']} articles, {len(chunks)} kills, "
                  f"{s.unplanned_exits} unplanned exits, {elapsed:.0f} s)")


def broker(cluster, size, rng):
    s = Scenario(cluster, "broker", partitions=2)
    good = s.dir / "good.jsonl"
    n = max(size["articles"] // 2, 1000)
    chaos_inputs.write_articles(good, n, "broker")
    expected = s.embedded_events(good)
    for stage in STAGES:
        s.spawn(stage, "a")
    outages = size["outages"]
    chunks = chaos_inputs.split_file(good, len(outages) + 1, s.dir / "chunk")
    started = time.monotonic()
    downtimes = []
    for chunk, outage in zip(chunks, outages + [None]):
        s.produce(chunk)
        if outage is None:
            break
        # Kill while the workers are busy with the chunk just produced.
        s.pause(rng.uniform(0.3, 1.0))
        killed = time.monotonic()
        cluster.broker("kill")
        log(f"broker: down for {outage} s, then restarted")
        s.pause(outage)
        cluster.broker("restart")
        # Down from the kill until the restarted broker answers (JVM start included).
        downtimes.append(f"{time.monotonic() - killed:.0f}")
    result = compare(expected, s.drain(len(expected)))
    elapsed = time.monotonic() - started
    s.stop_workers()
    return report("broker", result, f"  ({n} articles, outages {outages} s + restart "
                  f"= down {'/'.join(downtimes)} s, {s.unplanned_exits} worker exits "
                  f"restarted, {elapsed:.0f} s)")


def malformed(cluster, size, rng):
    s = Scenario(cluster, "malformed", partitions=2)
    good = s.dir / "good.jsonl"
    chaos_inputs.write_articles(good, size["mixed_good"], "mixed")
    expected = s.embedded_events(good)
    sent = chaos_inputs.write_malformed(s.dir, good, size["malformed"], rng)
    for stage in STAGES:
        s.spawn(stage, "a")
    started = time.monotonic()
    s.produce(s.dir / "mixed.jsonl")
    s.produce(s.dir / "documents")
    result = compare(expected, s.drain(len(expected)))
    dead = s.read("dlq", idle_ms=3000)
    elapsed = time.monotonic() - started
    s.stop_workers()
    dlq_ok = check_dlq(sent, dead)
    ok = report("malformed", result, f"  ({size['malformed']} malformed of "
                f"{len(chaos_inputs.KINDS)} kinds + {size['mixed_good']} good, {elapsed:.0f} s)")
    return ok and dlq_ok


def renewal(cluster, size, rng):
    s = Scenario(cluster, "renewal", partitions=2,
                 env={"DEMARCHE_KAFKA_TRANSACTION_TIMEOUT_MS": str(RENEWAL_TXN_TIMEOUT_MS),
                      # the renewal with a commit in flight and the next batch read
                      "DEMARCHE_WORKER_PIPELINED_COMMITS": "true"})
    good = s.dir / "good.jsonl"
    n = max(size["articles"] // 2, 1000)
    chaos_inputs.write_articles(good, n, "renewal")
    expected = s.embedded_events(good)
    for stage in STAGES:
        s.spawn(stage, "a")
    s.wait_assigned()
    tries = size["renewal_tries"]
    chunks = chaos_inputs.split_file(good, tries + 1, s.dir / "chunk")
    started = time.monotonic()
    freezes = 0
    for chunk in chunks:
        s.produce(chunk)
        if freezes == tries or s.log_count(RENEWED):
            continue  # the rest of the input, no more freezing
        # Freeze while the workers are busy with the chunk just produced.
        s.pause(rng.uniform(0.3, 1.0))
        s.signal_all(signal.SIGSTOP)
        freezes += 1
        log(f"renewal: workers frozen for {RENEWAL_FREEZE_S} s (try {freezes}/{tries})")
        time.sleep(RENEWAL_FREEZE_S)
        s.signal_all(signal.SIGCONT)
        s.pause(5)
    result = compare(expected, s.drain(len(expected)))
    elapsed = time.monotonic() - started
    s.stop_workers()
    renewals = s.log_count(RENEWED)
    ok = report("renewal", result, f"  ({n} articles, {freezes} freezes of {RENEWAL_FREEZE_S} s "
                f"with transaction.timeout.ms {RENEWAL_TXN_TIMEOUT_MS}, {renewals} producer "
                f"renewals, {s.unplanned_exits} worker exits restarted, {elapsed:.0f} s)")
    if not renewals:
        print("renewal: no worker renewed its producer: the path was not exercised", flush=True)
    return ok and renewals > 0


def check_dlq(sent, dead):
    """Every malformed message is in the DLQ exactly once, with a reason."""
    marker = re.compile(r"chaos-bad-(\d+)-")
    found = collections.Counter()
    reasons = collections.defaultdict(collections.Counter)
    blank = 0
    for message in dead:
        headers = message.get("headers", {})
        if not headers.get("demarche-error"):
            log(f"DLQ message without a reason: {message}")
        match = marker.search(message.get("payload", ""))
        if match:
            seq = int(match.group(1))
            found[seq] += 1
            reasons[sent[seq]][headers.get("demarche-error-kind", "?")] += 1
        elif not message.get("payload", "").strip():
            blank += 1
            reasons["blank"][headers.get("demarche-error-kind", "?")] += 1
        else:
            log(f"DLQ message from no malformed input: {message['payload'][:200]!r}")
    expected_blank = sum(1 for kind in sent.values() if kind in chaos_inputs.BLANK_KINDS)
    marked = {seq: kind for seq, kind in sent.items() if kind not in chaos_inputs.BLANK_KINDS}
    missing = collections.Counter(kind for seq, kind in marked.items() if seq not in found)
    duplicated = sum(n - 1 for n in found.values())
    print(f"{'DLQ kind':<22} {'sent':>5} {'in DLQ':>6}  reasons (demarche-error-kind)")
    sent_by_kind = collections.Counter(sent.values())
    for kind in chaos_inputs.KINDS:
        name = kind.__name__
        if name in chaos_inputs.BLANK_KINDS:
            continue
        got = sent_by_kind[name] - missing[name]
        detail = ", ".join(f"{r} {n}" for r, n in sorted(reasons[name].items()))
        print(f"  {name:<20} {sent_by_kind[name]:>5} {got:>6}  {detail}")
    detail = ", ".join(f"{r} {n}" for r, n in sorted(reasons["blank"].items()))
    print(f"  {'blank (empty, spaces)':<20} {expected_blank:>5} {blank:>6}  {detail}")
    print(f"DLQ: {len(dead)} messages; missing {sum(missing.values())}, "
          f"duplicated {duplicated}, blank {blank}/{expected_blank}", flush=True)
    return not missing and duplicated == 0 and blank == expected_blank


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--broker-script", required=True)
    parser.add_argument("--broker-dir", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--scenarios", default="storm,broker,malformed,renewal")
    parser.add_argument("--seed", type=int, default=10)
    for key in ("articles", "kills", "malformed", "mixed_good", "renewal_tries"):
        parser.add_argument(f"--{key.replace('_', '-')}", type=int)
    parser.add_argument("--outages", help="comma-separated seconds, e.g. 5,45")
    args = parser.parse_args()

    size = dict(SIZES[args.size])
    for key in ("articles", "kills", "malformed", "mixed_good", "renewal_tries"):
        if getattr(args, key) is not None:
            size[key] = getattr(args, key)
    if args.outages:
        size["outages"] = [int(x) for x in args.outages.split(",")]
    log(f"size {args.size}: {size}, seed {args.seed}")
    rng = random.Random(args.seed)
    cluster = Cluster(args)
    runs = {"storm": storm, "broker": broker, "malformed": malformed, "renewal": renewal}
    ok = True
    try:
        for name in args.scenarios.split(","):
            ok = runs[name](cluster, size, rng) and ok
    finally:
        for scenario in SCENARIOS:
            for key in scenario.workers:
                scenario.sigkill(key)
    print("chaos: PASS" if ok else "chaos: FAIL", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
