# Shared settings for start.sh, stop.sh and smoke.sh (sourced, not run).
# KINERJA_CITUS_PORT  coordinator port (default 9700); the workers take the next two ports.
# KINERJA_CITUS_DIR   where the three clusters live (default ${TMPDIR:-/tmp}/kinerja-citus-<port>).
# KINERJA_CITUS_DB    database created on every node (default kinerja).
PG_CONFIG=${PG_CONFIG:-pg_config}
citus_port=${KINERJA_CITUS_PORT:-9700}
citus_ports=("$citus_port" "$((citus_port + 1))" "$((citus_port + 2))")
citus_names=(coordinator worker1 worker2)
citus_dir=${KINERJA_CITUS_DIR:-${TMPDIR:-/tmp}/kinerja-citus-$citus_port}
citus_db=${KINERJA_CITUS_DB:-kinerja}
citus_bin=$("$PG_CONFIG" --bindir)
citus_url="postgres://postgres@127.0.0.1:$citus_port/$citus_db"

say() { echo "citus: $*" >&2; }
die() { say "error: $*"; exit 1; }
# PostgreSQL refuses to run as root: as root, run the server tools as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# psql on one node (by port) as the postgres superuser, stopping at the first error.
node_sql() { local port=$1 db=$2; shift 2; psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"; }
