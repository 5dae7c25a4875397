-- The SQL that module org sends, one block per example of each query (src/modules/org).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- accountByNipForUpdate (example 1 of 2)
select "id", "agency_id"
from "accounts"
where "nip" = $1 and "agency_id" = $2
for update;

-- accountByNipForUpdate (example 2 of 2)
select "id", "agency_id"
from "accounts"
where "nip" = $1
for update;

-- accountDisplayName (example 1 of 1)
select "display_name"
from "accounts"
where "id" = $1;

-- agencyClock (example 1 of 1)
select "time_zone", "org_version"
from "agencies"
where "id" = $1;

-- agencyHeader (example 1 of 1)
select "id", "code", "name", "time_zone", "org_version"
from "agencies"
where "id" = $1;

-- agencyOrgVersion (example 1 of 1)
select "org_version"
from "agencies"
where "id" = $1;

-- agencySummaries (example 1 of 2)
select "a"."id", "a"."code", "a"."name"
from "agencies" as "a"
where "a"."active" = $1
order by "a"."name";
select "agency_id", count(*) as "n"
from "units"
where "active" = $1
group by "agency_id";
select "agency_id", count(*) as "n"
from "employees"
where "active" = $1
group by "agency_id";

-- agencySummaries (example 2 of 2)
select "a"."id", "a"."code", "a"."name"
from "agencies" as "a"
where "a"."active" = $1 and "a"."id" in ($2)
order by "a"."name";
select "agency_id", count(*) as "n"
from "units"
where "active" = $1 and "agency_id" in ($2)
group by "agency_id";
select "agency_id", count(*) as "n"
from "employees"
where "active" = $1 and "agency_id" in ($2)
group by "agency_id";

-- bumpOrgVersion (example 1 of 1)
update "agencies"
set "org_version" = org_version + 1, "updated_at" = $1
where "id" = $2;

-- chartAssignments (example 1 of 1)
select "employee_id", "position_id", "role", "starts_on", "ends_on"
from "position_assignments"
where "agency_id" = $1;

-- chartEmployees (example 1 of 1)
select "id", "active", "supervisor_override_id"
from "employees"
where "agency_id" = $1;

-- chartPositions (example 1 of 1)
select "id", "unit_id", "is_unit_head"
from "positions"
where "agency_id" = $1 and "active" = $2;

-- chartUnits (example 1 of 1)
select "id", "parent_id"
from "units"
where "agency_id" = $1 and "active" = $2;

-- employeeActive (example 1 of 1)
select "id", "active"
from "employees"
where "agency_id" = $1 and "id" = $2;

-- employeeNames (example 1 of 1)
select "id", "nip", "name", "front_title", "back_title"
from "employees"
where "agency_id" = $1 and "id" in ($2);

-- employeeNip (example 1 of 1)
select "nip"
from "employees"
where "agency_id" = $1 and "id" = $2;

-- employeeOverrideForUpdate (example 1 of 1)
select "id", "supervisor_override_id"
from "employees"
where "agency_id" = $1 and "id" = $2
for update;

-- employeeProfile (example 1 of 1)
select "id", "nip", "name", "front_title", "back_title", "kind", "sex", "birth_date", "rank_code"
from "employees"
where "agency_id" = $1 and "id" = $2;

-- employeeRow (example 1 of 1)
select "e"."id", "e"."nip", "e"."name", "e"."kind", "e"."rank_code", "e"."active", "e"."supervisor_override_id", "p"."name" as "position_name", "p"."kind" as "position_kind", "p"."kelas_jabatan", "u"."name" as "unit_name"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
left join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "e"."agency_id" = $4 and "e"."id" = $5;

-- employeeRows (example 1 of 3)
select "e"."id", "e"."nip", "e"."name", "e"."kind", "e"."rank_code", "e"."active", "e"."supervisor_override_id", "p"."name" as "position_name", "p"."kind" as "position_kind", "p"."kelas_jabatan", "u"."name" as "unit_name", count(*) over () as "total"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
left join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "e"."agency_id" = $4 and "e"."active" = $5
order by "e"."name", "e"."id"
limit $6
offset $7;

