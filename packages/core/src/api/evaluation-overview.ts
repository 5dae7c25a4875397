/**
 * The agency's evaluation overview (issue 17 item 9): for one calendar evaluation period, per unit
 * how many evaluations are not started, in progress or finalised, and by name who has not finished
 * (the list admins chase before the annual deadline, item 6). Also the query of the XLSX downloads.
 */
import { Type, type Static } from 'typebox';
import { EVALUATION_KINDS } from './evaluation.js';
import { IsoDate, Literals, Nullable, Uuid } from './common.js';

/** A calendar evaluation period of the agency; both empty: the periodic one running today. */
export const EvaluationOverviewQuery = Type.Object({ periodFrom: Type.Optional(IsoDate), periodTo: Type.Optional(IsoDate) }, { additionalProperties: false });
export type EvaluationOverviewQuery = Static<typeof EvaluationOverviewQuery>;
/** The named not-finished list: the overview's period, and a unit (with everything under it) or the whole agency. */
export const EvaluationUnfinishedQuery = Type.Object(
  { periodFrom: Type.Optional(IsoDate), periodTo: Type.Optional(IsoDate), unitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type EvaluationUnfinishedQuery = Static<typeof EvaluationUnfinishedQuery>;

export const OVERVIEW_EVALUATION_STATES = ['belum_dibuka', 'berjalan', 'final'] as const;
export type OverviewEvaluationState = (typeof OVERVIEW_EVALUATION_STATES)[number];

const Counts = Type.Object({ total: Type.Integer(), belum_dibuka: Type.Integer(), berjalan: Type.Integer(), final: Type.Integer() });
export type EvaluationOverviewCounts = Static<typeof Counts>;

export const EvaluationOverviewAnswer = Type.Object({
  agency: Type.Object({ id: Uuid, code: Type.String(), name: Type.String() }),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  label: Type.String(),
  kind: Literals(EVALUATION_KINDS),
  /** The calendar periods of the year before and of the period's year, at the agency's frequency, and each year, to choose from. */
  periods: Type.Array(Type.Object({ kind: Literals(EVALUATION_KINDS), label: Type.String(), periodFrom: IsoDate, periodTo: IsoDate })),
  /** For the annual period: the agency's deadline (in the year after); null for a periodic one. */
  deadline: Nullable(IsoDate),
  /**
   * Every unit, parents before children (siblings by code). `counts`: the approved SKP overlapping the
   * period whose post is in the unit itself, by the state of their evaluation of the period;
   * `subtree`: the unit and every unit under it.
   */
  units: Type.Array(Type.Object({ unitId: Uuid, parentId: Nullable(Uuid), name: Type.String(), depth: Type.Integer(), counts: Counts, subtree: Counts })),
  totals: Counts,
  /** Who has not finished (not started or in progress), in unit order then by name. */
  unfinished: Type.Array(
    Type.Object({
      employeeId: Uuid,
      name: Type.String(),
      nip: Type.String(),
      positionName: Type.String(),
      unitId: Uuid,
      unitName: Type.String(),
      skpId: Uuid,
      penilaiName: Nullable(Type.String()),
      evaluationId: Nullable(Uuid),
      status: Literals(['belum_dibuka', 'berjalan'] as const),
    }),
  ),
});
export type EvaluationOverviewAnswer = Static<typeof EvaluationOverviewAnswer>;
