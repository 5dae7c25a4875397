/**
 * Unexcused absence over a year and the PP 94/2021 alerts (DOMAIN.md §3.3 d, §8).
 *
 * Days of TK count one each; minutes late and early accumulate, and every full 7.5 hours (the
 * rules' minutesPerTkDay) is one more day (PP 53/2010 penjelasan Pasal 3 angka 11, kept in
 * practice). The year's total crossing 3, 4, 7, 11, 14, 17, 21, 25 or 28 days, or 10 working days
 * of TK in a row (holidays and days off neither count nor break the run; any other day breaks it),
 * raises an alert for the employee, the supervisor and the BKD — once per employee, year and
 * threshold: the caller passes the codes already raised and gets only the new ones.
 */
import type { AttendanceDay } from './daily.js';
import type { AttendanceRules } from './rules.js';

export type DisciplineLevel = 'ringan' | 'sedang' | 'berat';

export interface DisciplineThreshold {
  code: string;
  minDays: number;
  /** The top of the bracket (inclusive); null for the last. */
  maxDays: number | null;
  level: DisciplineLevel;
  sanction: string;
}

const PDH = 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS';

/** PP 94/2021 Pasal 11–13: cumulative days absent without a valid reason in a year. */
export const PP94_TK_THRESHOLDS: readonly DisciplineThreshold[] = [
  { code: 'TK_3', minDays: 3, maxDays: 3, level: 'ringan', sanction: 'Teguran lisan' },
  { code: 'TK_4', minDays: 4, maxDays: 6, level: 'ringan', sanction: 'Teguran tertulis' },
  { code: 'TK_7', minDays: 7, maxDays: 10, level: 'ringan', sanction: 'Pernyataan tidak puas secara tertulis' },
  { code: 'TK_11', minDays: 11, maxDays: 13, level: 'sedang', sanction: 'Pemotongan tunjangan kinerja 25% selama 6 bulan' },
  { code: 'TK_14', minDays: 14, maxDays: 16, level: 'sedang', sanction: 'Pemotongan tunjangan kinerja 25% selama 9 bulan' },
  { code: 'TK_17', minDays: 17, maxDays: 20, level: 'sedang', sanction: 'Pemotongan tunjangan kinerja 25% selama 12 bulan' },
  { code: 'TK_21', minDays: 21, maxDays: 24, level: 'berat', sanction: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan' },
  { code: 'TK_25', minDays: 25, maxDays: 27, level: 'berat', sanction: 'Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan' },
  { code: 'TK_28', minDays: 28, maxDays: null, level: 'berat', sanction: PDH },
];

/** PP 94/2021 Pasal 13: 10 working days in a row without a valid reason. */
export const PP94_CONSECUTIVE_THRESHOLD = { code: 'TK_10_BERTURUT', days: 10, level: 'berat' as DisciplineLevel, sanction: PDH };

export const ALERT_RECIPIENTS = ['employee', 'supervisor', 'bkd'] as const;

export interface DisciplineAlert {
  employeeId: string;
  year: number;
  code: string;
  level: DisciplineLevel;
  sanction: string;
  /** The day the threshold was reached. */
  reachedOn: string;
  /** Days counted on that day (TK days plus days from accumulated minutes, or the run's length). */
  days: number;
  /** The highest bracket the employee is in now (lower brackets reached in the same batch are history). */
  current: boolean;
  recipients: typeof ALERT_RECIPIENTS;
}

export interface YearTally {
  tkDays: number;
  accumulatedMinutes: number;
  /** Whole days from the accumulated minutes. */
  daysFromMinutes: number;
  /** tkDays + daysFromMinutes: what the thresholds are compared with. */
  totalDays: number;
  longestRun: number;
  /** Thresholds reached, with the day each was reached, in the order reached. */
  reached: { code: string; reachedOn: string; days: number }[];
}

function yearDays(days: readonly AttendanceDay[], year: number): AttendanceDay[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const mine = days.filter((d) => d.date.startsWith(prefix)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 1; i < mine.length; i++) {
    if (mine[i]!.date === mine[i - 1]!.date) throw new RangeError(`Status kehadiran ganda untuk tanggal ${mine[i]!.date}.`);
  }
  return mine;
}

/** The year's count, walking its days in order (days of other years are ignored). */
export function tallyYear(
  days: readonly AttendanceDay[],
  year: number,
  rules: Pick<AttendanceRules, 'minutesPerTkDay'>,
  thresholds: readonly DisciplineThreshold[] = PP94_TK_THRESHOLDS,
): YearTally {
  const tally: YearTally = { tkDays: 0, accumulatedMinutes: 0, daysFromMinutes: 0, totalDays: 0, longestRun: 0, reached: [] };
  const sortedThresholds = [...thresholds].sort((a, b) => a.minDays - b.minDays);
  let next = 0;
  let run = 0;
  let runReached = false;
  for (const d of yearDays(days, year)) {
    if (d.kind === 'tk') {
      tally.tkDays++;
      run++;
    } else if (d.kind !== 'off' && d.kind !== 'holiday') {
      run = 0;
    }
    tally.accumulatedMinutes += d.accumulatedMinutes;
    tally.daysFromMinutes = Math.floor(tally.accumulatedMinutes / rules.minutesPerTkDay);
    tally.totalDays = tally.tkDays + tally.daysFromMinutes;
    tally.longestRun = Math.max(tally.longestRun, run);
    while (next < sortedThresholds.length && tally.totalDays >= sortedThresholds[next]!.minDays) {
      tally.reached.push({ code: sortedThresholds[next]!.code, reachedOn: d.date, days: tally.totalDays });
      next++;
    }
    if (!runReached && run >= PP94_CONSECUTIVE_THRESHOLD.days) {
      runReached = true;
      tally.reached.push({ code: PP94_CONSECUTIVE_THRESHOLD.code, reachedOn: d.date, days: run });
    }
  }
  return tally;
}

/**
 * The alerts to raise now: every threshold the year's days reach whose code is not in
 * `alreadyRaised` (the codes raised before for this employee and year). Raising the result and
 * calling again with it added gives nothing; computing day by day or all at once gives the same
 * alerts with the same dates.
 */
export function newDisciplineAlerts(input: {
  employeeId: string;
  year: number;
  days: readonly AttendanceDay[];
  alreadyRaised: readonly string[];
  rules: Pick<AttendanceRules, 'minutesPerTkDay'>;
  thresholds?: readonly DisciplineThreshold[];
}): DisciplineAlert[] {
  const thresholds = input.thresholds ?? PP94_TK_THRESHOLDS;
  const tally = tallyYear(input.days, input.year, input.rules, thresholds);
  const raised = new Set(input.alreadyRaised);
  const byCode = new Map(thresholds.map((t) => [t.code, t]));
  const cumulative = tally.reached.filter((r) => r.code !== PP94_CONSECUTIVE_THRESHOLD.code);
  const highest = cumulative[cumulative.length - 1]?.code;
  const out: DisciplineAlert[] = [];
  for (const r of tally.reached) {
    if (raised.has(r.code)) continue;
    const t = byCode.get(r.code) ?? PP94_CONSECUTIVE_THRESHOLD;
    out.push({
      employeeId: input.employeeId,
      year: input.year,
      code: r.code,
      level: t.level,
      sanction: t.sanction,
      reachedOn: r.reachedOn,
      days: r.days,
      current: r.code === highest || r.code === PP94_CONSECUTIVE_THRESHOLD.code,
      recipients: ALERT_RECIPIENTS,
    });
  }
  return out;
}
