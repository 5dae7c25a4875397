/**
 * PPh 21 on TPP (pph21.ts): every golongan of every shipped rule set, with and without NPWP, checked
 * against the table written out by hand; properties of the amount over random grosses, rates and
 * surcharges; the explanation line an employee and finance read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PNS_RANKS, PPPK_RANKS } from '../org/ranks.js';
import { computeTppEmployee } from './engine.js';
import { pph21Amount, pph21Percent, pph21Rate } from './pph21.js';
import type { TppEmployeeInput, TppRuleSet } from './schema.js';
import { SHIPPED_RULE_SETS, shippedRuleSet } from './test-support.js';

const SETS = SHIPPED_RULE_SETS.map((n) => shippedRuleSet(n));

/** The shipped table (DOMAIN.md §3.5) by hand: PNS by group, PPPK by the group of the same education level. */
const PNS_BY_HAND: Record<string, number> = { I: 0, II: 0, III: 5, IV: 15 };
const PPPK_BY_HAND: Record<string, number> = { I: 0, II: 0, III: 0, IV: 0, V: 0, VI: 0, VII: 0, VIII: 0, IX: 5, X: 5, XI: 5, XII: 5, XIII: 15, XIV: 15, XV: 15, XVI: 15, XVII: 15 };
/** 20 % higher without NPWP, by hand: 5 % → 6 %, 15 % → 18 %, 0 % stays 0 %. */
const WITHOUT_NPWP_BY_HAND: Record<number, number> = { 0: 0, 5: 6, 15: 18 };

describe('PPh 21 rate: every golongan of every shipped rule set', () => {
  const cases = SETS.flatMap((rs) => [
    ...PNS_RANKS.map(([g]) => ({ rs, kind: 'pns' as const, golongan: g, hand: PNS_BY_HAND[g.split('/')[0]!]! })),
    ...PPPK_RANKS.map((g) => ({ rs, kind: 'pppk' as const, golongan: g, hand: PPPK_BY_HAND[g]! })),
  ]);

  const byId = new Map(SETS.map((rs) => [rs.id, rs]));
  it.each(cases.map((c) => [c.rs.id, c.kind, c.golongan, c.hand] as const))('%s %s %s: %d %%, and 20 %% higher without NPWP', (id, kind, golongan, hand) => {
    const rs = byId.get(id)!;
    expect(pph21Percent(rs, kind, golongan)).toBe(hand);
    expect(pph21Rate(rs, kind, golongan)).toEqual({ basePercent: hand, percent: hand, percentHigher: 0, withoutNpwp: false });
    expect(pph21Rate(rs, kind, golongan, true)).toEqual({ basePercent: hand, percent: WITHOUT_NPWP_BY_HAND[hand], percentHigher: 20, withoutNpwp: true });
    // Rp 4.000.000 gross: 0 / 200.000 / 600.000 with NPWP; 0 / 240.000 / 720.000 without.
    expect(pph21Amount(4_000_000, pph21Rate(rs, kind, golongan), 'half_up')).toBe(40_000 * hand);
    expect(pph21Amount(4_000_000, pph21Rate(rs, kind, golongan, true), 'half_up')).toBe(40_000 * WITHOUT_NPWP_BY_HAND[hand]!);
  });

  it('a rule set with no surcharge (absent or null) taxes an employee without NPWP at the plain rate', () => {
    for (const surcharge of [undefined, null]) {
      const rs = structuredClone(SETS[0]!) as TppRuleSet;
      if (surcharge === undefined) delete rs.payroll.pph21.withoutNpwp;
      else rs.payroll.pph21.withoutNpwp = null;
      expect(pph21Rate(rs, 'pns', 'IV/a', true)).toEqual({ basePercent: 15, percent: 15, percentHigher: 0, withoutNpwp: true });
    }
  });

  it('refuses a PNS golongan it does not know', () => {
    expect(() => pph21Percent(SETS[0]!, 'pns', 'V/a')).toThrow(/golongan PNS tidak dikenal/);
  });
});

