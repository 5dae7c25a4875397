import fc from 'fast-check';
import { v4, v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { stableIdOnDate } from '../ids.js';
import { addMonths, monthBounds, monthOf, monthOfId, monthsBetween, partitionName } from './months.js';

// 2000-01-01 to 2100-01-01: every millisecond a v7 id of ours could carry.
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) - 1 });

describe('months of v7 ids', () => {
  it('puts every v7 id inside the bounds of the month it was made in, and of no other month', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const id = v7({ msecs: ms });
        const month = monthOf(new Date(ms));
        expect(monthOfId(id)).toBe(month);
        const { from, to } = monthBounds(month);
        expect(from <= id && id < to).toBe(true);
        expect(id < monthBounds(addMonths(month, 1)).from).toBe(true);
        expect(id >= monthBounds(addMonths(month, -1)).to).toBe(true);
      }),
      { seed: 20261204, numRuns: 500 },
    );
  });

  it('places the first and last millisecond of a month in that month (uuid order is string order)', () => {
    const first = v7({ msecs: Date.UTC(2027, 1, 1), random: new Uint8Array(16) });
    const last = v7({ msecs: Date.UTC(2027, 2, 1) - 1, random: new Uint8Array(16).fill(255) });
    expect(monthOfId(first)).toBe('2027-02');
    expect(monthOfId(last)).toBe('2027-02');
    expect(monthBounds('2027-02')).toEqual({ from: '01a36e30-f800-0000-0000-000000000000', to: '01a3fe63-0800-0000-0000-000000000000' });
    expect(monthBounds('2027-02').to).toBe(monthBounds('2027-03').from);
  });

  it('gives ids that are not v7 no month', () => {
    expect(monthOfId(v4())).toBeNull();
    expect(monthOfId('not an id')).toBeNull();
    expect(monthOfId('ffffffff-ffff-7fff-bfff-ffffffffffff')).toBeNull();
  });

  it('counts months across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-05', -120)).toBe('2016-05');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
    expect(() => addMonths('2026-13', 1)).toThrow();
    expect(partitionName('journal_entries', '2027-01')).toBe('journal_entries_p202701');
  });

  it('makes copy ids that repeat for the same copy and fall in the month of the day they are copied to', () => {
    const ns = '6f1c9b2e-5d1a-4c7e-9a57-0d3c1e2b7a11';
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }), fc.uuid(), (d, source) => {
        const date = d.toISOString().slice(0, 10);
        const id = stableIdOnDate(date, `${source}|${date}`, ns);
        expect(stableIdOnDate(date, `${source}|${date}`, ns)).toBe(id);
        expect(monthOfId(id)).toBe(date.slice(0, 7));
        expect(stableIdOnDate(date, `${source}|x`, ns)).not.toBe(id);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
