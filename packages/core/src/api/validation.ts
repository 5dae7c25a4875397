/** Supervisor validation: inbox, decisions, a person's day, history, rates and the monthly recap. */
import { Type, type Static } from 'typebox';
import { FLAG_CODES } from '../validation/flags.js';
import { CapacitySchema, IsoDate, IsoDateTime, Literals, Nullable, OpenObject, Uuid, YearMonth } from './common.js';
import { EntryDecisionSchema, EntryStatusSchema, EntryWhenAndWhat } from './journal.js';

export const Month = YearMonth;
export const DecisionKind = Literals(['approved', 'rejected', 'returned']);

export const FlagSchema = Type.Object({ code: Literals(FLAG_CODES), message: Type.String() });
export type Flag = Static<typeof FlagSchema>;

const DeadlineSchema = Type.Object({ dueOn: IsoDate, daysLeft: Type.Integer(), overdue: Type.Boolean() });
export type Deadline = Static<typeof DeadlineSchema>;

export const ReviewEntrySchema = Type.Object(
  {
    id: Uuid,
    employeeId: Uuid,
    ...EntryWhenAndWhat,
    volume: Type.Number(),
    description: Type.String(),
    /** The RHK of the employee's SKP the entry serves, with its text (null when that RHK is no longer found). */
    rhk: Nullable(Type.Object({ id: Uuid, text: Nullable(Type.String()) })),
    creditedMinutes: Type.Integer(),
    status: EntryStatusSchema,
    version: Type.Integer(),
    submittedAt: Nullable(Type.String()),
    evidence: Type.Array(Type.Object({ sha256: Type.String(), fileName: Type.String(), mediaType: Type.String(), capturedAt: Nullable(Type.String()) })),
    flags: Type.Array(FlagSchema),
    deadline: Nullable(DeadlineSchema),
    decision: Nullable(EntryDecisionSchema),
  },
  { $id: 'ReviewEntry' },
);
export type ReviewEntry = Static<typeof ReviewEntrySchema>;

export const ReviewDaySchema = Type.Object(
  {
    employeeId: Uuid,
    date: IsoDate,
    targetMinutes: Type.Integer(),
    claimedMinutes: Type.Integer(),
    pendingCount: Type.Integer(),
    pendingMinutes: Type.Integer(),
    deadline: Nullable(DeadlineSchema),
    flags: Type.Array(FlagSchema),
    entries: Type.Optional(Type.Array(Type.Ref('ReviewEntry'))),
  },
  { $id: 'ReviewDay' },
);
/** `entries` is a reference in the schema (one ReviewEntry in the document): its type is written out here. */
export type ReviewDay = Omit<Static<typeof ReviewDaySchema>, 'entries'> & { entries?: ReviewEntry[] };

const R = ReviewEntrySchema.properties;
/**
 * An entry on an inbox page: a ReviewEntry less what the inbox screen never reads (issue 14 item 16:
 * about a third of a page's bytes). Its person and date are its day's; its status is always
 * `submitted`; its own deadline is left out, as the day carries the earliest of its entries'
 * (the day view, GET /validation/people/:employeeId/days/:date, keeps every field).
 */
export const InboxEntrySchema = Type.Object(
  {
    id: R.id,
    startTime: R.startTime,
    endTime: R.endTime,
    activityCode: R.activityCode,
    activityName: R.activityName,
    activityUnit: R.activityUnit,
    volume: R.volume,
    description: R.description,
    rhk: R.rhk,
    creditedMinutes: R.creditedMinutes,
    version: R.version,
    evidence: R.evidence,
    flags: R.flags,
    decision: R.decision,
  },
  { $id: 'InboxEntry' },
);
export type InboxEntry = Static<typeof InboxEntrySchema>;

/** A day on an inbox page: a ReviewDay whose entries are InboxEntry. */
export const InboxDaySchema = Type.Object({ ...ReviewDaySchema.properties, entries: Type.Optional(Type.Array(Type.Ref('InboxEntry'))) }, { $id: 'InboxDay' });
export type InboxDay = Omit<ReviewDay, 'entries'> & { entries?: InboxEntry[] };

const PersonSummarySchema = Type.Object({ employeeId: Uuid, nip: Type.String(), name: Type.String(), positionName: Nullable(Type.String()), unitName: Nullable(Type.String()) });
export type PersonSummary = Static<typeof PersonSummarySchema>;

export const InboxSchema = Type.Object({
  asOf: Type.String(),
  today: IsoDate,
  counts: Type.Object({
    people: Type.Integer(),
    days: Type.Integer(),
    entries: Type.Integer(),
    overdue: Type.Integer(),
    onFlaggedDays: Type.Integer({ description: 'Entries waiting on days flagged as a whole (over target, over the cap; absent for the people listed: with `people=page` the page\'s people): approve-all leaves them.' }),
  }),
  people: Type.Array(Type.Object({ employee: PersonSummarySchema, capacity: CapacitySchema, pendingCount: Type.Integer(), days: Type.Array(Type.Ref('ReviewDay')) })),
  page: Type.Object({
    items: Type.Array(Type.Ref('InboxDay')),
    nextCursor: Nullable(Type.String()),
    rest: Type.Object(
      { days: Type.Integer(), entries: Type.Integer(), onFlaggedDays: Type.Integer() },
      { description: 'What waits on the pages after this one (not yet asked for): the approve-all confirmation counts it without those days. Its onFlaggedDays, like counts.onFlaggedDays, knows absences only of the people listed.' },
    ),
  }),
});
type InboxWire = Static<typeof InboxSchema>;
export type InboxPerson = Omit<InboxWire['people'][number], 'days'> & { days: ReviewDay[] };
export type Inbox = Omit<InboxWire, 'people' | 'page'> & { people: InboxPerson[]; page: Omit<InboxWire['page'], 'items'> & { items: InboxDay[] } };

