import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { EVALUATION_FREQUENCIES, evaluationPeriodsOf, evaluationPeriodWithin } from './periods.js';

describe('evaluationPeriodsOf', () => {
  it('splits a year into triwulan I–IV', () => {
    expect(evaluationPeriodsOf(2025, 'triwulanan').map((p) => [p.label, p.period.from, p.period.to])).toEqual([
      ['Triwulan I', '2025-01-01', '2025-03-31'],
      ['Triwulan II', '2025-04-01', '2025-06-30'],
      ['Triwulan III', '2025-07-01', '2025-09-30'],
      ['Triwulan IV', '2025-10-01', '2025-12-31'],
    ]);
  });

  it('names months and semesters in Indonesian and keeps February of a leap year whole', () => {
    const months = evaluationPeriodsOf(2024, 'bulanan');
    expect(months[1]).toEqual({ label: 'Februari', months: ['2024-02'], creditedMonths: ['2024-02'], period: { from: '2024-02-01', to: '2024-02-29' } });
    expect(evaluationPeriodsOf(2024, 'semesteran').map((p) => p.label)).toEqual(['Semester I', 'Semester II']);
    expect(evaluationPeriodsOf(2024, 'tahunan')).toEqual([{ label: 'Tahunan', months: expect.any(Array), creditedMonths: expect.any(Array), period: { from: '2024-01-01', to: '2024-12-31' } }]);
  });

  it('credits an exactly halved month to the SKP that holds its last day', () => {
    const [feb] = evaluationPeriodsOf(2025, 'bulanan').slice(1);
    expect(evaluationPeriodWithin(feb!, { from: '2025-01-01', to: '2025-02-14' })!.creditedMonths).toEqual([]);
    expect(evaluationPeriodWithin(feb!, { from: '2025-02-15', to: '2025-12-31' })!.creditedMonths).toEqual(['2025-02']);
  });

  it('tiles the year without gaps or overlaps, 12 months in all, at every frequency', () => {
    for (const f of EVALUATION_FREQUENCIES) {
      const ps = evaluationPeriodsOf(2025, f);
      expect(ps[0]!.period.from).toBe('2025-01-01');
      expect(ps.at(-1)!.period.to).toBe('2025-12-31');
      for (let i = 1; i < ps.length; i++) expect(ps[i]!.period.from).toBe(addDays(ps[i - 1]!.period.to, 1));
      expect(ps.flatMap((p) => p.months)).toHaveLength(12);
    }
  });
});

describe('evaluationPeriodWithin', () => {
  const [q1, q2] = evaluationPeriodsOf(2025, 'triwulanan');

  it('clips to the SKP and counts the months it touches', () => {
    expect(evaluationPeriodWithin(q1!, { from: '2025-03-15', to: '2025-12-31' })).toEqual({
      label: 'Triwulan I',
      months: ['2025-03'],
      creditedMonths: ['2025-03'], // 17 of March's 31 days
      period: { from: '2025-03-15', to: '2025-03-31' },
    });
    expect(evaluationPeriodWithin(q1!, { from: '2025-01-01', to: '2025-03-14' })!.creditedMonths).toEqual(['2025-01', '2025-02']);
    expect(evaluationPeriodWithin(q2!, { from: '2025-01-01', to: '2025-03-14' })).toBeUndefined();
  });

  it('gives two SKP split mid-month a month each (property: months cover the period, days never double)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVALUATION_FREQUENCIES), fc.integer({ min: 0, max: 363 }), (f, cut) => {
        const first = { from: '2025-01-01', to: addDays('2025-01-01', cut) };
        const second = { from: addDays(first.to, 1), to: '2025-12-31' };
        for (const p of evaluationPeriodsOf(2025, f)) {
          const a = evaluationPeriodWithin(p, first);
          const b = evaluationPeriodWithin(p, second);
          // Every month of the period is counted by at least one SKP, and at most one month by both.
          const counted = new Set([...(a?.months ?? []), ...(b?.months ?? [])]);
          expect(counted.size).toBe(p.months.length);
          expect((a?.months.length ?? 0) + (b?.months.length ?? 0) - counted.size).toBeLessThanOrEqual(1);
          if (a && b) expect(addDays(a.period.to, 1)).toBe(b.period.from);
          // Angka kredit: each month credited to exactly one of the two.
          const credited = [...(a?.creditedMonths ?? []), ...(b?.creditedMonths ?? [])].sort();
          expect(credited).toEqual([...p.months].sort());
        }
      }),
    );
  });
});
