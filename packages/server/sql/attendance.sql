-- The SQL that module attendance sends, one block per example of each query (src/modules/attendance).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- acceptSerial (example 1 of 1)
insert into "attendance_serials" ("serial_number", "state", "agency_id", "machine_id", "decided_at", "decided_by_account_id", "first_seen_at", "last_seen_at")
values ($1, $2, $3, $4, $5, $6, $7, $8)
on conflict ("serial_number")
do update set "state" = $9, "agency_id" = $10, "machine_id" = $11, "decided_at" = $12, "decided_by_account_id" = $13;

-- agencyExists (example 1 of 1)
select "id"
from "agencies"
where "id" = $1;

-- agencyZone (example 1 of 1)
select "time_zone"
from "agencies"
where "id" = $1;

-- commandsByRequest (example 1 of 1)
select "id"
from "attendance_commands"
where "agency_id" = $1 and "machine_id" = $2 and "request_id" = $3;

-- commandsOfMachine (example 1 of 1)
select "id", "kind", "employee_id", "pin", "command", "created_at", "sent_at", "sent_count", "return_code", "returned_at"
from "attendance_commands"
where "agency_id" = $1 and "machine_id" = $2
order by "id" desc
limit $3;

-- commandsToSend (example 1 of 1)
select "id", "command"
from "attendance_commands"
where "agency_id" = $1 and "machine_id" = $2 and "returned_at" is null and ("sent_at" is null or "sent_at" < $3)
order by "id"
limit $4;

-- employeesForCommands (example 1 of 1)
select "e"."id", "e"."nip", "e"."name", "p"."pin"
from "employees" as "e"
left join "attendance_pins" as "p" on "p"."agency_id" = "e"."agency_id" and "p"."employee_id" = "e"."id"
where "e"."agency_id" = $1 and "e"."id" in ($2);

-- employeesOfPinsOrNips (example 1 of 1)
select "pin", "employee_id", 'pin' as "by"
from "attendance_pins"
where "agency_id" = $1 and "pin" in ($2, $3)
union all
select "nip" as "pin", "id" as "employee_id", 'nip' as "by"
from "employees"
where "agency_id" = $4 and "nip" in ($5, $6);

-- holidaysBetween (example 1 of 1)
select "date", "name", "kind"
from "holidays"
where "date" >= $1 and "date" <= $2;

