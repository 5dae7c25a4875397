/**
 * The agency's working-day calendar: working weekdays (from the settings' daily targets) minus
 * national holidays and cuti bersama (data per year, DOMAIN.md §5.3: Islamic holidays can move
 * after the isbat, so they are never computed in code).
 */
import { assertIsoDate, fromDayNumber, toDayNumber, WEEKDAY_KEYS, type WeekdayKey } from './days.js';

export type HolidayKind = 'national' | 'cuti_bersama';

export interface Holiday {
  date: string; // yyyy-mm-dd
  name: string;
  kind: HolidayKind;
  /** Not yet fixed by an SKB / isbat; an admin should confirm it. */
  provisional?: boolean;
}

export interface WorkWeek {
  dailyTargetMinutes: Record<WeekdayKey, number>;
}

/** The most working days one shift may cover: over 380 years, far beyond any window or backlog. */
export const MAX_WORKING_DAYS_SHIFT = 100_000;

/** Working weekdays by day number: 1970-01-01 (day 0) was a Thursday. */
const WEEKDAY_OF_DAY_0 = WEEKDAY_KEYS.indexOf('thu');

export class WorkCalendar {
  private readonly holidays = new Map<string, Holiday>();
  private readonly holidayDays = new Set<number>();
  /** Indexed like WEEKDAY_KEYS (Monday first). */
  private readonly workingByWeekday: readonly boolean[];

  constructor(holidays: readonly Holiday[], week: WorkWeek) {
    this.workingByWeekday = WEEKDAY_KEYS.map((d) => week.dailyTargetMinutes[d] > 0);
    // A calendar without a working weekday would have no "next working day" at all.
    if (!this.workingByWeekday.includes(true)) {
      throw new RangeError('Kalender kerja membutuhkan minimal satu hari kerja dalam seminggu.');
    }
    for (const h of holidays) {
      assertIsoDate(h.date, `Tanggal libur "${h.name}"`);
      const existing = this.holidays.get(h.date);
      // Two entries can share a date (e.g. a national holiday on the same day as another's
      // cuti bersama); the national one is the better label.
      if (!existing || (existing.kind === 'cuti_bersama' && h.kind === 'national')) this.holidays.set(h.date, h);
      this.holidayDays.add(toDayNumber(h.date));
    }
  }

  /** The holiday or cuti bersama on that date, national first when both exist. */
  holidayOn(date: string): Holiday | undefined {
    assertIsoDate(date);
    return this.holidays.get(date);
  }

  isWorkingDay(date: string): boolean {
    assertIsoDate(date);
    return this.isWorking(toDayNumber(date));
  }

  /** Unchecked: for loops over day numbers this class produced itself. */
  private isWorking(day: number): boolean {
    return this.workingByWeekday[(((day + WEEKDAY_OF_DAY_0) % 7) + 7) % 7]! && !this.holidayDays.has(day);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return this.addWorkingDays(date, 1);
  }

  /** The first working day strictly before `date`. */
  previousWorkingDay(date: string): string {
    return this.addWorkingDays(date, -1);
  }

  /**
   * n > 0: the n-th working day strictly after `date` (the start date itself never counts, so a
   * Saturday + 1 is Monday and a Thursday + 3 is the next Tuesday).
   * n < 0: the |n|-th working day strictly before `date`.
   * n = 0: `date` itself, working day or not.
   * Throws a RangeError when |n| > MAX_WORKING_DAYS_SHIFT or the answer lies past year 9999.
   */
  addWorkingDays(date: string, n: number): string {
    assertIsoDate(date);
    if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS_SHIFT) {
      throw new RangeError(`Jumlah hari kerja harus bilangan bulat dengan nilai mutlak paling besar ${MAX_WORKING_DAYS_SHIFT}: ${n}`);
    }
    const step = n < 0 ? -1 : 1;
    // Any 7 days in a row hold a working weekday, and each holiday can take away at most one, so
    // the answer lies within 7 × (|n| + holidays) days: the loop is bounded by that, not by hope.
    const maxSteps = 7 * (Math.abs(n) + this.holidayDays.size);
    let day = toDayNumber(date);
    let left = Math.abs(n);
    for (let steps = 0; left > 0 && steps < maxSteps; steps++) {
      day += step;
      if (this.isWorking(day)) left--;
    }
    if (left > 0) throw new RangeError(`Hari kerja ke-${n} dari ${date} tidak ditemukan.`);
    // fromDayNumber refuses a day past year 9999 instead of producing a string no one can parse.
    return fromDayNumber(day);
  }

  /**
   * Signed count of the working days stepped onto when walking from `a` to `b` one day at a time:
   * the day left is not counted, the day arrived at is. Forward (a <= b) that is the half-open
   * range (a, b]; backward (b < a) it is [b, a), negated. This makes it the exact inverse of
   * addWorkingDays for every n: workingDaysBetween(d, addWorkingDays(d, n)) === n.
   * Equal dates give 0.
   */
  workingDaysBetween(a: string, b: string): number {
    assertIsoDate(a);
    assertIsoDate(b);
    const from = toDayNumber(a);
    const to = toDayNumber(b);
    const step = to < from ? -1 : 1;
    let count = 0;
    // Integers stepping towards `to`: |to - from| rounds.
    for (let day = from; day !== to; ) {
      day += step;
      if (this.isWorking(day)) count += step;
    }
    return count;
  }
}
