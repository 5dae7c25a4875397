import { Type } from 'typebox';
import { IsoDate, IsoDateTime, Nullable, PositionKindSchema, Uuid } from '../../http/schemas.js';

const HHMM = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' });
export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

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
    baseVersion: Type.Optional(Type.Integer({ minimum: 1 })),
    deviceRecordedAt: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);

/** The latest decision on an entry and its note, shown on the employee's day. */
export const EntryDecisionSchema = Type.Object({
  id: Uuid,
  decision: Type.Union(['approved', 'rejected', 'returned'].map((s) => Type.Literal(s))),
  note: Type.String(),
  capacity: Type.Union(['definitive', 'plt', 'plh', 'override', 'automatic'].map((s) => Type.Literal(s))),
  autoReason: Nullable(Type.Union(['position_kind', 'no_supervisor', 'window'].map((s) => Type.Literal(s)))),
  decidedAt: Type.String(),
  decidedBy: Nullable(Type.Object({ employeeId: Uuid, name: Type.String() })),
  entryVersion: Type.Integer(),
});

export const EntrySchema = Type.Object(
  {
    id: Uuid,
    workDate: IsoDate,
    startTime: Nullable(Type.String()),
    endTime: Nullable(Type.String()),
    durationMinutes: Nullable(Type.Integer()),
    activityCode: Type.String(),
    activityName: Type.String(),
    activityUnit: Type.String(),
    activityVersion: Type.Integer(),
    volume: Type.Number(),
    description: Type.String(),
    rhkId: Nullable(Uuid),
    creditedMinutes: Type.Integer(),
    status: Type.Union(['draft', 'submitted', 'approved', 'rejected', 'returned'].map((s) => Type.Literal(s))),
    version: Type.Integer(),
    evidence: Type.Array(Type.Object({ sha256: Type.String(), fileName: Type.String(), mediaType: Type.String() })),
    deviceRecordedAt: Nullable(Type.String()),
    receivedAt: Type.String(),
    updatedAt: Type.String(),
    decision: Nullable(EntryDecisionSchema),
  },
  { $id: 'JournalEntry' },
);

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
    status: Type.String(),
    closesAt: Type.String(),
    windowOpen: Type.Boolean(),
    extendedByOutage: Type.Boolean(),
    entries: Type.Optional(Type.Array(Type.Ref('JournalEntry'))),
  },
  { $id: 'JournalDay' },
);

export const DateParams = Type.Object({ date: IsoDate });
export const EntryParams = Type.Object({ entryId: Uuid });
export const RangeQuery = Type.Object({ from: IsoDate, to: IsoDate }, { additionalProperties: false });

export const ActivitySchema = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  unit: Type.String(),
  standardMinutes: Type.Integer(),
  positionKinds: Type.Array(Type.String()),
  group: Type.String(),
});

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

export const SetBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 80 }), items: Type.Array(SetItem, { minItems: 1, maxItems: 30 }) },
  { additionalProperties: false },
);

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
