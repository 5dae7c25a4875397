import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate } from '../journal/test-support.js';
import { onTimeRates, timeliness } from './rates.js';

describe('timeliness', () => {
  it('decided on or before the due day is on time, after it late', () => {
    expect(timeliness('2026-11-30', '2026-11-30', '2026-12-05')).toBe('on_time');
    expect(timeliness('2026-11-30', '2026-11-24', '2026-12-05')).toBe('on_time');
    expect(timeliness('2026-11-30', '2026-12-01', '2026-12-05')).toBe('late');
  });

  it('pending counts as late only once the due day has passed', () => {
    expect(timeliness('2026-11-30', null, '2026-11-30')).toBe('pending');
    expect(timeliness('2026-11-30', null, '2026-12-01')).toBe('late');
  });
});

describe('onTimeRates', () => {
  it('sums per supervisor, the rate over what is due', () => {
    const rates = onTimeRates(
      [
        { supervisorId: 'b', dueOn: '2026-11-30', decidedOn: '2026-11-25', count: 6 },
        { supervisorId: 'b', dueOn: '2026-11-30', decidedOn: '2026-12-02', count: 2 },
        { supervisorId: 'b', dueOn: '2026-11-20', decidedOn: null, count: 2 },
        { supervisorId: 'b', dueOn: '2026-12-10', decidedOn: null, count: 5 },
        { supervisorId: 'a', dueOn: '2026-12-10', decidedOn: null, count: 1 },
      ],
      '2026-12-03',
    );
    expect(rates).toEqual([
      { supervisorId: 'a', reached: 1, onTime: 0, late: 0, pending: 1, rate: null },
      { supervisorId: 'b', reached: 15, onTime: 6, late: 4, pending: 5, rate: 0.6 },
    ]);
  });

  it('property: every entry is counted once, and the rate lies between 0 and 1', () => {
    const item = fc.record({
      supervisorId: fc.constantFrom('a', 'b', 'c'),
      dueOn: arbDate(),
      decidedOn: fc.option(arbDate(), { nil: null }),
      count: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), arbDate(), (items, today) => {
        const rates = onTimeRates(items, today);
        const total = items.reduce((s, i) => s + i.count, 0);
        expect(rates.reduce((s, r) => s + r.reached, 0)).toBe(total);
        for (const r of rates) {
          expect(r.onTime + r.late + r.pending).toBe(r.reached);
          if (r.rate !== null) expect(r.rate).toBeGreaterThanOrEqual(0);
          if (r.rate !== null) expect(r.rate).toBeLessThanOrEqual(1);
          expect(r.rate === null).toBe(r.onTime + r.late === 0);
        }
      }),
    );
  });
});
