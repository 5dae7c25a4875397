/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POSITION_KINDS } from '../org/positions.js';
import { ActivityCsvError, parseActivitiesCsv } from './csv.js';

const HEADER = 'kode;nama;satuan;menit_standar;jenis_jabatan;kelompok';

function parseError(text: string): ActivityCsvError {
  try {
    parseActivitiesCsv(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ActivityCsvError);
    return e as ActivityCsvError;
  }
  throw new Error('expected parseActivitiesCsv to throw');
}

describe('parseActivitiesCsv', () => {
  it('parses rows, kinds and the empty "everyone" kind list', () => {
    const text = [
      HEADER,
      'ADM-0001;Mengagendakan surat masuk;Surat;5;pelaksana,fungsional;Administrasi Umum & Persuratan',
      'UMM-0001;Mengikuti apel pagi;Kali;15;;Umum',
    ].join('\n');
    expect(parseActivitiesCsv(text)).toEqual([
      { code: 'ADM-0001', name: 'Mengagendakan surat masuk', unit: 'Surat', standardMinutes: 5, positionKinds: ['pelaksana', 'fungsional'], group: 'Administrasi Umum & Persuratan' },
      { code: 'UMM-0001', name: 'Mengikuti apel pagi', unit: 'Kali', standardMinutes: 15, positionKinds: [], group: 'Umum' },
    ]);
  });

  it('accepts a BOM, CRLF, blank lines, spaces around fields and quoted fields', () => {
    const text = `\uFEFF${HEADER}\r\n\r\n X-1 ; "Menyusun laporan; ""final"" versi 2" ; Laporan ; 60 ; pelaksana , pelaksana ; Umum \r\n\r\n`;
    expect(parseActivitiesCsv(text)).toEqual([
      { code: 'X-1', name: 'Menyusun laporan; "final" versi 2', unit: 'Laporan', standardMinutes: 60, positionKinds: ['pelaksana'], group: 'Umum' },
    ]);
  });

  it('returns no items for a header-only file', () => {
    expect(parseActivitiesCsv(HEADER + '\n')).toEqual([]);
  });

  it.each([
    ['', 1, /judul kolom/],
    ['kode;nama;satuan;menit;jenis_jabatan;kelompok\n', 1, /judul kolom/],
    [`${HEADER}\nA-1;Nama;Surat;5;;Umum\nA-2;Nama;Surat;5;Umum`, 3, /6 kolom/],
    [`${HEADER}\nA-1;Nama;Surat;5;;Umum;lebih`, 2, /6 kolom/],
    [`${HEADER}\n;Nama;Surat;5;;Umum`, 2, /kode kosong/],
    [`${HEADER}\nA 1;Nama;Surat;5;;Umum`, 2, /spasi/],
    [`${HEADER}\nA-1;Nama;Surat;5;;Umum\n\nA-1;Lain;Surat;5;;Umum`, 4, /sudah dipakai di baris 2/],
    [`${HEADER}\nA-1; ;Surat;5;;Umum`, 2, /nama kegiatan kosong/],
    [`${HEADER}\nA-1;Nama;;5;;Umum`, 2, /satuan kosong/],
    [`${HEADER}\nA-1;Nama;Surat;lima;;Umum`, 2, /bilangan bulat/],
    [`${HEADER}\nA-1;Nama;Surat;7.5;;Umum`, 2, /bilangan bulat/],
    [`${HEADER}\nA-1;Nama;Surat;0;;Umum`, 2, /antara 1 dan 1440/],
    [`${HEADER}\nA-1;Nama;Surat;2000;;Umum`, 2, /antara 1 dan 1440/],
    [`${HEADER}\nA-1;Nama;Surat;5;eselon_ii;Umum`, 2, /jenis_jabatan "eselon_ii" tidak dikenal/],
    [`${HEADER}\nA-1;Nama;Surat;5;;`, 2, /kelompok kosong/],
    [`${HEADER}\nA-1;"Nama;Surat;5;;Umum`, 2, /kutip tidak ditutup/],
    [`${HEADER}\nA-1;"Nama" x;Surat;5;;Umum`, 2, /setelah tanda kutip/],
  ])('rejects malformed input %# with its row number', (text, row, message) => {
    const e = parseError(text);
    expect(e.row).toBe(row);
    expect(e.message).toMatch(message);
    expect(e.message).toContain(`baris ${row}`);
  });
});

describe('the demo dictionary (packages/server/src/demo/data/activities.csv)', () => {
  const text = readFileSync(new URL('../../../server/src/demo/data/activities.csv', import.meta.url), 'utf8');
  const items = parseActivitiesCsv(text);

  it('has at least 1,350 activities with well-formed codes and unique names', () => {
    expect(items.length).toBeGreaterThanOrEqual(1350);
    for (const item of items) expect(item.code).toMatch(/^[A-Z]{3}-\d{4}$/);
    const names = new Set(items.map((i) => i.name.toLowerCase()));
    expect(names.size).toBe(items.length);
  });

  it('uses sensible standard minutes (5–240) and known position kinds', () => {
    for (const item of items) {
      expect(item.standardMinutes, item.code).toBeGreaterThanOrEqual(5);
      expect(item.standardMinutes, item.code).toBeLessThanOrEqual(240);
      for (const k of item.positionKinds) expect(POSITION_KINDS).toContain(k);
    }
  });

  it('covers every group with a fair number of entries, and has entries for everyone', () => {
    const perGroup = new Map<string, number>();
    for (const item of items) perGroup.set(item.group, (perGroup.get(item.group) ?? 0) + 1);
    expect(perGroup.size).toBeGreaterThanOrEqual(23);
    for (const [group, n] of perGroup) expect(n, group).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.positionKinds.length === 0).length).toBeGreaterThanOrEqual(50);
  });

  it('contains the reference entries with their norma waktu', () => {
    const byName = new Map(items.map((i) => [i.name, i]));
    expect(byName.get('Mengagendakan surat masuk')?.standardMinutes).toBe(5);
    expect(byName.get('Menyusun draf Rencana Kerja (Renja) OPD')?.standardMinutes).toBe(240);
    expect(byName.get('Melakukan pemeriksaan antenatal care (ANC)')?.standardMinutes).toBe(20);
    expect(byName.get('Melaksanakan pembelajaran tatap muka di kelas')).toMatchObject({ unit: 'Jam Pelajaran', standardMinutes: 45 });
    expect(byName.get('Menyusun Rencana Pelaksanaan Pembelajaran (RPP)')?.positionKinds).toEqual(['fungsional']);
  });
});
