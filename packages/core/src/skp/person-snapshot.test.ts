import { describe, expect, it } from 'vitest';
import { checkPersonSnapshot, identityLines, type SkpPersonSnapshot } from './person-snapshot.js';

const pns: SkpPersonSnapshot = { status: 'pns', name: 'Siti Aminah, S.E.', nip: '198503122010012003', rank: 'III/c', positionName: 'Kepala Seksi Kurikulum', unitName: 'Bidang SMA' };

describe('identityLines', () => {
  it('prints NIP and pangkat with golongan ruang for a PNS', () => {
    expect(identityLines(pns)).toEqual([
      { label: 'Nama', value: 'Siti Aminah, S.E.' },
      { label: 'NIP', value: '198503122010012003' },
      { label: 'Pangkat/Gol. Ruang', value: 'Penata, III/c' },
      { label: 'Jabatan', value: 'Kepala Seksi Kurikulum' },
      { label: 'Unit Kerja', value: 'Bidang SMA' },
    ]);
  });

  it('prints NIPPPK and golongan without pangkat for a PPPK', () => {
    const lines = identityLines({ ...pns, status: 'pppk', nip: '199001012023212001', rank: 'IX' });
    expect(lines[1]).toEqual({ label: 'NIPPPK', value: '199001012023212001' });
    expect(lines[2]).toEqual({ label: 'Golongan', value: 'IX' });
  });

  it('prints dashes for a Gubernur, who has no NIP or rank', () => {
    const lines = identityLines({ status: 'non_asn', name: 'Gubernur', nip: null, rank: null, positionName: 'Gubernur Kalimantan Timur', unitName: 'Pemerintah Provinsi Kalimantan Timur' });
    expect(lines[1]!.value).toBe('-');
    expect(lines[2]!.value).toBe('-');
  });
});

describe('checkPersonSnapshot', () => {
  it('accepts a complete PNS and a non-ASN official without NIP', () => {
    expect(checkPersonSnapshot(pns)).toEqual([]);
    expect(checkPersonSnapshot({ ...pns, status: 'non_asn', nip: null, rank: null })).toEqual([]);
  });

  it('names what a PPPK snapshot lacks, in the PPPK terms', () => {
    expect(checkPersonSnapshot({ ...pns, status: 'pppk', nip: null, rank: null, unitName: ' ' })).toEqual([
      { field: 'nip', message: 'NI PPPK wajib diisi.' },
      { field: 'rank', message: 'Golongan PPPK wajib diisi.' },
      { field: 'unitName', message: 'Unit kerja wajib diisi.' },
    ]);
  });
});
