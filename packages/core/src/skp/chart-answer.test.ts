import { describe, expect, it } from 'vitest';
import { OrgChart, type OrgSnapshot } from '../org/supervisor.js';
import { chartAnswerOf, penilaiChainOf, type RegionalLeadership } from './regional-chain.js';

// A Dinas with one bidang and one seksi; the Kabid also acts as Plt Kepala Dinas from 1 May.
const snapshot = (kadisVacant: boolean): OrgSnapshot => ({
  units: [
    { id: 'dinas', parentId: null },
    { id: 'bidang', parentId: 'dinas' },
    { id: 'seksi', parentId: 'bidang' },
  ],
  positions: [
    { id: 'kadis', unitId: 'dinas', isUnitHead: true },
    { id: 'kabid', unitId: 'bidang', isUnitHead: true },
    { id: 'kasi', unitId: 'seksi', isUnitHead: true },
    { id: 'staf', unitId: 'seksi', isUnitHead: false },
  ],
  assignments: [
    ...(kadisVacant ? [{ employeeId: 'e-kabid', positionId: 'kadis', role: 'plt' as const, startsOn: '2025-05-01', endsOn: null }] : [{ employeeId: 'e-kadis', positionId: 'kadis', role: 'definitive' as const, startsOn: '2020-01-01', endsOn: null }]),
    { employeeId: 'e-kabid', positionId: 'kabid', role: 'definitive', startsOn: '2020-01-01', endsOn: null },
    { employeeId: 'e-kasi', positionId: 'kasi', role: 'definitive', startsOn: '2020-01-01', endsOn: null },
    { employeeId: 'e-staf', positionId: 'staf', role: 'definitive', startsOn: '2020-01-01', endsOn: null },
  ],
  employees: ['e-kadis', 'e-kabid', 'e-kasi', 'e-staf'].map((id) => ({ id, active: true, supervisorOverrideId: null })),
});
const region: RegionalLeadership = {
  sekda: [{ employeeId: 'e-sekda', capacity: 'definitive', startsOn: '2020-01-01', endsOn: null }],
  kepalaDaerah: [{ officialId: 'gub', title: 'Gubernur', capacity: 'definitive', startsOn: '2021-01-01', endsOn: null }],
};
const DATE = '2025-06-02';
const raters = (snap: OrgSnapshot, employeeId: string) => {
  const c = penilaiChainOf(chartAnswerOf(new OrgChart(snap, DATE), employeeId, 'dinas'), region, DATE);
  const id = (r: typeof c.pejabatPenilai) => (r === null ? null : r.kind === 'employee' ? r.employeeId : r.officialId);
  return [id(c.pejabatPenilai), id(c.atasanPejabatPenilai)];
};

describe('chartAnswerOf with penilaiChainOf: a whole Dinas', () => {
  it('chains staf → Kasi → Kabid → Kepala Dinas → Sekda → Gubernur', () => {
    const snap = snapshot(false);
    expect(raters(snap, 'e-staf')).toEqual(['e-kasi', 'e-kabid']);
    expect(raters(snap, 'e-kasi')).toEqual(['e-kabid', 'e-kadis']);
    expect(raters(snap, 'e-kabid')).toEqual(['e-kadis', 'e-sekda']);
    expect(raters(snap, 'e-kadis')).toEqual(['e-sekda', 'gub']);
  });

  it('rates a Kabid acting as Plt Kepala Dinas by the Sekda, and the Kasi under them with the Sekda as atasan', () => {
    const snap = snapshot(true);
    expect(raters(snap, 'e-kabid')).toEqual(['e-sekda', 'gub']);
    expect(raters(snap, 'e-kasi')).toEqual(['e-kabid', 'e-sekda']);
    expect(raters(snap, 'e-staf')).toEqual(['e-kasi', 'e-kabid']);
  });
});
