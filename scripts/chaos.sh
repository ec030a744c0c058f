#!/usr/bin/env bash
# Chaos in the repository: worker SIGKILL storm, broker SIGKILL + restart, malformed
# input flood, workers frozen past their transaction timeout (producer renewal), each checked against the embedded pipeline (scripts/chaos.py has the
# details). Starts a Kafka broker of its own in a temp dir (it gets killed on purpose),
# stops it on every exit path, keeps the work dir (worker logs, broker log) on failure.
#
#   scripts/chaos.sh            full size: 20,000 articles / 20 kills, 5 s + 45 s broker
#                               outages, 10,000 malformed of 34 kinds, up to 6 freezes
#                               (release build)
#   scripts/chaos.sh --ci       CI size: 2,000 / 6 kills, one 5 s outage, 1,000 malformed,
#                               up to 3 freezes of 17 s
#                               (uses the debug binary that `cargo test` already built)
#   scripts/chaos.sh --ci --scenarios storm --seed 3 ...   any scripts/chaos.py option
#
# Prints per scenario: expected / read / lost / duplicated / differing / unexpected
# events, and the DLQ count per malformed kind; exits non-zero on any of them.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly BROKER=scripts/kafka-broker.sh

size=full
args=()
for arg in "$@"; do
  case $arg in
    --ci) size=ci ;;
    *) args+=("$arg") ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/demarche-chaos.XXXXXX")
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  "$BROKER" stop "$work/kafka" || true
  if ((rc == 0)); then
    rm -rf "$work"
  else
    echo "chaos: failed (exit $rc); logs kept in $work" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ $size == ci ]]; then
  cargo build --quiet
  bin=target/debug/demarche
else
  cargo build --release --quiet
  bin=target/release/demarche
fi
"$BROKER" fetch
"$BROKER" start "$work/kafka"
python3 scripts/chaos.py --bin "$bin" --broker-script "$BROKER" \
  --broker-dir "$work/kafka" --work "$work" --size "$size" ${args[@]+"${args[@]}"}
