-- The SQL that module retention sends, one block per example of each query (src/modules/retention).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- countEntriesBefore (example 1 of 1)
select count(*) as "total", count(*) filter (where (exists (
  select 1
  from tpp_runs r
  where r.agency_id = $1 and r.agency_id = e.agency_id and r.status = 'locked' and r.month = to_char(e.work_date, 'YYYY-MM') and r.month >= $2
) or exists (
  select 1
  from evaluations v
  join skp s on s.agency_id = v.agency_id and s.id = v.skp_id
  where v.agency_id = $3 and s.agency_id = $4 and v.agency_id = e.agency_id and s.employee_id = e.employee_id and v.status = 'final' and e.work_date between v.covered_from and v.covered_to and v.finalised_at > $5
))) as "held", count(*) filter (where not (exists (
  select 1
  from tpp_runs r
  where r.agency_id = $6 and r.agency_id = e.agency_id and r.status = 'locked' and r.month = to_char(e.work_date, 'YYYY-MM') and r.month >= $7
) or exists (
  select 1
  from evaluations v
  join skp s on s.agency_id = v.agency_id and s.id = v.skp_id
  where v.agency_id = $8 and s.agency_id = $9 and v.agency_id = e.agency_id and s.employee_id = e.employee_id and v.status = 'final' and e.work_date between v.covered_from and v.covered_to and v.finalised_at > $10
)) and exists (
  select 1
  from journal_entry_evidence x
  where x.agency_id = $11 and x.agency_id = e.agency_id and x.entry_id = e.id
)) as "withEvidenceDue"
from "journal_entries" as "e"
where "e"."agency_id" = $12 and "e"."work_date" < $13;

-- deleteEntries (example 1 of 1)
set local citus.propagate_set_commands to 'local';
set local kinerja.retention_purge to 'on';
delete from "journal_entry_events"
where "agency_id" = $1 and "entry_id" in ($2);
delete from "entry_decisions"
where "agency_id" = $1 and "entry_id" in ($2);
delete from "journal_entries"
where "agency_id" = $1 and "id" in ($2);
set local kinerja.retention_purge to 'off';

-- deletePunchesBefore (example 1 of 1)
delete from "attendance_punches"
where "at" < $1;

-- detachEvidence (example 1 of 1)
delete from "journal_entry_evidence"
where "agency_id" = $1 and "entry_id" in ($2)
returning "sha256";

-- entriesWithOldEvidence (example 1 of 1)
select "e"."id"
from "journal_entries" as "e"
where "e"."agency_id" = $1 and "e"."work_date" < $2 and exists (
  select "x"."sha256"
  from "journal_entry_evidence" as "x"
  where "x"."agency_id" = $3 and "x"."agency_id" = "e"."agency_id" and "x"."entry_id" = "e"."id"
) and not (exists (
  select 1
  from tpp_runs r
  where r.agency_id = $4 and r.agency_id = e.agency_id and r.status = 'locked' and r.month = to_char(e.work_date, 'YYYY-MM') and r.month >= $5
) or exists (
  select 1
  from evaluations v
  join skp s on s.agency_id = v.agency_id and s.id = v.skp_id
  where v.agency_id = $6 and s.agency_id = $7 and v.agency_id = e.agency_id and s.employee_id = e.employee_id and v.status = 'final' and e.work_date between v.covered_from and v.covered_to and v.finalised_at > $8
))
order by "e"."work_date", "e"."id"
limit $9;

-- oldEvidenceFiles (example 1 of 1)
select "f"."sha256"
from "evidence_files" as "f"
where "f"."created_at" < $1 and "f"."sha256" > $2 and not exists (
  select "x"."sha256"
  from "evidence_uploads" as "x"
  where "x"."sha256" = "f"."sha256" and "x"."uploaded_at" >= $3
)
order by "f"."sha256"
limit $4;

-- purgeableEntries (example 1 of 1)
select "e"."id"
from "journal_entries" as "e"
where "e"."agency_id" = $1 and "e"."work_date" < $2 and not (exists (
  select 1
  from tpp_runs r
  where r.agency_id = $3 and r.agency_id = e.agency_id and r.status = 'locked' and r.month = to_char(e.work_date, 'YYYY-MM') and r.month >= $4
) or exists (
  select 1
  from evaluations v
  join skp s on s.agency_id = v.agency_id and s.id = v.skp_id
  where v.agency_id = $5 and s.agency_id = $6 and v.agency_id = e.agency_id and s.employee_id = e.employee_id and v.status = 'final' and e.work_date between v.covered_from and v.covered_to and v.finalised_at > $7
))
order by "e"."work_date", "e"."id"
limit $8;

-- retentionAgencies (example 1 of 1)
select "id"
from "agencies"
order by "id";
