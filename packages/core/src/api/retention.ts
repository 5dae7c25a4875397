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
