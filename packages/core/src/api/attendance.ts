/**
 * Attendance machines (ZKTeco ADMS push) as admins see them: the agency's machines, serials waiting
 * for a decision, the enrol/remove command queue, and the import of USB exports. The machines'
 * own endpoints (/iclock/…) are plain text and not part of this API.
 */
import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, Literals, Nullable, Sha256, Uuid, YearMonth } from './common.js';

export const ATTENDANCE_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export const AttendanceZone = Literals(ATTENDANCE_ZONES);

/** As machines send it: letters, digits, `_` and `-`. */
export const SerialNumber = Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$', description: 'Nomor seri mesin (SN)' });
/** A machine PIN: digits only (an 18-digit NIP fits). */
export const MachinePin = Type.String({ pattern: '^[0-9]{1,24}$' });
const Name = Type.String({ minLength: 1, maxLength: 100 });

export const AttendanceMachine = Type.Object(
  {
    id: Uuid,
    agencyId: Uuid,
    serialNumber: Type.String(),
    name: Type.String(),
    zone: AttendanceZone,
    active: Type.Boolean(),
    lastSeenAt: Nullable(IsoDateTime),
    lastIp: Nullable(Type.String()),
    pushVersion: Nullable(Type.String()),
    /** Punches since midnight in the machine's own zone. */
    punchesToday: Type.Integer(),
    /**
     * The machine's clock minus the server's, in seconds, from the newest punch of its last batch
     * sent in real time; a negative value includes the time the punch took to arrive. Null: not measured.
     */
    clockDriftSeconds: Nullable(Type.Integer()),
    driftMeasuredAt: Nullable(IsoDateTime),
    /** ATTLOG lines the machine sent that could not be read (acknowledged, not stored). */
    badLines: Type.Integer(),
  },
  { $id: 'AttendanceMachine' },
);
export type AttendanceMachine = Static<typeof AttendanceMachine>;

export const AttendanceMachinesAnswer = Type.Object({ items: Type.Array(Type.Ref('AttendanceMachine')) });
export type AttendanceMachinesAnswer = { items: AttendanceMachine[] };

export const MachineParams = Type.Object({ agencyId: Uuid, machineId: Uuid });

export const RegisterMachineBody = Type.Object({ serialNumber: SerialNumber, name: Name, zone: AttendanceZone }, { additionalProperties: false });
export type RegisterMachineBody = Static<typeof RegisterMachineBody>;

export const UndecidedSerial = Type.Object({
  serialNumber: Type.String(),
  state: Literals(['pending', 'refused'] as const),
  firstSeenAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  lastIp: Nullable(Type.String()),
  pushVersion: Nullable(Type.String()),
  requests: Type.Integer(),
  decidedAt: Nullable(IsoDateTime),
});
export type UndecidedSerial = Static<typeof UndecidedSerial>;
export const UndecidedSerialsAnswer = Type.Object({ items: Type.Array(UndecidedSerial) });
export type UndecidedSerialsAnswer = Static<typeof UndecidedSerialsAnswer>;

export const SerialParams = Type.Object({ serialNumber: SerialNumber });
export const AcceptSerialBody = Type.Object({ agencyId: Uuid, name: Name, zone: AttendanceZone }, { additionalProperties: false });
export type AcceptSerialBody = Static<typeof AcceptSerialBody>;

export const MachineCommandsBody = Type.Object(
  {
    /** The same requestId again queues nothing more (a retried tap). */
    requestId: Uuid,
    action: Literals(['enrol', 'remove'] as const),
    /** `pin`: a PIN to assign (machines that cannot hold the NIP); without it the employee's assigned PIN, else the NIP. */
    employees: Type.Array(Type.Object({ employeeId: Uuid, pin: Type.Optional(MachinePin) }, { additionalProperties: false }), { minItems: 1, maxItems: 500 }),
  },
  { additionalProperties: false },
);
export type MachineCommandsBody = Static<typeof MachineCommandsBody>;

