import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { RENCANA_AKSI_PERIODE, rencanaAksiKeyRange, rencanaAksiPeriodOf, rencanaAksiPeriodsOf, rencanaAksiWithin, resolveSkpSettings } from './rencana-aksi.js';

describe('rencana aksi periods', () => {
  it('lists the quarters and months of a calendar-year SKP', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(rencanaAksiPeriodsOf(year, 'triwulanan')).toEqual([
      { key: '2026-T1', label: 'Triwulan I 2026', period: { from: '2026-01-01', to: '2026-03-31' } },
      { key: '2026-T2', label: 'Triwulan II 2026', period: { from: '2026-04-01', to: '2026-06-30' } },
      { key: '2026-T3', label: 'Triwulan III 2026', period: { from: '2026-07-01', to: '2026-09-30' } },
      { key: '2026-T4', label: 'Triwulan IV 2026', period: { from: '2026-10-01', to: '2026-12-31' } },
    ]);
    const months = rencanaAksiPeriodsOf(year, 'bulanan');
    expect(months.map((m) => m.key)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}`));
    expect(months[1]).toEqual({ key: '2026-02', label: 'Februari 2026', period: { from: '2026-02-01', to: '2026-02-28' } });
  });

  it('cuts the first and last period to an SKP that starts or ends mid-way (a move to another post)', () => {
    const skp = { from: '2026-03-15', to: '2026-08-10' };
    expect(rencanaAksiPeriodsOf(skp, 'triwulanan')).toEqual([
      { key: '2026-T1', label: 'Triwulan I 2026', period: { from: '2026-03-15', to: '2026-03-31' } },
      { key: '2026-T2', label: 'Triwulan II 2026', period: { from: '2026-04-01', to: '2026-06-30' } },
      { key: '2026-T3', label: 'Triwulan III 2026', period: { from: '2026-07-01', to: '2026-08-10' } },
    ]);
    expect(rencanaAksiPeriodOf('2026-T4', skp, 'triwulanan')).toBeUndefined();
    expect(rencanaAksiPeriodOf('2026-03', skp, 'triwulanan')).toBeUndefined();
    expect(rencanaAksiPeriodOf('2026-03', skp, 'bulanan')?.period).toEqual({ from: '2026-03-15', to: '2026-03-31' });
  });

  it('refuses malformed keys', () => {
    for (const key of ['2026-13', '2026-T5', '2026-T0', '2026-00', '26-01', '2026-1', '2026-t1', '', '2026-T1 ']) expect(rencanaAksiKeyRange(key)).toBeUndefined();
  });

  it('reads a missing or malformed setting as triwulanan', () => {
    expect(resolveSkpSettings(undefined)).toEqual({ rencanaAksi: 'triwulanan' });
    expect(resolveSkpSettings({ rencanaAksi: 'harian' })).toEqual({ rencanaAksi: 'triwulanan' });
    expect(resolveSkpSettings({ rencanaAksi: 'bulanan' })).toEqual({ rencanaAksi: 'bulanan' });
  });

  const periodArb = fc.record({ start: fc.integer({ min: 0, max: 800 }), length: fc.integer({ min: 0, max: 500 }) }).map(({ start, length }) => ({ from: addDays('2025-06-01', start), to: addDays('2025-06-01', start + length) }));

  it('partitions the SKP’s days exactly: in order, contiguous, each inside its whole month or quarter, every key found again', () => {
    fc.assert(
      fc.property(periodArb, fc.constantFrom(...RENCANA_AKSI_PERIODE), (skp, periode) => {
        const ps = rencanaAksiPeriodsOf(skp, periode);
        expect(ps[0]!.period.from).toBe(skp.from);
        expect(ps.at(-1)!.period.to).toBe(skp.to);
        for (const [i, p] of ps.entries()) {
          expect(p.period.from <= p.period.to).toBe(true);
          if (i > 0) expect(p.period.from).toBe(addDays(ps[i - 1]!.period.to, 1));
          const whole = rencanaAksiKeyRange(p.key)!;
          expect(whole.periode).toBe(periode);
          expect(whole.period.from <= p.period.from && p.period.to <= whole.period.to).toBe(true);
          expect(rencanaAksiPeriodOf(p.key, skp, periode)).toEqual(p);
          expect(rencanaAksiPeriodOf(p.key, skp, periode === 'bulanan' ? 'triwulanan' : 'bulanan')).toBeUndefined();
          expect(rencanaAksiWithin(p.period, skp)).toBe(true);
        }
      }),
    );
  });

  it('matches an evaluation’s covered days when they share at least one day', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        let shared = false;
        for (let d = a.from; d <= a.to; d = addDays(d, 1)) if (b.from <= d && d <= b.to) shared = true;
        expect(rencanaAksiWithin(a, b)).toBe(shared);
      }),
      { numRuns: 200 },
    );
  });
});
