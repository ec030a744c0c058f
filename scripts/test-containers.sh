#!/usr/bin/env bash
# Container test: builds the image's runtime stage around a host-built binary, runs the
# three stage workers as containers (read-only root filesystem, numeric non-root user, no
# capabilities) against a real Kafka broker, and checks what an operator relies on:
#   - every event of the example articles arrives exactly once, identical to `demarche run`;
#   - /health, /ready and /metrics answer from the host;
#   - the dashboard's and alert rules' metric names exist in the live /metrics;
#   - `podman stop` (SIGTERM, 10 s grace) ends every worker with exit code 0.
#
#   DEMARCHE_TEST_BOOTSTRAP=host:port scripts/test-containers.sh [BINARY]
#
# BINARY defaults to target/debug/demarche (built by `cargo test`). Needs root, podman and
# runc, debootstrap for the base image (scripts/container-base.sh, cached), python3 with
# PyYAML. The broker must listen on the host's loopback: containers share the host network.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly BINARY=${1:-target/debug/demarche}
readonly BOOTSTRAP=${DEMARCHE_TEST_BOOTSTRAP:?set DEMARCHE_TEST_BOOTSTRAP to the broker address}
readonly INPUT=examples/articles.jsonl
readonly STAGES=(entities stance events)
export CONTAINERS_CONF=$PWD/deploy/podman/containers.conf
RUN_ID=ct-$$-$(date +%s)
readonly RUN_ID
readonly IMAGE=localhost/demarche-test:$RUN_ID
work=""
containers=()

step() { printf '\n==> containers: %s\n' "$*" >&2; }
fail() { echo "test-containers: FAILED: $*" >&2; exit 1; }
podman() { command podman --runtime runc "$@"; }

