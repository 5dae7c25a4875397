-- The SQL that module evaluation sends, one block per example of each query (src/modules/evaluation).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- activeEmployees (example 1 of 1)
select "id", "nip", "name"
from "employees"
where "agency_id" = $1 and "active" = $2
order by "name", "id";

-- agencySkpsOfYear (example 1 of 1)
select "s"."id", "s"."employee_id", "s"."period_from", "s"."period_to", "p"."name" as "position_name", "p"."unit_id", "p"."is_unit_head", "e"."nip", "e"."name", "n"."name" as "penilai_name", "n"."nip" as "penilai_nip", "n"."rank" as "penilai_rank", "n"."position_name" as "penilai_position", "n"."unit_name" as "penilai_unit", "n"."status" as "penilai_status", "a"."name" as "atasan_name", "a"."nip" as "atasan_nip"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
inner join "positions" as "p" on "p"."agency_id" = "s"."agency_id" and "p"."id" = "s"."position_id"
left join "skp_people" as "n" on "n"."agency_id" = "s"."agency_id" and "n"."skp_id" = "s"."id" and "n"."role" = $1
left join "skp_people" as "a" on "a"."agency_id" = "s"."agency_id" and "a"."skp_id" = "s"."id" and "a"."role" = $2
where "s"."agency_id" = $3 and "s"."version_in_force" is not null and "s"."period_from" <= $4 and "s"."period_to" >= $5
order by "e"."name", "s"."period_from", "s"."id";

-- agencyUnits (example 1 of 1)
select "id", "parent_id", "name"
from "units"
where "agency_id" = $1;

-- answerFeedback (example 1 of 1)
update "evaluation_feedback"
set "answer_text" = $1, "answered_at" = $2, "answered_by_account_id" = $3
where "agency_id" = $4 and "id" = $5;

-- approvedWorkPerRhk (example 1 of 1)
select "rhk_id", count(*) as "entries", coalesce(sum(credited_minutes), 0) as "minutes", coalesce(sum(volume), 0) as "volume"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "work_date" >= $3 and "work_date" <= $4 and "status" = $5 and "deleted_at" is null
group by "rhk_id";

-- employeeSkpsOfYear (example 1 of 1)
select "s"."id", "s"."period_from", "s"."period_to", "p"."name" as "position_name", "p"."unit_id", "p"."is_unit_head", "n"."name" as "penilai_name"
from "skp" as "s"
inner join "positions" as "p" on "p"."agency_id" = "s"."agency_id" and "p"."id" = "s"."position_id"
left join "skp_people" as "n" on "n"."agency_id" = "s"."agency_id" and "n"."skp_id" = "s"."id" and "n"."role" = $1
where "s"."agency_id" = $2 and "s"."employee_id" = $3 and "s"."version_in_force" is not null and "s"."period_from" <= $4 and "s"."period_to" >= $5
order by "s"."period_from", "s"."id";

-- evaluationOfPeriod (example 1 of 1)
select "v"."agency_id", "v"."id", "v"."skp_id", "v"."kind", "v"."label", "v"."period_from", "v"."period_to", "v"."covered_from", "v"."covered_to", "v"."credited_months", "v"."status", "v"."rating_hasil_kerja", "v"."rating_perilaku_kerja", "v"."rating_note", "v"."predikat", "v"."angka_kredit", "v"."finalised_at", "v"."updated_at"
from "evaluations" as "v"
where "v"."agency_id" = $1 and "v"."skp_id" = $2 and "v"."period_from" = $3 and "v"."period_to" = $4;

-- evaluationRow (example 1 of 2)
select "v"."agency_id", "v"."id", "v"."skp_id", "v"."kind", "v"."label", "v"."period_from", "v"."period_to", "v"."covered_from", "v"."covered_to", "v"."credited_months", "v"."status", "v"."rating_hasil_kerja", "v"."rating_perilaku_kerja", "v"."rating_note", "v"."predikat", "v"."angka_kredit", "v"."finalised_at", "v"."updated_at"
from "evaluations" as "v"
where "v"."agency_id" = $1 and "v"."id" = $2;

-- evaluationRow (example 2 of 2)
select "v"."agency_id", "v"."id", "v"."skp_id", "v"."kind", "v"."label", "v"."period_from", "v"."period_to", "v"."covered_from", "v"."covered_to", "v"."credited_months", "v"."status", "v"."rating_hasil_kerja", "v"."rating_perilaku_kerja", "v"."rating_note", "v"."predikat", "v"."angka_kredit", "v"."finalised_at", "v"."updated_at"
from "evaluations" as "v"
where "v"."agency_id" = $1 and "v"."id" = $2
for update;

