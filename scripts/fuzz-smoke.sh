#!/usr/bin/env bash
# Fuzz smoke run: builds the cargo-fuzz targets in fuzz/ and runs each for a while from
# its committed seed corpus (fuzz/corpus/<target>). Any crash, panic, timeout (a slow
# input: quadratic behaviour) or memory blow-up fails the run; libFuzzer leaves the
# input in fuzz/artifacts/<target>/.
#
#   scripts/fuzz-smoke.sh [target...]        default: all four targets
#   FUZZ_SECONDS=600 scripts/fuzz-smoke.sh   longer runs (default 60 s per target)
#
# New inputs libFuzzer finds go to fuzz/work/<target> (ignored by git), never into the
# committed corpus. Toolchain: whatever rustup's default is. libFuzzer instrumentation
# needs `-Z` flags, so on a stable toolchain RUSTC_BOOTSTRAP=1 lets them through: no
# nightly download (CI machines may not reach rustup's server). No sanitizer: the crate
# is safe Rust, and ASan would halve the executions for nothing; panics, overflow
# checks (debug assertions are on) and libFuzzer's own limits do the catching.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly CARGO_FUZZ_VERSION=0.13.2
readonly SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
readonly ALL_TARGETS=(article_json proto_decode text_segment annotate)
targets=("$@")
((${#targets[@]})) || targets=("${ALL_TARGETS[@]}")

# Longest input per target: large enough for real articles and protobuf messages,
# small enough that libFuzzer spends its time on variety rather than size.
max_len() {
  case $1 in
    annotate) echo 16384 ;;
    *) echo 65536 ;;
  esac
}

log() { echo "fuzz-smoke: $*" >&2; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  log "installing cargo-fuzz $CARGO_FUZZ_VERSION from crates.io"
  cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi

export RUSTC_BOOTSTRAP=1
started=$SECONDS
if ((${#targets[@]} == 1)); then
  cargo fuzz build --sanitizer none "${targets[0]}"
else
  cargo fuzz build --sanitizer none
fi
log "built the fuzz targets in $((SECONDS - started)) s"

summary=()
for target in "${targets[@]}"; do
  work=fuzz/work/$target
  mkdir -p "$work" "fuzz/artifacts/$target"
  log "$target: ${SECONDS_PER_TARGET} s"
  out=$(mktemp)
  # -timeout: one input taking 10 s is a hang or a quadratic path, not a slow machine.
  set +e
  cargo fuzz run --sanitizer none "$target" "$work" "fuzz/corpus/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -max_len="$(max_len "$target")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tee "$out" |
    grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|==[0-9]+==|thread|SUMMARY)' >&2
  rc=${PIPESTATUS[0]}
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out")
  summary+=("$(printf '%-14s %10s execs %8s execs/s  exit %s' "$target" "${execs:-?}" "${rate:-?}" "$rc")")
  if ((rc != 0)); then
    tail -n 60 "$out" >&2
    rm -f "$out"
    printf '%s\n' "${summary[@]}" >&2
    log "FAILED: $target (input saved under fuzz/artifacts/$target/)"
    exit 1
  fi
  rm -f "$out"
done
printf '%s\n' "${summary[@]}" >&2
log "all targets clean; total $((SECONDS - started)) s"