export const MachineCommand = Type.Object({
  id: Type.Integer(),
  kind: Literals(['enrol', 'remove'] as const),
  employeeId: Nullable(Uuid),
  pin: Type.String(),
  command: Type.String(),
  createdAt: IsoDateTime,
  sentAt: Nullable(IsoDateTime),
  sentCount: Type.Integer(),
  /** The machine's Return code: 0 done, -1 unsupported, -1002 syntax, -1004 table not supported. */
  returnCode: Nullable(Type.Integer()),
  returnedAt: Nullable(IsoDateTime),
});
export type MachineCommand = Static<typeof MachineCommand>;
export const MachineCommandsAnswer = Type.Object({ items: Type.Array(MachineCommand) });
export type MachineCommandsAnswer = Static<typeof MachineCommandsAnswer>;

export const PunchImportResult = Type.Object({
  format: Literals(['dat', 'att2000', 'template'] as const),
  dryRun: Type.Boolean(),
  /** Readable punch lines in the file. */
  punches: Type.Integer(),
  /** Stored by this import (0 on a dry run). */
  stored: Type.Integer(),
  /** Already stored (a file imported twice, or punches the machine had pushed); on a dry run, what would be skipped. */
  alreadyStored: Type.Integer(),
  /** Punches whose PIN names no employee of the agency (stored, to be mapped later). */
  unknownPins: Type.Integer(),
  bad: Type.Array(Type.Object({ line: Type.Integer(), text: Type.String(), reason: Type.String() })),
});
export type PunchImportResult = Static<typeof PunchImportResult>;

// ================================================================================================
/*
 * Attendance as people see it (issue 18 items 4–9): my month, the team today, leave and permission
 * requests, schedules, the PP 94/2021 alerts, apel events and the monthly recap per unit.
 *
 * Routes (all under /api/v1):
 * - GET  /attendance/me/month?month=                       my month (AttendanceMonthAnswer)
 * - GET  /agencies/:agencyId/employees/:employeeId/attendance/month?month=   one employee's month (supervisor, admin, BKD, auditor)
 * - GET  /attendance/team/today?date=                      my team's day (TeamDayAnswer); date defaults to today
 * - GET  /attendance/leave-types                           the leave catalogue (LeaveTypesAnswer)
 * - GET  /attendance/leave-requests?scope=mine|team&status=   (LeaveRequestsAnswer)
 * - POST /attendance/leave-requests                        create (CreateLeaveRequestBody → 201 LeaveRequest)
 * - POST /attendance/leave-requests/:requestId/decision    approve / reject by the direct supervisor (LeaveDecisionBody → LeaveRequest)
 * - POST /attendance/leave-requests/:requestId/cancel      the employee withdraws a pending request (→ LeaveRequest)
 * - GET  /agencies/:agencyId/attendance/leave-requests?status=&month=   the agency's requests (admin, BKD, auditor)
 * - GET  /agencies/:agencyId/attendance/schedules          schedules, assignments and the shipped presets (SchedulesAnswer)
 * - PUT  /agencies/:agencyId/attendance/schedules/:scheduleId   create or replace a schedule (ScheduleBody → ScheduleView)
 * - POST /agencies/:agencyId/attendance/schedule-assignments     (AssignmentBody → 201 AssignmentView)
 * - DELETE /agencies/:agencyId/attendance/schedule-assignments/:assignmentId   (204)
 * - GET  /attendance/alerts                                 alerts addressed to me (employee, supervisor or BKD) (AlertsAnswer)
 * - GET  /agencies/:agencyId/attendance/recap?month=&unitId=       monthly recap per unit (AttendanceRecapAnswer)
 * - GET  /agencies/:agencyId/attendance/recap.xlsx?month=&unitId=  the same as XLSX
 * - GET  /agencies/:agencyId/attendance/events?month=               apel / upacara events (EventsAnswer)
 * - POST /agencies/:agencyId/attendance/events                      (EventBody → 201 AttendanceEvent)
 * - POST /agencies/:agencyId/attendance/events/:eventId/attendees   record attendance from a list (AttendeesBody → AttendanceEvent)
 * The machine list (last seen, punches today, clock drift) is GET /agencies/:agencyId/attendance/machines (attendance.ts).
 */

