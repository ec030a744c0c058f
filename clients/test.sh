#!/usr/bin/env bash
# Client tests (scripts/test.sh runs them after the Rust tests):
#   clients/test.sh [path to the demarche binary, default target/debug/demarche]
#
# 1. the generated code and the shared test vectors are up to date (generate.sh --check,
#    the test_vectors example --check);
# 2. a live pipeline on the broker at DEMARCHE_TEST_BOOTSTRAP: fresh topics, `demarche
#    pipeline` (the three stage workers), examples/articles.jsonl published with `demarche
#    produce`, and `demarche run` on the same file as the expected events;
# 3. each language's tests (pytest, go test, mvn test): the vector test, and the live
#    test, which consumes the events and entities the workers wrote (read_committed) and
#    checks every expected event arrives exactly once, decoded by its header.
# Tools come from clients/install-tools.sh (cached in ~/.cache/demarche).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly CACHE=${DEMARCHE_CACHE:-$HOME/.cache/demarche}
# Go's official tarball location, where CI's Go lives when it is not on PATH.
[[ -x /usr/local/go/bin/go ]] && PATH=$PATH:/usr/local/go/bin
readonly PY=$CACHE/clients-venv/bin/python
readonly ARTICLES=examples/articles.jsonl
bin=${1:-target/debug/demarche}
: "${DEMARCHE_TEST_BOOTSTRAP:?set DEMARCHE_TEST_BOOTSTRAP to a Kafka broker (scripts/test.sh starts one)}"

step() { printf '\n==> clients: %s\n' "$*" >&2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/demarche-clients.XXXXXX")
pipeline=""
cleanup() {
  local rc=$?
  if [[ -n $pipeline ]]; then
    kill -TERM "$pipeline" 2>/dev/null || true
    wait "$pipeline" 2>/dev/null || true
  fi
  if ((rc != 0)) && [[ -s $work/pipeline.log ]]; then
    step "failed (exit $rc): last 40 lines of the pipeline's log"
    tail -n 40 "$work/pipeline.log" >&2 || true
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step "tools (clients/install-tools.sh)"
clients/install-tools.sh
export PATH=$CACHE/bin:$PATH

step "generated code is fresh (clients/generate.sh --check)"
clients/generate.sh --check
step "test vectors are fresh (cargo run --example test_vectors -- --check)"
cargo run -q --example test_vectors -- --check

step "live pipeline on $DEMARCHE_TEST_BOOTSTRAP"
prefix=clients-$$-$(date +%s)
"$PY" - "$DEMARCHE_TEST_BOOTSTRAP" "$prefix" <<'EOF'
import sys
from confluent_kafka.admin import AdminClient, NewTopic

bootstrap, prefix = sys.argv[1:]
admin = AdminClient({"bootstrap.servers": bootstrap})
names = [f"{prefix}.{t}" for t in ("raw", "entities", "stance", "events", "dlq")]
for future in admin.create_topics([NewTopic(n, 2, 1) for n in names]).values():
    future.result(timeout=30)
EOF
export DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=$DEMARCHE_TEST_BOOTSTRAP
export DEMARCHE_KAFKA_GROUP_PREFIX=$prefix
for t in raw entities stance events dlq; do
  export "DEMARCHE_TOPICS_${t^^}=$prefix.$t"
done
"$bin" run --input "$ARTICLES" --output "$work/expected.jsonl" 2>"$work/run.log"
"$bin" pipeline --instance-id clients --metrics-listen 127.0.0.1:0 >"$work/pipeline.log" 2>&1 &
pipeline=$!
"$bin" produce --topic "$prefix.raw" "$ARTICLES"

export DEMARCHE_CLIENTS_LIVE=1
export DEMARCHE_CLIENTS_EXPECTED=$work/expected.jsonl
export DEMARCHE_CLIENTS_ARTICLES=$PWD/$ARTICLES
export DEMARCHE_CLIENTS_EVENTS_TOPIC=$prefix.events
export DEMARCHE_CLIENTS_ENTITIES_TOPIC=$prefix.entities
export DEMARCHE_TEST_BOOTSTRAP
echo "expecting $(wc -l <"$work/expected.jsonl") events from $(grep -c . "$ARTICLES") articles" >&2

step "python (pytest)"
(cd clients/python && "$PY" -m pytest -q -p no:cacheprovider)
step "go (go test)"
(cd clients/go && go test -count=1 ./...)
step "java (mvn test)"
(cd clients/java && mvn -B -q --strict-checksums -Dmaven.repo.local="$CACHE/m2" test </dev/null)
# mvn -q prints nothing on success: say what Surefire ran.
"$PY" - clients/java/target/surefire-reports <<'EOF'
import sys, pathlib, xml.etree.ElementTree as ET

totals = [0, 0, 0]
for report in pathlib.Path(sys.argv[1]).glob("TEST-*.xml"):
    suite = ET.parse(report).getroot()
    tests, failed = int(suite.get("tests")), int(suite.get("failures")) + int(suite.get("errors"))
    totals[0] += tests - failed - int(suite.get("skipped"))
    totals[1] += failed
    totals[2] += int(suite.get("skipped"))
print(f"java: {totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
EOF
