/// <reference types="node" />
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseActivitiesCsv } from './csv.js';
import { createActivitySearch, type ActivitySearchContext } from './search.js';
import type { ActivityItem } from './types.js';

const items = parseActivitiesCsv(
  readFileSync(new URL('../../../server/src/demo/data/activities.csv', import.meta.url), 'utf8'),
);
const index = createActivitySearch(items);

const NOW = Date.UTC(2025, 5, 16, 3, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function ctx(over: Partial<ActivitySearchContext> = {}): ActivitySearchContext {
  return { favourites: new Set(), recent: new Map(), now: NOW, ...over };
}
const names = (list: ActivityItem[]) => list.map((i) => i.name);
const codes = (list: ActivityItem[]) => list.map((i) => i.code);
const lower = (list: ActivityItem[]) => list.map((i) => i.name.toLowerCase());

describe('search quality on the demo dictionary', () => {
  it('"rakor" finds "Rapat koordinasi…" entries in the top 3', () => {
    const top = lower(index.search('rakor', ctx(), 3));
    expect(top).toHaveLength(3);
    for (const n of top) expect(n).toContain('rapat koordinasi');
  });

  it('"rapat koordinasi" also finds the entries that only say "rakor"-style names', () => {
    expect(lower(index.search('rapat koordinasi', ctx(), 10)).filter((n) => n.includes('rakor')).length).toBeGreaterThanOrEqual(3);
  });

  it('"lap bulanan" finds monthly reports', () => {
    const top = lower(index.search('lap bulanan', ctx(), 10));
    expect(top).toHaveLength(10);
    for (const n of top) {
      expect(n).toContain('laporan');
      expect(n).toContain('bulanan');
    }
  });

  it('a typo, "laporn keuangan", still finds "laporan keuangan" entries', () => {
    const top = lower(index.search('laporn keuangan', ctx(), 5));
    expect(top[0]).toContain('laporan keuangan');
    expect(top.filter((n) => n.includes('laporan keuangan')).length).toBeGreaterThanOrEqual(4);
  });

  it('"penyusunan renja" finds "Menyusun draf Rencana Kerja (Renja) OPD" first', () => {
    expect(names(index.search('penyusunan renja', ctx(), 5))[0]).toBe('Menyusun draf Rencana Kerja (Renja) OPD');
  });

  it('"anc" finds the antenatal care examination for a fungsional nurse or midwife', () => {
    expect(names(index.search('anc', ctx({ positionKind: 'fungsional' }), 5))[0]).toBe('Melakukan pemeriksaan antenatal care (ANC)');
  });

  it.each([
    ['spj perjalanan dinas', 'Menyusun SPJ perjalanan dinas'],
    ['dinas luar', 'Melaksanakan perjalanan dinas luar daerah'],
    ['agenda surat masuk', 'Mengagendakan surat masuk'],
    ['bimtek', 'Mengikuti bimbingan teknis (bimtek)'],
    ['pemeriksaan antenatal', 'Melakukan pemeriksaan antenatal care (ANC)'],
    ['rpp', 'Menyusun Rencana Pelaksanaan Pembelajaran (RPP)'],
    ['menyusun rencana pelaksanaan pembelajaran', 'Menyusun Rencana Pelaksanaan Pembelajaran (RPP)'],
    ['apel pagi', 'Mengikuti apel pagi'],
    ['uji kir', 'Melakukan pengujian berkala kendaraan bermotor (uji KIR)'],
    ['imunisasi bayi', 'Melaksanakan imunisasi dasar lengkap pada bayi'],
    ['inventarisasi bmd', 'Melakukan inventarisasi barang milik daerah (BMD) per ruangan'],
  ])('%j finds %j in the top 3', (query, name) => {
    expect(names(index.search(query, ctx(), 3))).toContain(name);
  });

  it('follows the user while typing: r, ra, rak, rako, rakor', () => {
    for (const q of ['r', 'ra', 'rak', 'rako', 'rakor']) expect(index.search(q, ctx(), 20).length, q).toBeGreaterThan(0);
    expect(lower(index.search('rako', ctx(), 3)).every((n) => n.includes('rakor'))).toBe(true);
    expect(lower(index.search('menyusun laporan keu', ctx(), 3)).every((n) => n.includes('laporan keuangan'))).toBe(true);
  });

  it('finds an entry by its code, in full or in part', () => {
    expect(codes(index.search('KES-0027', ctx(), 3))[0]).toBe('KES-0027');
    expect(codes(index.search('kes 27', ctx(), 3))[0]).toBe('KES-0027');
    expect(codes(index.search('kes0027', ctx(), 3))[0]).toBe('KES-0027');
    expect(codes(index.search('ADM-00', ctx(), 5)).every((c) => c.startsWith('ADM-00'))).toBe(true);
  });

  it('falls back to partial matches rather than showing nothing', () => {
    const top = lower(index.search('laporan zzzzqqq', ctx(), 5));
    expect(top.length).toBe(5);
    for (const n of top) expect(n).toContain('laporan');
  });
});

describe('ranking by the user context', () => {
  it('a favourite outranks a slightly better text match', () => {
    const plain = index.search('laporan keuangan', ctx(), 5);
    const runnerUp = plain[1]!;
    const withFavourite = index.search('laporan keuangan', ctx({ favourites: new Set([runnerUp.code]) }), 5);
    expect(withFavourite[0]).toBe(runnerUp);
    expect(withFavourite[1]).toBe(plain[0]);
  });

  it('a favourite that does not match the query is not dragged in', () => {
    const result = index.search('laporan keuangan', ctx({ favourites: new Set(['UMM-0001']) }), 20);
    expect(codes(result)).not.toContain('UMM-0001');
  });

  it('a recently used entry moves up, and the boost fades with age', () => {
    const plain = index.search('laporan keuangan', ctx(), 5);
    const runnerUp = plain[1]!;
    const fresh = index.search('laporan keuangan', ctx({ recent: new Map([[runnerUp.code, NOW - HOUR]]) }), 5);
    expect(fresh[0]).toBe(runnerUp);
    const stale = index.search('laporan keuangan', ctx({ recent: new Map([[runnerUp.code, NOW - 120 * DAY]]) }), 5);
    expect(stale).toEqual(plain);
  });

  it('entries for the user\'s position kind outrank the others', () => {
    const generic = index.search('rapat koordinasi', ctx(), 3);
    for (const item of generic) expect(item.positionKinds).toEqual([]);
    const forAdministrator = index.search('rapat koordinasi', ctx({ positionKind: 'administrator' }), 3);
    for (const item of forAdministrator) expect(item.positionKinds).toContain('administrator');

    const forPelaksana = index.search('penyuluhan', ctx({ positionKind: 'pelaksana' }), 10);
    expect(forPelaksana[0]!.positionKinds).toContain('pelaksana');
  });

  it('treats the JPT tiers alike', () => {
    const madya = index.search('rapat koordinasi', ctx({ positionKind: 'jpt_madya' }), 3);
    for (const item of madya) expect(item.positionKinds).toContain('jpt_pratama');
  });

  it('ranks entries for other position kinds lower but does not hide them', () => {
    const result = index.search('memimpin apel', ctx({ positionKind: 'pelaksana' }), 10);
    expect(names(result)).toContain('Memimpin apel pagi');
  });
});

describe('empty query', () => {
  const favourites = new Set(['KEU-0018', 'ADM-0001', 'NOT-A-CODE']);
  const recent = new Map([
    ['UMM-0005', NOW - 2 * HOUR],
    ['ADM-0001', NOW - 3 * DAY],
    ['KES-0027', NOW - 1 * DAY],
  ]);

  it('returns favourites first, then recent entries by recency, then entries for the position kind', () => {
    const result = index.search('', ctx({ favourites, recent, positionKind: 'fungsional' }), 12);
    // favourites: the one used most recently first; unknown codes ignored
    expect(codes(result).slice(0, 2)).toEqual(['ADM-0001', 'KEU-0018']);
    // recent entries that are not favourites, newest first
    expect(codes(result).slice(2, 4)).toEqual(['UMM-0005', 'KES-0027']);
    // then entries that list the position kind
    for (const item of result.slice(4)) expect(item.positionKinds).toContain('fungsional');
    expect(result).toHaveLength(12);
    expect(new Set(codes(result)).size).toBe(12);
  });

  it('treats whitespace, punctuation and a lone stopword as empty', () => {
    const expected = index.search('', ctx({ favourites }), 5);
    // never-used favourites keep the dictionary order
    expect(codes(expected).slice(0, 2)).toEqual(['ADM-0001', 'KEU-0018']);
    for (const q of ['   ', ' - ; ', 'dan ']) expect(index.search(q, ctx({ favourites }), 5)).toEqual(expected);
  });

  it('fills up with entries meant for everyone when there is no position kind', () => {
    const result = index.search('', ctx(), 5);
    expect(result).toHaveLength(5);
    for (const item of result) expect(item.positionKinds).toEqual([]);
  });
});

describe('robustness', () => {
  it('respects the limit and never returns duplicates, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 25 }), (q, limit) => {
        const result = index.search(q, ctx({ positionKind: 'pelaksana' }), limit);
        expect(result.length).toBeLessThanOrEqual(limit);
        expect(new Set(codes(result)).size).toBe(result.length);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a dictionary with duplicate codes', () => {
    const item = items[0]!;
    expect(() => createActivitySearch([item, { ...item, name: 'Lain' }])).toThrow(/ganda/);
  });

  it('works on a tiny dictionary', () => {
    const tiny = createActivitySearch([
      { code: 'A-1', name: 'Mengagendakan surat masuk', unit: 'Surat', standardMinutes: 5, positionKinds: [], group: 'Umum' },
    ]);
    expect(tiny.size).toBe(1);
    expect(codes(tiny.search('agenda', ctx()))).toEqual(['A-1']);
    expect(tiny.search('rapat', ctx())).toEqual([]);
  });
});