const strict = { additionalProperties: false } as const;
const Clock = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' });

export const ATTENDANCE_KINDS = ['present', 'tk', 'leave', 'holiday', 'off', 'pending'] as const;
export const LATE_BANDS = ['TL1', 'TL2', 'TL3', 'TL4'] as const;
export const EARLY_BANDS = ['PSW1', 'PSW2', 'PSW3', 'PSW4'] as const;
export const CHECK_POINT_KINDS = ['masuk', 'istirahat_keluar', 'istirahat_masuk', 'pulang'] as const;
export const LEAVE_COUNTINGS = ['present', 'absent_excused', 'non_tpp'] as const;
export const LEAVE_PARTS = ['day', 'arrival', 'departure'] as const;
export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;

export const PersonRef = Type.Object({ id: Uuid, nip: Type.String(), name: Type.String() });
export type PersonRef = Static<typeof PersonRef>;

export const LeaveTypeView = Type.Object({ code: Type.String(), name: Type.String(), counts: Literals(LEAVE_COUNTINGS) });
export type LeaveTypeView = Static<typeof LeaveTypeView>;
export const LeaveTypesAnswer = Type.Object({ items: Type.Array(LeaveTypeView) });
export type LeaveTypesAnswer = Static<typeof LeaveTypesAnswer>;

/** One day as the calendar shows it. */
export const AttendanceDayView = Type.Object({
  date: IsoDate,
  kind: Literals(ATTENDANCE_KINDS),
  /** What the cell shows: 'TL2', 'PSW1', 'TK', 'CUTI_TAHUNAN', 'LIBUR', 'OFF', 'TPT', 'PROSES'; empty: present on time. */
  codes: Type.Array(Type.String()),
  shiftCode: Nullable(Type.String()),
  /** 'HH:MM' on the schedule's clock, or null without a scan. */
  arrival: Nullable(Type.String()),
  departure: Nullable(Type.String()),
  minutesLate: Type.Integer(),
  minutesEarly: Type.Integer(),
  late: Nullable(Literals(LATE_BANDS)),
  early: Nullable(Literals(EARLY_BANDS)),
  missingCheckPoints: Type.Array(Literals(CHECK_POINT_KINDS)),
  leave: Nullable(LeaveTypeView),
  holiday: Nullable(Type.Object({ name: Type.String(), kind: Type.String() })),
  /** The day's deduction in % of the rules' base, before the monthly cap. */
  deductionPercent: Type.Number(),
  /** Every scan on this date ('HH:MM', the agency's clock, in order), not only the first and last; on one employee's month. */
  scans: Type.Optional(Type.Array(Type.String())),
});
export type AttendanceDayView = Static<typeof AttendanceDayView>;

export const AttendanceMonthSummary = Type.Object({
  days: Type.Integer(),
  scheduledDays: Type.Integer(),
  present: Type.Integer(),
  onTime: Type.Integer(),
  late: Type.Object({ TL1: Type.Integer(), TL2: Type.Integer(), TL3: Type.Integer(), TL4: Type.Integer() }),
  early: Type.Object({ PSW1: Type.Integer(), PSW2: Type.Integer(), PSW3: Type.Integer(), PSW4: Type.Integer() }),
  missingCheckPointDays: Type.Integer(),
  tk: Type.Integer(),
  leavePresent: Type.Integer(),
  leaveExcused: Type.Integer(),
  leaveNonTpp: Type.Integer(),
  holiday: Type.Integer(),
  off: Type.Integer(),
  pending: Type.Integer(),
  minutesLate: Type.Integer(),
  minutesEarly: Type.Integer(),
  accumulatedMinutes: Type.Integer(),
  /** Σ of the days' deductions, capped at the rules' monthly cap. */
  deductionPercent: Type.Number(),
});
export type AttendanceMonthSummary = Static<typeof AttendanceMonthSummary>;

