#!/usr/bin/env bash
# Regenerates the Python, Go and Java code of proto/ into clients/:
#   clients/generate.sh          # rewrite the generated files
#   clients/generate.sh --check  # fail if the committed files differ from a fresh run
#
# The generated code is committed (the Go module must hold it for `go get`, and users can
# `pip install` / build the Java client without protoc); --check, run by clients/test.sh in
# CI, keeps it from drifting from proto/. Pinned generators, installed by
# clients/install-tools.sh: protoc from PyPI's grpcio-tools (PROTOC_PY, a Python with
# grpc_tools) for Python and Go, with protoc-gen-go from the Go module proxy; the same
# protoc release from Maven Central for Java (PROTOC_JAVA), as grpcio-tools' protoc has no
# Java generator. Changing a pin changes the generated headers: regenerate.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly CACHE=${DEMARCHE_CACHE:-$HOME/.cache/demarche}
readonly PROTOC_PY=${PROTOC_PY:-$CACHE/clients-venv/bin/python}
readonly PROTOC_JAVA=${PROTOC_JAVA:-$CACHE/bin/protoc-java-4.35.1}
export PATH=$CACHE/bin:$PATH

check=0
[[ ${1:-} == --check ]] && check=1

out=$(mktemp -d "${TMPDIR:-/tmp}/demarche-gen.XXXXXX")
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/python" "$out/go" "$out/java"

command -v protoc-gen-go >/dev/null ||
  { echo "error: protoc-gen-go not found (run clients/install-tools.sh)" >&2; exit 1; }
"$PROTOC_PY" -m grpc_tools.protoc -Iproto \
  --python_out="$out/python" --pyi_out="$out/python" \
  --go_out="$out/go" --go_opt=module=github.com/demarche/demarche/clients/go \
  proto/demarche/v1/demarche.proto
"$PROTOC_JAVA" -Iproto --java_out="$out/java" proto/demarche/v1/demarche.proto

# Where each language's generated tree lives in the repository (wholly generated dirs).
targets=(
  "python/demarche:clients/python/src/demarche"
  "go/demarchev1:clients/go/demarchev1"
  "java/io/demarche/v1:clients/java/src/main/java/io/demarche/v1"
)
status=0
for t in "${targets[@]}"; do
  from=$out/${t%%:*} to=${t#*:}
  if ((check)); then
    diff -r "$from" "$to" >&2 || status=1
  else
    rm -rf "$to"
    mkdir -p "$to"
    cp -r "$from/." "$to/"
  fi
done
if ((check)); then
  ((status == 0)) || { echo "error: generated code is stale; run clients/generate.sh" >&2; exit 1; }
  echo "generated code is up to date"
fi
