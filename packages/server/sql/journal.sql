-- The SQL that module journal sends, one block per example of each query (src/modules/journal).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- activeActivitiesOf (example 1 of 1)
select "code", "version", "name", "unit", "standard_minutes", "position_kinds", "agency_codes", "group_name"
from "activities"
where "version" = $1 and "active" = $2
order by "code";

-- activeAgencyIds (example 1 of 1)
select "id"
from "agencies"
where "active" = $1;

-- allAgencyCodes (example 1 of 1)
select "code"
from "agencies";

-- allHolidays (example 1 of 1)
select "date", "name", "kind"
from "holidays";

-- appendAutoSubmittedEvents (example 1 of 1)
insert into "journal_entry_events" ("agency_id", "entry_id", "seq", "actor_account_id", "action", "data")
select "ev"."agency_id", "ev"."entry_id", max(ev.seq) + 1 as "seq", $1 as "actor_account_id", $2 as "action", $3 as "data"
from "journal_entry_events" as "ev"
where "ev"."agency_id" = $4 and "ev"."entry_id" in ($5)
group by "ev"."agency_id", "ev"."entry_id";

-- appendEntryEvents (example 1 of 1)
insert into journal_entry_events (agency_id, entry_id, seq, at, actor_account_id, action, data)
select j.agency_id, j.id, coalesce(max(ev.seq), 0) + x.k, coalesce($1::timestamptz, now()), $2::uuid, x.action, x.data
from (
  values ($3::uuid, $4, $5::jsonb, $6::int), ($7::uuid, $8, $9::jsonb, $10::int)
) as x(entry_id, action, data, k)
join journal_entries j on j.agency_id = $11::uuid and j.id = x.entry_id
left join journal_entry_events ev on ev.agency_id = j.agency_id and ev.entry_id = j.id
group by j.agency_id, j.id, x.k, x.action, x.data;

-- approvedOnTimeMinutes (example 1 of 2)
select "employee_id", sum("credited_minutes") as "minutes", count(*) as "entries"
from "journal_entries"
where "agency_id" = $1 and "work_date" >= $2 and "work_date" <= $3 and "status" = $4 and "late_received_at" is null and "deleted_at" is null
group by "employee_id";

-- approvedOnTimeMinutes (example 2 of 2)
select "employee_id", sum("credited_minutes") as "minutes", count(*) as "entries"
from "journal_entries"
where "agency_id" = $1 and "work_date" >= $2 and "work_date" <= $3 and "status" = $4 and "late_received_at" is null and "deleted_at" is null and "employee_id" in ($5)
group by "employee_id";

-- attachedEvidence (example 1 of 1)
select "sha256"
from "journal_entry_evidence"
where "agency_id" = $1 and "entry_id" = $2;

-- copyableEntriesOn (example 1 of 1)
select "id", "start_minute", "end_minute", "duration_minutes", "activity_code", "volume", "description", "rhk_id"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "work_date" = $3 and "deleted_at" is null and "status" <> $4
order by "start_minute";

-- countedEntryRowsOn (example 1 of 1)
select "e"."id", "e"."work_date", "e"."start_minute", "e"."end_minute", "a"."name"
from "journal_entries" as "e"
inner join "activities" as "a" on "a"."code" = "e"."activity_code" and "a"."version" = "e"."activity_version"
where "e"."agency_id" = $1 and "e"."employee_id" = $2 and "e"."work_date" in ($3) and "e"."deleted_at" is null and "e"."status" <> $4;

-- decisionRowsOfEntry (example 1 of 1)
select "d"."id", "d"."entry_id", "d"."decision", "d"."note", "d"."capacity", "d"."auto_reason", "d"."decided_at", "d"."entry_version", "d"."decided_by_employee_id", "emp"."name", "emp"."front_title", "emp"."back_title"
from "entry_decisions" as "d"
left join "employees" as "emp" on "emp"."agency_id" = "d"."agency_id" and "emp"."id" = "d"."decided_by_employee_id"
where "d"."agency_id" = $1 and "d"."entry_id" = $2
order by "d"."entry_version";

