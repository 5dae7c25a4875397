/**
 * Shared fast-check generators for the journal tests (not exported from the barrel).
 */
import fc from 'fast-check';
import { fromDayNumber, type Holiday, toDayNumber, WEEKDAY_KEYS, type WeekdayKey } from '../calendar/index.js';

/** Dates from mid-2024 to the end of 2027, around the seeded holiday data. */
export const DAY_MIN = toDayNumber('2024-06-01');
export const DAY_MAX = toDayNumber('2027-12-31');

export const arbDate = (min = DAY_MIN, max = DAY_MAX): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map(fromDayNumber);

export const arbHolidays: fc.Arbitrary<Holiday[]> = fc.array(
  fc.record({
    date: arbDate(),
    name: fc.constant('Libur uji'),
    kind: fc.constantFrom<Holiday['kind']>('national', 'cuti_bersama'),
  }),
  { maxLength: 80 },
);

/** Daily targets with at least one working weekday. */
export const arbTargets: fc.Arbitrary<Record<WeekdayKey, number>> = fc
  .tuple(...WEEKDAY_KEYS.map(() => fc.constantFrom(0, 0, 300, 450, 510, 540)))
  .filter((ts) => ts.some((t) => t > 0))
  .map((ts) => Object.fromEntries(WEEKDAY_KEYS.map((d, i) => [d, ts[i]!])) as Record<WeekdayKey, number>);

export const INDONESIAN_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export const arbZone = fc.constantFrom(...INDONESIAN_ZONES);
