import { addDays, weekdayOf } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { demoTkDays } from './attendance.js';

// The demo's TK days for every date of three years, January's first days included: always eight,
// all before today, in one year, the last eight of that year; yesterday's year whenever it has eight.
describe('demoTkDays', () => {
  it('gives eight past working days of one year on every date', () => {
    for (let today = '2025-01-01'; today <= '2027-12-31'; today = addDays(today, 1)) {
      const from = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
      const past: string[] = [];
      for (let d = from; d < today; d = addDays(d, 1)) if (weekdayOf(d) !== 'sat' && weekdayOf(d) !== 'sun' && !d.endsWith('-01-01')) past.push(d);
      const tk = demoTkDays(past);
      expect(tk, today).toHaveLength(8);
      const year = tk[0]!.slice(0, 4);
      expect(tk.every((d) => d.startsWith(year) && d < today), today).toBe(true);
      expect(tk, today).toEqual(past.filter((d) => d.startsWith(year)).slice(-8));
      const yesterdayYear = addDays(today, -1).slice(0, 4);
      if (past.filter((d) => d.startsWith(yesterdayYear)).length >= 8) expect(year, today).toBe(yesterdayYear);
      else expect(Number(year), today).toBe(Number(yesterdayYear) - 1);
    }
  });

  it('gives none when no year has eight', () => {
    expect(demoTkDays(['2026-01-02', '2026-01-05'])).toEqual([]);
  });
});
