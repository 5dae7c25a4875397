-- The SQL that module skp-print sends, one block per example of each query (src/modules/skp-print).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- agencyHeading (example 1 of 1)
select "name", "time_zone"
from "agencies"
where "id" = $1;

-- approvedAt (example 1 of 1)
select max("at") as "at"
from "skp_events"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3 and "to_status" = $4;

-- insertSignedScan (example 1 of 1)
insert into "signed_skp_scans" ("agency_id", "skp_id", "sha256", "version", "uploaded_by", "uploaded_at")
values ($1, $2, $3, $4, $5, $6)
on conflict ("agency_id", "skp_id", "sha256")
do nothing
returning "sha256";

-- rhkTexts (example 1 of 1)
select "r"."id", "r"."text", "r"."version", "s"."version_in_force"
from "skp_rhk" as "r"
inner join "skp" as "s" on "s"."agency_id" = "r"."agency_id" and "s"."id" = "r"."skp_id"
where "r"."agency_id" = $1 and "r"."id" in ($2)
order by "r"."id", case when "r"."version" = "s"."version_in_force" then 0 else 1 end, "r"."version" desc;

-- signedScan (example 1 of 1)
select "x"."sha256", "x"."version", "x"."uploaded_at", "f"."media_type", "f"."byte_size", "a"."agency_id" as "actor_agency_id", "a"."employee_id" as "actor_employee_id", "a"."display_name"
from "signed_skp_scans" as "x"
inner join "evidence_files" as "f" on "f"."sha256" = "x"."sha256"
inner join "accounts" as "a" on "a"."id" = "x"."uploaded_by"
where "x"."agency_id" = $1 and "x"."skp_id" = $2 and "x"."sha256" = $3;

-- signedScans (example 1 of 1)
select "x"."sha256", "x"."version", "x"."uploaded_at", "f"."media_type", "f"."byte_size", "a"."agency_id" as "actor_agency_id", "a"."employee_id" as "actor_employee_id", "a"."display_name"
from "signed_skp_scans" as "x"
inner join "evidence_files" as "f" on "f"."sha256" = "x"."sha256"
inner join "accounts" as "a" on "a"."id" = "x"."uploaded_by"
where "x"."agency_id" = $1 and "x"."skp_id" = $2
order by "x"."uploaded_at", "x"."sha256";
