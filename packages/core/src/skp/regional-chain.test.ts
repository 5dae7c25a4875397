import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SupervisorLink } from '../org/supervisor.js';
import { penilaiChainOf, type ChartAnswer, type KepalaDaerahTerm, type Rater, type RegionalLeadership, type SekdaTerm } from './regional-chain.js';

const DATE = '2025-05-15';
const link = (employeeId: string, capacity: SupervisorLink['capacity'] = 'definitive'): SupervisorLink => ({ employeeId, unitId: 'u', capacity });
const answer = (employeeId: string, over: Partial<ChartAnswer> = {}): ChartAnswer => ({
  employeeId,
  supervisor: null,
  atasan: null,
  employeeHeadsAgency: false,
  supervisorHeadsAgency: false,
  ...over,
});
const gubernur: KepalaDaerahTerm = { officialId: 'gub', title: 'Gubernur', capacity: 'definitive', startsOn: '2021-02-26', endsOn: null };
const sekda: SekdaTerm = { employeeId: 'sekda', capacity: 'definitive', startsOn: '2020-01-01', endsOn: null };
const region: RegionalLeadership = { sekda: [sekda], kepalaDaerah: [gubernur] };

/** 'sekda', 'gub' or 'kabid/plt': who the rater is, short. */
const who = (r: Rater | null) => (r === null ? null : r.kind === 'employee' ? `${r.employeeId}/${r.capacity}` : `${r.officialId}/${r.capacity}`);
const chain = (a: ChartAnswer, l: RegionalLeadership = region) => {
  const c = penilaiChainOf(a, l, DATE);
  return [who(c.pejabatPenilai), who(c.atasanPejabatPenilai)];
};

describe('penilaiChainOf: the regional chain above OPD heads', () => {
  it('rates a Kepala Dinas by the Sekda, with the Gubernur as atasan pejabat penilai', () => {
    expect(chain(answer('kadis', { employeeHeadsAgency: true }))).toEqual(['sekda/definitive', 'gub/definitive']);
  });

  it('rates the Sekda by the Gubernur, with no atasan in the region', () => {
    expect(chain(answer('sekda', { employeeHeadsAgency: true }))).toEqual(['gub/definitive', null]);
  });

  it('gives a Kepala Bidang the Sekda as atasan, since the chart ends at the Kepala Dinas', () => {
    expect(chain(answer('kabid', { supervisor: link('kadis'), supervisorHeadsAgency: true }))).toEqual(['kadis/definitive', 'sekda/definitive']);
  });

  it('gives an Asisten (rated by the Sekda in the Setda chart) the Gubernur as atasan', () => {
    expect(chain(answer('asisten', { supervisor: link('sekda'), supervisorHeadsAgency: true }))).toEqual(['sekda/definitive', 'gub/definitive']);
  });

  it('keeps the chart answer when the chart has both', () => {
    expect(chain(answer('staf', { supervisor: link('kasi'), atasan: link('kabid', 'plt') }))).toEqual(['kasi/definitive', 'kabid/plt']);
  });

  it('passes a vacant Sekda post to the Gubernur', () => {
    const noSekda = { ...region, sekda: [{ ...sekda, endsOn: '2025-04-30' }] };
    expect(chain(answer('kadis', { employeeHeadsAgency: true }), noSekda)).toEqual(['gub/definitive', null]);
    expect(chain(answer('kabid', { supervisor: link('kadis'), supervisorHeadsAgency: true }), noSekda)).toEqual(['kadis/definitive', 'gub/definitive']);
  });

  it('uses a Plt Sekda over the definitive one, and rates the Plt Sekda by the Gubernur', () => {
    const plt = { ...region, sekda: [sekda, { employeeId: 'asisten1', capacity: 'plt' as const, startsOn: '2025-05-01', endsOn: null }] };
    expect(chain(answer('kadis', { employeeHeadsAgency: true }), plt)).toEqual(['asisten1/plt', 'gub/definitive']);
    expect(chain(answer('asisten1'), plt)).toEqual(['gub/definitive', null]);
  });

  it('skips the Sekda as Plh Gubernur for the Sekda and for those the Sekda rates', () => {
    const plh = { ...region, kepalaDaerah: [gubernur, { officialId: 'sekda-plh', employeeId: 'sekda', title: 'Gubernur' as const, capacity: 'plh' as const, startsOn: '2025-05-10', endsOn: '2025-05-20' }] };
    expect(chain(answer('sekda'), plh)).toEqual(['gub/definitive', null]);
    expect(chain(answer('kadis', { employeeHeadsAgency: true }), plh)).toEqual(['sekda/definitive', 'gub/definitive']);
    // Someone the Sekda rates in the Setda chart likewise gets the definitive Gubernur as atasan.
    expect(chain(answer('asisten', { supervisor: link('sekda') }), plh)).toEqual(['sekda/definitive', 'gub/definitive']);
    // With a different Sekda in post, the Plh is the kepala daerah like anyone in the post.
    const otherSekda = { ...plh, sekda: [{ ...sekda, employeeId: 'sekda2' }] };
    expect(chain(answer('kadis', { employeeHeadsAgency: true }), otherSekda)).toEqual(['sekda2/definitive', 'sekda-plh/plh']);
  });

  it('takes a Pj Gubernur after the elected term ends, and a Bupati in a kabupaten', () => {
    const pj = { ...region, kepalaDaerah: [{ ...gubernur, endsOn: '2024-12-31' }, { officialId: 'pj', title: 'Gubernur' as const, capacity: 'pj' as const, startsOn: '2025-01-01', endsOn: null }] };
    expect(chain(answer('kadis', { employeeHeadsAgency: true }), pj)).toEqual(['sekda/definitive', 'pj/pj']);
    const kab = { ...region, kepalaDaerah: [{ ...gubernur, officialId: 'bupati', title: 'Bupati' as const }] };
    expect(penilaiChainOf(answer('sekda'), kab, DATE).pejabatPenilai).toMatchObject({ kind: 'kepala_daerah', title: 'Bupati' });
  });

  it('does not let row order pick between two overlapping terms of the same rank', () => {
    const twin = { ...region, sekda: [sekda, { ...sekda, employeeId: 'sekda-z' }] };
    const reversed = { ...twin, sekda: [...twin.sekda].reverse() };
    expect(chain(answer('kadis', { employeeHeadsAgency: true }), twin)).toEqual(['sekda-z/definitive', 'gub/definitive']);
    expect(chain(answer('kadis', { employeeHeadsAgency: true }), reversed)).toEqual(['sekda-z/definitive', 'gub/definitive']);
  });

  it('does not guess for someone the chart cannot place who heads no OPD (missing data)', () => {
    expect(chain(answer('lost'))).toEqual([null, null]);
    expect(chain(answer('staf', { supervisor: link('kasi') }))).toEqual(['kasi/definitive', null]);
  });
});

