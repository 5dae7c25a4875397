import { describe, expect, it } from 'vitest';
import { groupRowsByNip } from './rhk-import-bulk.js';

const row = (n: number, ...texts: string[]) => ({ row: n, cells: texts.map((text) => ({ text })) });
const header = row(1, 'NIP', 'Nama Pegawai', 'No RHK', 'Rencana Hasil Kerja');
const A = '198501012010011001';
const B = '199002022015032002';

describe('groupRowsByNip', () => {
  it('groups rows by NIP in first-seen order, spaces and dots in a NIP ignored, empty rows skipped', () => {
    const out = groupRowsByNip(header, [row(2, A, 'Ani', '1', 'R1'), row(3, B, 'Budi', '1', 'R2'), row(4, '', '', '', ''), row(5, '19850101 201001 1 001', '', '2', 'R3')])!;
    expect(out.problems).toEqual([]);
    expect(out.groups.map((g) => [g.nip, g.row, g.cell, g.rows.map((r) => r.row)])).toEqual([
      [A, 2, 'A2', [2, 5]],
      [B, 3, 'A3', [3]],
    ]);
  });

  it('names a missing NIP, a short one and one Excel turned into a number, by cell', () => {
    const out = groupRowsByNip(header, [row(2, '', 'Ani', '1', 'R1'), row(3, '12345', '', '1', 'R'), row(4, '1.98501E+17', '', '1', 'R'), { row: 5, cells: [{ text: '', error: '#N/A' }, { text: 'x' }] }])!;
    expect(out.groups).toEqual([]);
    expect(out.problems.map((p) => [p.cell, p.message])).toEqual([
      ['A2', 'NIP wajib diisi pada setiap baris (NIP pegawai pemilik SKP).'],
      ['A3', 'NIP "12345" tidak valid: NIP terdiri dari 18 angka.'],
      ['A4', 'NIP "1.98501E+17" terbaca sebagai angka dan digitnya berubah; format kolom NIP sebagai teks, lalu ketik ulang NIP 18 angka.'],
      ['A5', 'Sel NIP berisi galat Excel (#N/A); ketik NIP sebagai teks.'],
    ]);
  });

  it('answers null for a sheet with no NIP column (a one-SKP file)', () => {
    expect(groupRowsByNip(row(1, 'No RHK', 'Rencana Hasil Kerja'), [])).toBeNull();
  });
});
