-- The SQL that module validation sends, one block per example of each query (src/modules/validation).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- agenciesApprovingAfterWindow (example 1 of 1)
select distinct "v"."agency_id"
from "agency_settings_versions" as "v"
inner join "agencies" as "a" on "a"."id" = "v"."agency_id"
where "a"."active" = $1 and v.settings->'journal'->>'afterValidationWindow' = 'approve';

-- agencyHeading (example 1 of 1)
select "id", "code", "name"
from "agencies"
where "id" = $1;

-- approvedByRhk (example 1 of 1)
select "e"."employee_id", "e"."rhk_id", "a"."unit", count(*) as "entries", sum("e"."credited_minutes") as "minutes", sum("e"."volume") as "volume"
from "journal_entries" as "e"
inner join "activities" as "a" on "a"."code" = "e"."activity_code" and "a"."version" = "e"."activity_version"
where "e"."agency_id" = $1 and "e"."work_date" >= $2 and "e"."work_date" <= $3 and "e"."deleted_at" is null and "e"."status" = $4 and "e"."rhk_id" is not null
group by "e"."employee_id", "e"."rhk_id", "a"."unit"
order by "e"."employee_id", "e"."rhk_id", "a"."unit";

-- descriptionsBetween (example 1 of 1)
select "d"."id", "d"."employee_id", "d"."work_date", "d"."description"
from (
  select *
  from unnest($1::uuid[]) as x(employee_id)
) as "p"
inner join lateral (
  select "e"."id", "e"."employee_id", "e"."work_date", "e"."description"
  from "journal_entries" as "e"
  where "e"."agency_id" = $2 and "e"."employee_id" = "p"."employee_id" and "e"."work_date" >= $3 and "e"."work_date" <= $4 and "e"."deleted_at" is null and "e"."description" <> $5
  offset $6
) as "d" on true;

-- employeeExists (example 1 of 1)
select "id"
from "employees"
where "agency_id" = $1 and "id" = $2;

-- employeesOfAgency (example 1 of 1)
select "id", "nip", "name", "front_title", "back_title", "active"
from "employees"
where "agency_id" = $1;

-- entriesUsingFiles (example 1 of 1)
select "je"."sha256", "je"."entry_id", "e"."employee_id", "e"."work_date"
from "journal_entry_evidence" as "je"
inner join "journal_entries" as "e" on "e"."agency_id" = "je"."agency_id" and "e"."id" = "je"."entry_id"
where "je"."agency_id" = $1 and "je"."sha256" in ($2) and "e"."deleted_at" is null;

-- entryCountsByEmployee (example 1 of 1)
select "employee_id", count(*) filter(where "status" <> $1) as "submitted", count(*) filter(where "status" = $2) as "approved", count(*) filter(where "status" = $3) as "rejected", count(*) filter(where "status" = $4) as "returned", count(*) filter(where "status" = $5) as "pending", sum("credited_minutes") filter(where "status" = $6) as "approved_minutes"
from "journal_entries"
where "agency_id" = $7 and "work_date" >= $8 and "work_date" <= $9 and "deleted_at" is null
group by "employee_id";

-- entryEvents (example 1 of 1)
select "ev"."seq", "ev"."at", "ev"."action", "ev"."actor_account_id", "ev"."data", "a"."agency_id" as "actor_agency_id", "a"."employee_id" as "actor_employee_id"
from "journal_entry_events" as "ev"
left join "accounts" as "a" on "a"."id" = "ev"."actor_account_id"
where "ev"."agency_id" = $1 and "ev"."entry_id" = $2
order by "ev"."seq";

