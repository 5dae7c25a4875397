-- The SQL that module sync sends, one block per example of each query (src/modules/sync).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- anyItemOrEntryKnown (example 1 of 1)
select "item_id" as "id"
from "sync_applied_items"
where "agency_id" = $1 and "account_id" = $2 and "item_id" in ($3)
union all
select "id"
from "entry_id_claims"
where "id" in ($4)
limit $5;

-- appliedItem (example 1 of 1)
select "status", "kind", "entry_id"
from "sync_applied_items"
where "agency_id" = $1 and "account_id" = $2 and "item_id" = $3;

-- deleteAppliedItemsBefore (example 1 of 1)
delete from sync_applied_items s using (
  select agency_id, account_id, item_id
  from sync_applied_items
  where status = 'applied' and received_at < $1
  limit $2
) old
where s.agency_id = old.agency_id and s.account_id = old.account_id and s.item_id = old.item_id;

-- earliestChangeAfterNumber (example 1 of 1)
select (extract(epoch from min(change_at)) * 1000000)::bigint::text as "micros"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "change_seq" > $3::bigint;

-- entryChangesAfter (example 1 of 2)
select "id", "work_date", "deleted_at", (extract(epoch from change_at) * 1000000)::bigint::text as "micros", change_at < clock_timestamp() - $1::integer * interval '1 millisecond' as "settled"
from "journal_entries"
where "agency_id" = $2 and "employee_id" = $3 and "work_date" >= $4
order by "change_at", "id"
limit $5;

-- entryChangesAfter (example 2 of 2)
select "id", "work_date", "deleted_at", (extract(epoch from change_at) * 1000000)::bigint::text as "micros", change_at < clock_timestamp() - $1::integer * interval '1 millisecond' as "settled"
from "journal_entries"
where "agency_id" = $2 and "employee_id" = $3 and (change_at, id) > ((timestamptz 'epoch' + $4::bigint * interval '1 microsecond'), $5::uuid)
order by "change_at", "id"
limit $6;

-- entryOwnership (example 1 of 1)
select "employee_id", "version", "deleted_at"
from "journal_entries"
where "agency_id" = $1 and "id" = $2;

-- insertAppliedItems (example 1 of 1)
insert into "sync_applied_items" ("agency_id", "account_id", "item_id", "employee_id", "device_id", "kind", "entry_id", "status", "missing_evidence", "device_time", "received_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- insertNewEntries (example 1 of 1)
insert into "journal_entries" ("agency_id", "id", "employee_id", "work_date", "start_minute", "end_minute", "duration_minutes", "activity_code", "activity_version", "volume", "description", "rhk_id", "credited_minutes", "device_recorded_at", "clock_skew_seconds", "late_received_at", "late_window_closed_at", "received_at", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20);

-- newestSettledChangeBefore (example 1 of 1)
select (extract(epoch from change_at) * 1000000)::bigint::text as "micros", "id"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and change_at < clock_timestamp() - $3::integer * interval '1 millisecond' and "work_date" < $4
order by "change_at" desc, "id" desc
limit $5;

-- uploadedMediaTypes (example 1 of 1)
select "u"."sha256", "f"."media_type"
from "evidence_uploads" as "u"
inner join "evidence_files" as "f" on "f"."sha256" = "u"."sha256"
where "u"."account_id" = $1 and "u"."sha256" in ($2);

-- upsertAppliedItem (example 1 of 1)
insert into "sync_applied_items" ("agency_id", "account_id", "item_id", "employee_id", "device_id", "kind", "entry_id", "status", "missing_evidence", "device_time", "received_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
on conflict ("agency_id", "account_id", "item_id")
do update set "status" = $12, "missing_evidence" = $13;

-- watermarkSince (example 1 of 1)
select timestamp as at
from kysely_migration
where name = '0029_sync_watermark';