-- deleteEntryEvidence (example 1 of 1)
delete from "journal_entry_evidence"
where "agency_id" = $1 and "entry_id" = $2 and "sha256" in ($3);

-- deleteFavourite (example 1 of 1)
delete from "activity_favourites"
where "agency_id" = $1 and "employee_id" = $2 and "activity_code" = $3;

-- deleteHolidaysBetween (example 1 of 1)
delete from "holidays"
where "date" >= $1 and "date" <= $2;

-- deleteSetOf (example 1 of 1)
delete from "activity_sets"
where "agency_id" = $1 and "employee_id" = $2 and "id" = $3;

-- entryRowsOf (example 1 of 2)
select "e"."id", "e"."work_date", "e"."start_minute", "e"."end_minute", "e"."duration_minutes", "e"."activity_code", "e"."activity_version", "a"."name" as "activity_name", "a"."unit" as "activity_unit", "e"."volume", "e"."description", "e"."rhk_id", "e"."credited_minutes", "e"."status", "e"."version", "e"."device_recorded_at", "e"."received_at", "e"."updated_at"
from "journal_entries" as "e"
inner join "activities" as "a" on "a"."code" = "e"."activity_code" and "a"."version" = "e"."activity_version"
where "e"."agency_id" = $1 and "e"."employee_id" = $2 and "e"."deleted_at" is null and "e"."id" = $3
order by "e"."work_date", "e"."start_minute", "e"."created_at";

-- entryRowsOf (example 2 of 2)
select "e"."id", "e"."work_date", "e"."start_minute", "e"."end_minute", "e"."duration_minutes", "e"."activity_code", "e"."activity_version", "a"."name" as "activity_name", "a"."unit" as "activity_unit", "e"."volume", "e"."description", "e"."rhk_id", "e"."credited_minutes", "e"."status", "e"."version", "e"."device_recorded_at", "e"."received_at", "e"."updated_at"
from "journal_entries" as "e"
inner join "activities" as "a" on "a"."code" = "e"."activity_code" and "a"."version" = "e"."activity_version"
where "e"."agency_id" = $1 and "e"."employee_id" = $2 and "e"."deleted_at" is null and "e"."work_date" >= $3 and "e"."work_date" <= $4
order by "e"."work_date", "e"."start_minute", "e"."created_at";

-- entryStatusById (example 1 of 1)
select "status"
from "journal_entries"
where "agency_id" = $1 and "id" = $2;

-- evidenceOfEntries (example 1 of 1)
select "je"."entry_id", "je"."sha256", "je"."file_name", "f"."media_type"
from "journal_entry_evidence" as "je"
inner join "evidence_files" as "f" on "f"."sha256" = "je"."sha256"
where "je"."agency_id" = $1 and "je"."entry_id" in ($2)
order by "je"."added_at";

-- favouriteCodes (example 1 of 1)
select "activity_code"
from "activity_favourites"
where "agency_id" = $1 and "employee_id" = $2
order by "created_at";

-- hasDraftsUntil (example 1 of 1)
select "id"
from "journal_entries"
where "agency_id" = $1 and "status" = $2 and "deleted_at" is null and "work_date" <= $3
limit $4;

-- holidaysBetween (example 1 of 1)
select "date", "name", "kind"
from "holidays"
where "date" >= $1 and "date" <= $2
order by "date";

-- insertActivities (example 1 of 1)
insert into "activities" ("code", "version", "name", "unit", "standard_minutes", "position_kinds", "agency_codes", "group_name", "active")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- insertDecisions (example 1 of 1)
insert into entry_decisions (agency_id, id, entry_id, decision, note, decided_by_account_id, decided_by_employee_id, capacity, auto_reason, entry_version, submitted_at, decided_at)
select $1::uuid, d.id, d.entry_id, $2, $3, $4::uuid, $5::uuid, d.capacity, $6, d.entry_version, d.submitted_at, $7::timestamptz
from unnest($8::uuid[], $9::uuid[], $10::text[], $11::int[], $12::timestamptz[]) as d(id, entry_id, capacity, entry_version, submitted_at);

