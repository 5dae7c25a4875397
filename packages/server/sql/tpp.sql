-- The SQL that module tpp sends, one block per example of each query (src/modules/tpp).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- actingAssignments (example 1 of 2)
select "a"."employee_id", "a"."role", "a"."starts_on", "a"."ends_on", "a"."decree_number", "p"."kelas_jabatan", "p"."name" as "position_name"
from "position_assignments" as "a"
inner join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
where "a"."agency_id" = $1 and "a"."role" in ($2, $3) and "a"."starts_on" <= $4 and ("a"."ends_on" is null or "a"."ends_on" >= $5)
order by "a"."employee_id", "a"."starts_on";

-- actingAssignments (example 2 of 2)
select "a"."employee_id", "a"."role", "a"."starts_on", "a"."ends_on", "a"."decree_number", "p"."kelas_jabatan", "p"."name" as "position_name"
from "position_assignments" as "a"
inner join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
where "a"."agency_id" = $1 and "a"."role" in ($2, $3) and "a"."starts_on" <= $4 and ("a"."ends_on" is null or "a"."ends_on" >= $5) and "a"."employee_id" in ($6)
order by "a"."employee_id", "a"."starts_on";

-- activeAgencies (example 1 of 1)
select "id", "code", "name"
from "agencies"
where "active" = $1
order by "name";

-- agencyOfRun (example 1 of 1)
select "id", "code", "name", "time_zone"
from "agencies"
where "id" = $1;

-- applyRecalculation (example 1 of 1)
update tpp_run_employees as t
set latest_recalculation_id = $1::uuid, current_payable = x.payable, carried = t.carried + x.difference
from jsonb_to_recordset($2::jsonb) as x("employeeId" uuid, payable bigint, difference bigint)
where t.agency_id = $3::uuid and t.run_id = $4::uuid and t.employee_id = x."employeeId";

-- approvedSkpOn (example 1 of 2)
select distinct "employee_id"
from "skp"
where "agency_id" = $1 and "version_in_force" is not null and "period_from" <= $2 and "period_to" >= $3;

-- approvedSkpOn (example 2 of 2)
select distinct "employee_id"
from "skp"
where "agency_id" = $1 and "version_in_force" is not null and "period_from" <= $2 and "period_to" >= $3 and "employee_id" in ($4);

-- clearPositionGroups (example 1 of 1)
delete from "tpp_position_groups"
where "agency_id" = $1 and "position_id" in ($2);

-- deleteRunEmployees (example 1 of 1)
delete from "tpp_run_employees"
where "agency_id" = $1 and "run_id" = $2;

-- employeeRecalculations (example 1 of 1)
select "rc"."id", "rc"."created_at", "rc"."reason", "r"."before_payable", "r"."after_payable", "r"."difference"
from "tpp_recalculation_employees" as "r"
inner join "tpp_recalculations" as "rc" on "rc"."agency_id" = "r"."agency_id" and "rc"."id" = "r"."recalculation_id"
where "r"."agency_id" = $1 and "rc"."run_id" = $2 and "r"."employee_id" = $3
order by "rc"."seq";

-- employeeRunMonths (example 1 of 2)
select "e"."employee_id", "r"."id" as "run_id", "r"."month", "r"."status" as "run_status", "e"."status", "e"."gross", "e"."net", "e"."payable", "e"."current_payable", "e"."carried", "e"."error"
from "tpp_run_employees" as "e"
inner join "tpp_runs" as "r" on "r"."agency_id" = "e"."agency_id" and "r"."id" = "e"."run_id"
where "e"."agency_id" = $1 and "e"."employee_id" in ($2) and "r"."month" = $3
order by "r"."month" desc;

-- employeeRunMonths (example 2 of 2)
select "e"."employee_id", "r"."id" as "run_id", "r"."month", "r"."status" as "run_status", "e"."status", "e"."gross", "e"."net", "e"."payable", "e"."current_payable", "e"."carried", "e"."error"
from "tpp_run_employees" as "e"
inner join "tpp_runs" as "r" on "r"."agency_id" = "e"."agency_id" and "r"."id" = "e"."run_id"
where "e"."agency_id" = $1 and "e"."employee_id" in ($2) and "r"."month" < $3
order by "r"."month" desc
limit $4;

