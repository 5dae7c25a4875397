/**
 * The agency's SKP overview (issue 16 item 8): per unit of today's org chart, how many employees'
 * SKP for a year are not started, draft, diajukan, dikembalikan or disetujui; and who is blocked
 * because their pejabat penilai's SKP for an overlapping period is not approved yet; and the
 * reminder list: everyone whose SKP is not approved, with their penilai, to remind them.
 */
import { Type, type Static } from 'typebox';
import { SKP_STATUSES } from '../skp/workflow.js';
import { Literals, Nullable, Uuid } from './common.js';

export const SkpOverviewQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }, { additionalProperties: false });
export type SkpOverviewQuery = Static<typeof SkpOverviewQuery>;

/** The overview's states: an SKP's status, or `belum` (not started). A cancelled revision counts as the version in force. */
export const SKP_OVERVIEW_STATES = ['belum', 'draft', 'diajukan', 'dikembalikan', 'disetujui'] as const;
export type SkpOverviewState = (typeof SKP_OVERVIEW_STATES)[number];
/** The states of someone to remind: every one but approved. */
export const SKP_REMINDER_STATES = ['belum', 'draft', 'diajukan', 'dikembalikan'] as const;

const Counts = Type.Object({
  employees: Type.Integer(),
  belum: Type.Integer(),
  draft: Type.Integer(),
  diajukan: Type.Integer(),
  dikembalikan: Type.Integer(),
  disetujui: Type.Integer(),
});
export type SkpOverviewCounts = Static<typeof Counts>;

/** Who a listed person is and the unit they are counted in. */
const Person = { employeeId: Uuid, name: Type.String(), nip: Type.String(), unitId: Uuid, unitName: Type.String() };

export const SkpOverviewAnswer = Type.Object({
  year: Type.Integer(),
  /** The agency's today: the org chart that places people in units. */
  asOf: Type.String(),
  agency: Type.Object({ id: Uuid, code: Type.String(), name: Type.String() }),
  /** Every unit, parents before children (siblings by code); counts are of the people whose definitive post is in the unit itself. */
  units: Type.Array(Type.Object({ unitId: Uuid, parentId: Nullable(Uuid), name: Type.String(), depth: Type.Integer(), counts: Counts })),
  totals: Counts,
  /** JA/JF employees whose SKP is not approved and whose pejabat penilai has no approved SKP for an overlapping period, by unit then name. */
  blocked: Type.Array(
    Type.Object({
      ...Person,
      state: Literals(SKP_OVERVIEW_STATES),
      penilaiEmployeeId: Uuid,
      penilaiName: Type.String(),
      /** The penilai's SKP overlapping the period (the latest), or null when they have none. */
      penilaiSkpStatus: Nullable(Literals(SKP_STATUSES)),
    }),
  ),
  /**
   * Everyone counted whose SKP is not approved (not started, draft, submitted or returned), with their
   * pejabat penilai (on the SKP's snapshot, or today's chart for someone not started): whom to remind,
   * by unit then name. The penilai is null when nobody rates them here (an agency head not started).
   */
  reminders: Type.Array(
    Type.Object({
      ...Person,
      state: Literals(SKP_REMINDER_STATES),
      penilaiName: Nullable(Type.String()),
      penilaiNip: Nullable(Type.String()),
    }),
  ),
});
export type SkpOverviewAnswer = Static<typeof SkpOverviewAnswer>;
