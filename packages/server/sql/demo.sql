-- The SQL that module demo sends, one block per example of each query (src/demo).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- accountOfEmployee (example 1 of 1)
select "id", "nip", "role", "agency_id", "employee_id"
from "accounts"
where "agency_id" = $1 and "employee_id" = $2;

-- accountsByNip (example 1 of 1)
select "id", "nip", "role", "agency_id", "employee_id"
from "accounts"
where "nip" in ($1);

-- anyAgency (example 1 of 1)
select "id"
from "agencies"
limit $1;

-- demoAgencies (example 1 of 1)
select "id", "code", "time_zone"
from "agencies"
order by "code";

-- demoAttendancePeople (example 1 of 1)
select "e"."agency_id", "e"."id", "e"."nip", "a"."id" as "account_id"
from "employees" as "e"
left join "accounts" as "a" on "a"."employee_id" = "e"."id"
where "e"."agency_id" in ($1) and "e"."active" = $2
order by "e"."agency_id", "e"."nip";

-- demoBkdAccount (example 1 of 1)
select "id", "agency_id", "employee_id"
from "accounts"
where "role" = $1
order by "nip"
limit $2;

-- demoHolidays (example 1 of 1)
select "date"
from "holidays"
where "date" >= $1 and "date" <= $2;

-- demoPayrollPeople (example 1 of 1)
select "agency_id", "id", "nip", "kind", "rank_code", "name"
from "employees"
where "active" = $1
order by "agency_id", "nip";

-- insertAccounts (example 1 of 1)
insert into "accounts" ("id", "nip", "role", "agency_id", "employee_id", "password_hash", "must_change_password", "display_name")
values ($1, $2, $3, $4, $5, $6, $7, default), ($8, $9, $10, $11, $12, $13, $14, $15);

-- insertAgencies (example 1 of 1)
insert into "agencies" ("id", "code", "name", "short_name", "time_zone")
values ($1, $2, $3, $4, $5);

-- insertAssignments (example 1 of 1)
insert into "position_assignments" ("agency_id", "id", "employee_id", "position_id", "role", "starts_on", "ends_on", "decree_number")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- insertDemoLeave (example 1 of 1)
insert into "attendance_leave_requests" ("agency_id", "id", "request_id", "employee_id", "type_code", "part", "starts_on", "ends_on", "reason", "status", "approver_employee_id", "decided_by_employee_id", "decided_at", "created_at", "created_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15);

-- insertDemoMachines (example 1 of 1)
insert into "attendance_machines" ("agency_id", "id", "serial_number", "name", "zone")
values ($1, $2, $3, $4, $5);

-- insertDemoPunches (example 1 of 1)
insert into "attendance_punches" ("agency_id", "machine_id", "pin", "local_time", "at", "employee_id", "status", "verify", "work_code", "source", "received_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- insertDemoScheduleAssignments (example 1 of 1)
insert into "attendance_schedule_assignments" ("agency_id", "id", "schedule_id", "scope_kind", "unit_id", "employee_id", "starts_on", "ends_on", "created_at", "created_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- insertDemoSchedules (example 1 of 1)
insert into "attendance_schedules" ("agency_id", "id", "name", "time_zone", "observes_holidays", "pattern", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- insertDemoSerials (example 1 of 1)
insert into "attendance_serials" ("serial_number", "state", "agency_id", "machine_id", "decided_at", "first_seen_at", "last_seen_at")
values ($1, $2, $3, $4, $5, $6, $7);

-- insertEmployees (example 1 of 1)
insert into "employees" ("agency_id", "id", "nip", "kind", "name", "front_title", "back_title", "sex", "birth_date", "rank_code", "email", "phone", "supervisor_override_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

-- insertPositions (example 1 of 1)
insert into "positions" ("agency_id", "id", "unit_id", "code", "name", "kind", "jf_level", "kelas_jabatan", "is_unit_head")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- insertRegionalLeadership (example 1 of 1)
insert into "regional_officials" ("id", "title", "name")
values ($1, $2, $3);
insert into "regional_leadership_terms" ("id", "post", "capacity", "employee_agency_id", "employee_id", "starts_on")
values ($1, $2, $3, $4, $5, $6);

-- insertUnits (example 1 of 1)
insert into "units" ("agency_id", "id", "code", "name", "parent_id")
values ($1, $2, $3, $4, $5);

-- sekdaOfProvince (example 1 of 1)
select "a"."agency_id", "a"."employee_id", "a"."starts_on"
from "agencies" as "g"
inner join "units" as "u" on "u"."agency_id" = "g"."id" and "u"."parent_id" is null
inner join "positions" as "p" on "p"."agency_id" = "u"."agency_id" and "p"."unit_id" = "u"."id" and "p"."is_unit_head" = $1
inner join "position_assignments" as "a" on "a"."agency_id" = "p"."agency_id" and "a"."position_id" = "p"."id" and "a"."role" = $2
where "g"."code" = $3
order by "a"."starts_on" desc
limit $4;
