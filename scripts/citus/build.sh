#!/usr/bin/env bash
# Build Citus from the vendored upstream source and install it into this machine's PostgreSQL 15.
#
#   bash scripts/citus/build.sh
#
# Source: $KINERJA_CITUS_TARBALL, default <repo>/../shared/vendor/citus-13.2.2.tar.gz (AGPL-3.0, upstream release).
# Cache:  $KINERJA_CITUS_CACHE, default ~/.cache/kinerja-citus. The build is keyed by the tarball's sha256
#         and `pg_config --version`; a second run only checks (or re-runs `make install`) and takes seconds.
# Needs root (or sudo) for apt-get and `make install` into pg_config's directories.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
tarball=${KINERJA_CITUS_TARBALL:-$repo/../shared/vendor/citus-13.2.2.tar.gz}
cache=${KINERJA_CITUS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kinerja-citus}
PG_CONFIG=${PG_CONFIG:-pg_config}

say() { echo "citus-build: $*" >&2; }
die() { say "error: $*"; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi; }

[ -f "$tarball" ] || die "Citus source not found at $tarball
  (expected the project cloned next to shared/, or set KINERJA_CITUS_TARBALL=/path/to/citus-X.Y.Z.tar.gz)"

# 1. Debian build dependencies: PGXS headers (libpq-be.h includes gssapi.h, hence libkrb5-dev);
#    Citus's configure wants libcurl, lz4 and zstd.
deps=(build-essential postgresql-server-dev-15 libkrb5-dev libcurl4-openssl-dev liblz4-dev libzstd-dev)
missing=()
for p in "${deps[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pg_version=$("$PG_CONFIG" --version)
case "$pg_version" in "PostgreSQL 15."*) ;; *) die "expected PostgreSQL 15 from $PG_CONFIG, found: $pg_version" ;; esac

key=$( { sha256sum "$tarball" | cut -d' ' -f1; echo "$pg_version"; } | sha256sum | cut -c1-16)
src="$cache/build-$key"
pkglib=$("$PG_CONFIG" --pkglibdir)
extdir="$("$PG_CONFIG" --sharedir)/extension"

# Installed = the files in pg_config's directories are the ones this cache built.
installed() { [ -f "$extdir/citus.control" ] && cmp -s "$src/src/backend/distributed/citus.so" "$pkglib/citus.so"; }

if [ -f "$src/.built" ] && installed; then
  say "Citus already built and installed ($pg_version, cache $src)"
  exit 0
fi

if [ ! -f "$src/.built" ]; then
  say "building $(basename "$tarball") against $pg_version in $src"
  rm -rf "$src"; mkdir -p "$src"
  tar -xzf "$tarball" -C "$src" --strip-components=1

  # PostgreSQL 15.20 backports have_createdb_privilege() into commands/dbcommands.h; Citus's compatibility
  # header (pg_version_compat.h, used for PG < 16) defines its own static copy, and the two declarations clash.
  # Rename Citus's copy locally (the PG >= 16 branch keeps calling PostgreSQL's own function).
  compat="$src/src/include/pg_version_compat.h"
  caller="$src/src/backend/distributed/commands/serialize_distributed_ddls.c"
  sed -i 's/\bhave_createdb_privilege\b/citus_have_createdb_privilege/g' "$compat" "$caller"
  sed -i 's/^#define citus_have_createdb_privilege() citus_have_createdb_privilege()$/#define citus_have_createdb_privilege() have_createdb_privilege()/' "$compat"

  (cd "$src" && ./configure PG_CONFIG="$PG_CONFIG" >"$src/configure.log" 2>&1) \
    || { tail -20 "$src/configure.log" >&2; die "configure failed (log: $src/configure.log)"; }
  (cd "$src" && make -j"$(nproc)" >"$src/make.log" 2>&1) \
    || { grep -m20 -E "error:|\*\*\*" "$src/make.log" >&2; die "make failed (log: $src/make.log)"; }
  touch "$src/.built"
fi

say "installing into $pkglib"
(cd "$src" && as_root make install >"$src/install.log" 2>&1) || { tail -20 "$src/install.log" >&2; die "make install failed"; }
say "done: $(grep -m1 default_version "$extdir/citus.control")"