-- employeeRows (example 2 of 3)
select "e"."id", "e"."nip", "e"."name", "e"."kind", "e"."rank_code", "e"."active", "e"."supervisor_override_id", "p"."name" as "position_name", "p"."kind" as "position_kind", "p"."kelas_jabatan", "u"."name" as "unit_name", count(*) over () as "total"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
left join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "e"."agency_id" = $4 and "e"."active" = $5 and "p"."unit_id" = $6 and "e"."nip" like $7
order by "e"."name", "e"."id"
limit $8
offset $9;
select count(*) as "n"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
left join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "e"."agency_id" = $4 and "e"."active" = $5 and "p"."unit_id" = $6 and "e"."nip" like $7;

-- employeeRows (example 3 of 3)
select "e"."id", "e"."nip", "e"."name", "e"."kind", "e"."rank_code", "e"."active", "e"."supervisor_override_id", "p"."name" as "position_name", "p"."kind" as "position_kind", "p"."kelas_jabatan", "u"."name" as "unit_name", count(*) over () as "total"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
left join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "e"."agency_id" = $4 and "e"."active" = $5 and lower(e.name) like $6
order by "e"."name", "e"."id"
limit $7
offset $8;

-- insertActingAssignment (example 1 of 1)
insert into "position_assignments" ("agency_id", "id", "employee_id", "position_id", "role", "starts_on", "ends_on", "decree_number")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- overlappingActing (example 1 of 1)
select "starts_on", "ends_on"
from "position_assignments"
where "agency_id" = $1 and "position_id" = $2 and "role" = $3 and "starts_on" <= $4 and ("ends_on" is null or "ends_on" >= $5);

-- positionForUpdate (example 1 of 1)
select "id", "is_unit_head", "active"
from "positions"
where "agency_id" = $1 and "id" = $2
for update;

-- positionHistory (example 1 of 1)
select "p"."name" as "position_name", "u"."name" as "unit_name", "a"."role", "a"."starts_on", "a"."ends_on"
from "position_assignments" as "a"
inner join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
inner join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "a"."agency_id" = $1 and "a"."employee_id" = $2
order by "a"."starts_on" desc;

-- positionsWithUnits (example 1 of 1)
select "p"."id", "p"."name" as "position_name", "u"."name" as "unit_name"
from "positions" as "p"
inner join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "p"."agency_id" = $1 and "p"."id" in ($2);

-- postsOfEmployee (example 1 of 1)
select "p"."id", "p"."name", "p"."kind", "p"."jf_level", "p"."kelas_jabatan", "p"."is_unit_head", "u"."id" as "unit_id", "u"."name" as "unit_name", "a"."starts_on"
from "positions" as "p"
inner join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
left join "position_assignments" as "a" on "a"."agency_id" = "p"."agency_id" and "a"."position_id" = "p"."id" and "a"."employee_id" = $1 and "a"."role" = $2
where "p"."agency_id" = $3 and "p"."id" in ($4)
order by "a"."starts_on" desc;

-- setSupervisorOverrideRow (example 1 of 1)
update "employees"
set "supervisor_override_id" = $1, "updated_at" = $2
where "agency_id" = $3 and "id" = $4;

-- setTemporaryPassword (example 1 of 1)
update "accounts"
set "password_hash" = $1, "must_change_password" = $2, "temporary_password_expires_at" = $3, "failed_attempts" = $4, "locked_until" = $5, "updated_at" = $6
where "id" = $7;

-- unitRows (example 1 of 1)
select "id", "code", "name", "parent_id"
from "units"
where "agency_id" = $1 and "active" = $2
order by "code";
select "p"."unit_id", "e"."name", "a"."role"
from "positions" as "p"
inner join "position_assignments" as "a" on "a"."agency_id" = "p"."agency_id" and "a"."position_id" = "p"."id"
inner join "employees" as "e" on "e"."agency_id" = "a"."agency_id" and "e"."id" = "a"."employee_id"
where "p"."agency_id" = $1 and "p"."is_unit_head" = $2 and "a"."starts_on" <= $3 and ("a"."ends_on" is null or "a"."ends_on" >= $4);
select "p"."unit_id", count(*) as "n"
from "position_assignments" as "a"
inner join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
where "a"."agency_id" = $1 and "a"."role" = $2 and "a"."starts_on" <= $3 and ("a"."ends_on" is null or "a"."ends_on" >= $4)
group by "p"."unit_id";
