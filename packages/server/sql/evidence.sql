-- The SQL that module evidence sends, one block per example of each query (src/modules/evidence).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- agencyTimeZone (example 1 of 1)
select "time_zone"
from "agencies"
where "id" = $1;

-- deleteFiles (example 1 of 1)
delete from "evidence_uploads"
where "sha256" in ($1);
delete from "evidence_files"
where "sha256" in ($1);

-- evidenceBySha (example 1 of 1)
select *
from "evidence_files"
where "sha256" = $1;

-- filesStillNamed (example 1 of 1)
select distinct "sha256" as sha256
from "journal_entry_evidence"
where "sha256" in ($1);
select distinct "sha256" as sha256
from "signed_skp_scans"
where "sha256" in ($1);
select distinct "sha256" as sha256
from "signed_evaluation_scans"
where "sha256" in ($1);
select distinct "attachment_sha256" as sha256
from "attendance_leave_requests"
where "attachment_sha256" in ($1);
select distinct "photo_sha256" as sha256
from "selfie_checkins"
where "photo_sha256" in ($1);
select distinct "photo_sha256" as sha256
from "selfie_references"
where "photo_sha256" in ($1);
select distinct e.value ->> 'sha256' as sha256
from evaluation_realisasi x
cross join lateral jsonb_array_elements(x.bukti) e
where e.value ->> 'kind' = 'file' and e.value ->> 'sha256' in ($1);

-- insertEvidenceFile (example 1 of 1)
insert into "evidence_files" ("sha256", "byte_size", "stored_size", "media_type", "width", "height", "captured_at", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8)
on conflict ("sha256")
do nothing
returning *;

-- insertEvidenceUpload (example 1 of 1)
insert into "evidence_uploads" ("sha256", "account_id", "uploaded_at")
values ($1, $2, $3)
on conflict ("sha256", "account_id")
do nothing;

-- lockFilesToRemove (example 1 of 2)
set local citus.multi_shard_modify_mode to 'sequential';
select "f"."sha256", "f"."media_type"
from "evidence_files" as "f"
where "f"."sha256" in ($1) and not exists (
  select "x"."sha256"
  from "evidence_uploads" as "x"
  where "x"."sha256" = "f"."sha256" and "x"."uploaded_at" >= $2
)
for update;

-- lockFilesToRemove (example 2 of 2)
set local citus.multi_shard_modify_mode to 'sequential';
select "f"."sha256", "f"."media_type"
from "evidence_files" as "f"
where "f"."sha256" in ($1)
for update;

-- updateRestoredEvidence (example 1 of 1)
update "evidence_files"
set "stored_size" = $1, "width" = $2, "height" = $3
where "sha256" = $4;

-- uploadedByteSize (example 1 of 1)
select "f"."byte_size"
from "evidence_uploads" as "u"
inner join "evidence_files" as "f" on "f"."sha256" = "u"."sha256"
where "u"."sha256" = $1 and "u"."account_id" = $2;
