-- The SQL that module skp sends, one block per example of each query (src/modules/skp).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- agencyRootUnit (example 1 of 1)
select "id"
from "units"
where "agency_id" = $1 and "parent_id" is null
order by "id"
limit $2;

-- approvedJournalByRhk (example 1 of 1)
select "rhk_id", count(*) as "entries", sum("credited_minutes") as "minutes"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "work_date" >= $3 and "work_date" <= $4 and "deleted_at" is null and "status" = $5 and "rhk_id" is not null
group by "rhk_id"
order by "rhk_id";

-- editableSkpsOfAgency (example 1 of 1)
select "s"."agency_id", "s"."id", "s"."employee_id", "s"."position_id", "s"."period_from", "s"."period_to", "s"."form", "s"."pendekatan", "s"."status", "s"."current_version", "s"."version_in_force", "s"."updated_at", "e"."name" as "employee_name", "e"."nip"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
where "s"."agency_id" = $1 and "s"."status" in ($2, $3) and "s"."period_from" <= $4 and "s"."period_to" >= $5
order by "e"."name", "s"."period_from";

-- employeeAssignments (example 1 of 1)
select "a"."employee_id", "a"."position_id", "a"."role", "a"."starts_on", "a"."ends_on", "p"."name" as "position_name", "p"."kind" as "position_kind"
from "position_assignments" as "a"
inner join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
where "a"."agency_id" = $1 and "a"."employee_id" = $2;

-- employeeOnDate (example 1 of 1)
select "e"."name", "e"."front_title", "e"."back_title", "e"."nip", "e"."kind", "e"."rank_code", "p"."name" as "position_name", "u"."name" as "unit_name", "u"."id" as "unit_id"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
left join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "e"."agency_id" = $4 and "e"."id" = $5
order by "a"."starts_on" desc
limit $6;

-- employeeSkps (example 1 of 1)
select "s"."agency_id", "s"."id", "s"."employee_id", "s"."position_id", "s"."period_from", "s"."period_to", "s"."form", "s"."pendekatan", "s"."status", "s"."current_version", "s"."version_in_force", "s"."updated_at", "e"."name" as "employee_name"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
where "s"."agency_id" = $1 and "s"."employee_id" = $2 and "s"."period_from" <= $3 and "s"."period_to" >= $4
order by "s"."period_from";

-- employeesOfNips (example 1 of 1)
select "agency_id", "id", "nip", "name", "active"
from "employees"
where nip = any($1::text[]);

-- eventOfRequest (example 1 of 1)
select "action", "version"
from "skp_events"
where "agency_id" = $1 and "skp_id" = $2 and "request_id" = $3;

-- headPostOfUnit (example 1 of 1)
select "p"."name" as "position_name", "u"."name" as "unit_name"
from "positions" as "p"
inner join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "p"."agency_id" = $1 and "p"."unit_id" = $2 and "p"."is_unit_head" = $3;

-- ikiOfRhk (example 1 of 1)
select "rhk_id", "aspek", "text", "target"
from "skp_iki"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3 and "rhk_id" in ($4)
order by "rhk_id", "ordinal";