-- entryRowsOfDays (example 1 of 1)
select "e"."id", "e"."employee_id", "e"."work_date", "e"."start_minute", "e"."end_minute", "e"."duration_minutes", "e"."activity_code", "a"."name" as "activity_name", "a"."unit" as "activity_unit", "a"."standard_minutes", "e"."volume", "e"."description", "e"."rhk_id", "e"."credited_minutes", "e"."status", "e"."version", "e"."submitted_at", "e"."clock_skew_seconds", "e"."late_received_at", "e"."late_window_closed_at", "e"."device_recorded_at"
from (
  select *
  from unnest($1::uuid[], $2::date[]) as x(employee_id, work_date)
) as "d"
inner join lateral (
  select "j".*
  from "journal_entries" as "j"
  where "j"."agency_id" = $3 and "j"."employee_id" = "d"."employee_id" and "j"."work_date" = "d"."work_date" and "j"."deleted_at" is null
  offset $4
) as "e" on true
inner join "activities" as "a" on "a"."code" = "e"."activity_code" and "a"."version" = "e"."activity_version"
where "e"."agency_id" = $5 and "e"."deleted_at" is null and "e"."status" in ($6, $7)
order by "e"."employee_id", "e"."work_date", "e"."start_minute", "e"."created_at";

-- entryStatus (example 1 of 1)
select "status"
from "journal_entries"
where "agency_id" = $1 and "id" = $2;

-- entryToDecide (example 1 of 1)
select "employee_id", "status", "version", "deleted_at"
from "journal_entries"
where "agency_id" = $1 and "id" = $2;

-- entryWithActivity (example 1 of 1)
select "e"."id", "e"."employee_id", "e"."work_date", "e"."status", "e"."version", "e"."activity_code", "act"."name" as "activity_name", "e"."start_minute", "e"."end_minute", "e"."credited_minutes", "e"."description"
from "journal_entries" as "e"
inner join "activities" as "act" on "act"."code" = "e"."activity_code" and "act"."version" = "e"."activity_version"
where "e"."agency_id" = $1 and "e"."id" = $2;

-- evidenceOfEntries (example 1 of 1)
select "je"."entry_id", "je"."sha256", "je"."file_name", "f"."media_type", "f"."captured_at"
from "journal_entry_evidence" as "je"
inner join "evidence_files" as "f" on "f"."sha256" = "je"."sha256"
where "je"."agency_id" = $1 and je.entry_id = any($2::uuid[])
order by "je"."added_at";

-- overdueEntriesBetween (example 1 of 2)
select "id", "employee_id", "work_date"
from "journal_entries"
where "agency_id" = $1 and "work_date" >= $2 and "work_date" <= $3 and "status" = $4 and "deleted_at" is null and "submitted_at" < $5 and exists (
  select 1
  from unnest($6::timestamptz[], $7::timestamptz[]) as o(f, t)
  where "submitted_at" < o.t and (o.f is null or "submitted_at" >= o.f)
);

-- overdueEntriesBetween (example 2 of 2)
select "id", "employee_id", "work_date"
from "journal_entries"
where "agency_id" = $1 and "employee_id" in ($2, $3) and "work_date" >= $4 and "work_date" <= $5 and "status" = $6 and "deleted_at" is null and "submitted_at" < $7 and exists (
  select 1
  from unnest($8::timestamptz[], $9::timestamptz[]) as o(f, t)
  where "submitted_at" < o.t and (o.f is null or "submitted_at" >= o.f)
);

-- overdueEntryIds (example 1 of 1)
select "id"
from "journal_entries"
where "agency_id" = $1 and "status" = $2 and "deleted_at" is null and "submitted_at" < $3 and exists (
  select 1
  from unnest($4::timestamptz[], $5::timestamptz[]) as o(f, t)
  where "submitted_at" < o.t and (o.f is null or "submitted_at" >= o.f)
);

