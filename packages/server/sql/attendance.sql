-- The SQL that module attendance sends, one block per example of each query (src/modules/attendance).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- acceptSerial (example 1 of 1)
insert into "attendance_serials" ("serial_number", "state", "agency_id", "machine_id", "decided_at", "decided_by_account_id", "first_seen_at", "last_seen_at")
values ($1, $2, $3, $4, $5, $6, $7, $8)
on conflict ("serial_number")
do update set "state" = $9, "agency_id" = $10, "machine_id" = $11, "decided_at" = $12, "decided_by_account_id" = $13;

-- activeAgencyIds (example 1 of 1)
select "id"
from "agencies"
where "active" = $1
order by "id";

-- agencyAndUnits (example 1 of 1)
select "code", "name"
from "agencies"
where "id" = $1;
select "id", "name"
from "units"
where "agency_id" = $1;

-- agencyExists (example 1 of 1)
select "id"
from "agencies"
where "id" = $1;

-- agencyZone (example 1 of 1)
select "time_zone"
from "agencies"
where "id" = $1;

-- alertsFor (example 1 of 3)
select "a"."agency_id", "a"."employee_id", "e"."nip", "e"."name", "a"."year", "a"."code", "a"."level", "a"."sanction", "a"."reached_on", "a"."days", "a"."recipient", "a"."raised_at"
from "attendance_alerts" as "a"
inner join "employees" as "e" on "e"."agency_id" = "a"."agency_id" and "e"."id" = "a"."employee_id"
where "a"."recipient" = $1
order by "a"."raised_at" desc, "a"."employee_id", "a"."code"
limit $2;

-- alertsFor (example 2 of 3)
select "a"."agency_id", "a"."employee_id", "e"."nip", "e"."name", "a"."year", "a"."code", "a"."level", "a"."sanction", "a"."reached_on", "a"."days", "a"."recipient", "a"."raised_at"
from "attendance_alerts" as "a"
inner join "employees" as "e" on "e"."agency_id" = "a"."agency_id" and "e"."id" = "a"."employee_id"
where "a"."recipient" = $1 and "a"."agency_id" = $2 and "a"."recipient_employee_id" = $3
order by "a"."raised_at" desc, "a"."employee_id", "a"."code"
limit $4;

-- alertsFor (example 3 of 3)
select "a"."agency_id", "a"."employee_id", "e"."nip", "e"."name", "a"."year", "a"."code", "a"."level", "a"."sanction", "a"."reached_on", "a"."days", "a"."recipient", "a"."raised_at"
from "attendance_alerts" as "a"
inner join "employees" as "e" on "e"."agency_id" = "a"."agency_id" and "e"."id" = "a"."employee_id"
where "a"."recipient" = $1 and "a"."agency_id" = $2
order by "a"."raised_at" desc, "a"."employee_id", "a"."code"
limit $3;

-- approvedLeaveBetween (example 1 of 2)
select "employee_id", "type_code", "part", "starts_on", "ends_on"
from "attendance_leave_requests"
where "agency_id" = $1 and "status" = $2 and "starts_on" <= $3 and "ends_on" >= $4
order by "created_at";

-- approvedLeaveBetween (example 2 of 2)
select "employee_id", "type_code", "part", "starts_on", "ends_on"
from "attendance_leave_requests"
where "agency_id" = $1 and "status" = $2 and "starts_on" <= $3 and "ends_on" >= $4 and "employee_id" in ($5)
order by "created_at";

-- assignmentsOf (example 1 of 1)
select "s"."id", "s"."schedule_id", "s"."scope_kind", "s"."unit_id", "s"."employee_id", "s"."starts_on", "s"."ends_on", "u"."name" as "unit_name", "e"."name" as "employee_name"
from "attendance_schedule_assignments" as "s"
left join "units" as "u" on "u"."agency_id" = "s"."agency_id" and "u"."id" = "s"."unit_id"
left join "employees" as "e" on "e"."agency_id" = "s"."agency_id" and "e"."id" = "s"."employee_id"
where "s"."agency_id" = $1
order by "s"."starts_on", "s"."id";

-- commandsByRequest (example 1 of 1)
select "id"
from "attendance_commands"
where "agency_id" = $1 and "machine_id" = $2 and "request_id" = $3;

