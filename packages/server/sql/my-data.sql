-- The SQL that module my-data sends, one block per example of each query (src/modules/my-data).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- accountsOfPerson (example 1 of 1)
select "id", "nip", "role", "active", "created_at", "password_changed_at"
from "accounts"
where "agency_id" = $1 and "employee_id" = $2;

-- assignmentsOfPerson (example 1 of 1)
select "pa"."role", "pa"."starts_on", "pa"."ends_on", "pa"."decree_number", "p"."code" as "position_code", "p"."name" as "position_name", "p"."kind" as "position_kind", "p"."kelas_jabatan", "u"."name" as "unit_name"
from "position_assignments" as "pa"
inner join "positions" as "p" on "p"."agency_id" = "pa"."agency_id" and "p"."id" = "pa"."position_id"
inner join "units" as "u" on "u"."agency_id" = "p"."agency_id" and "u"."id" = "p"."unit_id"
where "pa"."agency_id" = $1 and "pa"."employee_id" = $2
order by "pa"."starts_on";

-- decisionsOfPerson (example 1 of 1)
select "d"."entry_id", "e"."work_date", "d"."decision", "d"."note", "d"."capacity", "d"."auto_reason", "d"."entry_version", "d"."submitted_at", "d"."decided_at", "b"."name" as "decided_by_name", "b"."nip" as "decided_by_nip"
from "entry_decisions" as "d"
inner join "journal_entries" as "e" on "e"."agency_id" = "d"."agency_id" and "e"."id" = "d"."entry_id"
left join "employees" as "b" on "b"."agency_id" = "d"."agency_id" and "b"."id" = "d"."decided_by_employee_id"
where "d"."agency_id" = $1 and "e"."employee_id" = $2
order by "d"."decided_at";

-- entriesOfPerson (example 1 of 1)
select "e"."id", "e"."work_date", "e"."start_minute", "e"."end_minute", "e"."duration_minutes", "e"."activity_code", "a"."name" as "activity_name", "a"."unit" as "activity_unit", "e"."volume", "e"."description", "e"."rhk_id", "e"."credited_minutes", "e"."status", "e"."version", "e"."device_recorded_at", "e"."received_at", "e"."submitted_at", "e"."created_at", "e"."updated_at", "e"."deleted_at"
from "journal_entries" as "e"
left join "activities" as "a" on "a"."code" = "e"."activity_code" and "a"."version" = "e"."activity_version"
where "e"."agency_id" = $1 and "e"."employee_id" = $2
order by "e"."work_date", "e"."start_minute", "e"."id";

-- entryEventsOfPerson (example 1 of 1)
select "v"."entry_id", "v"."seq", "v"."at", "v"."action", "v"."actor_account_id", "v"."data"
from "journal_entry_events" as "v"
inner join "journal_entries" as "e" on "e"."agency_id" = "v"."agency_id" and "e"."id" = "v"."entry_id"
where "v"."agency_id" = $1 and "e"."employee_id" = $2
order by "v"."entry_id", "v"."seq";

-- eventsOfPerson (example 1 of 1)
select "e"."date", "e"."kind", "e"."name", "e"."start_minute", "e"."end_minute", "a"."recorded_at", "e"."id"
from "attendance_event_attendees" as "a"
inner join "attendance_events" as "e" on "e"."agency_id" = "a"."agency_id" and "e"."id" = "a"."event_id"
where "a"."agency_id" = $1 and "a"."employee_id" = $2
order by "e"."date", "e"."start_minute";

-- evidenceOfPerson (example 1 of 1)
select "x"."entry_id", "e"."work_date", "x"."sha256", "x"."file_name", "x"."added_at", "f"."media_type", "f"."byte_size", "f"."captured_at"
from "journal_entry_evidence" as "x"
inner join "journal_entries" as "e" on "e"."agency_id" = "x"."agency_id" and "e"."id" = "x"."entry_id"
inner join "evidence_files" as "f" on "f"."sha256" = "x"."sha256"
where "x"."agency_id" = $1 and "e"."employee_id" = $2
order by "e"."work_date", "x"."added_at";

-- expiredExports (example 1 of 1)
select "agency_id", "id"
from "data_exports"
where "status" = $1 and "expires_at" <= $2;

-- exportById (example 1 of 1)
select "id", "employee_id", "requested_by_account_id", "reason", "status", "parts_total", "parts_done", "size_bytes", "error", "created_at", "finished_at", "expires_at"
from "data_exports"
where "agency_id" = $1 and "id" = $2;

-- exportsOf (example 1 of 1)
select "id", "employee_id", "requested_by_account_id", "reason", "status", "parts_total", "parts_done", "size_bytes", "error", "created_at", "finished_at", "expires_at"
from "data_exports"
where "agency_id" = $1 and "employee_id" = $2
order by "created_at" desc
limit $3;

-- failUnfinishedExports (example 1 of 1)
update "data_exports"
set "status" = $1, "error" = $2, "finished_at" = $3
where "status" in ($4, $5);