-- pendingDaysOf (example 1 of 1)
select d.employee_id, d.work_date, d.pending, d.pending_minutes, c.claimed_minutes, d.oldest, d.overdue
from unnest($1::uuid[]) as p(employee_id)
cross join lateral (
  select s.employee_id, s.work_date, count(*) as pending, coalesce(sum(s.credited_minutes), 0) as pending_minutes, min(s.submitted_at) as oldest, count(*) filter (where exists (
    select 1
    from unnest($2::timestamptz[], $3::timestamptz[]) as o(f, t)
    where "s"."submitted_at" < o.t and (o.f is null or "s"."submitted_at" >= o.f)
)) as overdue
  from journal_entries s
  where s.agency_id = $4 and s.employee_id = p.employee_id and s.status = 'submitted' and s.deleted_at is null
  group by s.employee_id, s.work_date
) d
cross join lateral (
  select coalesce(sum(a.credited_minutes) filter (where a.status in ('submitted', 'approved')), 0) as claimed_minutes
  from journal_entries a
  where a.agency_id = $5 and a.employee_id = d.employee_id and a.work_date = d.work_date and a.deleted_at is null
) c;

-- pendingDaysToDecide (example 1 of 1)
select distinct s.employee_id, s.work_date
from unnest($1::uuid[]) as p(employee_id)
cross join lateral (
  select x.employee_id, x.work_date
  from journal_entries x
  where x.agency_id = $2 and x.employee_id = p.employee_id and x.status = 'submitted' and x.deleted_at is null and ($3::timestamptz is null or x.submitted_at <= $4::timestamptz)
  offset 0
) s;

-- pendingEntriesOfPerson (example 1 of 2)
select "id", "version"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "status" = $3 and "deleted_at" is null;

-- pendingEntriesOfPerson (example 2 of 2)
select "id", "version"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "status" = $3 and "deleted_at" is null and "work_date" = $4 and "submitted_at" <= $5;

-- positionsOfAgency (example 1 of 1)
select "id", "name", "unit_id"
from "positions"
where "agency_id" = $1;

-- rhkTexts (example 1 of 1)
select distinct on ("r"."id") "r"."id", "r"."text"
from "skp_rhk" as "r"
inner join "skp" as "s" on "s"."agency_id" = "r"."agency_id" and "s"."id" = "r"."skp_id"
where "r"."agency_id" = $1 and "r"."id" in ($2)
order by "r"."id", case when "r"."version" = "s"."version_in_force" then 0 else 1 end, "r"."version" desc;

-- submissionGroups (example 1 of 1)
select e.employee_id, (e.submitted_at at time zone $1::text)::date as submitted_on, d.decided_by_employee_id, d.auto_reason, (d.decided_at at time zone $2::text)::date as decided_on, count(*) as n
from journal_entries e
left join lateral (
  select x.decided_by_employee_id, x.auto_reason, x.decided_at
  from entry_decisions x
  where x.agency_id = $3 and x.agency_id = e.agency_id and x.entry_id = e.id
  order by x.entry_version desc
  limit 1
) d on e.status <> 'submitted'
where e.agency_id = $4 and e.work_date between $5 and $6 and e.deleted_at is null and e.status <> 'draft' and e.submitted_at is not null
group by 1, 2, 3, 4, 5;

-- unitsOfAgency (example 1 of 1)
select "id", "name", "code", "parent_id"
from "units"
where "agency_id" = $1;

-- windowApprovedEntriesBetween (example 1 of 2)
select distinct "e"."id", "e"."employee_id", "e"."work_date"
from "entry_decisions" as "d"
inner join "journal_entries" as "e" on "e"."agency_id" = "d"."agency_id" and "e"."id" = "d"."entry_id"
where "d"."agency_id" = $1 and "e"."agency_id" = $2 and "d"."auto_reason" = $3 and "e"."work_date" >= $4 and "e"."work_date" <= $5 and "e"."deleted_at" is null;

-- windowApprovedEntriesBetween (example 2 of 2)
select distinct "e"."id", "e"."employee_id", "e"."work_date"
from "entry_decisions" as "d"
inner join "journal_entries" as "e" on "e"."agency_id" = "d"."agency_id" and "e"."id" = "d"."entry_id"
where "d"."agency_id" = $1 and "e"."agency_id" = $2 and "e"."employee_id" in ($3, $4) and "d"."auto_reason" = $5 and "e"."work_date" >= $6 and "e"."work_date" <= $7 and "e"."deleted_at" is null;
