/**
 * The agency's evaluation settings (PermenPANRB 6/2022: the frequency of evaluasi kinerja periodik
 * is the agency's choice; SE MenPANRB 3/2023: whether a breach of the distribution curve only warns
 * or blocks finalising; the annual deadline, e.g. 10 January after the year as SE Kepala BKN 11/2023).
 * Stored as the `evaluation` section of the effective-dated agency settings; missing or malformed
 * fields read as the defaults, so a version written before this section existed still reads.
 */
import { CURVE_POLICIES, type CurvePolicy } from './finalisation.js';
import type { EvaluationFrequency } from './periods.js';

/** Periodic frequencies an agency may choose; the annual evaluation always exists besides them. */
export const PERIODIC_FREQUENCIES = ['bulanan', 'triwulanan', 'semesteran'] as const satisfies readonly EvaluationFrequency[];
export type PeriodicFrequency = (typeof PERIODIC_FREQUENCIES)[number];

export interface EvaluationSettings {
  frequency: PeriodicFrequency;
  curvePolicy: CurvePolicy;
  /** Month and day after the year (mm-dd) by which the annual evaluation is to be finalised. */
  annualDeadline: string;
}

export const DEFAULT_EVALUATION_SETTINGS: Readonly<EvaluationSettings> = { frequency: 'triwulanan', curvePolicy: 'warn', annualDeadline: '01-10' };

const MM_DD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isAnnualDeadline(s: string): boolean {
  const m = MM_DD.exec(s);
  if (!m) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(m[1]) - 1]!;
  return Number(m[2]) <= days;
}

export function resolveEvaluationSettings(raw: unknown): EvaluationSettings {
  const r = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_EVALUATION_SETTINGS;
  return {
    frequency: (PERIODIC_FREQUENCIES as readonly unknown[]).includes(r.frequency) ? (r.frequency as PeriodicFrequency) : d.frequency,
    curvePolicy: (CURVE_POLICIES as readonly unknown[]).includes(r.curvePolicy) ? (r.curvePolicy as CurvePolicy) : d.curvePolicy,
    annualDeadline: typeof r.annualDeadline === 'string' && isAnnualDeadline(r.annualDeadline) ? r.annualDeadline : d.annualDeadline,
  };
}

/** The date (yyyy-mm-dd) by which the annual evaluation of `year` is due. */
export function annualDeadlineOf(year: number, settings: Pick<EvaluationSettings, 'annualDeadline'>): string {
  return `${String(year + 1).padStart(4, '0')}-${settings.annualDeadline}`;
}