export const AttendanceMonthAnswer = Type.Object({
  employee: PersonRef,
  month: Type.String(),
  /** The rules (band table) the days are judged with. */
  rules: Type.Object({ id: Type.String(), name: Type.String() }),
  days: Type.Array(AttendanceDayView),
  summary: AttendanceMonthSummary,
  /** The year's count towards PP 94/2021 up to the month's end: TK days, days from minutes, total. */
  year: Type.Object({ tkDays: Type.Integer(), daysFromMinutes: Type.Integer(), totalDays: Type.Integer() }),
});
export type AttendanceMonthAnswer = Static<typeof AttendanceMonthAnswer>;

export const MonthQuery = Type.Object({ month: YearMonth }, strict);
export const EmployeeMonthParams = Type.Object({ agencyId: Uuid, employeeId: Uuid });

export const TEAM_STATES = ['in', 'late', 'leave', 'missing', 'not_yet', 'off', 'holiday'] as const;
export const TeamDayQuery = Type.Object({ date: Type.Optional(IsoDate) }, strict);
export const TeamDayAnswer = Type.Object({
  date: IsoDate,
  /** in: arrived on time; late: arrived late; leave: on leave or permission; missing: the arrival window closed without a scan; not_yet: it is still open. */
  items: Type.Array(Type.Object({ employee: PersonRef, state: Literals(TEAM_STATES), day: AttendanceDayView })),
  counts: Type.Object({ in: Type.Integer(), late: Type.Integer(), leave: Type.Integer(), missing: Type.Integer(), not_yet: Type.Integer(), off: Type.Integer(), holiday: Type.Integer() }),
});
export type TeamDayAnswer = Static<typeof TeamDayAnswer>;

// ---- leave and permissions ----

export const LeaveRequest = Type.Object({
  id: Uuid,
  agencyId: Uuid,
  employee: PersonRef,
  typeCode: Type.String(),
  typeName: Type.String(),
  counts: Literals(LEAVE_COUNTINGS),
  part: Literals(LEAVE_PARTS),
  from: IsoDate,
  to: IsoDate,
  reason: Type.String(),
  /** The attachment from the evidence store (uploaded by the requester first: POST /evidence). */
  attachmentSha256: Nullable(Type.String()),
  status: Literals(LEAVE_STATUSES),
  /** The direct supervisor who decides (Plt/Plh included), as resolved on the first day. */
  approver: Nullable(PersonRef),
  decidedBy: Nullable(PersonRef),
  decidedAt: Nullable(IsoDateTime),
  decisionNote: Nullable(Type.String()),
  createdAt: IsoDateTime,
});
export type LeaveRequest = Static<typeof LeaveRequest>;
export const LeaveRequestsAnswer = Type.Object({ items: Type.Array(LeaveRequest) });
export type LeaveRequestsAnswer = Static<typeof LeaveRequestsAnswer>;

export const CreateLeaveRequestBody = Type.Object(
  {
    /** The same requestId again answers the request already made (a retried tap). */
    requestId: Uuid,
    typeCode: Type.String({ pattern: '^[a-z0-9_]{1,40}$' }),
    part: Type.Optional(Literals(LEAVE_PARTS)),
    from: IsoDate,
    to: IsoDate,
    reason: Type.String({ minLength: 3, maxLength: 1000 }),
    attachmentSha256: Type.Optional(Sha256),
  },
  strict,
);
export type CreateLeaveRequestBody = Static<typeof CreateLeaveRequestBody>;