-- insertCommands (example 1 of 1)
insert into "attendance_commands" ("agency_id", "machine_id", "id", "kind", "employee_id", "pin", "command", "request_id", "created_by_account_id", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- insertMachine (example 1 of 1)
insert into "attendance_machines" ("agency_id", "id", "serial_number", "name", "zone", "created_by_account_id", "created_at")
values ($1, $2, $3, $4, $5, $6, $7);

-- insertOperlog (example 1 of 1)
insert into "attendance_operlog" ("agency_id", "machine_id", "body_sha256", "body", "stamp", "received_at")
values ($1, $2, $3, $4, $5, $6)
on conflict
do nothing;

-- insertPins (example 1 of 1)
insert into "attendance_pins" ("agency_id", "pin", "employee_id")
values ($1, $2, $3);

-- insertPunches (example 1 of 1)
insert into "attendance_punches" ("agency_id", "machine_id", "pin", "local_time", "at", "employee_id", "status", "verify", "work_code", "source", "received_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
on conflict
do nothing
returning "pin";

-- machineRow (example 1 of 2)
select "agency_id", "id", "serial_number", "name", "zone", "active", "attlog_stamp", "operlog_stamp", "last_seen_at", "last_ip", "push_version", "clock_drift_seconds", "drift_measured_at", "bad_lines", "created_at"
from "attendance_machines"
where "agency_id" = $1 and "id" = $2;

-- machineRow (example 2 of 2)
select "agency_id", "id", "serial_number", "name", "zone", "active", "attlog_stamp", "operlog_stamp", "last_seen_at", "last_ip", "push_version", "clock_drift_seconds", "drift_measured_at", "bad_lines", "created_at"
from "attendance_machines"
where "agency_id" = $1 and "id" = $2
for update;

-- machinesOfAgency (example 1 of 1)
select "m"."agency_id", "m"."id", "m"."serial_number", "m"."name", "m"."zone", "m"."active", "m"."attlog_stamp", "m"."operlog_stamp", "m"."last_seen_at", "m"."last_ip", "m"."push_version", "m"."clock_drift_seconds", "m"."drift_measured_at", "m"."bad_lines", "m"."created_at", (
  select count(*)::int as "n"
  from "attendance_punches" as "p"
  where "p"."agency_id" = "m"."agency_id" and "p"."machine_id" = "m"."id" and p.at >= case m.zone when 'WIB' then $1::timestamptz when 'WITA' then $2::timestamptz else $3::timestamptz end
) as "punches_today"
from "attendance_machines" as "m"
where "m"."agency_id" = $4
order by "m"."name";

-- markBatch (example 1 of 2)
update "attendance_machines"
set "attlog_stamp" = $1, "clock_drift_seconds" = $2, "drift_measured_at" = $3, "bad_lines" = bad_lines + $4
where "agency_id" = $5 and "id" = $6;

-- markBatch (example 2 of 2)
update "attendance_machines"
set "bad_lines" = bad_lines + $1
where "agency_id" = $2 and "id" = $3;

-- markCommandsSent (example 1 of 1)
update "attendance_commands"
set "sent_at" = $1, "sent_count" = sent_count + 1
where "agency_id" = $2 and "machine_id" = $3 and "id" in ($4, $5);

-- nextCommandId (example 1 of 1)
select coalesce(max(id), 0) + 1 as "next"
from "attendance_commands"
where "agency_id" = $1 and "machine_id" = $2;

-- notePendingSerial (example 1 of 1)
insert into "attendance_serials" ("serial_number", "state", "last_ip", "push_version", "requests", "first_seen_at", "last_seen_at")
values ($1, $2, $3, $4, $5, $6, $7)
on conflict ("serial_number")
do update set "last_seen_at" = $8, "last_ip" = $9, "push_version" = coalesce(excluded.push_version, attendance_serials.push_version), "requests" = attendance_serials.requests + 1
where "attendance_serials"."state" <> $10;

-- pinHolders (example 1 of 1)
select "pin", "employee_id"
from "attendance_pins"
where "agency_id" = $1 and "pin" in ($2);

-- punchesBetween (example 1 of 2)
select "employee_id", "at"
from "attendance_punches"
where "agency_id" = $1 and "employee_id" is not null and "at" >= $2 and "at" < $3;

-- punchesBetween (example 2 of 2)
select "employee_id", "at"
from "attendance_punches"
where "agency_id" = $1 and "employee_id" is not null and "at" >= $2 and "at" < $3 and "employee_id" in ($4);

-- recordCommandResult (example 1 of 1)
update "attendance_commands"
set "return_code" = $1, "result" = $2, "returned_at" = $3
where "agency_id" = $4 and "machine_id" = $5 and "id" = $6 and "returned_at" is null
returning "id";

-- refuseSerial (example 1 of 1)
update "attendance_serials"
set "state" = $1, "decided_at" = $2, "decided_by_account_id" = $3
where "serial_number" = $4 and "state" = $5
returning "serial_number";

-- serialForUpdate (example 1 of 1)
select "serial_number", "state", "agency_id", "machine_id"
from "attendance_serials"
where "serial_number" = $1
for update;

-- serialRow (example 1 of 1)
select "serial_number", "state", "agency_id", "machine_id"
from "attendance_serials"
where "serial_number" = $1;

-- setOperlogStamp (example 1 of 1)
update "attendance_machines"
set "operlog_stamp" = $1
where "agency_id" = $2 and "id" = $3;

-- staffWithUnits (example 1 of 2)
select "e"."id", "e"."nip", "e"."name", "p"."unit_id", "a"."starts_on"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
where "e"."agency_id" = $4 and "e"."active" = $5
order by "e"."id", "a"."starts_on" desc;

-- staffWithUnits (example 2 of 2)
select "e"."id", "e"."nip", "e"."name", "p"."unit_id", "a"."starts_on"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
where "e"."agency_id" = $4 and "e"."active" = $5 and "e"."id" in ($6)
order by "e"."id", "a"."starts_on" desc;

-- storeBatch (example 1 of 2)
with "stored" as (insert into "attendance_punches" ("agency_id", "machine_id", "pin", "local_time", "at", "employee_id", "status", "verify", "work_code", "source", "received_at") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing returning "pin")
update "attendance_machines"
set "attlog_stamp" = $12, "clock_drift_seconds" = $13, "drift_measured_at" = $14, "bad_lines" = bad_lines + $15
where "agency_id" = $16 and "id" = $17
returning (
  select count(*)::int
  from stored
) as "stored";

-- storeBatch (example 2 of 2)
with "stored" as (insert into "attendance_punches" ("agency_id", "machine_id", "pin", "local_time", "at", "employee_id", "status", "verify", "work_code", "source", "received_at") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing returning "pin")
update "attendance_machines"
set "bad_lines" = bad_lines + $12
where "agency_id" = $13 and "id" = $14
returning (
  select count(*)::int
  from stored
) as "stored";

-- storedPunchKeys (example 1 of 1)
select "pin", to_char(local_time, 'YYYY-MM-DD HH24:MI:SS') as "local_time"
from "attendance_punches"
where "agency_id" = $1 and "machine_id" = $2 and local_time between $3::timestamp and $4::timestamp;

-- touchMachine (example 1 of 1)
update "attendance_machines"
set "last_seen_at" = $1, "last_ip" = $2, "push_version" = coalesce($3, push_version)
where "agency_id" = $4 and "id" = $5 and ("last_seen_at" is null or "last_seen_at" < $6 or "last_ip" is distinct from $7);

-- undecidedSerials (example 1 of 1)
select "serial_number", "state", "first_seen_at", "last_seen_at", "last_ip", "push_version", "requests", "decided_at"
from "attendance_serials"
where "state" <> $1
order by "last_seen_at" desc
limit $2;

-- unitParents (example 1 of 1)
select "id", "parent_id"
from "units"
where "agency_id" = $1;