cleanup() {
  local rc=$? name
  trap - EXIT INT TERM
  if ((rc != 0)); then
    for name in "${containers[@]}"; do
      step "last 60 log lines of $name"
      podman logs --tail 60 "$name" >&2 2>&1 || true
    done
    if [[ -s $work/tools.log ]]; then
      step "last 40 lines of the host tools' output (create-topics, run, produce, tail)"
      tail -n 40 "$work/tools.log" >&2
    fi
  fi
  ((${#containers[@]} == 0)) || podman rm -f "${containers[@]}" >/dev/null 2>&1 || true
  podman rmi -f "$IMAGE" >/dev/null 2>&1 || true
  [[ -z $work ]] || rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# http_get PORT PATH [OUT]: prints the HTTP status; the body goes to OUT (default: discarded).
http_get() {
  python3 - "$@" <<'PY'
import sys, urllib.request, urllib.error
port, path = sys.argv[1], sys.argv[2]
out = sys.argv[3] if len(sys.argv) > 3 else None
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
        status, body = r.status, r.read()
except urllib.error.HTTPError as e:
    status, body = e.code, e.read()
except OSError:
    status, body = 0, b""
if out:
    open(out, "wb").write(body)
print(status)
PY
}

wait_ready() {
  local name=$1 port=$2 deadline=$((SECONDS + 90))
  until [[ $(http_get "$port" /ready) == 200 ]]; do
    [[ $(podman inspect -f '{{.State.Running}}' "$name") == true ]] || fail "$name exited before it was ready"
    ((SECONDS < deadline)) || fail "$name not ready after 90 s"
    sleep 1
  done
}

check_prerequisites() {
  local tool
  for tool in podman runc debootstrap python3; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (.ci/run installs it)"
  done
  ((EUID == 0)) || fail "run as root (podman with runc, as in CI)"
  [[ -x $BINARY ]] || fail "$BINARY not found: build it first (cargo build)"
}

# with_topics CMD...: runs CMD with the topic environment below.
with_topics() {
  local -a vars
  mapfile -t vars < <(topic_env)
  env "${vars[@]}" "$@"
}

# Topic names unique to this run, shared by the workers and the tools.
topic_env() {
  local prefix=$RUN_ID
  cat <<ENV
DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=$BOOTSTRAP
DEMARCHE_KAFKA_GROUP_PREFIX=$prefix
DEMARCHE_KAFKA_SESSION_TIMEOUT_MS=6000
DEMARCHE_TOPICS_RAW=$prefix.raw
DEMARCHE_TOPICS_ENTITIES=$prefix.entities
DEMARCHE_TOPICS_STANCE=$prefix.stance
DEMARCHE_TOPICS_EVENTS=$prefix.events
DEMARCHE_TOPICS_STATEMENTS=$prefix.statements
DEMARCHE_TOPICS_DLQ=$prefix.dlq
ENV
}

build_image() {
  local base
  base=$(scripts/container-base.sh)
  mkdir -p "$work/context"
  # The stripped copy keeps the build context (and the image) small.
  strip -o "$work/context/demarche" "$BINARY" 2>/dev/null || cp "$BINARY" "$work/context/demarche"
  podman build -q -f deploy/Dockerfile --target runtime-prebuilt \
    --build-arg RUNTIME_BASE="$base" --build-arg REVISION="$(git rev-parse HEAD 2>/dev/null || echo unknown)" \
    -t "$IMAGE" "$work/context" >/dev/null
  local user
  user=$(podman image inspect -f '{{.Config.User}}' "$IMAGE")
  [[ $user == 65532:65532 ]] || fail "image user is '$user', expected the numeric 65532:65532"
}

create_topics() {
  # deploy/kubernetes/base/create-topics.sh, as the Kubernetes job runs it, with the test broker's tool.
  printf '#!/bin/sh\nexec "%s" tool org.apache.kafka.tools.TopicCommand "$@"\n' \
    "$PWD/scripts/kafka-broker.sh" >"$work/kafka-topics"
  chmod +x "$work/kafka-topics"
  with_topics KAFKA_TOPICS="$work/kafka-topics" deploy/kubernetes/base/create-topics.sh "$BOOTSTRAP" 2 1 \
    >>"$work/tools.log" 2>&1
}

declare -A PORTS
start_workers() {
  local stage name
  for stage in "${STAGES[@]}"; do
    name=demarche-$RUN_ID-$stage
    PORTS[$stage]=$(free_port)
    containers+=("$name")
    podman run -d --name "$name" --network host \
      --read-only --read-only-tmpfs=false --cap-drop ALL --security-opt no-new-privileges \
      --env-file <(topic_env) \
      -e DEMARCHE_KAFKA_INSTANCE_ID="$name" \
      -e DEMARCHE_TELEMETRY_LISTEN="127.0.0.1:${PORTS[$stage]}" \
      -e DEMARCHE_WORKER_BATCH_SIZE=20 \
      "$IMAGE" "$stage" >/dev/null
  done
  for stage in "${STAGES[@]}"; do
    wait_ready "demarche-$RUN_ID-$stage" "${PORTS[$stage]}"
  done
}

check_events() {
  local expected_count expected_dlq got_dlq
  # The example articles plus one line that is not JSON, which must be dead-lettered.
  cat "$INPUT" >"$work/input.jsonl"
  echo '{"id": "ct-broken", "text": "cut off' >>"$work/input.jsonl"
  "$BINARY" run --input "$work/input.jsonl" --format json --dead-letter "$work/expected-dlq.jsonl" \
    >"$work/expected.jsonl" 2>>"$work/tools.log"
  expected_count=$(wc -l <"$work/expected.jsonl")
  expected_dlq=$(wc -l <"$work/expected-dlq.jsonl")
  with_topics "$BINARY" produce --topic "$RUN_ID.raw" "$work/input.jsonl" >>"$work/tools.log" 2>&1
  # Wait until all expected events are committed, then read the whole topic once more
  # (read_committed) so a duplicate written after them would show too.
  with_topics "$BINARY" tail "$RUN_ID.events" --from-beginning \
    --max-messages "$expected_count" --idle-timeout-ms 90000 >/dev/null 2>>"$work/tools.log"
  with_topics "$BINARY" tail "$RUN_ID.events" --from-beginning \
    --idle-timeout-ms 3000 >"$work/got.jsonl" 2>>"$work/tools.log"
  python3 scripts/compare_events.py "$work/expected.jsonl" "$work/got.jsonl" ||
    fail "the containers' events differ from the embedded run"
  with_topics "$BINARY" tail "$RUN_ID.dlq" --from-beginning \
    --idle-timeout-ms 3000 >"$work/got-dlq.jsonl" 2>>"$work/tools.log"
  got_dlq=$(wc -l <"$work/got-dlq.jsonl")
  ((expected_dlq == 1 && got_dlq == expected_dlq)) ||
    fail "dead letters: $got_dlq in Kafka, $expected_dlq from the embedded run (expected 1 each)"
  echo "test-containers: the broken line was dead-lettered once" >&2
}

check_endpoints() {
  local stage port status path deadline
  for stage in "${STAGES[@]}"; do
    port=${PORTS[$stage]}
    for path in /health /ready /metrics; do
      status=$(http_get "$port" "$path" "$work/$stage$(tr / . <<<"$path")")
      [[ $status == 200 ]] || fail "$stage $path answered $status"
    done
    grep -q "^demarche_messages_in_total{stage=\"$stage\"" "$work/$stage.metrics" ||
      fail "$stage /metrics has no demarche_messages_in_total for its stage"
  done
  # Consumer lag comes from librdkafka statistics (every 5 s): give it two intervals.
  deadline=$((SECONDS + 12))
  while ! grep -q '^demarche_consumer_lag' "$work/events.metrics" && ((SECONDS < deadline)); do
    sleep 2
    for stage in "${STAGES[@]}"; do
      http_get "${PORTS[$stage]}" /metrics "$work/$stage.metrics" >/dev/null
    done
  done
  echo "test-containers: /health, /ready, /metrics answer 200 for all stages" >&2
}

stop_workers() {
  local started name code
  started=$(date +%s%N)
  # Default grace period (10 s): a worker still running then is SIGKILLed (exit 137).
  podman stop "${containers[@]}" >/dev/null
  echo "test-containers: podman stop of ${#containers[@]} workers took $((($(date +%s%N) - started) / 1000000)) ms" >&2
  for name in "${containers[@]}"; do
    code=$(podman inspect -f '{{.State.ExitCode}}' "$name")
    [[ $code == 0 ]] || fail "$name exited with $code after podman stop (expected 0)"
  done
}

check_prerequisites
work=$(mktemp -d "${TMPDIR:-/tmp}/demarche-containers.XXXXXX")
step "building the runtime image from $BINARY";      build_image
step "creating topics ($RUN_ID.*)";                   create_topics
step "starting ${STAGES[*]} as containers";           start_workers
step "producing $INPUT, checking exactly-once";       check_events
step "probes and metrics from the host";              check_endpoints
step "podman stop";                                   stop_workers
step "metric names of the dashboard and alert rules"
python3 scripts/check_metric_names.py "$work"/*.metrics
step "passed"
