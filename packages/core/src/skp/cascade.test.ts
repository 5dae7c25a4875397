import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCascade, type CascadeInput, type RhkForCascade } from './cascade.js';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const rhk = (id: string, over: Partial<RhkForCascade> = {}): RhkForCascade => ({
  id,
  jenis: 'utama',
  parentRhkId: 'atasan-1',
  cascadingType: 'tidak_langsung',
  perspektif: null,
  ...over,
});
const input = (over: Partial<CascadeInput> = {}): CascadeInput => ({
  form: 'ja',
  period: YEAR,
  rhk: [rhk('r1')],
  penilaiSkps: [{ period: YEAR, rhkIds: ['atasan-1', 'atasan-2'] }],
  ...over,
});
const codes = (i: CascadeInput) => checkCascade(i).map((x) => `${x.code}${x.rhkId ? `@${x.rhkId}` : ''}`);

describe('checkCascade: JA and JF', () => {
  it('accepts RHK utama that intervene an RHK of the penilai’s approved SKP', () => {
    expect(codes(input())).toEqual([]);
    expect(codes(input({ form: 'jf', rhk: [rhk('r1'), rhk('r2', { parentRhkId: 'atasan-2', cascadingType: 'langsung' })] }))).toEqual([]);
  });

  it('refuses an RHK utama without a link', () => {
    expect(codes(input({ rhk: [rhk('r1', { parentRhkId: null, cascadingType: null })] }))).toEqual(['RHK_PARENT_REQUIRED@r1']);
  });

  it('lets an RHK tambahan stand alone, but checks its link when it has one', () => {
    expect(codes(input({ rhk: [rhk('r1'), rhk('t1', { jenis: 'tambahan', parentRhkId: null, cascadingType: null })] }))).toEqual([]);
    expect(codes(input({ rhk: [rhk('r1'), rhk('t1', { jenis: 'tambahan', parentRhkId: 'gone' })] }))).toEqual(['RHK_PARENT_NOT_IN_FORCE@t1']);
  });

  it('shows a link broken by the penilai’s revision, or by a change of penilai, instead of dropping it', () => {
    const revised = input({ penilaiSkps: [{ period: YEAR, rhkIds: ['atasan-2'] }] });
    expect(codes(revised)).toEqual(['RHK_PARENT_NOT_IN_FORCE@r1']);
    expect(checkCascade(revised)[0]!.message).toContain('Pilih kembali RHK atasan');
  });

  it('only counts the penilai’s SKP whose period overlaps', () => {
    const lastYear = { from: '2024-01-01', to: '2024-12-31' };
    expect(codes(input({ penilaiSkps: [{ period: lastYear, rhkIds: ['atasan-1'] }] }))).toEqual(['PENILAI_SKP_NOT_APPROVED']);
    // A penilai who moved mid-year: the SKP from July overlaps an employee SKP for the whole year.
    expect(codes(input({ penilaiSkps: [{ period: { from: '2025-07-01', to: '2025-12-31' }, rhkIds: ['atasan-1'] }] }))).toEqual([]);
    // Both ends count: a penilai SKP ending on the employee's first day still overlaps.
    expect(codes(input({ penilaiSkps: [{ period: { from: '2024-07-01', to: '2025-01-01' }, rhkIds: ['atasan-1'] }] }))).toEqual([]);
  });

  it('blocks with one issue while the penilai has no approved SKP, and says who is missing', () => {
    expect(codes(input({ penilaiSkps: [], rhk: [rhk('r1'), rhk('r2')] }))).toEqual(['PENILAI_SKP_NOT_APPROVED']);
    expect(codes(input({ penilaiSkps: null }))).toEqual(['PENILAI_MISSING']);
  });

  it('asks for the cascading type of a linked RHK', () => {
    expect(codes(input({ rhk: [rhk('r1', { cascadingType: null })] }))).toEqual(['CASCADING_TYPE_REQUIRED@r1']);
  });

  it('refuses perspektif outside a JPT SKP and an SKP without RHK utama', () => {
    expect(codes(input({ rhk: [rhk('r1', { perspektif: 'anggaran' })] }))).toEqual(['PERSPEKTIF_JPT_ONLY@r1']);
    expect(codes(input({ rhk: [rhk('t1', { jenis: 'tambahan', parentRhkId: null, cascadingType: null })] }))).toEqual(['RHK_UTAMA_MISSING']);
  });
});

describe('checkCascade: JPT', () => {
  it('needs a perspektif on every RHK and no link to a penilai SKP', () => {
    const jpt = (r: RhkForCascade[]) => input({ form: 'jpt', penilaiSkps: null, rhk: r });
    expect(codes(jpt([rhk('r1', { parentRhkId: null, cascadingType: null, perspektif: 'penerima_layanan' })]))).toEqual([]);
    expect(codes(jpt([rhk('r1', { parentRhkId: null, perspektif: null })]))).toEqual(['PERSPEKTIF_REQUIRED@r1']);
  });
});

describe('checkCascade (properties)', () => {
  const rhkArb = fc.record({
    id: fc.constantFrom('r1', 'r2', 'r3', 'r4'),
    jenis: fc.constantFrom('utama' as const, 'tambahan' as const),
    parentRhkId: fc.option(fc.constantFrom('atasan-1', 'atasan-2', 'gone')),
    cascadingType: fc.option(fc.constantFrom('langsung' as const, 'tidak_langsung' as const)),
    perspektif: fc.option(fc.constantFrom('anggaran' as const, 'proses_bisnis' as const), { freq: 4 }),
  });
  const inputArb = fc.record({
    form: fc.constantFrom('ja' as const, 'jf' as const, 'jpt' as const),
    period: fc.constant(YEAR),
    rhk: fc.uniqueArray(rhkArb, { selector: (r) => r.id, maxLength: 4 }),
    penilaiSkps: fc.option(fc.array(fc.record({ period: fc.constantFrom(YEAR, { from: '2024-01-01', to: '2024-12-31' }), rhkIds: fc.subarray(['atasan-1', 'atasan-2']) }), { maxLength: 2 }), { freq: 5 }),
  });

  it('passes exactly when the rule as written holds', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const hasUtama = i.rhk.some((r) => r.jenis === 'utama');
        const inForce = new Set((i.penilaiSkps ?? []).filter((s) => s.period === YEAR).flatMap((s) => s.rhkIds));
        const ruleHolds =
          hasUtama &&
          (i.form === 'jpt'
            ? i.rhk.every((r) => r.perspektif !== null)
            : i.rhk.every(
                (r) =>
                  r.perspektif === null &&
                  (r.jenis === 'tambahan' && r.parentRhkId === null ? true : r.parentRhkId !== null && inForce.has(r.parentRhkId) && r.cascadingType !== null),
              ));
        expect(checkCascade(i).length === 0).toBe(ruleHolds);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on the order of the RHK', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const sorted = (x: CascadeInput) => checkCascade(x).map((c) => `${c.code}@${c.rhkId}`).sort();
        expect(sorted({ ...i, rhk: [...i.rhk].reverse() })).toEqual(sorted(i));
      }),
    );
  });
});