-- insertDictionaryVersion (example 1 of 1)
insert into "activity_dictionary_versions" ("version", "source", "item_count", "created_by")
values ($1, $2, $3, $4);

-- insertEntryEvidence (example 1 of 1)
insert into "journal_entry_evidence" ("agency_id", "entry_id", "sha256", "file_name", "added_at")
values ($1, $2, $3, $4, $5)
on conflict ("agency_id", "entry_id", "sha256")
do nothing;

-- insertEntryIdClaims (example 1 of 1)
insert into "entry_id_claims" ("id", "agency_id", "employee_id")
values ($1, $2, $3)
on conflict ("id")
do nothing
returning "id";

-- insertEntryRow (example 1 of 1)
insert into "journal_entries" ("agency_id", "id", "employee_id", "work_date", "start_minute", "end_minute", "duration_minutes", "activity_code", "activity_version", "volume", "description", "rhk_id", "credited_minutes", "device_recorded_at", "clock_skew_seconds", "late_received_at", "late_window_closed_at", "received_at", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20);

-- insertFavourite (example 1 of 1)
insert into "activity_favourites" ("agency_id", "employee_id", "activity_code")
values ($1, $2, $3)
on conflict ("agency_id", "employee_id", "activity_code")
do nothing;

-- insertHolidays (example 1 of 1)
insert into "holidays" ("date", "name", "kind")
values ($1, $2, $3)
on conflict ("date", "name")
do nothing;

-- insertOutage (example 1 of 1)
insert into "outages" ("id", "agency_id", "starts_at", "ends_at", "reason", "declared_by")
values ($1, $2, $3, $4, $5, $6);

-- journalAgency (example 1 of 1)
select "id", "code", "time_zone"
from "agencies"
where "id" = $1;

-- latestDecisionRows (example 1 of 1)
select distinct on ("d"."entry_id") "d"."id", "d"."entry_id", "d"."decision", "d"."note", "d"."capacity", "d"."auto_reason", "d"."decided_at", "d"."entry_version", "d"."decided_by_employee_id", "emp"."name", "emp"."front_title", "emp"."back_title"
from "entry_decisions" as "d"
left join "employees" as "emp" on "emp"."agency_id" = "d"."agency_id" and "emp"."id" = "d"."decided_by_employee_id"
where "d"."agency_id" = $1 and "d"."entry_id" in ($2, $3)
order by "d"."entry_id", "d"."entry_version" desc;

-- latestDictionaryVersion (example 1 of 1)
select max("version") as "v"
from "activity_dictionary_versions";

-- lockEmployeeDay (example 1 of 1)
select pg_advisory_xact_lock(hashtextextended($1, 0));

-- lockPendingEntries (example 1 of 1)
select id
from journal_entries
where agency_id = $1 and id = any($2::uuid[]) and status = 'submitted'
order by id
for update;

-- lockedEntryRow (example 1 of 1)
select *
from "journal_entries"
where "agency_id" = $1 and "id" = $2
for update;

-- lockedEntryState (example 1 of 1)
select "employee_id", "status", "work_date", "deleted_at"
from "journal_entries"
where "agency_id" = $1 and "id" = $2
for update;

-- markEntriesDecided (example 1 of 1)
update journal_entries e
set status = $1, version = e.version + 1, updated_at = $2, change_at = statement_timestamp()
from unnest($3::uuid[], $4::int[]) as t(id, seen_version)
where e.agency_id = $5 and e.id = t.id and (t.seen_version is null or e.version = t.seen_version) and e.status = 'submitted' and e.deleted_at is null
returning e.id, e.employee_id, e.version, e.submitted_at;

-- markEntriesSubmitted (example 1 of 1)
update "journal_entries"
set "status" = $1, "submitted_at" = $2, "updated_at" = $3, "version" = "version" + $4, "change_at" = statement_timestamp()
where "agency_id" = $5 and "id" in ($6);

-- markEntryDeleted (example 1 of 1)
update "journal_entries"
set "deleted_at" = $1, "updated_at" = $2, "change_at" = statement_timestamp()
where "agency_id" = $3 and "id" = $4;

-- outagesOf (example 1 of 1)
select "id", "starts_at", "ends_at", "reason"
from "outages"
where ("agency_id" is null or "agency_id" = $1);

