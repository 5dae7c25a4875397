import { FLAG_CODES } from '@kinerja/core';
import { Type } from 'typebox';
import { IsoDate, IsoDateTime, Nullable, Uuid, YearMonth } from '../../http/schemas.js';
import { EntryDecisionSchema } from '../journal/schemas.js';

const Literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const Month = YearMonth;
export const DecisionKind = Literals(['approved', 'rejected', 'returned']);
const Capacity = Literals(['definitive', 'plt', 'plh', 'override']);

export const FlagSchema = Type.Object({ code: Literals(FLAG_CODES), message: Type.String() });

const DeadlineSchema = Type.Object({ dueOn: IsoDate, daysLeft: Type.Integer(), overdue: Type.Boolean() });

export const ReviewEntrySchema = Type.Object(
  {
    id: Uuid,
    employeeId: Uuid,
    workDate: IsoDate,
    startTime: Nullable(Type.String()),
    endTime: Nullable(Type.String()),
    durationMinutes: Nullable(Type.Integer()),
    activityCode: Type.String(),
    activityName: Type.String(),
    activityUnit: Type.String(),
    volume: Type.Number(),
    description: Type.String(),
    creditedMinutes: Type.Integer(),
    status: Literals(['draft', 'submitted', 'approved', 'rejected', 'returned']),
    version: Type.Integer(),
    submittedAt: Nullable(Type.String()),
    evidence: Type.Array(Type.Object({ sha256: Type.String(), fileName: Type.String(), mediaType: Type.String(), capturedAt: Nullable(Type.String()) })),
    flags: Type.Array(FlagSchema),
    deadline: Nullable(DeadlineSchema),
    decision: Nullable(EntryDecisionSchema),
  },
  { $id: 'ReviewEntry' },
);

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

const PersonSummary = Type.Object({ employeeId: Uuid, nip: Type.String(), name: Type.String(), positionName: Nullable(Type.String()), unitName: Nullable(Type.String()) });

export const InboxSchema = Type.Object({
  asOf: Type.String(),
  today: IsoDate,
  counts: Type.Object({ people: Type.Integer(), days: Type.Integer(), entries: Type.Integer(), overdue: Type.Integer() }),
  people: Type.Array(Type.Object({ employee: PersonSummary, capacity: Capacity, pendingCount: Type.Integer(), days: Type.Array(Type.Ref('ReviewDay')) })),
  page: Type.Object({ items: Type.Array(Type.Ref('ReviewDay')), nextCursor: Nullable(Type.String()) }),
});

export const InboxQuery = Type.Object(
  { cursor: Type.Optional(Type.String({ maxLength: 400 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })) },
  { additionalProperties: false },
);

export const PersonDaySchema = Type.Object({ employee: PersonSummary, canDecide: Type.Boolean(), day: Type.Ref('ReviewDay') });

const Note = Type.String({ maxLength: 1000 });
export const EntryDecisionBody = Type.Object({ decision: DecisionKind, note: Type.Optional(Note), version: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });
export const BulkDecisionBody = Type.Object({ decision: DecisionKind, note: Type.Optional(Note), asOf: Type.Optional(IsoDateTime) }, { additionalProperties: false });
export const ApproveAllBody = Type.Object({ asOf: Type.Optional(IsoDateTime) }, { additionalProperties: false });

export const SingleDecisionSchema = Type.Object({ entryId: Uuid, decision: DecisionKind, capacity: Capacity, version: Type.Integer(), decidedAt: Type.String() });
export const BulkDecisionSchema = Type.Object({ decided: Type.Integer(), skipped: Type.Integer(), flagged: Type.Integer() });

export const RateSchema = Type.Object({
  supervisor: PersonSummary,
  reached: Type.Integer(),
  onTime: Type.Integer(),
  late: Type.Integer(),
  pending: Type.Integer(),
  rate: Nullable(Type.Number()),
});

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
});

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
      data: Type.Object({}, { additionalProperties: true }),
    }),
  ),
  decisions: Type.Array(EntryDecisionSchema),
});
