-- The SQL that module access sends, one block per example of each query (src/modules/access).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- accountRoles (example 1 of 1)
select "id", "role"
from "accounts"
where "agency_id" = $1 and "id" in ($2);

-- evidenceInLeaveRequests (example 1 of 1)
select distinct "attachment_sha256" as "sha256", "employee_id"
from "attendance_leave_requests"
where "agency_id" = $1 and "attachment_sha256" in ($2);

-- evidenceInRatedRealisasi (example 1 of 1)
select "r"."agency_id", "s"."employee_id", "r"."bukti"
from "skp_people" as "x"
inner join "skp" as "s" on "s"."agency_id" = "x"."agency_id" and "s"."id" = "x"."skp_id"
inner join "evaluations" as "v" on "v"."agency_id" = "x"."agency_id" and "v"."skp_id" = "x"."skp_id"
inner join "evaluation_realisasi" as "r" on "r"."agency_id" = "v"."agency_id" and "r"."evaluation_id" = "v"."id"
where "x"."person_agency_id" = $1 and "x"."employee_id" = $2 and "x"."role" in ($3, $4) and r.bukti @> any($5::jsonb[]);

-- evidenceOwners (example 1 of 2)
select distinct "x"."sha256", "e"."agency_id", "e"."employee_id"
from "journal_entry_evidence" as "x"
inner join "journal_entries" as "e" on "e"."agency_id" = "x"."agency_id" and "e"."id" = "x"."entry_id"
where "x"."sha256" in ($1) and "e"."deleted_at" is null and "e"."agency_id" = $2;

-- evidenceOwners (example 2 of 2)
select distinct "x"."sha256", "e"."agency_id", "e"."employee_id"
from "journal_entry_evidence" as "x"
inner join "journal_entries" as "e" on "e"."agency_id" = "x"."agency_id" and "e"."id" = "x"."entry_id"
where "x"."sha256" in ($1) and "e"."deleted_at" is null;

-- evidenceUploadedBy (example 1 of 1)
select distinct "sha256"
from "evidence_uploads"
where "sha256" in ($1) and "account_id" = $2;

-- importsStartedBy (example 1 of 1)
select "id"
from "import_jobs"
where "id" in ($1) and "account_id" = $2;

-- skpParties (example 1 of 1)
select "s"."id", "s"."employee_id", "x"."role", "x"."person_agency_id", "x"."employee_id" as "person_employee_id"
from "skp" as "s"
left join "skp_people" as "x" on "x"."agency_id" = "s"."agency_id" and "x"."skp_id" = "s"."id" and "x"."role" <> $1
where "s"."agency_id" = $2 and "s"."id" in ($3);
