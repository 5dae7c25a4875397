-- The SQL that module validation sends, one block per example of each query (src/modules/validation).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- pendingDaysOf (example 1 of 1)
select d.employee_id, d.work_date, d.pending, d.pending_minutes, c.claimed_minutes, d.oldest, d.overdue
from unnest($1::uuid[]) as p(employee_id)
cross join lateral (
  select s.employee_id, s.work_date, count(*) as pending, coalesce(sum(s.credited_minutes), 0) as pending_minutes, min(s.submitted_at) as oldest, count(*) filter (where s.submitted_at < $2) as overdue
  from journal_entries s
  where s.agency_id = $3 and s.employee_id = p.employee_id and s.status = 'submitted' and s.deleted_at is null
  group by s.employee_id, s.work_date
) d
cross join lateral (
  select coalesce(sum(a.credited_minutes) filter (where a.status in ('submitted', 'approved')), 0) as claimed_minutes
  from journal_entries a
  where a.agency_id = $4 and a.employee_id = d.employee_id and a.work_date = d.work_date and a.deleted_at is null
) c;