-- evaluationScan (example 1 of 1)
select "x"."sha256", "x"."finalised_at", "x"."uploaded_at", "f"."media_type", "f"."byte_size", "a"."agency_id" as "actor_agency_id", "a"."employee_id" as "actor_employee_id", "a"."display_name"
from "signed_evaluation_scans" as "x"
inner join "evidence_files" as "f" on "f"."sha256" = "x"."sha256"
inner join "accounts" as "a" on "a"."id" = "x"."uploaded_by"
where "x"."agency_id" = $1 and "x"."evaluation_id" = $2 and "x"."sha256" = $3;

-- evaluationScans (example 1 of 1)
select "x"."sha256", "x"."finalised_at", "x"."uploaded_at", "f"."media_type", "f"."byte_size", "a"."agency_id" as "actor_agency_id", "a"."employee_id" as "actor_employee_id", "a"."display_name"
from "signed_evaluation_scans" as "x"
inner join "evidence_files" as "f" on "f"."sha256" = "x"."sha256"
inner join "accounts" as "a" on "a"."id" = "x"."uploaded_by"
where "x"."agency_id" = $1 and "x"."evaluation_id" = $2
order by "x"."uploaded_at", "x"."sha256";

-- evaluationSkp (example 1 of 1)
select "s"."agency_id", "s"."id", "s"."employee_id", "s"."period_from", "s"."period_to", "s"."status", "s"."version_in_force", "e"."name" as "employee_name", "p"."unit_id", "p"."is_unit_head", "p"."kind" as "position_kind", "p"."jf_level"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
inner join "positions" as "p" on "p"."agency_id" = "s"."agency_id" and "p"."id" = "s"."position_id"
where "s"."agency_id" = $1 and "s"."id" = $2;

-- evaluationsOfPeriod (example 1 of 1)
select "v"."id", "v"."status", "v"."rating_hasil_kerja", "v"."rating_perilaku_kerja", "v"."predikat", "p"."unit_id", "p"."is_unit_head", "g"."name", "g"."nip", "g"."position_name"
from "evaluations" as "v"
inner join "skp" as "s" on "s"."agency_id" = "v"."agency_id" and "s"."id" = "v"."skp_id"
inner join "positions" as "p" on "p"."agency_id" = "s"."agency_id" and "p"."id" = "s"."position_id"
inner join "skp_people" as "g" on "g"."agency_id" = "s"."agency_id" and "g"."skp_id" = "s"."id" and "g"."role" = $1
where "v"."agency_id" = $2 and "v"."period_from" = $3 and "v"."period_to" = $4
order by "g"."name", "v"."id";

-- evaluationsOfSkp (example 1 of 1)
select "v"."agency_id", "v"."id", "v"."skp_id", "v"."kind", "v"."label", "v"."period_from", "v"."period_to", "v"."covered_from", "v"."covered_to", "v"."credited_months", "v"."status", "v"."rating_hasil_kerja", "v"."rating_perilaku_kerja", "v"."rating_note", "v"."predikat", "v"."angka_kredit", "v"."finalised_at", "v"."updated_at"
from "evaluations" as "v"
where "v"."agency_id" = $1 and "v"."skp_id" = $2
order by "v"."period_from", "v"."period_to";

-- evaluationsOfSkps (example 1 of 1)
select "v"."agency_id", "v"."id", "v"."skp_id", "v"."kind", "v"."label", "v"."period_from", "v"."period_to", "v"."covered_from", "v"."covered_to", "v"."credited_months", "v"."status", "v"."rating_hasil_kerja", "v"."rating_perilaku_kerja", "v"."rating_note", "v"."predikat", "v"."angka_kredit", "v"."finalised_at", "v"."updated_at"
from "evaluations" as "v"
where "v"."agency_id" = $1 and "v"."skp_id" in ($2)
order by "v"."period_from", "v"."period_to";

-- eventOfRequest (example 1 of 1)
select "action"
from "evaluation_events"
where "agency_id" = $1 and "evaluation_id" = $2 and "request_id" = $3;

-- eventsOf (example 1 of 1)
select "x"."action", "x"."reason", "x"."at", "a"."agency_id" as "actor_agency_id", "a"."employee_id" as "actor_employee_id", "a"."display_name"
from "evaluation_events" as "x"
inner join "accounts" as "a" on "a"."id" = "x"."actor_account_id"
where "x"."agency_id" = $1 and "x"."evaluation_id" = $2
order by "x"."at", "x"."id";

-- feedbackOf (example 1 of 1)
select "f"."id", "f"."evaluation_id", "f"."target", "f"."target_id", "f"."preset", "f"."text", "f"."author_account_id", "f"."created_at", "f"."answer_text", "f"."answered_at", "a"."agency_id" as "actor_agency_id", "a"."employee_id" as "actor_employee_id", "a"."display_name"
from "evaluation_feedback" as "f"
left join "accounts" as "a" on "a"."id" = "f"."author_account_id"
where "f"."agency_id" = $1 and "f"."evaluation_id" = $2
order by "f"."created_at", "f"."id";

