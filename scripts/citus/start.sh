#!/usr/bin/env bash
# Start a local Citus cluster: a coordinator and two workers, each its own PostgreSQL 15 cluster on a
# loopback port (9700, 9701, 9702 by default; see env.sh). Prints DATABASE_URL for the coordinator.
#
#   bash scripts/citus/build.sh && eval "$(bash scripts/citus/start.sh)"   # exports DATABASE_URL
#
# Leaves any other PostgreSQL (the system one on 5432) alone. Stop with scripts/citus/stop.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"

[ -f "$("$PG_CONFIG" --pkglibdir)/citus.so" ] || die "Citus is not installed; run scripts/citus/build.sh first"

mkdir -p "$citus_dir"
[ "$(id -u)" = 0 ] && chown postgres: "$citus_dir"

for i in 0 1 2; do
  name=${citus_names[$i]} port=${citus_ports[$i]} data="$citus_dir/${citus_names[$i]}"
  if as_pg "$citus_bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    say "$name already running on $port"; continue
  fi
  if node_sql "$port" postgres -c 'select 1' >/dev/null 2>&1; then
    die "port $port is taken by another server; set KINERJA_CITUS_PORT"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    # Trust on loopback only: initdb's pg_hba.conf lists local sockets, 127.0.0.1/32 and ::1/128.
    as_pg "$citus_bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$citus_dir/$name-initdb.log"
    cat >>"$data/postgresql.conf" <<CONF
# kinerja: local Citus $name
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$citus_dir'
shared_preload_libraries = 'citus'
max_connections = 200
max_prepared_transactions = 200
CONF
  fi
  as_pg "$citus_bin/pg_ctl" -D "$data" -l "$citus_dir/$name.log" -w -t 60 start >/dev/null
done

# The database and the extension on every node, then the workers registered on the coordinator.
for port in "${citus_ports[@]}"; do
  if [ -z "$(node_sql "$port" postgres -c "select 1 from pg_database where datname = '$citus_db'")" ]; then
    node_sql "$port" postgres -c "create database \"$citus_db\""
  fi
  node_sql "$port" "$citus_db" -c 'create extension if not exists citus'
done
node_sql "$citus_port" "$citus_db" -c "select citus_set_coordinator_host('127.0.0.1', $citus_port)" >/dev/null
for port in "${citus_ports[@]:1}"; do
  node_sql "$citus_port" "$citus_db" -c "select citus_add_node('127.0.0.1', $port)" >/dev/null
done

workers=$(node_sql "$citus_port" "$citus_db" -c 'select count(*) from citus_get_active_worker_nodes()')
[ "$workers" = 2 ] || die "expected 2 active workers, found $workers"
say "coordinator 127.0.0.1:$citus_port, workers ${citus_ports[1]} and ${citus_ports[2]}, data in $citus_dir"
echo "export DATABASE_URL=$citus_url"