export const InboxQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 400 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    people: Type.Optional(
      Type.Union([Type.Literal('all'), Type.Literal('page')], {
        description: '`all` (default): every waiting person with a summary of each pending day. `page`: only the people whose days are on this page.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const PersonDaySchema = Type.Object({ employee: PersonSummarySchema, canDecide: Type.Boolean(), day: Type.Ref('ReviewDay') });
export type PersonDay = Omit<Static<typeof PersonDaySchema>, 'day'> & { day: ReviewDay };

const Note = Type.String({ maxLength: 1000 });
export const EntryDecisionBody = Type.Object({ decision: DecisionKind, note: Type.Optional(Note), version: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });
export const BulkDecisionBody = Type.Object({ decision: DecisionKind, note: Type.Optional(Note), asOf: Type.Optional(IsoDateTime) }, { additionalProperties: false });
export const ApproveAllBody = Type.Object({ asOf: Type.Optional(IsoDateTime) }, { additionalProperties: false });

export const SingleDecisionSchema = Type.Object({ entryId: Uuid, decision: DecisionKind, capacity: CapacitySchema, version: Type.Integer(), decidedAt: Type.String() });
export type SingleDecision = Static<typeof SingleDecisionSchema>;
export const BulkDecisionSchema = Type.Object({ decided: Type.Integer(), skipped: Type.Integer(), flagged: Type.Integer() });
export type BulkResult = Static<typeof BulkDecisionSchema>;

export const RateSchema = Type.Object({
  supervisor: PersonSummarySchema,
  reached: Type.Integer(),
  onTime: Type.Integer(),
  late: Type.Integer(),
  pending: Type.Integer(),
  rate: Nullable(Type.Number()),
});
export type SupervisorRate = Static<typeof RateSchema>;

export const RatesQuery = Type.Object({ month: Month, agencyId: Type.Optional(Uuid) }, { additionalProperties: false });
export const PersonDayQuery = Type.Object({ agencyId: Type.Optional(Uuid) }, { additionalProperties: false });
export const RecapQuery = Type.Object({ month: Month, unitId: Type.Optional(Uuid) }, { additionalProperties: false });

const CountFields = {
  submitted: Type.Integer(),
  approved: Type.Integer(),
  rejected: Type.Integer(),
  returned: Type.Integer(),
  pending: Type.Integer(),
  approvedMinutes: Type.Integer(),
};
const CountsSchema = Type.Object(CountFields);
export type Counts = Static<typeof CountsSchema>;

export const RecapSchema = Type.Object({
  month: Type.String({ description: 'yyyy-mm' }),
  agency: Type.Object({ id: Uuid, code: Type.String(), name: Type.String() }),
  unit: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  workingDays: Type.Integer(),
  targetMinutesPerEmployee: Type.Integer(),
  totals: Type.Object({ ...CountFields, employees: Type.Integer(), targetMinutes: Type.Integer() }),
  units: Type.Array(Type.Object({ ...CountFields, unitId: Uuid, unitName: Type.String(), parentId: Nullable(Uuid), depth: Type.Integer(), employees: Type.Integer(), targetMinutes: Type.Integer() })),
  employees: Type.Array(
    Type.Object({
      ...CountFields,
      employeeId: Uuid,
      nip: Type.String(),
      name: Type.String(),
      positionName: Nullable(Type.String()),
      unitId: Nullable(Uuid),
      unitName: Nullable(Type.String()),
      targetMinutes: Type.Integer(),
      achievement: Nullable(Type.Number()),
    }),
  ),
  supervisors: Type.Array(RateSchema),
  /**
   * Approved work per RHK of each employee listed (entries naming an RHK of their SKP): how many,
   * their minutes, and their volume per activity unit. What an employee's approvedMinutes has beyond
   * the sum of their rows was logged without an RHK.
   */
  rhk: Type.Array(
    Type.Object({
      employeeId: Uuid,
      rhkId: Uuid,
      rhkText: Nullable(Type.String()),
      approved: Type.Integer(),
      approvedMinutes: Type.Integer(),
      volumes: Type.Array(Type.Object({ unit: Type.String(), volume: Type.Number() })),
    }),
  ),
});
export type Recap = Static<typeof RecapSchema>;

export const HistorySchema = Type.Object({
  entry: Type.Object({
    id: Uuid,
    employeeId: Uuid,
    workDate: IsoDate,
    status: Type.String(),
    version: Type.Integer(),
    activityCode: Type.String(),
    activityName: Type.String(),
    startTime: Nullable(Type.String()),
    endTime: Nullable(Type.String()),
    creditedMinutes: Type.Integer(),
    description: Type.String(),
  }),
  events: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: Type.String(),
      action: Type.String(),
      actor: Nullable(Type.Object({ accountId: Uuid, name: Type.String() })),
      data: OpenObject(),
    }),
  ),
  decisions: Type.Array(EntryDecisionSchema),
});
export type EntryHistory = Static<typeof HistorySchema>;
export type HistoryEvent = EntryHistory['events'][number];

