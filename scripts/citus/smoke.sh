#!/usr/bin/env bash
# Prove the local Citus cluster works: in a private schema (as the database tests use one), a reference
# table and two co-located tables distributed by agency_id; rows in; a tenant query must be a
# single-shard router plan and return the right rows; shards must sit on both workers.
#
#   bash scripts/citus/smoke.sh            # against the cluster start.sh made (or $DATABASE_URL)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
url=${DATABASE_URL:-$citus_url}
schema="smoke_$$"
q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 "$url" "$@"; }
fail() { q -c "drop schema if exists $schema cascade" >/dev/null 2>&1 || true; die "smoke: $*"; }

q >/dev/null <<SQL || fail "setup failed"
create schema $schema;
set search_path = $schema;
create table units (id int primary key, name text not null);
select create_reference_table('units');
create table employees (agency_id int not null, id int not null, unit_id int references units (id),
                        name text not null, primary key (agency_id, id));
select create_distributed_table('employees', 'agency_id');
create table entries (agency_id int not null, id bigint not null, employee_id int not null, minutes int not null,
                      primary key (agency_id, id),
                      foreign key (agency_id, employee_id) references employees (agency_id, id));
select create_distributed_table('entries', 'agency_id', colocate_with => 'employees');
insert into units values (1, 'Bidang A'), (2, 'Bidang B');
insert into employees select a, e, 1 + e % 2, 'pegawai ' || a || '-' || e from generate_series(1, 20) a, generate_series(1, 5) e;
insert into entries select a, e * 10 + d, e, 30 * d from generate_series(1, 20) a, generate_series(1, 5) e, generate_series(1, 3) d;
SQL

# A tenant query joining both distributed tables and the reference table: one task, router executor.
tenant="select u.name, count(*), sum(x.minutes) from $schema.entries x
        join $schema.employees e on e.agency_id = x.agency_id and e.id = x.employee_id
        join $schema.units u on u.id = e.unit_id
        where x.agency_id = 7 group by u.name order by u.name"
plan=$(q -c "explain $tenant") || fail "explain failed"
grep -qE "Task Count: 1$" <<<"$plan" || fail "tenant query is not single-shard:
$plan"
grep -q "Custom Scan (Citus Adaptive)" <<<"$plan" || fail "tenant query not planned by Citus:
$plan"
rows=$(q -c "$tenant" | tr '\n' ' ')
[ "$rows" = "Bidang A|6|360 Bidang B|9|540 " ] || fail "tenant query returned: $rows"

# A fan-out query still sees every row, and the shards are spread over both workers.
total=$(q -c "select count(*) from $schema.entries")
[ "$total" = 300 ] || fail "expected 300 entries, counted $total"
placed=$(q -c "select count(distinct nodeport) from citus_shards where table_name = '$schema.entries'::regclass")
[ "$placed" = 2 ] || fail "entries' shards are on $placed node(s), expected 2 workers"

q -c "drop schema $schema cascade" >/dev/null
say "smoke passed: router plan for a tenant join (distributed + co-located + reference), $total rows over 2 workers"
