import { describe, expect, it } from 'vitest';
import { hasRhk, rhkBreakdown, type RhkEntry } from './rhkBreakdown';

const R1 = { id: '0190b7a0-0000-7000-8000-0000000000a1', text: 'Tersusunnya laporan keuangan' };
const R2 = { id: '0190b7a0-0000-7000-8000-0000000000a2', text: null };
const e = (rhk: RhkEntry['rhk'], creditedMinutes: number, volume: number, activityUnit = 'Laporan'): RhkEntry => ({ rhk, creditedMinutes, volume, activityUnit });

describe('rhkBreakdown', () => {
  it('adds up entries, minutes and volume per unit per RHK, in first-named order, those without RHK last', () => {
    const rows = rhkBreakdown([e(null, 30, 1, 'Kegiatan'), e(R1, 60, 2), e(R2, 45, 1, 'Berkas'), e(R1, 30, 0.1), e(R1, 15, 0.2), e(R1, 20, 1, 'Kegiatan')]);
    expect(rows).toEqual([
      { rhkId: R1.id, text: R1.text, entries: 4, minutes: 125, volumes: [{ unit: 'Laporan', volume: 2.3 }, { unit: 'Kegiatan', volume: 1 }] },
      { rhkId: R2.id, text: null, entries: 1, minutes: 45, volumes: [{ unit: 'Berkas', volume: 1 }] },
      { rhkId: null, text: null, entries: 1, minutes: 30, volumes: [{ unit: 'Kegiatan', volume: 1 }] },
    ]);
  });

  it('is empty for no entries, and worth showing only when some entry names an RHK', () => {
    expect(rhkBreakdown([])).toEqual([]);
    expect(hasRhk([e(null, 30, 1)])).toBe(false);
    expect(hasRhk([e(null, 30, 1), e(R2, 10, 1)])).toBe(true);
  });
});
