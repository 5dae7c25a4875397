-- The SQL that module evidence sends, one block per example of each query (src/modules/evidence).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- agencyTimeZone (example 1 of 1)
select "time_zone"
from "agencies"
where "id" = $1;

-- evidenceBySha (example 1 of 1)
select *
from "evidence_files"
where "sha256" = $1;

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

-- updateRestoredEvidence (example 1 of 1)
update "evidence_files"
set "stored_size" = $1, "width" = $2, "height" = $3
where "sha256" = $4;

-- uploadedByteSize (example 1 of 1)
select "f"."byte_size"
from "evidence_uploads" as "u"
inner join "evidence_files" as "f" on "f"."sha256" = "u"."sha256"
where "u"."sha256" = $1 and "u"."account_id" = $2;