-- employeesForTpp (example 1 of 2)
select "id", "nip", "name", "front_title", "back_title", "kind", "rank_code"
from "employees"
where "agency_id" = $1 and "active" = $2
order by "nip";

-- employeesForTpp (example 2 of 2)
select "id", "nip", "name", "front_title", "back_title", "kind", "rank_code"
from "employees"
where "agency_id" = $1 and "active" = $2 and "id" in ($3)
order by "nip";

-- hukdisRows (example 1 of 2)
select *
from "tpp_hukdis"
where "agency_id" = $1
order by "employee_id", "from_month";

-- hukdisRows (example 2 of 2)
select *
from "tpp_hukdis"
where "agency_id" = $1 and "from_month" <= $2 and "to_month" >= $3 and "withdrawn_at" is null and "employee_id" in ($4)
order by "employee_id", "from_month";

-- insertHukdis (example 1 of 1)
insert into "tpp_hukdis" ("agency_id", "id", "employee_id", "hukdis_id", "from_month", "to_month", "decree_number", "created_at", "created_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- insertPayrollRows (example 1 of 1)
insert into "tpp_payroll" ("agency_id", "employee_id", "golongan", "cpns", "kelas_override", "salary", "bank_account", "objective", "part_scores", "without_npwp", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
on conflict ("agency_id", "employee_id")
do nothing;

-- insertRecalculation (example 1 of 1)
insert into tpp_recalculations (agency_id, id, run_id, seq, reason, settle_month, total, changed, created_at, created_by_account_id)
select r.agency_id, $1::uuid, r.id, coalesce(max(rc.seq), 0) + 1, $2::text, $3::text, $4::bigint, $5::int, $6::timestamptz, $7::uuid
from tpp_runs r
left join tpp_recalculations rc on rc.agency_id = r.agency_id and rc.run_id = r.id
where r.agency_id = $8::uuid and r.id = $9::uuid
group by r.agency_id, r.id
returning seq;

-- insertRecalculationEmployees (example 1 of 1)
insert into "tpp_recalculation_employees" ("agency_id", "recalculation_id", "employee_id", "input", "result", "error", "before_payable", "after_payable", "difference")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- insertRun (example 1 of 1)
insert into "tpp_runs" ("agency_id", "id", "month", "status", "rule_set_id", "rule_set_version", "totals", "not_final", "computed_at", "created_at", "created_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- insertRunEmployees (example 1 of 1)
insert into "tpp_run_employees" ("agency_id", "run_id", "employee_id", "nip", "name", "unit_id", "unit_name", "position_name", "kelas", "golongan", "bank_account", "status", "input", "result", "error", "basic", "gross", "cuts", "pph21", "bpjs_employee", "net", "payable", "current_payable", "position_group", "rule_set_id", "rule_set_version")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26);

-- insertRunEvent (example 1 of 1)
insert into tpp_run_events (agency_id, run_id, seq, action, at, account_id, note)
select r.agency_id, r.id, coalesce(max(ev.seq), 0) + 1, $1::text, $2::timestamptz, $3::uuid, $4::text
from tpp_runs r
left join tpp_run_events ev on ev.agency_id = r.agency_id and ev.run_id = r.id
where r.agency_id = $5::uuid and r.id = $6::uuid
group by r.agency_id, r.id;

-- insertSigners (example 1 of 1)
insert into "tpp_signers" ("agency_id", "role", "name", "nip", "title", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7);

-- latestPredikat (example 1 of 2)
select distinct on ("s"."employee_id") "s"."employee_id", "e"."id", "e"."predikat", "e"."label", "e"."period_to"
from "evaluations" as "e"
inner join "skp" as "s" on "s"."agency_id" = "e"."agency_id" and "s"."id" = "e"."skp_id"
where "e"."agency_id" = $1 and "e"."status" = $2 and "e"."predikat" is not null and "e"."period_from" <= $3
order by "s"."employee_id", "e"."period_to" desc, "e"."kind";

-- latestPredikat (example 2 of 2)
select distinct on ("s"."employee_id") "s"."employee_id", "e"."id", "e"."predikat", "e"."label", "e"."period_to"
from "evaluations" as "e"
inner join "skp" as "s" on "s"."agency_id" = "e"."agency_id" and "s"."id" = "e"."skp_id"
where "e"."agency_id" = $1 and "e"."status" = $2 and "e"."predikat" is not null and "e"."period_from" <= $3 and "s"."employee_id" in ($4)
order by "s"."employee_id", "e"."period_to" desc, "e"."kind";

-- lockedRunsOfMonth (example 1 of 2)
select "tpp_runs"."agency_id", "tpp_runs"."id", "agencies"."name" as "agency_name", "agencies"."code" as "agency_code"
from "tpp_runs"
inner join "agencies" on "agencies"."id" = "tpp_runs"."agency_id"
where "tpp_runs"."month" = $1 and "tpp_runs"."status" = $2
order by "agencies"."name";

-- lockedRunsOfMonth (example 2 of 2)
select "tpp_runs"."agency_id", "tpp_runs"."id", "agencies"."name" as "agency_name", "agencies"."code" as "agency_code"
from "tpp_runs"
inner join "agencies" on "agencies"."id" = "tpp_runs"."agency_id"
where "tpp_runs"."month" = $1 and "tpp_runs"."status" = $2 and "tpp_runs"."agency_id" in ($3)
order by "agencies"."name";

-- markRuleSetUsed (example 1 of 1)
update "tpp_rule_sets"
set "used_at" = $1
where "rule_set_id" = $2 and "version" = $3 and "used_at" is null;

-- moveRunStatus (example 1 of 3)
update "tpp_runs"
set "status" = $1, "checked_at" = $2, "checked_by_account_id" = $3
where "agency_id" = $4 and "id" = $5 and "status" = $6
returning "id";

-- moveRunStatus (example 2 of 3)
update "tpp_runs"
set "status" = $1, "locked_at" = $2, "locked_by_account_id" = $3
where "agency_id" = $4 and "id" = $5 and "status" = $6
returning "id";

-- moveRunStatus (example 3 of 3)
update "tpp_runs"
set "status" = $1, "checked_at" = $2, "checked_by_account_id" = $3
where "agency_id" = $4 and "id" = $5 and "status" = $6
returning "id";

-- payrollRows (example 1 of 2)
select *
from "tpp_payroll"
where "agency_id" = $1;

-- payrollRows (example 2 of 2)
select *
from "tpp_payroll"
where "agency_id" = $1 and "employee_id" in ($2);

-- positionGroupsOf (example 1 of 1)
select "position_id", "group_code"
from "tpp_position_groups"
where "agency_id" = $1;

-- positionsForTpp (example 1 of 1)
select "positions"."id", "positions"."name", "positions"."kelas_jabatan", "positions"."unit_id", "units"."name" as "unit_name"
from "positions"
inner join "units" on "units"."agency_id" = "positions"."agency_id" and "units"."id" = "positions"."unit_id"
where "positions"."agency_id" = $1;

-- positionsOfAgency (example 1 of 1)
select "id"
from "positions"
where "agency_id" = $1 and "id" in ($2);

-- positionsWithGroups (example 1 of 1)
select "p"."id", "p"."code", "p"."name", "p"."kind", "p"."kelas_jabatan", "u"."name" as "unit_name", "g"."group_code", "g"."updated_at"
from "positions" as "p"
inner join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
left join "tpp_position_groups" as "g" on "g"."agency_id" = "p"."agency_id" and "g"."position_id" = "p"."id"
where "p"."agency_id" = $1 and "p"."active" = $2
order by "u"."name", "p"."name", "p"."id";

-- previousRuleSetVersion (example 1 of 2)
select *
from "tpp_rule_sets"
where "rule_set_id" = $1
order by "version" desc
limit $2;

-- previousRuleSetVersion (example 2 of 2)
select *
from "tpp_rule_sets"
where "rule_set_id" = $1 and "version" < $2
order by "version" desc
limit $3;

-- recalculationItems (example 1 of 1)
select "r"."employee_id", "e"."nip", "e"."name", "r"."before_payable", "r"."after_payable", "r"."difference"
from "tpp_recalculation_employees" as "r"
inner join "tpp_run_employees" as "e" on "e"."agency_id" = "r"."agency_id" and "e"."employee_id" = "r"."employee_id" and "e"."run_id" = $1
where "r"."agency_id" = $2 and "r"."recalculation_id" = $3
order by "e"."name";

-- recalculationsOfRun (example 1 of 1)
select "rc"."id", "rc"."seq", "rc"."reason", "rc"."settle_month", "rc"."total", "rc"."changed", "rc"."created_at", "acc"."agency_id" as "actor_agency_id", "acc"."employee_id" as "actor_employee_id", "acc"."display_name", "acc"."nip"
from "tpp_recalculations" as "rc"
left join "accounts" as "acc" on "acc"."id" = "rc"."created_by_account_id"
where "rc"."agency_id" = $1 and "rc"."run_id" = $2
order by "rc"."seq";

-- removeSigners (example 1 of 1)
delete from "tpp_signers"
where "agency_id" = $1;

-- ruleSetVersion (example 1 of 1)
select *
from "tpp_rule_sets"
where "rule_set_id" = $1 and "version" = $2;

-- ruleSetVersions (example 1 of 1)
select "tpp_rule_sets"."rule_set_id", "tpp_rule_sets"."version", "tpp_rule_sets"."name", "tpp_rule_sets"."region", "tpp_rule_sets"."effective_from", "tpp_rule_sets"."effective_to", "tpp_rule_sets"."note", "tpp_rule_sets"."used_at", "tpp_rule_sets"."imported_at", "tpp_rule_sets"."document", "accounts"."nip" as "imported_by_nip"
from "tpp_rule_sets"
left join "accounts" on "accounts"."id" = "tpp_rule_sets"."imported_by_account_id"
order by "tpp_rule_sets"."rule_set_id", "tpp_rule_sets"."version" desc;

-- runById (example 1 of 1)
select "tpp_runs"."agency_id", "tpp_runs"."id", "tpp_runs"."month", "tpp_runs"."status", "tpp_runs"."rule_set_id", "tpp_runs"."rule_set_version", "tpp_runs"."totals", "tpp_runs"."not_final", "tpp_runs"."computed_at", "tpp_runs"."created_at", "tpp_runs"."checked_at", "tpp_runs"."locked_at", "agencies"."name" as "agency_name", "tpp_rule_sets"."name" as "rule_set_name", (
  select count(*) as "n"
  from "tpp_recalculations"
  where "tpp_recalculations"."agency_id" = "tpp_runs"."agency_id" and "tpp_recalculations"."run_id" = "tpp_runs"."id" and "tpp_recalculations"."agency_id" = $1
) as "recalculations"
from "tpp_runs"
inner join "agencies" on "agencies"."id" = "tpp_runs"."agency_id"
left join "tpp_rule_sets" on "tpp_rule_sets"."rule_set_id" = "tpp_runs"."rule_set_id" and "tpp_rule_sets"."version" = "tpp_runs"."rule_set_version"
where "tpp_runs"."agency_id" = $2 and "tpp_runs"."id" = $3;

-- runEmployeeList (example 1 of 2)
select "employee_id", "nip", "name", "unit_id", "unit_name", "position_name", "kelas", "golongan", "status", "error", "basic", "gross", "cuts", "pph21", "bpjs_employee", "net", "payable", "current_payable", "carried"
from "tpp_run_employees"
where "agency_id" = $1 and "run_id" = $2
order by "unit_name", "name"
limit $3
offset $4;
select count(*) as "n"
from "tpp_run_employees"
where "agency_id" = $1 and "run_id" = $2;

-- runEmployeeList (example 2 of 2)
select "employee_id", "nip", "name", "unit_id", "unit_name", "position_name", "kelas", "golongan", "status", "error", "basic", "gross", "cuts", "pph21", "bpjs_employee", "net", "payable", "current_payable", "carried"
from "tpp_run_employees"
where "agency_id" = $1 and "run_id" = $2 and "unit_id" = $3 and ("name" ilike $4 or "nip" like $5)
order by "unit_name", "name"
limit $6
offset $7;
select count(*) as "n"
from "tpp_run_employees"
where "agency_id" = $1 and "run_id" = $2 and "unit_id" = $3 and ("name" ilike $4 or "nip" like $5);

-- runEvents (example 1 of 1)
select "ev"."action", "ev"."at", "ev"."account_id", "ev"."note", "acc"."agency_id" as "actor_agency_id", "acc"."employee_id" as "actor_employee_id", "acc"."display_name", "acc"."nip"
from "tpp_run_events" as "ev"
left join "accounts" as "acc" on "acc"."id" = "ev"."account_id"
where "ev"."agency_id" = $1 and "ev"."run_id" = $2
order by "ev"."seq";

-- runOfMonth (example 1 of 1)
select "tpp_runs"."agency_id", "tpp_runs"."id", "tpp_runs"."month", "tpp_runs"."status", "tpp_runs"."rule_set_id", "tpp_runs"."rule_set_version", "tpp_runs"."totals", "tpp_runs"."not_final", "tpp_runs"."computed_at", "tpp_runs"."created_at", "tpp_runs"."checked_at", "tpp_runs"."locked_at", "agencies"."name" as "agency_name", "tpp_rule_sets"."name" as "rule_set_name", (
  select count(*) as "n"
  from "tpp_recalculations"
  where "tpp_recalculations"."agency_id" = "tpp_runs"."agency_id" and "tpp_recalculations"."run_id" = "tpp_runs"."id" and "tpp_recalculations"."agency_id" = $1
) as "recalculations"
from "tpp_runs"
inner join "agencies" on "agencies"."id" = "tpp_runs"."agency_id"
left join "tpp_rule_sets" on "tpp_rule_sets"."rule_set_id" = "tpp_runs"."rule_set_id" and "tpp_rule_sets"."version" = "tpp_runs"."rule_set_version"
where "tpp_runs"."agency_id" = $2 and "tpp_runs"."month" = $3;

-- runSnapshots (example 1 of 2)
select "e"."employee_id", "e"."nip", "e"."name", "e"."unit_id", "e"."unit_name", "e"."position_name", "e"."kelas", "e"."golongan", "e"."bank_account", "e"."status", "e"."current_payable", "e"."carried", "e"."latest_recalculation_id", "e"."position_group", "e"."rule_set_id", "e"."rule_set_version", coalesce(r.input, e.input) as "input", case when r.employee_id is null then e.result else r.result end as "result", case when r.employee_id is null then e.error else r.error end as "error", "e"."input" as "run_input", "e"."result" as "run_result"
from "tpp_run_employees" as "e"
left join "tpp_recalculation_employees" as "r" on "r"."agency_id" = "e"."agency_id" and "r"."recalculation_id" = "e"."latest_recalculation_id" and "r"."employee_id" = "e"."employee_id"
where "e"."agency_id" = $1 and "e"."run_id" = $2
order by "e"."unit_name", "e"."name";

-- runSnapshots (example 2 of 2)
select "e"."employee_id", "e"."nip", "e"."name", "e"."unit_id", "e"."unit_name", "e"."position_name", "e"."kelas", "e"."golongan", "e"."bank_account", "e"."status", "e"."current_payable", "e"."carried", "e"."latest_recalculation_id", "e"."position_group", "e"."rule_set_id", "e"."rule_set_version", coalesce(r.input, e.input) as "input", case when r.employee_id is null then e.result else r.result end as "result", case when r.employee_id is null then e.error else r.error end as "error", "e"."input" as "run_input", "e"."result" as "run_result"
from "tpp_run_employees" as "e"
left join "tpp_recalculation_employees" as "r" on "r"."agency_id" = "e"."agency_id" and "r"."recalculation_id" = "e"."latest_recalculation_id" and "r"."employee_id" = "e"."employee_id"
where "e"."agency_id" = $1 and "e"."run_id" = $2 and "e"."employee_id" in ($3)
order by "e"."unit_name", "e"."name";

-- runUnitTotals (example 1 of 1)
select "unit_id", "unit_name", count(*) as "employees", sum("gross") as "gross", sum("payable") as "payable"
from "tpp_run_employees"
where "agency_id" = $1 and "run_id" = $2
group by "unit_id", "unit_name"
order by "unit_name";

-- runsOfAgency (example 1 of 2)
select "tpp_runs"."agency_id", "tpp_runs"."id", "tpp_runs"."month", "tpp_runs"."status", "tpp_runs"."rule_set_id", "tpp_runs"."rule_set_version", "tpp_runs"."totals", "tpp_runs"."not_final", "tpp_runs"."computed_at", "tpp_runs"."created_at", "tpp_runs"."checked_at", "tpp_runs"."locked_at", "agencies"."name" as "agency_name", "tpp_rule_sets"."name" as "rule_set_name", (
  select count(*) as "n"
  from "tpp_recalculations"
  where "tpp_recalculations"."agency_id" = "tpp_runs"."agency_id" and "tpp_recalculations"."run_id" = "tpp_runs"."id" and "tpp_recalculations"."agency_id" = $1
) as "recalculations"
from "tpp_runs"
inner join "agencies" on "agencies"."id" = "tpp_runs"."agency_id"
left join "tpp_rule_sets" on "tpp_rule_sets"."rule_set_id" = "tpp_runs"."rule_set_id" and "tpp_rule_sets"."version" = "tpp_runs"."rule_set_version"
where "tpp_runs"."agency_id" = $2
order by "tpp_runs"."month" desc
limit $3;

-- runsOfAgency (example 2 of 2)
select "tpp_runs"."agency_id", "tpp_runs"."id", "tpp_runs"."month", "tpp_runs"."status", "tpp_runs"."rule_set_id", "tpp_runs"."rule_set_version", "tpp_runs"."totals", "tpp_runs"."not_final", "tpp_runs"."computed_at", "tpp_runs"."created_at", "tpp_runs"."checked_at", "tpp_runs"."locked_at", "agencies"."name" as "agency_name", "tpp_rule_sets"."name" as "rule_set_name", (
  select count(*) as "n"
  from "tpp_recalculations"
  where "tpp_recalculations"."agency_id" = "tpp_runs"."agency_id" and "tpp_recalculations"."run_id" = "tpp_runs"."id" and "tpp_recalculations"."agency_id" = $1
) as "recalculations"
from "tpp_runs"
inner join "agencies" on "agencies"."id" = "tpp_runs"."agency_id"
left join "tpp_rule_sets" on "tpp_rule_sets"."rule_set_id" = "tpp_runs"."rule_set_id" and "tpp_rule_sets"."version" = "tpp_runs"."rule_set_version"
where "tpp_runs"."agency_id" = $2 and "tpp_runs"."month" = $3
order by "tpp_runs"."month" desc
limit $4;

-- runsOfMonth (example 1 of 2)
select "tpp_runs"."agency_id", "tpp_runs"."id", "tpp_runs"."month", "tpp_runs"."status", "tpp_runs"."rule_set_id", "tpp_runs"."rule_set_version", "tpp_runs"."totals", "tpp_runs"."not_final", "tpp_runs"."computed_at", "tpp_runs"."created_at", "tpp_runs"."checked_at", "tpp_runs"."locked_at", "agencies"."name" as "agency_name", "tpp_rule_sets"."name" as "rule_set_name", (
  select count(*) as "n"
  from "tpp_recalculations"
  where "tpp_recalculations"."agency_id" = "tpp_runs"."agency_id" and "tpp_recalculations"."run_id" = "tpp_runs"."id"
) as "recalculations"
from "tpp_runs"
inner join "agencies" on "agencies"."id" = "tpp_runs"."agency_id"
left join "tpp_rule_sets" on "tpp_rule_sets"."rule_set_id" = "tpp_runs"."rule_set_id" and "tpp_rule_sets"."version" = "tpp_runs"."rule_set_version"
where "tpp_runs"."month" = $1
order by "agencies"."name";

-- runsOfMonth (example 2 of 2)
select "tpp_runs"."agency_id", "tpp_runs"."id", "tpp_runs"."month", "tpp_runs"."status", "tpp_runs"."rule_set_id", "tpp_runs"."rule_set_version", "tpp_runs"."totals", "tpp_runs"."not_final", "tpp_runs"."computed_at", "tpp_runs"."created_at", "tpp_runs"."checked_at", "tpp_runs"."locked_at", "agencies"."name" as "agency_name", "tpp_rule_sets"."name" as "rule_set_name", (
  select count(*) as "n"
  from "tpp_recalculations"
  where "tpp_recalculations"."agency_id" = "tpp_runs"."agency_id" and "tpp_recalculations"."run_id" = "tpp_runs"."id"
) as "recalculations"
from "tpp_runs"
inner join "agencies" on "agencies"."id" = "tpp_runs"."agency_id"
left join "tpp_rule_sets" on "tpp_rule_sets"."rule_set_id" = "tpp_runs"."rule_set_id" and "tpp_rule_sets"."version" = "tpp_runs"."rule_set_version"
where "tpp_runs"."month" = $1 and "tpp_runs"."agency_id" in ($2)
order by "agencies"."name";

-- signersOf (example 1 of 1)
select "role", "name", "nip", "title", "updated_at"
from "tpp_signers"
where "agency_id" = $1;

-- updateUnlockedRun (example 1 of 1)
update "tpp_runs"
set "status" = $1, "rule_set_id" = $2, "rule_set_version" = $3, "totals" = $4, "not_final" = $5, "computed_at" = $6, "checked_at" = $7, "checked_by_account_id" = $8
where "agency_id" = $9 and "id" = $10 and "status" <> $11
returning "id";

-- upsertPayroll (example 1 of 1)
insert into "tpp_payroll" ("agency_id", "employee_id", "golongan", "cpns", "kelas_override", "salary", "bank_account", "objective", "part_scores", "without_npwp", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
on conflict ("agency_id", "employee_id")
do update set "golongan" = $13, "cpns" = $14, "kelas_override" = $15, "salary" = $16, "bank_account" = $17, "objective" = $18, "part_scores" = $19, "without_npwp" = $20, "updated_at" = $21, "updated_by_account_id" = $22;

-- upsertPositionGroups (example 1 of 1)
insert into "tpp_position_groups" ("agency_id", "position_id", "group_code", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5)
on conflict ("agency_id", "position_id")
do update set "group_code" = "excluded"."group_code", "updated_at" = "excluded"."updated_at", "updated_by_account_id" = "excluded"."updated_by_account_id";

-- upsertUnusedRuleSet (example 1 of 1)
insert into "tpp_rule_sets" ("rule_set_id", "version", "name", "region", "effective_from", "effective_to", "document", "note", "imported_at", "imported_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
on conflict ("rule_set_id", "version")
do update set "name" = $11, "region" = $12, "effective_from" = $13, "effective_to" = $14, "document" = $15, "note" = $16, "imported_at" = $17, "imported_by_account_id" = $18
where "tpp_rule_sets"."used_at" is null
returning "rule_set_id", "version";

-- withdrawHukdis (example 1 of 1)
update "tpp_hukdis"
set "withdrawn_at" = $1, "withdrawn_by_account_id" = $2
where "agency_id" = $3 and "employee_id" = $4 and "id" = $5 and "withdrawn_at" is null
returning "id", "hukdis_id", "from_month", "to_month";