-- commandsOfMachine (example 1 of 1)
select "id", "kind", "employee_id", "pin", "command", "created_at", "sent_at", "sent_count", "return_code", "returned_at"
from "attendance_commands"
where "agency_id" = $1 and "machine_id" = $2
order by "id" desc
limit $3;

-- commandsToSend (example 1 of 1)
select "id", "command"
from "attendance_commands"
where "agency_id" = $1 and "machine_id" = $2 and "returned_at" is null and ("sent_at" is null or "sent_at" < $3)
order by "id"
limit $4;

-- decideLeave (example 1 of 1)
update "attendance_leave_requests"
set "status" = $1, "decided_by_employee_id" = $2, "decided_at" = $3, "decision_note" = $4
where "agency_id" = $5 and "id" = $6 and "status" = $7
returning "id", "employee_id", "type_code", "starts_on", "ends_on";

-- decideSelfieReference (example 1 of 1)
update "selfie_references"
set "state" = $1, "decided_at" = $2, "decided_by_account_id" = $3, "note" = $4
where "agency_id" = $5 and "id" = $6 and "state" = $7
returning "id", "employee_id";

-- deleteAssignment (example 1 of 1)
delete from "attendance_schedule_assignments"
where "agency_id" = $1 and "id" = $2
returning "id", "schedule_id", "scope_kind", "starts_on", "ends_on";

-- deleteLeaveTypes (example 1 of 1)
delete from "attendance_leave_types"
where "agency_id" = $1;

-- deleteRuleVersion (example 1 of 1)
delete from "attendance_rule_versions"
where "agency_id" = $1 and "effective_from" = $2
returning "effective_from";

-- deleteSelfieGeofence (example 1 of 1)
delete from "selfie_geofences"
where "agency_id" = $1 and "id" = $2
returning "id";

-- employeeOfAgency (example 1 of 1)
select "id", "nip", "name"
from "employees"
where "agency_id" = $1 and "id" = $2;

-- employeesForCommands (example 1 of 1)
select "e"."id", "e"."nip", "e"."name", "p"."pin"
from "employees" as "e"
left join "attendance_pins" as "p" on "p"."agency_id" = "e"."agency_id" and "p"."employee_id" = "e"."id"
where "e"."agency_id" = $1 and "e"."id" in ($2);

-- employeesOfAgency (example 1 of 1)
select "id"
from "employees"
where "agency_id" = $1 and "id" in ($2);

-- employeesOfPinsOrNips (example 1 of 1)
select "pin", "employee_id", 'pin' as "by"
from "attendance_pins"
where "agency_id" = $1 and "pin" in ($2, $3)
union all
select "nip" as "pin", "id" as "employee_id", 'nip' as "by"
from "employees"
where "agency_id" = $4 and "nip" in ($5, $6);

-- eventsBetween (example 1 of 1)
select "id", "kind", "name", "date", "start_minute", "end_minute", "machine_id"
from "attendance_events"
where "agency_id" = $1 and "date" >= $2 and "date" <= $3
order by "date", "start_minute";

-- firstPunchAt (example 1 of 1)
select least((
  select min("at") as "m"
  from "attendance_punches"
  where "agency_id" = $1
), (
  select min("at") as "m"
  from "selfie_checkins"
  where "agency_id" = $2 and "accepted" = $3
)) as "first";

-- holidaysBetween (example 1 of 1)
select "date", "name", "kind"
from "holidays"
where "date" >= $1 and "date" <= $2;

