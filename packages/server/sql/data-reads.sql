-- The SQL that module data-reads sends, one block per example of each query (src/modules/data-reads).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- deleteReadsBefore (example 1 of 1)
delete from "personal_data_reads"
where "read_on" < $1;

-- employeeNames (example 1 of 1)
select "id", "name", "front_title", "back_title"
from "employees"
where "agency_id" = $1 and "id" in ($2);

-- insertReads (example 1 of 1)
insert into "personal_data_reads" ("agency_id", "employee_id", "read_on", "kind", "first_at", "reader_account_id", "reader_role", "reader_agency_id", "reader_employee_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
on conflict
do nothing;

-- readerAccounts (example 1 of 1)
select "id", "nip", "display_name"
from "accounts"
where "id" in ($1);

-- readsOf (example 1 of 1)
select "read_on", "kind", "first_at", "reader_account_id", "reader_role", "reader_agency_id", "reader_employee_id"
from "personal_data_reads"
where "agency_id" = $1 and "employee_id" = $2 and "read_on" >= $3 and "read_on" <= $4
order by "read_on" desc, "first_at" desc
limit $5;
