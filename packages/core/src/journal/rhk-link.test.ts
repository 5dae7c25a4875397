import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RHK_LINKS, RHK_REQUIRED_MESSAGE, rhkLinkNotice, rhkLinkRefusal, rhkNotInSkpMessage, rhkOn, type ApprovedRhk } from './rhk-link.js';

const R1 = '0190b7a0-0000-7000-8000-0000000000a1';
const R2 = '0190b7a0-0000-7000-8000-0000000000a2';
const R3 = '0190b7a0-0000-7000-8000-0000000000a3';
// A mid-year move: one SKP January–June (R1, R2), another July–December (R3).
const APPROVED: ApprovedRhk[] = [
  { id: R1, periodFrom: '2026-01-01', periodTo: '2026-06-30' },
  { id: R2, periodFrom: '2026-01-01', periodTo: '2026-06-30' },
  { id: R3, periodFrom: '2026-07-01', periodTo: '2026-12-31' },
];

describe('rhkOn', () => {
  it('keeps the RHK whose SKP period covers the date, both ends included', () => {
    expect(rhkOn(APPROVED, '2026-01-01').map((r) => r.id)).toEqual([R1, R2]);
    expect(rhkOn(APPROVED, '2026-06-30').map((r) => r.id)).toEqual([R1, R2]);
    expect(rhkOn(APPROVED, '2026-07-01').map((r) => r.id)).toEqual([R3]);
    expect(rhkOn(APPROVED, '2025-12-31')).toEqual([]);
  });
});

describe('rhkLinkRefusal', () => {
  it.each(RHK_LINKS)('%s: an RHK of an approved SKP covering the date is accepted', (link) => {
    expect(rhkLinkRefusal(R1, '2026-03-02', link, APPROVED)).toBeNull();
    expect(rhkLinkRefusal(R3, '2026-12-31', link, APPROVED)).toBeNull();
  });

  it.each(RHK_LINKS)('%s: an RHK of another period, or not among the approved ones, is refused with the date', (link) => {
    const refusal = { code: 'RHK_NOT_IN_SKP', message: rhkNotInSkpMessage('2026-07-01'), details: [{ field: 'rhkId', message: rhkNotInSkpMessage('2026-07-01') }] };
    expect(rhkLinkRefusal(R1, '2026-07-01', link, APPROVED)).toEqual(refusal);
    expect(rhkLinkRefusal('0190b7a0-0000-7000-8000-0000000000ff', '2026-07-01', link, APPROVED)).toEqual(refusal);
    expect(rhkLinkRefusal(R1, '2026-07-01', link, [])?.code).toBe('RHK_NOT_IN_SKP');
  });

  it('without an RHK: allowed and warn accept, required refuses when an approved SKP covers the date', () => {
    expect(rhkLinkRefusal(null, '2026-03-02', 'allowed', APPROVED)).toBeNull();
    expect(rhkLinkRefusal(undefined, '2026-03-02', 'warn', APPROVED)).toBeNull();
    expect(rhkLinkRefusal(null, '2026-03-02', 'required', APPROVED)).toEqual({ code: 'RHK_REQUIRED', message: RHK_REQUIRED_MESSAGE, details: [{ field: 'rhkId', message: 'Pilih RHK.' }] });
  });

  it('required accepts an entry without RHK when no approved SKP covers the date (nothing to choose from)', () => {
    expect(rhkLinkRefusal(null, '2025-12-31', 'required', APPROVED)).toBeNull();
    expect(rhkLinkRefusal(null, '2026-03-02', 'required', [])).toBeNull();
  });

  it('property: refused exactly when a named RHK is not on the date, or none is named where one is required and possible', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-0${1 + (d % 9)}-${String(d).padStart(2, '0')}`);
    const ids = ['a', 'b', 'c', 'd'].map((x) => `0190b7a0-0000-7000-8000-0000000000${x}${x}`);
    const rhk = fc.record({ id: fc.constantFrom(...ids), from: day, to: day }).map((r) => ({ id: r.id, periodFrom: r.from < r.to ? r.from : r.to, periodTo: r.from < r.to ? r.to : r.from }));
    fc.assert(
      fc.property(fc.array(rhk, { maxLength: 5 }), fc.option(fc.constantFrom(...ids), { nil: null }), day, fc.constantFrom(...RHK_LINKS), (approved, rhkId, date, link) => {
        const covering = approved.filter((r) => r.periodFrom <= date && date <= r.periodTo);
        const refusal = rhkLinkRefusal(rhkId, date, link, approved);
        const expected = rhkId ? (covering.some((r) => r.id === rhkId) ? null : 'RHK_NOT_IN_SKP') : link === 'required' && covering.length > 0 ? 'RHK_REQUIRED' : null;
        expect(refusal?.code ?? null).toBe(expected);
        // The sheet's notice never contradicts the refusal: a refused entry gets no "accepted with a warning".
        if (refusal) expect(rhkLinkNotice(rhkId, date, link, approved) === 'warn').toBe(false);
      }),
    );
  });
});

describe('rhkLinkNotice', () => {
  it('warns only under warn, with no RHK chosen while one could be', () => {
    expect(rhkLinkNotice(null, '2026-03-02', 'warn', APPROVED)).toBe('warn');
    expect(rhkLinkNotice(R1, '2026-03-02', 'warn', APPROVED)).toBeNull();
    expect(rhkLinkNotice(null, '2026-03-02', 'allowed', APPROVED)).toBeNull();
    expect(rhkLinkNotice(null, '2026-03-02', 'required', APPROVED)).toBeNull();
  });

  it('says there is no approved SKP when warn or required have nothing to offer on the date', () => {
    expect(rhkLinkNotice(null, '2025-12-31', 'warn', APPROVED)).toBe('no_skp');
    expect(rhkLinkNotice(null, '2026-03-02', 'required', [])).toBe('no_skp');
    expect(rhkLinkNotice(null, '2026-03-02', 'allowed', [])).toBeNull();
  });
});