-- finishExport (example 1 of 1)
update "data_exports"
set "status" = $1, "size_bytes" = $2, "error" = $3, "finished_at" = $4, "expires_at" = $5
where "agency_id" = $6 and "id" = $7;

-- forgetExportFile (example 1 of 1)
update "data_exports"
set "status" = $1, "error" = $2, "size_bytes" = $3
where "agency_id" = $4 and "id" = $5;

-- insertExport (example 1 of 1)
insert into "data_exports" ("agency_id", "id", "employee_id", "requested_by_account_id", "reason", "status", "created_at")
values ($1, $2, $3, $4, $5, $6, $7);

-- leaveOfPerson (example 1 of 1)
select "l"."id", "l"."type_code", "l"."part", "l"."starts_on", "l"."ends_on", "l"."reason", "l"."status", "l"."decided_at", "l"."decision_note", "l"."created_at", "l"."attachment_sha256", "f"."media_type"
from "attendance_leave_requests" as "l"
left join "evidence_files" as "f" on "f"."sha256" = "l"."attachment_sha256"
where "l"."agency_id" = $1 and "l"."employee_id" = $2
order by "l"."starts_on", "l"."created_at";

-- personRow (example 1 of 1)
select "e"."id", "e"."nip", "e"."kind", "e"."name", "e"."front_title", "e"."back_title", "e"."sex", "e"."birth_date", "e"."rank_code", "e"."email", "e"."phone", "e"."active", "e"."created_at", "e"."updated_at", "a"."name" as "agency_name", "a"."time_zone"
from "employees" as "e"
inner join "agencies" as "a" on "a"."id" = "e"."agency_id"
where "e"."agency_id" = $1 and "e"."id" = $2;

-- punchesOfPerson (example 1 of 1)
select "p"."at", "p"."pin", "p"."status", "p"."verify", "p"."work_code", "p"."source", "p"."received_at", "m"."name" as "machine_name", "m"."zone" as "machine_zone"
from "attendance_punches" as "p"
left join "attendance_machines" as "m" on "m"."agency_id" = "p"."agency_id" and "m"."id" = "p"."machine_id"
where "p"."agency_id" = $1 and "p"."employee_id" = $2
order by "p"."at";

-- selfieCheckinsOfPerson (example 1 of 1)
select "c"."id", "c"."at", "c"."device_time", "c"."received_at", "c"."clock_skewed", "c"."lat", "c"."lon", "c"."accuracy_meters", "c"."place", "c"."distance_meters", "c"."match_score", "c"."liveness_score", "c"."antispoof_score", "c"."face", "c"."accepted", "c"."device_id", "c"."photo_sha256", "f"."media_type", "c"."resolution", "c"."resolution_note", "c"."resolved_at", "c"."other_employee_id"
from "selfie_checkins" as "c"
left join "evidence_files" as "f" on "f"."sha256" = "c"."photo_sha256"
where "c"."agency_id" = $1 and "c"."employee_id" = $2
order by "c"."at", "c"."id";

-- selfieReferencesOfPerson (example 1 of 1)
select "r"."id", "r"."state", "r"."submitted_at", "r"."decided_at", "r"."note", "r"."photo_sha256", "f"."media_type"
from "selfie_references" as "r"
left join "evidence_files" as "f" on "f"."sha256" = "r"."photo_sha256"
where "r"."agency_id" = $1 and "r"."employee_id" = $2
order by "r"."submitted_at", "r"."id";

-- setExportProgress (example 1 of 1)
update "data_exports"
set "status" = $1, "parts_done" = $2, "parts_total" = $3
where "agency_id" = $4 and "id" = $5;

-- skpOfPerson (example 1 of 1)
select "id", "period_from", "period_to", "form", "pendekatan", "status", "current_version", "version_in_force", "created_at", "updated_at"
from "skp"
where "agency_id" = $1 and "employee_id" = $2
order by "period_from";

-- tppLinesOfPerson (example 1 of 1)
select "r"."month", "r"."status" as "run_status", "r"."rule_set_version", "r"."computed_at", "e"."run_id", "e"."status", "e"."kelas", "e"."golongan", "e"."basic", "e"."gross", "e"."cuts", "e"."pph21", "e"."bpjs_employee", "e"."net", "e"."payable", "e"."bank_account", "e"."input", "e"."result", "e"."error"
from "tpp_run_employees" as "e"
inner join "tpp_runs" as "r" on "r"."agency_id" = "e"."agency_id" and "r"."id" = "e"."run_id"
where "e"."agency_id" = $1 and "e"."employee_id" = $2
order by "r"."month" desc, "r"."computed_at" desc;

-- tppRecordsOfPerson (example 1 of 1)
select "golongan", "cpns", "kelas_override", "salary", "bank_account", "objective", "part_scores", "updated_at"
from "tpp_payroll"
where "agency_id" = $1 and "employee_id" = $2;
select "hukdis_id", "from_month", "to_month", "decree_number", "created_at", "withdrawn_at"
from "tpp_hukdis"
where "agency_id" = $1 and "employee_id" = $2
order by "from_month";