-- feedbackRow (example 1 of 1)
select "id", "evaluation_id", "target", "target_id", "preset", "text", "author_account_id", "answer_text"
from "evaluation_feedback"
where "agency_id" = $1 and "id" = $2;

-- insertEvaluation (example 1 of 1)
insert into "evaluations" ("agency_id", "id", "skp_id", "kind", "label", "period_from", "period_to", "covered_from", "covered_to", "credited_months")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
on conflict ("agency_id", "skp_id", "period_from", "period_to")
do nothing;

-- insertEvaluationScan (example 1 of 1)
insert into "signed_evaluation_scans" ("agency_id", "evaluation_id", "sha256", "finalised_at", "uploaded_by", "uploaded_at")
values ($1, $2, $3, $4, $5, $6)
on conflict ("agency_id", "evaluation_id", "sha256")
do nothing
returning "sha256";

-- insertEvent (example 1 of 1)
insert into "evaluation_events" ("agency_id", "evaluation_id", "id", "action", "reason", "actor_account_id", "request_id", "at")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- insertFeedback (example 1 of 1)
insert into "evaluation_feedback" ("agency_id", "id", "evaluation_id", "target", "target_id", "preset", "text", "author_account_id", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- lastSiasnPush (example 1 of 1)
select "at", "data"
from "audit_log"
where "agency_id" = $1 and "at" >= $2 and "action" = $3 and "entity" = $4 and "entity_id" = $5 and data->>'year' = $6
order by "at" desc, "chain_seq" desc
limit $7;

-- organisationResults (example 1 of 1)
select "unit_id", "capaian", "note", "set_at"
from "organisation_results"
where "agency_id" = $1 and "period_from" = $2 and "period_to" = $3;

-- overviewAgencyRow (example 1 of 1)
select "id", "code", "name"
from "agencies"
where "id" = $1;

-- overviewEvaluations (example 1 of 1)
select "s"."id" as "skp_id", "s"."employee_id", "e"."nip", "e"."name", "e"."front_title", "e"."back_title", "p"."name" as "position_name", "p"."unit_id", "n"."name" as "penilai_name", "v"."id" as "evaluation_id", "v"."status"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
inner join "positions" as "p" on "p"."agency_id" = "s"."agency_id" and "p"."id" = "s"."position_id"
left join "skp_people" as "n" on "n"."agency_id" = "s"."agency_id" and "n"."skp_id" = "s"."id" and "n"."role" = $1
left join "evaluations" as "v" on "v"."agency_id" = "s"."agency_id" and "v"."skp_id" = "s"."id" and "v"."period_from" = $2 and "v"."period_to" = $3
where "s"."agency_id" = $4 and "s"."version_in_force" is not null and "s"."period_from" <= $5 and "s"."period_to" >= $6;

-- overviewUnitTree (example 1 of 1)
select "id", "code", "name", "parent_id"
from "units"
where "agency_id" = $1;

-- penilaiNames (example 1 of 1)
select "skp_id", "name"
from "skp_people"
where "agency_id" = $1 and "skp_id" in ($2) and "role" = $3;

-- penilaiTeam (example 1 of 1)
select "s"."agency_id", "s"."id" as "skp_id", "s"."employee_id", "g"."name", "g"."nip", "g"."position_name", "p"."unit_id", "p"."is_unit_head", "v"."id" as "evaluation_id", "v"."status", "v"."rating_hasil_kerja", "v"."rating_perilaku_kerja", "v"."predikat"
from "skp_people" as "x"
inner join "skp" as "s" on "s"."agency_id" = "x"."agency_id" and "s"."id" = "x"."skp_id"
inner join "skp_people" as "g" on "g"."agency_id" = "s"."agency_id" and "g"."skp_id" = "s"."id" and "g"."role" = $1
inner join "positions" as "p" on "p"."agency_id" = "s"."agency_id" and "p"."id" = "s"."position_id"
left join "evaluations" as "v" on "v"."agency_id" = "s"."agency_id" and "v"."skp_id" = "s"."id" and "v"."period_from" = $2 and "v"."period_to" = $3
where "x"."person_agency_id" = $4 and "x"."employee_id" = $5 and "x"."role" = $6 and "s"."version_in_force" is not null and "s"."period_from" <= $7 and "s"."period_to" >= $8
order by "g"."name", "s"."id";

-- realisasiAksiOf (example 1 of 1)
select "rencana_aksi_id", "rhk_id", "text", "updated_at"
from "evaluation_realisasi_aksi"
where "agency_id" = $1 and "evaluation_id" = $2;

-- realisasiOf (example 1 of 1)
select "iki_id", "rhk_id", "text", "bukti", "updated_at"
from "evaluation_realisasi"
where "agency_id" = $1 and "evaluation_id" = $2;

-- saveRating (example 1 of 1)
update "evaluations"
set "rating_hasil_kerja" = $1, "rating_perilaku_kerja" = $2, "rating_note" = $3, "rated_by_account_id" = $4, "rated_at" = $5, "updated_at" = $6
where "agency_id" = $7 and "id" = $8;

-- setFinal (example 1 of 1)
update "evaluations"
set "status" = $1, "predikat" = $2, "angka_kredit" = $3, "finalised_at" = $4, "finalised_by_account_id" = $5, "updated_at" = $6
where "agency_id" = $7 and "id" = $8;

-- siasnPostsOfSkps (example 1 of 1)
select "s"."id", "p"."kind" as "position_kind", "p"."jf_level"
from "skp" as "s"
inner join "positions" as "p" on "p"."agency_id" = "s"."agency_id" and "p"."id" = "s"."position_id"
where "s"."agency_id" = $1 and "s"."id" in ($2);

-- siasnReferenceCodes (example 1 of 1)
select "list", "key", "label", "code", "position", "updated_at", "updated_by_account_id"
from "siasn_reference_codes"
order by "list", "position";

-- skpFormFacts (example 1 of 1)
select "form", "pendekatan", "version_in_force"
from "skp"
where "agency_id" = $1 and "id" = $2;
select "r"."id", "r"."parent_rhk_id", "r"."perspektif", "r"."penugasan_dari"
from "skp_rhk" as "r"
inner join "skp" as "s" on "s"."agency_id" = "r"."agency_id" and "s"."id" = "r"."skp_id" and "s"."version_in_force" = "r"."version"
where "r"."agency_id" = $1 and "r"."skp_id" = $2;

-- skpRhkIki (example 1 of 1)
select "id", "jenis", "text"
from "skp_rhk"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3
order by "ordinal";
select "id", "rhk_id", "aspek", "text", "target"
from "skp_iki"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3
order by "ordinal";
select "perilaku"
from "skp_versions"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3;

-- skpsWithEvaluation (example 1 of 1)
select "s"."id" as "skp_id", "s"."employee_id", "e"."name" as "employee_name", "e"."nip", "v"."id" as "evaluation_id", "v"."status"
from "skp" as "s"
inner join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
left join "evaluations" as "v" on "v"."agency_id" = "s"."agency_id" and "v"."skp_id" = "s"."id" and "v"."period_from" = $1 and "v"."period_to" = $2
where "s"."agency_id" = $3 and "s"."version_in_force" is not null and "s"."period_from" <= $4 and "s"."period_to" >= $5
order by "e"."name", "s"."id";

-- updateFeedback (example 1 of 1)
update "evaluation_feedback"
set "preset" = $1, "text" = $2, "updated_at" = $3
where "agency_id" = $4 and "id" = $5;

-- updateSiasnReferenceCode (example 1 of 1)
update "siasn_reference_codes" as "c"
set "code" = $1, "label" = $2, "updated_at" = $3, "updated_by_account_id" = $4
from "siasn_reference_codes" as "old"
where "old"."list" = "c"."list" and "old"."key" = "c"."key" and "c"."list" = $5 and "c"."key" = $6
returning "old"."code" as "old_code", "old"."label" as "old_label";

-- upsertOrganisationResult (example 1 of 1)
insert into "organisation_results" ("agency_id", "unit_id", "period_from", "period_to", "capaian", "note", "set_by_account_id", "set_at")
values ($1, $2, $3, $4, $5, $6, $7, $8)
on conflict ("agency_id", "unit_id", "period_from", "period_to")
do update set "capaian" = $9, "note" = $10, "set_by_account_id" = $11, "set_at" = $12;

-- upsertRealisasi (example 1 of 1)
insert into "evaluation_realisasi" ("agency_id", "evaluation_id", "iki_id", "rhk_id", "text", "bukti", "updated_by_account_id", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8)
on conflict ("agency_id", "evaluation_id", "iki_id")
do update set "text" = $9, "bukti" = $10, "rhk_id" = $11, "updated_by_account_id" = $12, "updated_at" = $13;

-- upsertRealisasiAksi (example 1 of 1)
insert into "evaluation_realisasi_aksi" ("agency_id", "evaluation_id", "rencana_aksi_id", "rhk_id", "text", "updated_by_account_id", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7)
on conflict ("agency_id", "evaluation_id", "rencana_aksi_id")
do update set "rhk_id" = $8, "text" = $9, "updated_by_account_id" = $10, "updated_at" = $11;
