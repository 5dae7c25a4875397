import { Type, type Static } from 'typebox';

/** One retention period as the server is set (GET /retention). */
export const RetentionPeriod = Type.Object({
  kind: Type.Union([Type.Literal('sessions'), Type.Literal('dataReads'), Type.Literal('exports'), Type.Literal('punches'), Type.Literal('selfies'), Type.Literal('journals'), Type.Literal('evidence'), Type.Literal('audit')]),
  /** The environment setting(s) that change it. */
  setting: Type.String(),
  days: Type.Integer(),
  /** Whether the retention step removes data past it today. */
  applied: Type.Boolean(),
  note: Type.String(),
});
export type RetentionPeriod = Static<typeof RetentionPeriod>;

export const RetentionPeriods = Type.Object({ periods: Type.Array(RetentionPeriod) });
export type RetentionPeriods = Static<typeof RetentionPeriods>;

/** What the next retention pass would remove now, changing nothing (GET /retention/report, the BKD admin's dry run). */
export const RetentionReport = Type.Object({
  at: Type.String({ format: 'date-time' }),
  /** The cut-offs: entries worked before these dates, audit rows written before this time. */
  before: Type.Object({ journals: Type.String({ format: 'date' }), evidence: Type.String({ format: 'date' }), audit: Type.String({ format: 'date-time' }) }),
  /** What is kept whatever its age: entries of locked TPP months from this month on, and of evaluations finalised after this time. */
  holds: Type.Object({ tppLockedMonthsFrom: Type.String(), evaluationsFinalisedAfter: Type.String({ format: 'date-time' }) }),
  /** The periods applied (a setting below 365 days is applied as 365; evidence never outlives its entry). */
  days: Type.Object({ journals: Type.Integer(), evidence: Type.Integer(), audit: Type.Integer(), tppHold: Type.Integer(), evaluationHold: Type.Integer() }),
  /** Rows of the province's audit chain (no agency) that would be cut. */
  provinceAuditRows: Type.Integer(),
  /** Agencies with anything past a cut-off. */
  agencies: Type.Array(
    Type.Object({
      agencyId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
      journalEntries: Type.Object({ total: Type.Integer(), held: Type.Integer(), due: Type.Integer() }),
      entriesWithEvidenceDue: Type.Integer(),
      auditRows: Type.Integer(),
    }),
  ),
});
export type RetentionReport = Static<typeof RetentionReport>;
