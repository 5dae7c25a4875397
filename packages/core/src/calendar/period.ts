/**
 * Periods: inclusive ranges of calendar days, such as a month for the monthly recap and the
 * on-time rates, or a calendar year for an SKP.
 */
import { isIsoDate } from './days.js';

/** From `from` to `to`, both yyyy-mm-dd and both inclusive. */
export interface Period {
  from: string;
  to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month in the 'yyyy-mm' format. */
export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

/** First and last day of the month ('yyyy-mm'), inclusive. */
export function monthRange(month: string): Period {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Bulan harus berformat yyyy-mm: ${month}`);
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(Number(m[1]), Number(m[2])))}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 1 January to 31 December of a four-digit year (0000-9999). */
export function calendarYear(year: number): Period {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`Tahun harus bilangan bulat 0000-9999: ${year}`);
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Whether the period holds `date`; both ends count. */
export function periodContains(period: Period, date: string): boolean {
  return isIsoDate(date) && period.from <= date && date <= period.to;
}
