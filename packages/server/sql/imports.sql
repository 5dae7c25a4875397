-- The SQL that module imports sends, one block per example of each query (src/modules/imports).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- accountsByNips (example 1 of 1)
select "id", "nip", "role", "agency_id", "employee_id"
from "accounts"
where nip = any($1::text[]);

-- activeStaffOfAgencies (example 1 of 1)
select "e"."agency_id", "e"."id", "e"."nip", "e"."name", "a"."id" as "account_id", "a"."role" as "account_role", "a"."active" as "account_active"
from "employees" as "e"
left join "accounts" as "a" on "a"."employee_id" = "e"."id"
where e.agency_id = any($1::uuid[]) and "e"."active" = $2
order by "e"."nip";

-- agencyCodeAndName (example 1 of 1)
select "code", "name"
from "agencies"
where "id" = $1;

-- agencyCodeAndTimeZone (example 1 of 1)
select "code", "time_zone"
from "agencies"
where "id" = $1;

-- allAgencies (example 1 of 1)
select "id", "code", "name", "time_zone"
from "agencies";

-- deactivateLeavers (example 1 of 1)
update "employees"
set "active" = $1, "updated_at" = $2
where "agency_id" = $3 and id = any($4::uuid[]);
update "position_assignments"
set "ends_on" = $1
where "agency_id" = $2 and employee_id = any($3::uuid[]) and "ends_on" is null and "starts_on" <= $4;

-- disableLeaverAccounts (example 1 of 1)
update "accounts"
set "active" = $1, "updated_at" = $2
where id = any($3::uuid[]);
delete from "sessions"
where account_id = any($1::uuid[]);

-- discardPlans (example 1 of 1)
discard plans;

-- employeesByNips (example 1 of 1)
select "agency_id", "id", "nip", "kind", "name", "front_title", "back_title", "sex", "birth_date", "rank_code", "email", "phone", "supervisor_override_id", "active"
from "employees"
where nip = any($1::text[]);

-- finishImportJob (example 1 of 1)
update "import_jobs"
set "status" = $1, "total_rows" = $2, "processed_rows" = $3, "problems" = $4, "summary" = $5, "finished_at" = $6
where "id" = $7;

-- importJobById (example 1 of 1)
select "id", "account_id", "file_name", "dry_run", "status", "total_rows", "processed_rows", "problems", "summary", "created_at", "finished_at"
from "import_jobs"
where "id" = $1;

-- insertImportJob (example 1 of 1)
insert into "import_jobs" ("id", "account_id", "agency_id", "file_name", "file_sha256", "file_format", "dry_run", "status", "problems", "summary", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
returning "id", "account_id", "file_name", "dry_run", "status", "total_rows", "processed_rows", "problems", "summary", "created_at", "finished_at";

-- insertRows (example 1 of 1)
insert into "units" ("agency_id", "id", "code", "name", "parent_id", "active", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- lockAgenciesByCode (example 1 of 1)
select "id"
from "agencies"
where code = any($1::text[])
order by "id"
for update;

-- markImportJobRunning (example 1 of 1)
update "import_jobs"
set "status" = $1
where "id" = $2;

-- openDefinitiveAssignments (example 1 of 1)
select "agency_id", "id", "employee_id", "position_id", "starts_on"
from "position_assignments"
where agency_id = any($1::uuid[]) and employee_id = any($2::uuid[]) and "role" = $3 and "ends_on" is null;

-- positionsOfAgencies (example 1 of 1)
select "agency_id", "id", "unit_id", "code", "name", "kind", "jf_level", "kelas_jabatan", "is_unit_head", "active"
from "positions"
where agency_id = any($1::uuid[]);

-- sequentialOnCitus (example 1 of 1)
set local citus.multi_shard_modify_mode to 'sequential';

-- unitsOfAgencies (example 1 of 1)
select "agency_id", "id", "code", "name", "parent_id", "active"
from "units"
where agency_id = any($1::uuid[]);

-- updateRowsFromValues (example 1 of 2)
update "units" as t
set "name" = "v"."name", "parent_id" = "v"."parent_id", "updated_at" = "v"."updated_at", active = true
from (
  values ($1::uuid, $2::uuid, $3::text, $4::uuid, $5::timestamptz)
) as v("agency_id", "id", "name", "parent_id", "updated_at")
where "t"."agency_id" = "v"."agency_id" and "t"."id" = "v"."id";

-- updateRowsFromValues (example 2 of 2)
update "accounts" as t
set "role" = "v"."role", "agency_id" = "v"."agency_id", "employee_id" = "v"."employee_id", "updated_at" = "v"."updated_at"
from (
  values ($1::uuid, $2::text, $3::uuid, $4::uuid, $5::timestamptz)
) as v("id", "role", "agency_id", "employee_id", "updated_at")
where "t"."id" = "v"."id";
