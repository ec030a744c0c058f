#!/usr/bin/env bash
# Builds the local base image for the container test: a Debian bookworm minbase root
# filesystem made with debootstrap from the machine's own apt mirror (no image registry
# is needed), imported into podman as localhost/demarche-base:bookworm.
#   scripts/container-base.sh            # prints the image name
# The root filesystem tarball is cached in ~/.cache/demarche/container-base/, so only the
# first run on a machine pays for debootstrap. Needs root, debootstrap and podman.
set -euo pipefail

readonly IMAGE=localhost/demarche-base:bookworm
readonly CACHE=${DEMARCHE_CACHE:-$HOME/.cache/demarche}/container-base
readonly TARBALL=$CACHE/bookworm-minbase.tar

# The first Debian mirror apt is configured with (deb822 or one-line format),
# unless DEMARCHE_DEBIAN_MIRROR names one.
debian_mirror() {
  if [[ -n ${DEMARCHE_DEBIAN_MIRROR:-} ]]; then
    echo "$DEMARCHE_DEBIAN_MIRROR"
    return
  fi
  local uri
  uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null |
    awk '/^URIs:/ && $2 ~ /\/debian\/?$/ {print $2; exit} /^deb / && $0 ~ / bookworm / {print ($2 ~ /^\[/ ? $3 : $2); exit}')
  echo "${uri:-http://deb.debian.org/debian}"
}

build_tarball() {
  local root mirror
  mirror=$(debian_mirror)
  root=$(mktemp -d "${TMPDIR:-/tmp}/demarche-rootfs.XXXXXX")
  # shellcheck disable=SC2064  # expand now: the trap must remove this very directory
  trap "rm -rf '$root'" RETURN
  echo "==> debootstrap --variant=minbase bookworm from $mirror" >&2
  # ca-certificates: the worker verifies TLS brokers against the system store.
  debootstrap --variant=minbase --include=ca-certificates bookworm "$root" "$mirror" >&2
  # Leave no apt lists or caches in the image.
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
  mkdir -p "$CACHE"
  tar -C "$root" --numeric-owner -cf "$TARBALL.tmp" .
  mv "$TARBALL.tmp" "$TARBALL"
}

if ! podman image exists "$IMAGE"; then
  [[ -s $TARBALL ]] || build_tarball
  echo "==> podman import $TARBALL as $IMAGE" >&2
  podman import --change 'CMD ["/bin/bash"]' "$TARBALL" "$IMAGE" >/dev/null
fi
echo "$IMAGE"
