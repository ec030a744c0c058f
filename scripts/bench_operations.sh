#!/usr/bin/env bash
# Operational figures of one worker on a real broker (numbers in BENCHMARKS.md):
#   - a wrong bootstrap address: time to the error, log lines;
#   - SIGTERM → exit: during start-up, idle, busy;
#   - demarche_consumer_lag against Kafka's group tool (kafka-consumer-groups --describe):
#     a fresh group with a 20,000-article backlog, while processing, drained, and after a
#     restart with 3,000 more.
#
#   cargo build --release && DEMARCHE_TEST_BOOTSTRAP=host:port scripts/bench_operations.sh
#
# Needs a broker (scripts/kafka-broker.sh start DIR), curl and python3. DEMARCHE_BIN picks
# the binary (default target/release/demarche).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly B=${DEMARCHE_TEST_BOOTSTRAP:?start a broker and set DEMARCHE_TEST_BOOTSTRAP}
readonly BIN=${DEMARCHE_BIN:-target/release/demarche}
# As in production: no backtraces appended to the error.
unset RUST_BACKTRACE RUST_LIB_BACKTRACE
readonly P=bench-ops-$$
readonly WORK=$(mktemp -d)
# Only the script itself cleans up (subshells inherit the EXIT trap).
cleanup() { [[ $BASHPID == "$$" ]] || return 0; kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_ready() { for _ in $(seq 1 600); do curl -sf "localhost:$1/ready" >/dev/null && return 0; sleep 0.1; done; return 1; }
wait_serving() { for _ in $(seq 1 600); do grep -q "serving /metrics" "$1" && return 0; sleep 0.1; done; return 1; }
# SIGTERM, then milliseconds until the process is gone, in $stopped_ms (not in a
# subshell: only this shell can wait for its children).
stop() { local s; s=$(date +%s%N); kill -TERM "$1"; wait "$1" || true; stopped_ms=$(ms_since "$s"); }
group_lag() {
  scripts/kafka-broker.sh tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
    --bootstrap-server "$B" --describe --group "$P-entities" 2>/dev/null |
    awk -v g="$P-entities" '$1==g {lag += ($4=="-" ? $5 : $6)} END {print lag+0}'
}
metric_lag() { curl -s "localhost:$1/metrics" | awk '/^demarche_consumer_lag\{/ {s+=$2} END {print s+0}'; }

echo "== wrong bootstrap address (nothing listening)"
for timeout_ms in ${STARTUP_TIMEOUTS:-5000 30000}; do
  s=$(date +%s%N)
  DEMARCHE_KAFKA_STARTUP_TIMEOUT_MS=$timeout_ms "$BIN" entities --metrics-listen 127.0.0.1:0 \
    --bootstrap-servers "127.0.0.1:$(free_port)" >"$WORK/wrong.log" 2>&1 && rc=0 || rc=$?
  echo "startup_timeout_ms=$timeout_ms: exit $rc after $(ms_since "$s") ms, $(wc -l <"$WORK/wrong.log") log lines;" \
    "error: $(grep -o 'cannot reach Kafka at [^(]*' "$WORK/wrong.log" | head -1)"
done

echo "== SIGTERM during start-up (unreachable broker, 2 s in)"
closed=127.0.0.1:$(free_port)
"$BIN" entities --metrics-listen 127.0.0.1:0 --bootstrap-servers "$closed" >"$WORK/start.log" 2>&1 &
pid=$!; wait_serving "$WORK/start.log"; sleep 2
stop $pid; echo "exit after $stopped_ms ms"

echo "== consumer lag vs the group tool"
for t in raw entities; do
  scripts/kafka-broker.sh tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$B" \
    --create --topic "$P.$t" --partitions 4 >/dev/null 2>&1
done
python3 - "$WORK" <<'PY'
import json, sys
texts = ["Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in London. Washington threatened sanctions against Russia.",
         "NATO pledged military aid to Ukraine. The Kremlin condemned the decision.",
         "China lodged a protest with Japan over its defence strategy."]
with open(f"{sys.argv[1]}/a.jsonl", "w") as a, open(f"{sys.argv[1]}/b.jsonl", "w") as b:
    for i in range(23000):
        line = json.dumps({"id": f"ops-{i}", "text": texts[i % 3], "published_at": "2023-07-12T10:00:00Z"})
        print(line, file=a if i < 20000 else b)
PY
# Batches of 10 slow the worker down enough to catch it mid-backlog.
export DEMARCHE_WORKER_BATCH_SIZE=10 DEMARCHE_TELEMETRY_STATS_INTERVAL_MS=1000
export DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=$B DEMARCHE_KAFKA_GROUP_PREFIX=$P \
  DEMARCHE_TOPICS_RAW=$P.raw DEMARCHE_TOPICS_ENTITIES=$P.entities DEMARCHE_TOPICS_DLQ=$P.dlq
"$BIN" produce --topic "$P.raw" "$WORK/a.jsonl" 2>/dev/null
port=$(free_port)
"$BIN" entities --instance-id ops --metrics-listen "127.0.0.1:$port" 2>"$WORK/w1.log" &
pid=$!; wait_ready "$port"; sleep 0.3
echo "fresh group, 20000 waiting: first reading $(metric_lag "$port")"
for _ in 1 2 3; do
  before=$(metric_lag "$port"); tool=$(group_lag); sleep 6; after=$(metric_lag "$port")
  echo "processing: worker $before >= group tool $tool >= worker 6 s later $after"
done
until [[ $(metric_lag "$port") == 0 ]]; do sleep 1; done
echo "drained: worker $(metric_lag "$port"), group tool $(group_lag)"
stop $pid; echo "SIGTERM while idle: exit after $stopped_ms ms"
"$BIN" produce --topic "$P.raw" "$WORK/b.jsonl" 2>/dev/null
echo "stopped, 3000 more: group tool $(group_lag)"
"$BIN" entities --instance-id ops --metrics-listen "127.0.0.1:$port" 2>"$WORK/w2.log" &
pid=$!; wait_ready "$port"; sleep 0.3
echo "restarted: first reading $(metric_lag "$port")"
until [[ $(metric_lag "$port") == 0 ]]; do sleep 1; done
echo "drained: worker $(metric_lag "$port"), group tool $(group_lag)"
"$BIN" produce --topic "$P.raw" "$WORK/a.jsonl" 2>/dev/null &
sleep 1.5
lag=$(metric_lag "$port"); stop $pid
echo "SIGTERM while busy (20000 arriving, lag $lag): exit after $stopped_ms ms"