export const LeaveRequestParams = Type.Object({ requestId: Uuid });
export const LeaveDecisionBody = Type.Object({ decision: Literals(['approve', 'reject'] as const), note: Type.Optional(Type.String({ maxLength: 1000 })) }, strict);
export type LeaveDecisionBody = Static<typeof LeaveDecisionBody>;
export const LeaveRequestsQuery = Type.Object({ scope: Type.Optional(Literals(['mine', 'team'] as const)), status: Type.Optional(Literals(LEAVE_STATUSES)) }, strict);
export const AgencyLeaveQuery = Type.Object({ status: Type.Optional(Literals(LEAVE_STATUSES)), month: Type.Optional(YearMonth) }, strict);

// ---- schedules ----

export const ShiftSpecSchema = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Za-z0-9]{1,4}$' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    start: Clock,
    /** At or before the start: the next day (a night shift). */
    end: Clock,
    breaks: Type.Optional(Type.Array(Type.Tuple([Clock, Clock]), { maxItems: 4 })),
    /** A scan is required when the (first) break ends. */
    scanAfterBreak: Type.Optional(Type.Boolean()),
    /** Minutes the arrival scan window opens before the start (default 120). */
    opensBefore: Type.Optional(Type.Integer({ minimum: 0, maximum: 720 })),
    /** Minutes the departure window stays open after the end (default 240). */
    closesAfter: Type.Optional(Type.Integer({ minimum: 0, maximum: 720 })),
  },
  strict,
);
export type ShiftSpecBody = Static<typeof ShiftSpecSchema>;

const Weekday = (s: typeof ShiftSpecSchema) => Type.Optional(s);
export const PatternSpec = Type.Union([
  Type.Object(
    { kind: Type.Literal('weekly'), days: Type.Object({ mon: Weekday(ShiftSpecSchema), tue: Weekday(ShiftSpecSchema), wed: Weekday(ShiftSpecSchema), thu: Weekday(ShiftSpecSchema), fri: Weekday(ShiftSpecSchema), sat: Weekday(ShiftSpecSchema), sun: Weekday(ShiftSpecSchema) }, strict) },
    strict,
  ),
  Type.Object({ kind: Type.Literal('rotation'), anchor: IsoDate, cycle: Type.Array(Nullable(ShiftSpecSchema), { minItems: 1, maxItems: 62 }) }, strict),
  Type.Object({ kind: Type.Literal('roster'), days: Type.Record(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), Nullable(ShiftSpecSchema)) }, strict),
]);
export type PatternSpec = Static<typeof PatternSpec>;

export const ScheduleBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 120 }), timeZone: AttendanceZone, observesHolidays: Type.Boolean(), pattern: PatternSpec },
  strict,
);
export type ScheduleBody = Static<typeof ScheduleBody>;

export const ScheduleView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  timeZone: AttendanceZone,
  observesHolidays: Type.Boolean(),
  pattern: PatternSpec,
  /** Net minutes a week of a weekly pattern (Perpres 21/2023: 2,250); null for rotations and rosters. */
  weeklyNetMinutes: Nullable(Type.Integer()),
});
export type ScheduleView = Static<typeof ScheduleView>;