-- insertAlerts (example 1 of 1)
insert into "attendance_alerts" ("agency_id", "employee_id", "year", "code", "recipient", "recipient_employee_id", "level", "sanction", "reached_on", "days", "raised_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
on conflict
do nothing
returning "code";

-- insertAssignment (example 1 of 1)
insert into "attendance_schedule_assignments" ("agency_id", "id", "schedule_id", "scope_kind", "unit_id", "employee_id", "starts_on", "ends_on", "created_at", "created_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- insertAttendees (example 1 of 1)
insert into "attendance_event_attendees" ("agency_id", "event_id", "employee_id", "recorded_at", "recorded_by_account_id")
values ($1, $2, $3, $4, $5)
on conflict
do nothing
returning "employee_id";

-- insertCommands (example 1 of 1)
insert into "attendance_commands" ("agency_id", "machine_id", "id", "kind", "employee_id", "pin", "command", "request_id", "created_by_account_id", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- insertEvent (example 1 of 1)
insert into "attendance_events" ("agency_id", "id", "kind", "name", "date", "start_minute", "end_minute", "machine_id", "created_at", "created_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- insertLeave (example 1 of 1)
insert into "attendance_leave_requests" ("agency_id", "id", "request_id", "employee_id", "type_code", "part", "starts_on", "ends_on", "reason", "attachment_sha256", "status", "approver_employee_id", "created_at", "created_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
on conflict ("agency_id", "employee_id", "request_id")
do nothing
returning "id";

-- insertLeaveTypes (example 1 of 1)
insert into "attendance_leave_types" ("agency_id", "code", "name", "counts", "active", "position", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- insertMachine (example 1 of 1)
insert into "attendance_machines" ("agency_id", "id", "serial_number", "name", "zone", "created_by_account_id", "created_at")
values ($1, $2, $3, $4, $5, $6, $7);

-- insertOperlog (example 1 of 1)
insert into "attendance_operlog" ("agency_id", "machine_id", "body_sha256", "body", "stamp", "received_at")
values ($1, $2, $3, $4, $5, $6)
on conflict
do nothing;

-- insertPins (example 1 of 1)
insert into "attendance_pins" ("agency_id", "pin", "employee_id")
values ($1, $2, $3);

-- insertPunches (example 1 of 1)
insert into "attendance_punches" ("agency_id", "machine_id", "pin", "local_time", "at", "employee_id", "status", "verify", "work_code", "source", "received_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
on conflict
do nothing
returning "pin";

-- insertSelfieCheckin (example 1 of 1)
insert into "selfie_checkins" ("agency_id", "id", "employee_id", "account_id", "device_id", "device_time", "received_at", "skew_seconds", "clock_skewed", "at", "lat", "lon", "accuracy_meters", "place", "geofence_id", "distance_meters", "photo_sha256", "reference_id", "match_score", "liveness_score", "antispoof_score", "face", "descriptor", "accepted")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
on conflict ("agency_id", "id")
do nothing
returning "id";

-- insertSelfieReference (example 1 of 1)
insert into "selfie_references" ("agency_id", "id", "employee_id", "photo_sha256", "descriptor", "state", "submitted_at", "submitted_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8)
on conflict ("agency_id", "id")
do nothing
returning "id";

-- leaveCodesInUse (example 1 of 1)
select distinct "type_code"
from "attendance_leave_requests"
where "agency_id" = $1;

-- leaveIdByRequest (example 1 of 1)
select "id"
from "attendance_leave_requests"
where "agency_id" = $1 and "employee_id" = $2 and "request_id" = $3;

-- leaveRequests (example 1 of 3)
select "l"."id", "l"."agency_id", "l"."employee_id", "e"."nip", "e"."name", "l"."type_code", "l"."part", "l"."starts_on", "l"."ends_on", "l"."reason", "l"."attachment_sha256", "l"."status", "l"."approver_employee_id", "ap"."nip" as "approver_nip", "ap"."name" as "approver_name", "l"."decided_by_employee_id", "dc"."nip" as "decided_nip", "dc"."name" as "decided_name", "l"."decided_at", "l"."decision_note", "l"."created_at"
from "attendance_leave_requests" as "l"
inner join "employees" as "e" on "e"."agency_id" = "l"."agency_id" and "e"."id" = "l"."employee_id"
left join "employees" as "ap" on "ap"."agency_id" = "l"."agency_id" and "ap"."id" = "l"."approver_employee_id"
left join "employees" as "dc" on "dc"."agency_id" = "l"."agency_id" and "dc"."id" = "l"."decided_by_employee_id"
where "l"."agency_id" = $1 and "l"."id" in ($2)
order by "l"."created_at" desc, "l"."id"
limit $3;

-- leaveRequests (example 2 of 3)
select "l"."id", "l"."agency_id", "l"."employee_id", "e"."nip", "e"."name", "l"."type_code", "l"."part", "l"."starts_on", "l"."ends_on", "l"."reason", "l"."attachment_sha256", "l"."status", "l"."approver_employee_id", "ap"."nip" as "approver_nip", "ap"."name" as "approver_name", "l"."decided_by_employee_id", "dc"."nip" as "decided_nip", "dc"."name" as "decided_name", "l"."decided_at", "l"."decision_note", "l"."created_at"
from "attendance_leave_requests" as "l"
inner join "employees" as "e" on "e"."agency_id" = "l"."agency_id" and "e"."id" = "l"."employee_id"
left join "employees" as "ap" on "ap"."agency_id" = "l"."agency_id" and "ap"."id" = "l"."approver_employee_id"
left join "employees" as "dc" on "dc"."agency_id" = "l"."agency_id" and "dc"."id" = "l"."decided_by_employee_id"
where "l"."agency_id" = $1 and "l"."employee_id" in ($2) and "l"."status" = $3
order by "l"."created_at" desc, "l"."id"
limit $4;

-- leaveRequests (example 3 of 3)
select "l"."id", "l"."agency_id", "l"."employee_id", "e"."nip", "e"."name", "l"."type_code", "l"."part", "l"."starts_on", "l"."ends_on", "l"."reason", "l"."attachment_sha256", "l"."status", "l"."approver_employee_id", "ap"."nip" as "approver_nip", "ap"."name" as "approver_name", "l"."decided_by_employee_id", "dc"."nip" as "decided_nip", "dc"."name" as "decided_name", "l"."decided_at", "l"."decision_note", "l"."created_at"
from "attendance_leave_requests" as "l"
inner join "employees" as "e" on "e"."agency_id" = "l"."agency_id" and "e"."id" = "l"."employee_id"
left join "employees" as "ap" on "ap"."agency_id" = "l"."agency_id" and "ap"."id" = "l"."approver_employee_id"
left join "employees" as "dc" on "dc"."agency_id" = "l"."agency_id" and "dc"."id" = "l"."decided_by_employee_id"
where "l"."agency_id" = $1 and "l"."starts_on" <= $2 and "l"."ends_on" >= $3
order by "l"."created_at" desc, "l"."id"
limit $4;

-- leaveTypesOf (example 1 of 1)
select "code", "name", "counts", "active"
from "attendance_leave_types"
where "agency_id" = $1
order by "position";

-- listedAttendees (example 1 of 1)
select "a"."event_id", "e"."id", "e"."nip", "e"."name"
from "attendance_event_attendees" as "a"
inner join "employees" as "e" on "e"."agency_id" = "a"."agency_id" and "e"."id" = "a"."employee_id"
where "a"."agency_id" = $1 and "a"."event_id" in ($2);

-- machineAttendees (example 1 of 1)
select distinct "e"."id", "e"."nip", "e"."name"
from "attendance_punches" as "p"
inner join "employees" as "e" on "e"."agency_id" = "p"."agency_id" and "e"."id" = "p"."employee_id"
where "p"."agency_id" = $1 and "p"."machine_id" = $2 and "p"."at" >= $3 and "p"."at" < $4;

-- machineOfAgency (example 1 of 1)
select "id"
from "attendance_machines"
where "agency_id" = $1 and "id" = $2;

-- machineRow (example 1 of 2)
select "agency_id", "id", "serial_number", "name", "zone", "active", "attlog_stamp", "operlog_stamp", "last_seen_at", "last_ip", "push_version", "clock_drift_seconds", "drift_measured_at", "bad_lines", "created_at"
from "attendance_machines"
where "agency_id" = $1 and "id" = $2;

-- machineRow (example 2 of 2)
select "agency_id", "id", "serial_number", "name", "zone", "active", "attlog_stamp", "operlog_stamp", "last_seen_at", "last_ip", "push_version", "clock_drift_seconds", "drift_measured_at", "bad_lines", "created_at"
from "attendance_machines"
where "agency_id" = $1 and "id" = $2
for update;

-- machinesOfAgency (example 1 of 1)
select "m"."agency_id", "m"."id", "m"."serial_number", "m"."name", "m"."zone", "m"."active", "m"."attlog_stamp", "m"."operlog_stamp", "m"."last_seen_at", "m"."last_ip", "m"."push_version", "m"."clock_drift_seconds", "m"."drift_measured_at", "m"."bad_lines", "m"."created_at", (
  select count(*)::int as "n"
  from "attendance_punches" as "p"
  where "p"."agency_id" = $1 and "p"."agency_id" = "m"."agency_id" and "p"."machine_id" = "m"."id" and p.at >= case m.zone when 'WIB' then $2::timestamptz when 'WITA' then $3::timestamptz else $4::timestamptz end
) as "punches_today"
from "attendance_machines" as "m"
where "m"."agency_id" = $5
order by "m"."name";

-- markBatch (example 1 of 2)
update "attendance_machines"
set "attlog_stamp" = $1, "clock_drift_seconds" = $2, "drift_measured_at" = $3, "bad_lines" = bad_lines + $4
where "agency_id" = $5 and "id" = $6;

-- markBatch (example 2 of 2)
update "attendance_machines"
set "bad_lines" = bad_lines + $1
where "agency_id" = $2 and "id" = $3;

-- markCommandsSent (example 1 of 1)
update "attendance_commands"
set "sent_at" = $1, "sent_count" = sent_count + 1
where "agency_id" = $2 and "machine_id" = $3 and "id" in ($4, $5);

-- nextCommandId (example 1 of 1)
select coalesce(max(id), 0) + 1 as "next"
from "attendance_commands"
where "agency_id" = $1 and "machine_id" = $2;

-- notePendingSerial (example 1 of 1)
insert into "attendance_serials" ("serial_number", "state", "last_ip", "push_version", "requests", "first_seen_at", "last_seen_at")
values ($1, $2, $3, $4, $5, $6, $7)
on conflict ("serial_number")
do update set "last_seen_at" = $8, "last_ip" = $9, "push_version" = coalesce(excluded.push_version, attendance_serials.push_version), "requests" = attendance_serials.requests + 1
where "attendance_serials"."state" <> $10;

-- overlappingLeave (example 1 of 1)
select "id", "starts_on", "ends_on"
from "attendance_leave_requests"
where "agency_id" = $1 and "employee_id" = $2 and "status" in ($3, $4) and "part" = $5 and "starts_on" <= $6 and "ends_on" >= $7;

-- pinHolders (example 1 of 1)
select "pin", "employee_id"
from "attendance_pins"
where "agency_id" = $1 and "pin" in ($2);

-- punchesBetween (example 1 of 2)
select "employee_id", "at"
from "attendance_punches"
where "agency_id" = $1 and "employee_id" is not null and "at" >= $2 and "at" < $3
union all
select "employee_id", "at"
from "selfie_checkins"
where "agency_id" = $4 and "accepted" = $5 and "at" >= $6 and "at" < $7;

-- punchesBetween (example 2 of 2)
select "employee_id", "at"
from "attendance_punches"
where "agency_id" = $1 and "employee_id" is not null and "at" >= $2 and "at" < $3 and "employee_id" in ($4)
union all
select "employee_id", "at"
from "selfie_checkins"
where "agency_id" = $5 and "accepted" = $6 and "at" >= $7 and "at" < $8 and "employee_id" in ($9);

-- raisedCodes (example 1 of 1)
select distinct "employee_id", "code"
from "attendance_alerts"
where "agency_id" = $1 and "year" = $2;

-- recordCommandResult (example 1 of 1)
update "attendance_commands"
set "return_code" = $1, "result" = $2, "returned_at" = $3
where "agency_id" = $4 and "machine_id" = $5 and "id" = $6 and "returned_at" is null
returning "id";

-- redactSelfieCheckins (example 1 of 1)
update "selfie_checkins"
set "photo_sha256" = $1, "lat" = $2, "lon" = $3, "accuracy_meters" = $4, "distance_meters" = $5, "descriptor" = $6, "redacted_at" = $7
where "agency_id" = $8 and "id" in ($9) and "redacted_at" is null;

-- refuseSerial (example 1 of 1)
update "attendance_serials"
set "state" = $1, "decided_at" = $2, "decided_by_account_id" = $3
where "serial_number" = $4 and "state" = $5
returning "serial_number";

-- replaceApprovedSelfieReference (example 1 of 1)
update "selfie_references"
set "state" = $1
where "agency_id" = $2 and "employee_id" = $3 and "state" = $4;

-- resolveSelfieCheckin (example 1 of 1)
update "selfie_checkins"
set "resolution" = $1, "resolution_note" = $2, "resolved_at" = $3, "resolved_by_account_id" = $4, "accepted" = $5
where "agency_id" = $6 and "id" = $7 and "resolved_at" is null and "redacted_at" is null
returning "id", "employee_id", "accepted", "resolved_at";

-- ruleVersionsOf (example 1 of 1)
select "effective_from", "rules", "updated_at"
from "attendance_rule_versions"
where "agency_id" = $1
order by "effective_from";

-- schedulesOf (example 1 of 1)
select "id", "name", "time_zone", "observes_holidays", "pattern"
from "attendance_schedules"
where "agency_id" = $1
order by "id";

-- selfieApprovedDescriptors (example 1 of 1)
select "employee_id", "descriptor"
from "selfie_references"
where "agency_id" = $1 and "state" = $2
order by "employee_id";

-- selfieApprovedReferencesStamp (example 1 of 1)
select count(*) as "n", max("decided_at") as "last"
from "selfie_references"
where "agency_id" = $1 and "state" = $2;

-- selfieCheckinById (example 1 of 1)
select *
from "selfie_checkins"
where "agency_id" = $1 and "id" = $2;

-- selfieCheckinsWithPeople (example 1 of 1)
select "c"."id", "c"."employee_id", "c"."at", "c"."lat", "c"."lon", "c"."accuracy_meters", "e"."nip", "e"."name"
from "selfie_checkins" as "c"
inner join "employees" as "e" on "e"."agency_id" = "c"."agency_id" and "e"."id" = "c"."employee_id"
where "c"."agency_id" = $1 and "c"."id" in ($2) and "c"."redacted_at" is null;

-- selfieDisputedCheckins (example 1 of 2)
select "c"."id", "c"."employee_id", "c"."at", "c"."received_at", "c"."accepted", "c"."place", "c"."face", "c"."lat", "c"."lon", "c"."accuracy_meters", "c"."distance_meters", "c"."match_score", "c"."liveness_score", "c"."antispoof_score", "c"."clock_skewed", "c"."skew_seconds", "c"."device_id", "c"."reference_id", "c"."other_employee_id", "c"."other_match", "c"."resolution", "c"."resolution_note", "c"."resolved_at", "c"."resolved_by_account_id", "e"."nip", "e"."name", "o"."nip" as "other_nip", "o"."name" as "other_name", "g"."name" as "geofence_name", "r"."id" as "other_reference_id"
from "selfie_checkins" as "c"
inner join "employees" as "e" on "e"."agency_id" = "c"."agency_id" and "e"."id" = "c"."employee_id"
left join "employees" as "o" on "o"."agency_id" = "c"."agency_id" and "o"."id" = "c"."other_employee_id"
left join "selfie_geofences" as "g" on "g"."agency_id" = "c"."agency_id" and "g"."id" = "c"."geofence_id"
left join "selfie_references" as "r" on "r"."agency_id" = "c"."agency_id" and "r"."employee_id" = "c"."other_employee_id" and "r"."state" = $1
where "c"."agency_id" = $2 and "c"."at" >= $3 and "c"."at" < $4 and "c"."redacted_at" is null and "c"."resolved_at" is null and ("c"."accepted" = $5 or "c"."clock_skewed" = $6 or "c"."accuracy_meters" < $7 or "c"."other_employee_id" is not null or "c"."id" in ($8))
order by "c"."at", "c"."id"
limit $9;

-- selfieDisputedCheckins (example 2 of 2)
select "c"."id", "c"."employee_id", "c"."at", "c"."received_at", "c"."accepted", "c"."place", "c"."face", "c"."lat", "c"."lon", "c"."accuracy_meters", "c"."distance_meters", "c"."match_score", "c"."liveness_score", "c"."antispoof_score", "c"."clock_skewed", "c"."skew_seconds", "c"."device_id", "c"."reference_id", "c"."other_employee_id", "c"."other_match", "c"."resolution", "c"."resolution_note", "c"."resolved_at", "c"."resolved_by_account_id", "e"."nip", "e"."name", "o"."nip" as "other_nip", "o"."name" as "other_name", "g"."name" as "geofence_name", "r"."id" as "other_reference_id"
from "selfie_checkins" as "c"
inner join "employees" as "e" on "e"."agency_id" = "c"."agency_id" and "e"."id" = "c"."employee_id"
left join "employees" as "o" on "o"."agency_id" = "c"."agency_id" and "o"."id" = "c"."other_employee_id"
left join "selfie_geofences" as "g" on "g"."agency_id" = "c"."agency_id" and "g"."id" = "c"."geofence_id"
left join "selfie_references" as "r" on "r"."agency_id" = "c"."agency_id" and "r"."employee_id" = "c"."other_employee_id" and "r"."state" = $1
where "c"."agency_id" = $2 and "c"."at" >= $3 and "c"."at" < $4 and "c"."redacted_at" is null and "c"."resolved_at" is not null
order by "c"."at", "c"."id"
limit $5;

-- selfieGeofencesOf (example 1 of 1)
select *
from "selfie_geofences"
where "agency_id" = $1
order by "name", "id";

-- selfieImpossibleTravel (example 1 of 1)
with c as (
  select id, employee_id, at, lat, lon, lag(id) over w as prev_id, lag(at) over w as prev_at, lag(lat) over w as prev_lat, lag(lon) over w as prev_lon
  from selfie_checkins
  where agency_id = $1 and at >= $2 and at < $3 and redacted_at is null
  window w as (partition by employee_id order by at, id)
), d as (
  select prev_id, id, 2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(lat - prev_lat) / 2), 2) + cos(radians(prev_lat)) * cos(radians(lat)) * power(sin(radians(lon - prev_lon) / 2), 2)))) as metres, extract(epoch from at - prev_at)::float8 as seconds
  from c
  where prev_id is not null
)
select prev_id, id, case when seconds = 0 then null else metres / 1000 / (seconds / 3600) end as kmh
from d
where metres > $4 and (seconds = 0 or metres / 1000 / (seconds / 3600) > $5)
order by prev_id, id;

-- selfieOutsideGeofence (example 1 of 1)
select "id", "distance_meters"
from "selfie_checkins"
where "agency_id" = $1 and "at" >= $2 and "at" < $3 and "redacted_at" is null and "place" = $4
order by "id";

-- selfieReferenceById (example 1 of 1)
select *
from "selfie_references"
where "agency_id" = $1 and "id" = $2;

-- selfieReferencesOfAgency (example 1 of 1)
select "r"."id", "r"."employee_id", "r"."state", "r"."submitted_at", "r"."decided_at", "r"."note", "e"."nip", "e"."name"
from "selfie_references" as "r"
inner join "employees" as "e" on "e"."agency_id" = "r"."agency_id" and "e"."id" = "r"."employee_id"
where "r"."agency_id" = $1 and "r"."state" = $2
order by "r"."submitted_at"
limit $3;

-- selfieReferencesOfEmployee (example 1 of 1)
select *
from "selfie_references"
where "agency_id" = $1 and "employee_id" = $2
order by "submitted_at" desc, "id" desc
limit $3;

-- selfieRetentionAgencies (example 1 of 1)
select distinct "agency_id"
from "selfie_checkins"
where "redacted_at" is null and "at" < $1
order by "agency_id";

-- selfieSharedCoordinates (example 1 of 1)
select array_agg(id order by id) as ids, count(distinct employee_id)::int as people
from selfie_checkins
where agency_id = $1 and at >= $2 and at < $3 and redacted_at is null
group by round(lat::numeric, $4::int), round(lon::numeric, $5::int)
having count(distinct employee_id) >= $6
order by 1;

-- selfieTooPerfectAccuracy (example 1 of 1)
select "id", "accuracy_meters"
from "selfie_checkins"
where "agency_id" = $1 and "at" >= $2 and "at" < $3 and "redacted_at" is null and "accuracy_meters" < $4
order by "id";

-- selfieUnredactedCheckins (example 1 of 1)
select "id", "employee_id", "at", "accepted", "clock_skewed", "accuracy_meters", "place", "face", "resolved_at", "photo_sha256"
from "selfie_checkins"
where "agency_id" = $1 and "redacted_at" is null and "at" < $2 and ("at" > $3 or ("at" = $4 and "id" > $5))
order by "at", "id"
limit $6;

-- serialForUpdate (example 1 of 1)
select "serial_number", "state", "agency_id", "machine_id"
from "attendance_serials"
where "serial_number" = $1
for update;

-- serialRow (example 1 of 1)
select "serial_number", "state", "agency_id", "machine_id"
from "attendance_serials"
where "serial_number" = $1;

-- setOperlogStamp (example 1 of 1)
update "attendance_machines"
set "operlog_stamp" = $1
where "agency_id" = $2 and "id" = $3;

-- staffWithUnits (example 1 of 2)
select "e"."id", "e"."nip", "e"."name", "p"."unit_id", "a"."starts_on"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
where "e"."agency_id" = $4 and "e"."active" = $5
order by "e"."id", "a"."starts_on" desc;

-- staffWithUnits (example 2 of 2)
select "e"."id", "e"."nip", "e"."name", "p"."unit_id", "a"."starts_on"
from "employees" as "e"
left join "position_assignments" as "a" on "a"."agency_id" = "e"."agency_id" and "a"."employee_id" = "e"."id" and "a"."role" = $1 and "a"."starts_on" <= $2 and ("a"."ends_on" is null or "a"."ends_on" >= $3)
left join "positions" as "p" on "p"."agency_id" = "a"."agency_id" and "p"."id" = "a"."position_id"
where "e"."agency_id" = $4 and "e"."active" = $5 and "e"."id" in ($6)
order by "e"."id", "a"."starts_on" desc;

-- storeBatch (example 1 of 2)
with "stored" as (insert into "attendance_punches" ("agency_id", "machine_id", "pin", "local_time", "at", "employee_id", "status", "verify", "work_code", "source", "received_at") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing returning "pin")
update "attendance_machines"
set "attlog_stamp" = $12, "clock_drift_seconds" = $13, "drift_measured_at" = $14, "bad_lines" = bad_lines + $15
where "agency_id" = $16 and "id" = $17
returning (
  select count(*)::int
  from stored
) as "stored";

-- storeBatch (example 2 of 2)
with "stored" as (insert into "attendance_punches" ("agency_id", "machine_id", "pin", "local_time", "at", "employee_id", "status", "verify", "work_code", "source", "received_at") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing returning "pin")
update "attendance_machines"
set "bad_lines" = bad_lines + $12
where "agency_id" = $13 and "id" = $14
returning (
  select count(*)::int
  from stored
) as "stored";

-- storedPunchKeys (example 1 of 1)
select "pin", to_char(local_time, 'YYYY-MM-DD HH24:MI:SS') as "local_time"
from "attendance_punches"
where "agency_id" = $1 and "machine_id" = $2 and local_time between $3::timestamp and $4::timestamp;

-- touchMachine (example 1 of 1)
update "attendance_machines"
set "last_seen_at" = $1, "last_ip" = $2, "push_version" = coalesce($3, push_version)
where "agency_id" = $4 and "id" = $5 and ("last_seen_at" is null or "last_seen_at" < $6 or "last_ip" is distinct from $7);

-- undecidedSerials (example 1 of 1)
select "serial_number", "state", "first_seen_at", "last_seen_at", "last_ip", "push_version", "requests", "decided_at"
from "attendance_serials"
where "state" <> $1
order by "last_seen_at" desc
limit $2;

-- unitOfAgency (example 1 of 1)
select "id", "name"
from "units"
where "agency_id" = $1 and "id" = $2;

-- unitParents (example 1 of 1)
select "id", "parent_id"
from "units"
where "agency_id" = $1;

-- uploadedBy (example 1 of 1)
select "sha256"
from "evidence_uploads"
where "sha256" = $1 and "account_id" = $2;

-- upsertRuleVersion (example 1 of 1)
insert into "attendance_rule_versions" ("agency_id", "effective_from", "rules", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5)
on conflict ("agency_id", "effective_from")
do update set "rules" = $6, "updated_at" = $7, "updated_by_account_id" = $8;

-- upsertSchedule (example 1 of 1)
insert into "attendance_schedules" ("agency_id", "id", "name", "time_zone", "observes_holidays", "pattern", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8)
on conflict ("agency_id", "id")
do update set "name" = $9, "time_zone" = $10, "observes_holidays" = $11, "pattern" = $12, "updated_at" = $13, "updated_by_account_id" = $14
returning (xmax = 0) as "created";

-- upsertSelfieGeofence (example 1 of 1)
insert into "selfie_geofences" ("agency_id", "id", "name", "kind", "center_lat", "center_lon", "radius_meters", "points", "updated_at", "updated_by_account_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
on conflict ("agency_id", "id")
do update set "name" = "excluded"."name", "kind" = "excluded"."kind", "center_lat" = "excluded"."center_lat", "center_lon" = "excluded"."center_lon", "radius_meters" = "excluded"."radius_meters", "points" = "excluded"."points", "updated_at" = "excluded"."updated_at", "updated_by_account_id" = "excluded"."updated_by_account_id"
returning *;