describe('PPh 21 amount: properties', () => {
  const percentArb = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
  const grossArb = fc.integer({ min: 0, max: 2_000_000_000 });
  const rateOf = (base: number, higher: number, withoutNpwp: boolean) => {
    const rs = structuredClone(SETS[0]!) as TppRuleSet;
    rs.payroll.pph21.pns.III = base;
    rs.payroll.pph21.withoutNpwp = { percentHigher: higher };
    return pph21Rate(rs, 'pns', 'III/c', withoutNpwp);
  };

  it('never negative, never above the gross; without NPWP never less than with, and exactly the plain amount when the surcharge is 0', () => {
    fc.assert(
      fc.property(grossArb, percentArb, percentArb, fc.constantFrom('half_up' as const, 'down' as const), (gross, base, higher, mode) => {
        const withNpwp = pph21Amount(gross, rateOf(base, higher, false), mode);
        const without = pph21Amount(gross, rateOf(base, higher, true), mode);
        expect(withNpwp).toBeGreaterThanOrEqual(0);
        expect(without).toBeGreaterThanOrEqual(withNpwp);
        expect(without).toBeLessThanOrEqual(gross * 2);
        if (base * (100 + higher) <= 10_000) expect(without).toBeLessThanOrEqual(gross);
        expect(pph21Amount(gross, rateOf(base, 0, true), mode)).toBe(withNpwp);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('equals gross × base × (100 + higher) / 10.000 rounded once (BigInt reference), and grows with the gross', () => {
    fc.assert(
      fc.property(grossArb, grossArb, percentArb, percentArb, fc.boolean(), (a, b, base, higher, without) => {
        const rate = rateOf(base, higher, without);
        const exact = BigInt(a) * BigInt(Math.round(base * 100)) * BigInt(10_000 + (without ? Math.round(higher * 100) : 0));
        const d = 100_000_000n;
        const down = exact / d;
        expect(pph21Amount(a, rate, 'down')).toBe(Number(down));
        expect(pph21Amount(a, rate, 'half_up')).toBe(Number((exact - down * d) * 2n >= d ? down + 1n : down));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(pph21Amount(lo, rate, 'down')).toBeLessThanOrEqual(pph21Amount(hi, rate, 'down'));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('the PPh 21 line in the explanation', () => {
  const rs = shippedRuleSet('kalbar-default');
  const e: TppEmployeeInput = { employeeId: 'n', kind: 'pns', golongan: 'III/b', kelas: 7, cpns: false, journal: { approvedOnTimeMinutes: 10_000, targetMinutes: 10_000 }, attendance: [] };
  const tax = (input: TppEmployeeInput, set: TppRuleSet = rs) => computeTppEmployee(set, '2026-11', input).lines.find((l) => l.key === 'tax.pph21')!;

  it('with an NPWP (or nothing recorded): the rate by golongan, the same line as before the NPWP rule', () => {
    const line = tax(e);
    expect(line.rule).toBe('payroll.pph21');
    expect(line.input).toEqual({ golongan: 'III/b', kind: 'pns', percent: 5, of: line.input.of });
    expect(line.text).toMatch(/^PPh 21 golongan III\/b: 5 % dari bruto Rp [\d.]+ = −Rp [\d.]+$/);
    expect(tax({ ...e, withoutNpwp: false })).toEqual(line);
  });

  it('without NPWP: 5 % + 20 % higher = 6 %, each figure shown, and the amount is 6 % of the same gross', () => {
    const plain = tax(e);
    const line = tax({ ...e, withoutNpwp: true });
    const gross = Number(plain.input.of);
    expect(line.rule).toBe('payroll.pph21.withoutNpwp');
    expect(line.input).toEqual({ golongan: 'III/b', kind: 'pns', percent: 6, of: gross, withoutNpwp: true, basePercent: 5, percentHigher: 20 });
    expect(line.amount).toBe(-Math.round(gross * 0.06));
    expect(line.text).toBe(`PPh 21 golongan III/b, tanpa NPWP: 5 % + 20 % lebih tinggi = 6 % dari bruto ${plain.text.split('dari bruto ')[1]!.split(' =')[0]} = −Rp ${(Math.round(gross * 0.06)).toLocaleString('id-ID')}`);
    expect(line.reads).toContain('withoutNpwp');
  });

  it('without NPWP under a rule set that does not raise the rate: the plain amount, and the line says so', () => {
    const none = structuredClone(rs) as TppRuleSet;
    none.payroll.pph21.withoutNpwp = null;
    const line = tax({ ...e, withoutNpwp: true }, none);
    expect(line.amount).toBe(tax(e).amount);
    expect(line.text).toContain('tanpa NPWP (aturan ini tidak menaikkan tarif): 5 %');
  });
});