describe('penilaiChainOf (properties)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const idArb = fc.constantFrom(...ids);
  const termDates = fc.record({ start: fc.integer({ min: 0, max: 30 }), length: fc.option(fc.integer({ min: 0, max: 30 })) }).map(({ start, length }) => ({
    startsOn: `2025-05-${String(start + 1).padStart(2, '0')}`,
    endsOn: length === null ? null : '2025-05-31',
  }));
  const capacityArb = fc.constantFrom('definitive', 'pj', 'plt', 'plh') as fc.Arbitrary<'definitive' | 'pj' | 'plt' | 'plh'>;
  const leadershipArb: fc.Arbitrary<RegionalLeadership> = fc.record({
    sekda: fc.array(fc.tuple(idArb, capacityArb, termDates).map(([employeeId, capacity, d]) => ({ employeeId, capacity, ...d })), { maxLength: 3 }),
    kepalaDaerah: fc.array(
      fc.tuple(fc.constantFrom('g1', 'g2'), fc.option(idArb), capacityArb, termDates).map(([officialId, employeeId, capacity, d]) => ({ officialId, employeeId, title: 'Gubernur' as const, capacity, ...d })),
      { maxLength: 3 },
    ),
  });
  // Chart answers as a real chart gives them: nobody supervises themselves, the atasan differs from both.
  const answerArb: fc.Arbitrary<ChartAnswer> = fc
    .record({ employee: idArb, sup: fc.option(idArb), atasan: fc.option(idArb), headsA: fc.boolean(), headsS: fc.boolean() })
    .filter(({ employee, sup, atasan }) => sup !== employee && (atasan === null || (sup !== null && atasan !== employee && atasan !== sup)))
    .map(({ employee, sup, atasan, headsA, headsS }) => ({
      employeeId: employee,
      supervisor: sup === null ? null : link(sup),
      atasan: atasan === null ? null : link(atasan),
      employeeHeadsAgency: headsA,
      supervisorHeadsAgency: headsS,
    }));
  const person = (r: Rater | null): string | null => (r === null ? null : (r.employeeId ?? `official:${r.kind === 'kepala_daerah' ? r.officialId : ''}`));

  it('never makes anyone their own rater, nor the same person both penilai and atasan', () => {
    fc.assert(
      fc.property(answerArb, leadershipArb, (a, l) => {
        const c = penilaiChainOf(a, l, '2025-05-15');
        const [p, at] = [person(c.pejabatPenilai), person(c.atasanPejabatPenilai)];
        expect(p).not.toBe(a.employeeId);
        expect(at).not.toBe(a.employeeId);
        if (p !== null && at !== null) expect(at).not.toBe(p);
        // An atasan without a pejabat penilai would print an empty penilai block above a signed one.
        if (p === null) expect(at).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
