/** The daily journal: days, entries, routine sets, the activity dictionary, agency settings. */
import { Type, type Static } from 'typebox';
import type { DayStatus } from '../journal/day-status.js';
import type { JournalSettings } from '../journal/settings.js';
import { IsoDate, IsoDateTime, Literals, Nullable, OpenObject, PositionKindSchema, Sha256, Uuid } from './common.js';

const HHMM = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' });

export const EntryBody = Type.Object(
  {
    workDate: IsoDate,
    startTime: Type.Optional(Nullable(HHMM)),
    endTime: Type.Optional(Nullable(HHMM)),
    // One type list, not a union: a wrong value is named plainly ("at least 1", "a whole number or empty").
    durationMinutes: Type.Optional(Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 1, maximum: 1440 })),
    activityCode: Type.String({ minLength: 1, maxLength: 40 }),
    volume: Type.Number({ exclusiveMinimum: 0, maximum: 1000 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    rhkId: Type.Optional(Nullable(Uuid)),
    /** The version the client last saw; a different current version is a conflict, never an overwrite. */
    baseVersion: Type.Optional(Type.Integer({ minimum: 1 })),
    /** When the device recorded the entry (offline); kept beside the server's receipt time. */
    deviceRecordedAt: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);
/** The body of PUT /journal/entries/:entryId. */
export type EntryBody = Static<typeof EntryBody>;

/** The latest decision on an entry and its note, shown on the employee's day. */
export const EntryDecisionSchema = Type.Object({
  id: Uuid,
  decision: Literals(['approved', 'rejected', 'returned']),
  note: Type.String(),
  capacity: Literals(['definitive', 'plt', 'plh', 'override', 'automatic']),
  autoReason: Nullable(Literals(['position_kind', 'no_supervisor', 'window'])),
  decidedAt: Type.String(),
  decidedBy: Nullable(Type.Object({ employeeId: Uuid, name: Type.String() })),
  entryVersion: Type.Integer(),
});
export type EntryDecision = Static<typeof EntryDecisionSchema>;
export type Decision = EntryDecision['decision'];

export const EntryEvidenceSchema = Type.Object({ sha256: Type.String(), fileName: Type.String(), mediaType: Type.String() });
export type EntryEvidence = Static<typeof EntryEvidenceSchema>;

export const EntryStatusSchema = Literals(['draft', 'submitted', 'approved', 'rejected', 'returned']);

/** The day, time and activity of an entry, as both the employee's and the supervisor's views show them. */
export const EntryWhenAndWhat = {
  workDate: IsoDate,
  startTime: Nullable(Type.String()),
  endTime: Nullable(Type.String()),
  durationMinutes: Nullable(Type.Integer()),
  activityCode: Type.String(),
  activityName: Type.String(),
  activityUnit: Type.String(),
};

export const EntrySchema = Type.Object(
  {
    id: Uuid,
    ...EntryWhenAndWhat,
    activityVersion: Type.Integer(),
    volume: Type.Number(),
    description: Type.String(),
    rhkId: Nullable(Uuid),
    creditedMinutes: Type.Integer(),
    status: EntryStatusSchema,
    version: Type.Integer(),
    evidence: Type.Array(EntryEvidenceSchema),
    deviceRecordedAt: Nullable(Type.String()),
    receivedAt: Type.String(),
    updatedAt: Type.String(),
    /** The latest supervisor decision and its note (or the automatic approval); null before any. */
    decision: Nullable(EntryDecisionSchema),
  },
  { $id: 'JournalEntry' },
);
export type Entry = Static<typeof EntrySchema>;

export const DaySchema = Type.Object(
  {
    date: IsoDate,
    isWorkingDay: Type.Boolean(),
    holiday: Nullable(Type.Object({ name: Type.String(), kind: Type.String() })),
    targetMinutes: Type.Integer(),
    creditedMinutes: Type.Integer(),
    remainingMinutes: Type.Integer(),
    approvedMinutes: Type.Integer(),
    entryCount: Type.Integer(),
    // A plain string on the wire (the document has always said so); core's DayStatus in code.
    status: Type.Unsafe<DayStatus>(Type.String()),
    closesAt: Type.String(),
    windowOpen: Type.Boolean(),
    extendedByOutage: Type.Boolean(),
    entries: Type.Optional(Type.Array(Type.Ref('JournalEntry'))),
  },
  { $id: 'JournalDay' },
);
/** `entries` is a reference in the schema (one JournalEntry in the document): its type is written out here. */
export type Day = Omit<Static<typeof DaySchema>, 'entries'> & { entries?: Entry[] };

export const JournalContextSchema = Type.Object({
  today: IsoDate,
  timeZone: Type.String(),
  // An open object on the wire; core's JournalSettings in code.
  settings: OpenObject<JournalSettings>(),
  // Every version of the settings (defaults filled in), so a past date is judged with the rules in
  // force on it, as the server judges it; `settings` stays for clients that predate this list.
  settingsVersions: Type.Array(Type.Object({ effectiveFrom: IsoDate, settings: OpenObject<JournalSettings>() })),
  holidays: Type.Array(Type.Object({ date: IsoDate, name: Type.String(), kind: Type.String() })),
  outages: Type.Array(Type.Object({ id: Type.String(), startsAt: Type.String(), endsAt: Type.String(), reason: Type.String() })),
  // The RHK of the employee's own approved SKP (versions in force) whose period overlaps the days the
  // phone may log (about two months back, one ahead), each with its SKP's period: the entry sheet offers
  // those covering the entry's date, offline too (core rhk-link.ts).
  rhk: Type.Array(
    Type.Object({ id: Uuid, text: Type.String(), jenis: Literals(['utama', 'tambahan']), skpId: Uuid, periodFrom: IsoDate, periodTo: IsoDate }),
  ),
});
export type JournalContext = Static<typeof JournalContextSchema>;

export const DateParams = Type.Object({ date: IsoDate });
export const EntryParams = Type.Object({ entryId: Uuid });
export const EntryEvidenceParams = Type.Object({ entryId: Uuid, sha256: Sha256 });
export const RangeQuery = Type.Object({ from: IsoDate, to: IsoDate }, { additionalProperties: false });
export const CopyDayBody = Type.Object({ fromDate: IsoDate }, { additionalProperties: false });
export const AttachEvidenceBody = Type.Object({ sha256: Sha256, fileName: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });

export const ActivitySchema = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  unit: Type.String(),
  standardMinutes: Type.Integer(),
  positionKinds: Type.Array(Type.String()),
  group: Type.String(),
});
export type Activity = Static<typeof ActivitySchema>;
export const ActivityCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });

