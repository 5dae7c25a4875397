import { describe, expect, it } from 'vitest';
import { isIsoDate } from './days.js';
import { WorkCalendar, type Holiday } from './working-days.js';
import { weekdayOf } from './days.js';
import { HOLIDAYS_ID, HOLIDAYS_ID_2025, HOLIDAYS_ID_2026, HOLIDAYS_ID_2027, holidaysIdForYear } from './holidays-id.js';
import { DEFAULT_JOURNAL_SETTINGS } from '../journal/settings.js';

const count = (hs: readonly Holiday[], kind: Holiday['kind']) => hs.filter((h) => h.kind === kind).length;

describe('Indonesian holiday seed data', () => {
  it('2025: 17 libur nasional + 11 cuti bersama (10 in the SKB, 18 August added in August 2025)', () => {
    expect(count(HOLIDAYS_ID_2025, 'national')).toBe(17);
    expect(count(HOLIDAYS_ID_2025, 'cuti_bersama')).toBe(11);
    expect(HOLIDAYS_ID_2025.find((h) => h.date === '2025-08-18')?.kind).toBe('cuti_bersama');
  });

  it('2026: 17 libur nasional + 8 cuti bersama (SKB 1497/2025, 2/2025, 5/2025)', () => {
    expect(count(HOLIDAYS_ID_2026, 'national')).toBe(17);
    expect(count(HOLIDAYS_ID_2026, 'cuti_bersama')).toBe(8);
  });

  it('2026 Idulfitri is 21–22 March, confirmed by the isbat', () => {
    expect(HOLIDAYS_ID_2026.filter((h) => h.name.startsWith('Idulfitri')).map((h) => h.date)).toEqual(['2026-03-21', '2026-03-22']);
  });

  it('2027: every date is provisional and no cuti bersama is guessed', () => {
    expect(HOLIDAYS_ID_2027.length).toBe(17);
    expect(HOLIDAYS_ID_2027.every((h) => h.provisional === true && h.kind === 'national')).toBe(true);
  });

  it('2025 and 2026 come from an SKB and are not provisional', () => {
    expect([...HOLIDAYS_ID_2025, ...HOLIDAYS_ID_2026].some((h) => h.provisional)).toBe(false);
  });

  it('every entry has a valid date in its own year, a name, and no date appears twice', () => {
    for (const [year, list] of [[2025, HOLIDAYS_ID_2025], [2026, HOLIDAYS_ID_2026], [2027, HOLIDAYS_ID_2027]] as const) {
      for (const h of list) {
        expect(isIsoDate(h.date)).toBe(true);
        expect(h.date.startsWith(`${year}-`)).toBe(true);
        expect(h.name.trim().length).toBeGreaterThan(0);
      }
      expect(new Set(list.map((h) => h.date)).size).toBe(list.length);
    }
  });

  it('is listed in date order', () => {
    const dates = HOLIDAYS_ID.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('cuti bersama always fall on weekdays (a weekend one would be a typo)', () => {
    for (const h of HOLIDAYS_ID.filter((x) => x.kind === 'cuti_bersama')) {
      expect(['sat', 'sun'], `${h.date} ${h.name}`).not.toContain(weekdayOf(h.date));
    }
  });

  it('fixed-weekday holidays fall on the right weekday', () => {
    // Good Friday and Ascension Thursday are the computus anchors; Easter is a Sunday.
    for (const h of HOLIDAYS_ID) {
      if (h.name.startsWith('Wafat Yesus')) expect(weekdayOf(h.date), h.date).toBe('fri');
      if (h.name.startsWith('Kenaikan Yesus')) expect(weekdayOf(h.date), h.date).toBe('thu');
      if (h.name.includes('(Paskah)')) expect(weekdayOf(h.date), h.date).toBe('sun');
    }
  });

  it('the SKB weekdays quoted by the sources match (spot checks)', () => {
    expect(weekdayOf('2026-03-20')).toBe('fri'); // cuti bersama Idulfitri, "Jumat"
    expect(weekdayOf('2026-05-28')).toBe('thu'); // cuti bersama Iduladha, "Kamis"
    expect(weekdayOf('2025-04-07')).toBe('mon'); // cuti bersama Idulfitri, "Senin"
    expect(weekdayOf('2025-06-09')).toBe('mon'); // cuti bersama Iduladha, "Senin"
  });

  it('holidaysIdForYear selects one year, empty when not seeded', () => {
    expect(holidaysIdForYear(2026)).toEqual(HOLIDAYS_ID_2026);
    expect(holidaysIdForYear(2024)).toEqual([]);
  });

  it('entries are frozen so the shared seed cannot be edited by accident', () => {
    expect(Object.isFrozen(HOLIDAYS_ID_2026[0])).toBe(true);
  });

  it('builds a valid working calendar', () => {
    const cal = new WorkCalendar(HOLIDAYS_ID, DEFAULT_JOURNAL_SETTINGS);
    expect(cal.isWorkingDay('2026-12-24')).toBe(false);
    expect(cal.isWorkingDay('2026-12-23')).toBe(true);
  });
});