export const ScheduleScopeSchema = Type.Union([
  Type.Object({ kind: Type.Literal('agency') }, strict),
  Type.Object({ kind: Type.Literal('unit'), unitId: Uuid }, strict),
  Type.Object({ kind: Type.Literal('employee'), employeeId: Uuid }, strict),
]);
export const AssignmentBody = Type.Object({ scheduleId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' }), scope: ScheduleScopeSchema, from: IsoDate, to: Type.Optional(IsoDate) }, strict);
export type AssignmentBody = Static<typeof AssignmentBody>;
export const AssignmentView = Type.Object({ id: Uuid, scheduleId: Type.String(), scope: ScheduleScopeSchema, from: IsoDate, to: Nullable(IsoDate), scopeName: Type.String() });
export type AssignmentView = Static<typeof AssignmentView>;

export const SchedulesAnswer = Type.Object({
  /** The agency's schedules; with none stored, the agency works the Perpres 21/2023 week. */
  schedules: Type.Array(ScheduleView),
  assignments: Type.Array(AssignmentView),
  /** Shipped schedules to copy: Perpres 21/2023, Ramadan, six-day week, hospital shifts, fire service. */
  presets: Type.Array(ScheduleView),
});
export type SchedulesAnswer = Static<typeof SchedulesAnswer>;
export const ScheduleParams = Type.Object({ agencyId: Uuid, scheduleId: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' }) });
export const AssignmentParams = Type.Object({ agencyId: Uuid, assignmentId: Uuid });

// ---- alerts ----

export const AttendanceAlert = Type.Object({
  employee: PersonRef,
  agencyId: Uuid,
  year: Type.Integer(),
  /** TK_3, TK_4, TK_7 (7–10 days), …, TK_28, TK_10_BERTURUT. */
  code: Type.String(),
  level: Literals(['ringan', 'sedang', 'berat'] as const),
  sanction: Type.String(),
  reachedOn: IsoDate,
  days: Type.Integer(),
  /** Whom this copy is for. */
  recipient: Literals(['employee', 'supervisor', 'bkd'] as const),
  raisedAt: IsoDateTime,
});
export type AttendanceAlert = Static<typeof AttendanceAlert>;
export const AlertsAnswer = Type.Object({ items: Type.Array(AttendanceAlert) });
export type AlertsAnswer = Static<typeof AlertsAnswer>;

// ---- recap ----

export const AttendanceRecapQuery = Type.Object({ month: YearMonth, unitId: Type.Optional(Uuid) }, strict);
export const AttendanceRecapRow = Type.Object({ employee: PersonRef, unitName: Nullable(Type.String()), summary: AttendanceMonthSummary });
export type AttendanceRecapRow = Static<typeof AttendanceRecapRow>;
export const AttendanceRecapAnswer = Type.Object({
  month: Type.String(),
  agencyName: Type.String(),
  unit: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  rules: Type.Object({ id: Type.String(), name: Type.String() }),
  rows: Type.Array(AttendanceRecapRow),
});
export type AttendanceRecapAnswer = Static<typeof AttendanceRecapAnswer>;

// ---- apel / upacara ----

export const AttendanceEvent = Type.Object({
  id: Uuid,
  agencyId: Uuid,
  kind: Literals(['apel', 'upacara'] as const),
  name: Type.String(),
  date: IsoDate,
  /** 'HH:MM' on the agency's clock: scans on the event's machine between these count. */
  start: Type.String(),
  end: Type.String(),
  machineId: Nullable(Uuid),
  /** Who attended: from the event's machine in its window, or recorded from a list. */
  attendees: Type.Array(Type.Object({ employee: PersonRef, source: Literals(['machine', 'list'] as const) })),
});
export type AttendanceEvent = Static<typeof AttendanceEvent>;
export const EventsAnswer = Type.Object({ items: Type.Array(AttendanceEvent) });
export type EventsAnswer = Static<typeof EventsAnswer>;
export const EventBody = Type.Object(
  { kind: Literals(['apel', 'upacara'] as const), name: Type.String({ minLength: 1, maxLength: 120 }), date: IsoDate, start: Clock, end: Clock, machineId: Type.Optional(Uuid) },
  strict,
);
export type EventBody = Static<typeof EventBody>;
export const EventParams = Type.Object({ agencyId: Uuid, eventId: Uuid });
export const AttendeesBody = Type.Object({ employeeIds: Type.Array(Uuid, { minItems: 1, maxItems: 2000 }) }, strict);
export type AttendeesBody = Static<typeof AttendeesBody>;
export const EventsQuery = Type.Object({ month: YearMonth }, strict);
