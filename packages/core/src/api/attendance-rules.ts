/**
 * An agency's discipline table (TL/PSW bands and amounts) and leave catalogue (issue 18 item 6):
 * - GET    /agencies/:agencyId/attendance/rules                 versions, the table in force, presets, catalogue (AttendanceRulesAnswer)
 * - PUT    /agencies/:agencyId/attendance/rules/:month          store the table in force from that month (AttendanceRulesBody → AttendanceRulesVersionView)
 * - DELETE /agencies/:agencyId/attendance/rules/:month          remove that month's version (204)
 * - PUT    /agencies/:agencyId/attendance/leave-types           replace the catalogue (AgencyLeaveTypesBody → AgencyLeaveTypesAnswer)
 */
import { Type, type Static, type TSchema } from 'typebox';
import { LEAVE_COUNTINGS } from './attendance.js';
import { IsoDateTime, Literals, Nullable, Uuid, YearMonth } from './common.js';

const strict = { additionalProperties: false } as const;
/**
 * Null first: the server's validator coerces types, and with the number first it would read a null
 * as 0 (an open last band would get an upper edge of 0, an empty amount would become 0 %).
 */
const OrNull = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const Percent = Type.Number({ minimum: 0, maximum: 100 });
const Minute = Type.Integer({ minimum: 1, maximum: 1440 });

const LateCode = Literals(['TL1', 'TL2', 'TL3', 'TL4'] as const);
const EarlyCode = Literals(['PSW1', 'PSW2', 'PSW3', 'PSW4'] as const);
const LateTable = Type.Object(
  {
    bands: Type.Array(Type.Object({ code: LateCode, from: Minute, to: OrNull(Minute), percent: Percent }, strict), { minItems: 1, maxItems: 4 }),
    noRecord: Type.Object({ code: LateCode, percent: Percent }, strict),
  },
  strict,
);
const EarlyTable = Type.Object(
  {
    bands: Type.Array(Type.Object({ code: EarlyCode, from: Minute, to: OrNull(Minute), percent: Percent }, strict), { minItems: 1, maxItems: 4 }),
    noRecord: Type.Object({ code: EarlyCode, percent: Percent }, strict),
  },
  strict,
);

/** core's AttendanceRules as sent and stored. */
export const AttendanceRulesSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    source: Type.String({ maxLength: 500 }),
    base: Literals(['disiplin', 'tpp'] as const),
    late: LateTable,
    early: EarlyTable,
    missingCheckPointPercent: OrNull(Percent),
    tkPercentPerDay: OrNull(Percent),
    apelAbsencePercent: OrNull(Percent),
    monthlyCapPercent: OrNull(Percent),
    minutesPerTkDay: Type.Integer({ minimum: 1, maximum: 1440 }),
    noRecordMinutes: Type.Integer({ minimum: 0, maximum: 1440 }),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  strict,
);
export type AttendanceRulesSchema = Static<typeof AttendanceRulesSchema>;

export const AttendanceRulesBody = Type.Object({ rules: AttendanceRulesSchema }, strict);
export type AttendanceRulesBody = Static<typeof AttendanceRulesBody>;

export const AttendanceRulesVersionView = Type.Object({ month: YearMonth, rules: AttendanceRulesSchema, updatedAt: IsoDateTime });
export type AttendanceRulesVersionView = Static<typeof AttendanceRulesVersionView>;

export const AgencyLeaveType = Type.Object(
  { code: Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }), name: Type.String({ minLength: 1, maxLength: 100 }), counts: Literals(LEAVE_COUNTINGS), active: Type.Boolean() },
  strict,
);
export type AgencyLeaveType = Static<typeof AgencyLeaveType>;

export const AgencyLeaveTypesBody = Type.Object({ items: Type.Array(AgencyLeaveType, { minItems: 1, maxItems: 60 }) }, strict);
export type AgencyLeaveTypesBody = Static<typeof AgencyLeaveTypesBody>;

export const AgencyLeaveTypesAnswer = Type.Object({
  items: Type.Array(AgencyLeaveType),
  /** Codes already asked for: they can be switched off, not removed. */
  inUse: Type.Array(Type.String()),
  /** false: nothing stored, the default catalogue. */
  stored: Type.Boolean(),
});
export type AgencyLeaveTypesAnswer = Static<typeof AgencyLeaveTypesAnswer>;

export const AttendanceRulesAnswer = Type.Object({
  versions: Type.Array(AttendanceRulesVersionView),
  /** The table in force this month (the agency's today), and from which stored month (null: the default). */
  inForce: Type.Object({ month: Nullable(YearMonth), rules: AttendanceRulesSchema }),
  presets: Type.Array(AttendanceRulesSchema),
  leaveTypes: AgencyLeaveTypesAnswer,
});
export type AttendanceRulesAnswer = Static<typeof AttendanceRulesAnswer>;

export const RulesMonthParams = Type.Object({ agencyId: Uuid, month: YearMonth });
