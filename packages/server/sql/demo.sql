-- The SQL that module demo sends, one block per example of each query (src/demo).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- anyAgency (example 1 of 1)
select "id"
from "agencies"
limit $1;

-- insertAccounts (example 1 of 1)
insert into "accounts" ("id", "nip", "role", "agency_id", "employee_id", "password_hash", "must_change_password", "display_name")
values ($1, $2, $3, $4, $5, $6, $7, default), ($8, $9, $10, $11, $12, $13, $14, $15);

-- insertAgencies (example 1 of 1)
insert into "agencies" ("id", "code", "name", "short_name", "time_zone")
values ($1, $2, $3, $4, $5);

-- insertAssignments (example 1 of 1)
insert into "position_assignments" ("agency_id", "id", "employee_id", "position_id", "role", "starts_on", "ends_on", "decree_number")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- insertEmployees (example 1 of 1)
insert into "employees" ("agency_id", "id", "nip", "kind", "name", "front_title", "back_title", "sex", "birth_date", "rank_code", "email", "phone", "supervisor_override_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

-- insertPositions (example 1 of 1)
insert into "positions" ("agency_id", "id", "unit_id", "code", "name", "kind", "jf_level", "kelas_jabatan", "is_unit_head")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- insertUnits (example 1 of 1)
insert into "units" ("agency_id", "id", "code", "name", "parent_id")
values ($1, $2, $3, $4, $5);
