/**
 * The agency's working-day calendar: working weekdays (from the settings' daily targets) minus
 * national holidays and cuti bersama (data per year, DOMAIN.md §5.3: Islamic holidays can move
 * after the isbat, so they are never computed in code).
 */
import { assertIsoDate, shiftDays, weekdayOf, WEEKDAY_KEYS, type WeekdayKey } from './days.js';

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

export class WorkCalendar {
  private readonly holidays = new Map<string, Holiday>();
  private readonly workingWeekdays: ReadonlySet<WeekdayKey>;

  constructor(holidays: readonly Holiday[], week: WorkWeek) {
    this.workingWeekdays = new Set(WEEKDAY_KEYS.filter((d) => week.dailyTargetMinutes[d] > 0));
    // A calendar without a working weekday would make every "next working day" loop forever.
    if (this.workingWeekdays.size === 0) {
      throw new RangeError('Kalender kerja membutuhkan minimal satu hari kerja dalam seminggu.');
    }
    for (const h of holidays) {
      assertIsoDate(h.date, `Tanggal libur "${h.name}"`);
      const existing = this.holidays.get(h.date);
      // Two entries can share a date (e.g. a national holiday on the same day as another's
      // cuti bersama); the national one is the better label.
      if (!existing || (existing.kind === 'cuti_bersama' && h.kind === 'national')) this.holidays.set(h.date, h);
    }
  }

  /** The holiday or cuti bersama on that date, national first when both exist. */
  holidayOn(date: string): Holiday | undefined {
    assertIsoDate(date);
    return this.holidays.get(date);
  }

  isWorkingDay(date: string): boolean {
    assertIsoDate(date);
    return this.isWorking(date);
  }

  /** Unchecked: for loops over dates this class produced itself. */
  private isWorking(date: string): boolean {
    return this.workingWeekdays.has(weekdayOf(date)) && !this.holidays.has(date);
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
   */
  addWorkingDays(date: string, n: number): string {
    assertIsoDate(date);
    if (!Number.isInteger(n)) throw new RangeError(`Jumlah hari kerja harus bilangan bulat: ${n}`);
    const step = n < 0 ? -1 : 1;
    let d = date;
    for (let left = Math.abs(n); left > 0; ) {
      d = shiftDays(d, step);
      if (this.isWorking(d)) left--;
    }
    return d;
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
    const step = b < a ? -1 : 1;
    let count = 0;
    for (let d = a; d !== b; ) {
      d = shiftDays(d, step);
      if (this.isWorking(d)) count += step;
    }
    return count;
  }
}