-- positionKinds (example 1 of 1)
select "id", "kind"
from "positions"
where "agency_id" = $1 and "id" in ($2);

-- recentActivityCodes (example 1 of 1)
select "activity_code", max("created_at") as "last_used"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "deleted_at" is null
group by "activity_code"
order by "last_used" desc
limit $3;

-- sendableEntriesOn (example 1 of 1)
select "id", "status"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "work_date" = $3 and "deleted_at" is null and "status" in ($4, $5);

-- setOwner (example 1 of 1)
select "employee_id"
from "activity_sets"
where "agency_id" = $1 and "id" = $2;

-- setsOf (example 1 of 1)
select "id", "name", "items"
from "activity_sets"
where "agency_id" = $1 and "employee_id" = $2
order by "name";

-- submitDraftsUntil (example 1 of 1)
update "journal_entries"
set "status" = $1, "submitted_at" = $2, "updated_at" = $3, "version" = "version" + $4, "change_at" = statement_timestamp()
where "agency_id" = $5 and "status" = $6 and "deleted_at" is null and "work_date" <= $7
returning "id", "employee_id";

-- touchEntry (example 1 of 1)
update "journal_entries"
set "updated_at" = $1, "change_at" = statement_timestamp()
where "agency_id" = $2 and "id" = $3;

-- undecidedJournalDays (example 1 of 2)
select distinct "employee_id", "work_date"
from "journal_entries"
where "agency_id" = $1 and "work_date" >= $2 and "work_date" <= $3 and "status" in ($4, $5) and "deleted_at" is null
order by "employee_id", "work_date";

-- undecidedJournalDays (example 2 of 2)
select distinct "employee_id", "work_date"
from "journal_entries"
where "agency_id" = $1 and "work_date" >= $2 and "work_date" <= $3 and "status" in ($4, $5) and "deleted_at" is null and "employee_id" in ($6)
order by "employee_id", "work_date";

-- updateEntryRow (example 1 of 2)
update "journal_entries"
set "work_date" = $1, "start_minute" = $2, "end_minute" = $3, "duration_minutes" = $4, "activity_code" = $5, "activity_version" = $6, "volume" = $7, "description" = $8, "rhk_id" = $9, "credited_minutes" = $10, "version" = $11, "updated_at" = $12, "clock_skew_seconds" = $13, "late_received_at" = $14, "late_window_closed_at" = $15, "change_at" = statement_timestamp()
where "agency_id" = $16 and "id" = $17;

-- updateEntryRow (example 2 of 2)
update "journal_entries"
set "work_date" = $1, "start_minute" = $2, "end_minute" = $3, "duration_minutes" = $4, "activity_code" = $5, "activity_version" = $6, "volume" = $7, "description" = $8, "rhk_id" = $9, "credited_minutes" = $10, "version" = $11, "updated_at" = $12, "clock_skew_seconds" = $13, "late_received_at" = $14, "late_window_closed_at" = $15, "device_recorded_at" = $16, "change_at" = statement_timestamp()
where "agency_id" = $17 and "id" = $18;

-- uploadedByAccount (example 1 of 1)
select "sha256"
from "evidence_uploads"
where "account_id" = $1 and "sha256" in ($2);

-- upsertSet (example 1 of 1)
insert into "activity_sets" ("agency_id", "id", "employee_id", "name", "items")
values ($1, $2, $3, $4, $5)
on conflict ("agency_id", "id")
do update set "name" = $6, "items" = $7;

-- visibleOutages (example 1 of 3)
select "id", "agency_id", "starts_at", "ends_at", "reason"
from "outages"
order by "starts_at" desc
limit $1;

-- visibleOutages (example 2 of 3)
select "id", "agency_id", "starts_at", "ends_at", "reason"
from "outages"
where ("agency_id" is null or "agency_id" = $1)
order by "starts_at" desc
limit $2;

-- visibleOutages (example 3 of 3)
select "id", "agency_id", "starts_at", "ends_at", "reason"
from "outages"
where "agency_id" is null
order by "starts_at" desc
limit $1;
