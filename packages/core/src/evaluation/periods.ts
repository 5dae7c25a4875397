/**
 * Periodic evaluation periods (PermenPANRB 6/2022: evaluasi kinerja periodik, its frequency set by
 * the agency) within a year, and their overlap with one SKP. Months are the unit because SIASN's
 * kinerja periodik records bulanMulaiPenilaian..bulanSelesaiPenilaian and PermenPANRB 1/2023
 * prorates angka kredit by months.
 */
import { monthRange, toDayNumber, type Period } from '../calendar/index.js';

export const EVALUATION_FREQUENCIES = ['bulanan', 'triwulanan', 'semesteran', 'tahunan'] as const;
export type EvaluationFrequency = (typeof EVALUATION_FREQUENCIES)[number];

const MONTHS_PER_PERIOD: Record<EvaluationFrequency, number> = { bulanan: 1, triwulanan: 3, semesteran: 6, tahunan: 12 };

const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV'];

export interface EvaluationPeriod {
  /** 'Triwulan I', 'Semester II', 'Maret', 'Tahunan'. */
  label: string;
  /** The calendar months of the period, 'yyyy-mm', in order. */
  months: readonly string[];
  /**
   * The months that earn angka kredit here. Whole periods credit every month; within one SKP see
   * evaluationPeriodWithin.
   */
  creditedMonths: readonly string[];
  period: Period;
}

function label(frequency: EvaluationFrequency, index: number): string {
  switch (frequency) {
    case 'bulanan':
      return MONTH_NAMES[index]!;
    case 'triwulanan':
      return `Triwulan ${ROMAN[index]}`;
    case 'semesteran':
      return `Semester ${ROMAN[index]}`;
    case 'tahunan':
      return 'Tahunan';
  }
}

/** The periods of one year at the agency's frequency, in order. */
export function evaluationPeriodsOf(year: number, frequency: EvaluationFrequency): EvaluationPeriod[] {
  const size = MONTHS_PER_PERIOD[frequency];
  const y = String(year).padStart(4, '0');
  const result: EvaluationPeriod[] = [];
  for (let first = 1; first <= 12; first += size) {
    const months = Array.from({ length: size }, (_, i) => `${y}-${String(first + i).padStart(2, '0')}`);
    result.push({
      label: label(frequency, (first - 1) / size),
      months,
      creditedMonths: months,
      period: { from: monthRange(months[0]!).from, to: monthRange(months[months.length - 1]!).to },
    });
  }
  return result;
}

/**
 * The part of an evaluation period that one SKP covers: the overlapping days; the months that have
 * at least one of those days (an SKP that starts on 15 March counts March, as SIASN's
 * bulanMulaiPenilaian does); and the months credited for angka kredit. Undefined when they do not
 * overlap.
 *
 * PermenPANRB 1/2023 prorates by whole months and says nothing of a month split by a move. Chosen:
 * the month is credited to the SKP that covers more of its days, and on an exact half to the one
 * that covers its last day, so two SKP that split a month never credit it twice (a year never
 * exceeds 12 months) and never drop it.
 */
export function evaluationPeriodWithin(evaluation: EvaluationPeriod, skp: Period): EvaluationPeriod | undefined {
  const from = evaluation.period.from > skp.from ? evaluation.period.from : skp.from;
  const to = evaluation.period.to < skp.to ? evaluation.period.to : skp.to;
  if (from > to) return undefined;
  const months: string[] = [];
  const creditedMonths: string[] = [];
  for (const m of evaluation.months) {
    const r = monthRange(m);
    const coveredFrom = r.from > from ? r.from : from;
    const coveredTo = r.to < to ? r.to : to;
    if (coveredFrom > coveredTo) continue;
    months.push(m);
    const covered = toDayNumber(coveredTo) - toDayNumber(coveredFrom) + 1;
    const length = toDayNumber(r.to) - toDayNumber(r.from) + 1;
    if (covered * 2 > length || (covered * 2 === length && coveredTo === r.to)) creditedMonths.push(m);
  }
  return { label: evaluation.label, months, creditedMonths, period: { from, to } };
}
