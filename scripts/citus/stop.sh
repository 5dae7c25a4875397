#!/usr/bin/env bash
# Stop the local Citus cluster started by start.sh and remove its data folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"

for name in "${citus_names[@]}"; do
  data="$citus_dir/$name"
  if [ -f "$data/postmaster.pid" ]; then
    as_pg "$citus_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null && say "stopped $name"
  fi
done
rm -rf "$citus_dir"
say "removed $citus_dir"