-- insertEvent (example 1 of 1)
insert into "skp_events" ("agency_id", "skp_id", "id", "version", "action", "from_status", "to_status", "actor_account_id", "capacity", "on_behalf", "note", "request_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- insertSkp (example 1 of 1)
insert into "skp" ("agency_id", "id", "employee_id", "position_id", "period_from", "period_to", "form", "pendekatan", "status", "current_version", "version_in_force")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
on conflict ("agency_id", "employee_id", "position_id", "period_from")
do nothing
returning "id";

-- insertVersion (example 1 of 1)
insert into "skp_versions" ("agency_id", "skp_id", "version", "status")
values ($1, $2, $3, $4);

-- lastVersionRhk (example 1 of 1)
select "s"."id" as "skp_id", "r"."id", "r"."text", "r"."parent_rhk_id", "r"."cascading_type"
from "skp" as "s"
inner join "skp_rhk" as "r" on "r"."agency_id" = "s"."agency_id" and "r"."skp_id" = "s"."id" and "r"."version" = "s"."current_version"
where "s"."agency_id" = $1 and "s"."id" in ($2)
order by "s"."id", "r"."ordinal";

-- overviewAgency (example 1 of 1)
select "id", "code", "name"
from "agencies"
where "id" = $1;

-- overviewEmployees (example 1 of 1)
select "id", "nip", "name", "front_title", "back_title"
from "employees"
where "agency_id" = $1;

-- overviewOutsidePenilaiSkps (example 1 of 1)
select "agency_id", "employee_id", "period_from", "period_to", "status", "version_in_force"
from "skp"
where "agency_id" in ($1) and "employee_id" in ($2) and "period_from" <= $3 and "period_to" >= $4
order by "employee_id", "period_from";

-- overviewPositions (example 1 of 1)
select "id", "unit_id", "kind"
from "positions"
where "agency_id" = $1;

-- overviewSkps (example 1 of 1)
select "s"."employee_id", "s"."form", "s"."period_from", "s"."period_to", "s"."status", "s"."version_in_force", "x"."person_agency_id" as "penilai_agency_id", "x"."employee_id" as "penilai_id", "x"."name" as "penilai_name", "x"."nip" as "penilai_nip"
from "skp" as "s"
left join "skp_people" as "x" on "x"."agency_id" = "s"."agency_id" and "x"."skp_id" = "s"."id" and "x"."role" = $1
where "s"."agency_id" = $2 and "s"."period_from" <= $3 and "s"."period_to" >= $4
order by "s"."employee_id", "s"."period_from";

-- overviewUnits (example 1 of 1)
select "id", "code", "name", "parent_id"
from "units"
where "agency_id" = $1;

-- previousSkp (example 1 of 1)
select "id", "current_version", "version_in_force"
from "skp"
where "agency_id" = $1 and "employee_id" = $2 and "period_from" < $3
order by "period_from" desc
limit $4;

-- regionalTerms (example 1 of 1)
select "t"."post", "t"."capacity", "t"."official_id", "t"."employee_agency_id", "t"."employee_id", "t"."starts_on", "t"."ends_on", "o"."title", "o"."name" as "official_name"
from "regional_leadership_terms" as "t"
left join "regional_officials" as "o" on "o"."id" = "t"."official_id";

-- removeRencanaAksi (example 1 of 1)
update "skp_rencana_aksi"
set "removed_at" = $1, "updated_at" = $2, "updated_by_account_id" = $3
where "agency_id" = $4 and "skp_id" = $5 and "id" = $6 and "removed_at" is null;

-- rencanaAksiOf (example 1 of 2)
select "id", "rhk_id", "periode", "period_from", "period_to", "text", "target", "updated_at", "removed_at"
from "skp_rencana_aksi"
where "agency_id" = $1 and "skp_id" = $2 and "removed_at" is null
order by "period_from", "created_at", "id";

-- rencanaAksiOf (example 2 of 2)
select "id", "rhk_id", "periode", "period_from", "period_to", "text", "target", "updated_at", "removed_at"
from "skp_rencana_aksi"
where "agency_id" = $1 and "skp_id" = $2 and "removed_at" is null and "period_from" <= $3 and "period_to" >= $4
order by "period_from", "created_at", "id";

-- rencanaAksiRow (example 1 of 1)
select "id", "rhk_id", "periode", "period_from", "period_to", "text", "target", "updated_at", "removed_at"
from "skp_rencana_aksi"
where "agency_id" = $1 and "skp_id" = $2 and "id" = $3
for update;

-- replaceSkpPeople (example 1 of 1)
delete from "skp_people"
where "agency_id" = $1 and "skp_id" = $2;
insert into "skp_people" ("agency_id", "skp_id", "role", "person_agency_id", "employee_id", "official_id", "capacity", "status", "name", "nip", "rank", "position_name", "unit_name")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

-- rhkInForceOf (example 1 of 1)
select "s"."id" as "skp_id", "s"."period_from", "s"."period_to", "r"."id", "r"."jenis", "r"."text"
from "skp" as "s"
inner join "skp_rhk" as "r" on "r"."agency_id" = "s"."agency_id" and "r"."skp_id" = "s"."id" and "r"."version" = "s"."version_in_force"
where "s"."agency_id" = $1 and "s"."employee_id" = $2 and "s"."version_in_force" is not null and "s"."period_from" <= $3 and "s"."period_to" >= $4
order by "s"."period_from", "r"."ordinal";

-- rhkOfVersions (example 1 of 1)
select "version", "id", "jenis", "text", "ordinal"
from "skp_rhk"
where "agency_id" = $1 and "skp_id" = $2 and "version" in ($3, $4)
order by "version" desc, "ordinal";

-- setVersionStatus (example 1 of 1)
update "skp_versions"
set "status" = $1, "updated_at" = $2
where "agency_id" = $3 and "skp_id" = $4 and "version" = $5;

-- skpEvents (example 1 of 1)
select "v"."version", "v"."action", "v"."from_status", "v"."to_status", "v"."capacity", "v"."on_behalf", "v"."note", "v"."at", "a"."agency_id" as "actor_agency_id", "a"."employee_id" as "actor_employee_id", "a"."display_name"
from "skp_events" as "v"
inner join "accounts" as "a" on "a"."id" = "v"."actor_account_id"
where "v"."agency_id" = $1 and "v"."skp_id" = $2
order by "v"."at", "v"."id";

-- skpPeople (example 1 of 1)
select *
from "skp_people"
where "agency_id" = $1 and "skp_id" = $2;

-- skpRow (example 1 of 2)
select "s"."agency_id", "s"."id", "s"."employee_id", "s"."position_id", "s"."period_from", "s"."period_to", "s"."form", "s"."pendekatan", "s"."status", "s"."current_version", "s"."version_in_force", "s"."updated_at", "e"."name" as "employee_name"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
where "s"."agency_id" = $1 and "s"."id" = $2;

-- skpRow (example 2 of 2)
select "s"."agency_id", "s"."id", "s"."employee_id", "s"."position_id", "s"."period_from", "s"."period_to", "s"."form", "s"."pendekatan", "s"."status", "s"."current_version", "s"."version_in_force", "s"."updated_at", "e"."name" as "employee_name"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
where "s"."agency_id" = $1 and "s"."id" = $2
for update of "s";

-- skpsOfEmployees (example 1 of 1)
select "s"."agency_id", "s"."id", "s"."employee_id", "s"."position_id", "s"."period_from", "s"."period_to", "s"."form", "s"."pendekatan", "s"."status", "s"."current_version", "s"."version_in_force", "s"."updated_at", "e"."name" as "employee_name", "e"."nip"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
where "s"."agency_id" = $1 and s.employee_id = any($2::uuid[]) and "s"."period_from" <= $3 and "s"."period_to" >= $4
order by "s"."period_from";

-- skpsRatedBy (example 1 of 2)
select "s"."agency_id", "s"."id", "s"."employee_id", "s"."position_id", "s"."period_from", "s"."period_to", "s"."form", "s"."pendekatan", "s"."status", "s"."current_version", "s"."version_in_force", "s"."updated_at", "e"."name" as "employee_name"
from "skp_people" as "x"
inner join "skp" as "s" on "s"."agency_id" = "x"."agency_id" and "s"."id" = "x"."skp_id"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
where "x"."role" = $1 and "x"."person_agency_id" = $2 and "x"."employee_id" = $3 and "s"."status" = $4
order by "s"."updated_at", "s"."id";

-- skpsRatedBy (example 2 of 2)
select "s"."agency_id", "s"."id", "s"."employee_id", "s"."position_id", "s"."period_from", "s"."period_to", "s"."form", "s"."pendekatan", "s"."status", "s"."current_version", "s"."version_in_force", "s"."updated_at", "e"."name" as "employee_name"
from "skp_people" as "x"
inner join "skp" as "s" on "s"."agency_id" = "x"."agency_id" and "s"."id" = "x"."skp_id"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
where "x"."role" = $1 and "x"."person_agency_id" = $2 and "x"."employee_id" = $3 and "s"."period_from" <= $4 and "s"."period_to" >= $5
order by "s"."updated_at", "s"."id";

-- updateSkpState (example 1 of 1)
update "skp"
set "status" = $1, "current_version" = $2, "version_in_force" = $3, "updated_at" = $4
where "agency_id" = $5 and "id" = $6;

-- upsertRencanaAksi (example 1 of 1)
insert into "skp_rencana_aksi" ("agency_id", "skp_id", "id", "rhk_id", "periode", "period_from", "period_to", "text", "target", "created_at", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
on conflict ("agency_id", "skp_id", "id")
do update set "rhk_id" = $13, "periode" = $14, "period_from" = $15, "period_to" = $16, "text" = $17, "target" = $18, "updated_at" = $19, "updated_by_account_id" = $20;

-- versionContent (example 1 of 1)
select "perilaku", "lampiran"
from "skp_versions"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3;

-- versionPerilaku (example 1 of 1)
select "perilaku"
from "skp_versions"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3;

-- versionStatuses (example 1 of 1)
select "version", "status", "updated_at"
from "skp_versions"
where "agency_id" = $1 and "skp_id" = $2
order by "version";

-- writeVersionContent (example 1 of 1)
delete from "skp_iki"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3;
delete from "skp_rhk"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3;
insert into "skp_rhk" ("agency_id", "skp_id", "version", "id", "ordinal", "jenis", "text", "parent_rhk_id", "cascading_type", "perspektif", "penugasan_dari")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);
insert into "skp_iki" ("agency_id", "skp_id", "version", "rhk_id", "id", "ordinal", "aspek", "text", "target", "mik")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);
update "skp_versions"
set "perilaku" = $1, "lampiran" = $2, "updated_at" = $3
where "agency_id" = $4 and "skp_id" = $5 and "version" = $6;