export const SetItem = Type.Object(
  {
    activityCode: Type.String({ minLength: 1, maxLength: 40 }),
    volume: Type.Number({ exclusiveMinimum: 0, maximum: 1000 }),
    startTime: Type.Optional(HHMM),
    endTime: Type.Optional(HHMM),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type SetItem = Static<typeof SetItem>;

export const SetBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 80 }), items: Type.Array(SetItem, { minItems: 1, maxItems: 30 }) },
  { additionalProperties: false },
);
export type SetBody = Static<typeof SetBody>;
export const RoutineSetSchema = Type.Object({ id: Uuid, name: Type.String(), items: Type.Array(SetItem) });
export type RoutineSet = Static<typeof RoutineSetSchema>;
export const SetParams = Type.Object({ setId: Uuid });
export const ApplySetParams = Type.Object({ date: IsoDate, setId: Uuid });
export const ApplySetResult = Type.Object({ created: Type.Integer(), problems: Type.Array(Type.Object({ item: Type.Integer(), message: Type.String() })) });
export type ApplySetResult = Static<typeof ApplySetResult>;

export const SettingsBody = Type.Object(
  {
    dailyTargetMinutes: Type.Optional(
      Type.Object(
        Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, Type.Integer({ minimum: 0, maximum: 1440 })])),
        { additionalProperties: false },
      ),
    ),
    creditMode: Type.Optional(Type.Union([Type.Literal('standard_minutes'), Type.Literal('time_range')])),
    reportingWindowWorkingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 30 })),
    maxMinutesPerDay: Type.Optional(Type.Integer({ minimum: 1, maximum: 1440 })),
    offlineTimePolicy: Type.Optional(Type.Union([Type.Literal('device'), Type.Literal('server')])),
    maxClockSkewMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440 })),
    autoApprovePositionKinds: Type.Optional(Type.Array(PositionKindSchema, { maxItems: 7 })),
    validationWindowWorkingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 30 })),
    afterValidationWindow: Type.Optional(Type.Union([Type.Literal('leave'), Type.Literal('approve')])),
    photoTimeToleranceHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
    rhkLink: Type.Optional(Literals(['allowed', 'warn', 'required'])),
  },
  { additionalProperties: false },
);

export const OutageBody = Type.Object(
  {
    agencyId: Nullable(Uuid),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    reason: Type.String({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export const OutageSchema = Type.Object({ id: Uuid, agencyId: Nullable(Uuid), startsAt: Type.String(), endsAt: Type.String(), reason: Type.String() });

export const HolidayYearQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }, { additionalProperties: false });
export const HolidayYearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export const HolidaysBody = Type.Object(
  {
    holidays: Type.Array(
      Type.Object(
        {
          date: IsoDate,
          name: Type.String({ minLength: 1, maxLength: 120 }),
          kind: Type.Union([Type.Literal('national'), Type.Literal('cuti_bersama')]),
        },
        { additionalProperties: false },
      ),
      { maxItems: 60 },
    ),
  },
  { additionalProperties: false },
);
