/// <reference types="node" />
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTppMonthInputs, parseTppRuleSet, selectTppRuleSet } from './rule-set.js';
import { tppSchemaDocuments, type TppRuleSet } from './schema.js';
import { SHIPPED_RULE_SETS, shippedRuleSet, shippedRuleSetRaw } from './test-support.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('the published JSON Schemas (docs/)', () => {
  it.each(Object.entries(tppSchemaDocuments()))('%s is what the TypeBox schema generates (else run `npm run kinerja -- tpp schema --out-dir docs`)', (name, text) => {
    const file = readFileSync(new URL(`../../../../docs/${name}`, import.meta.url), 'utf8');
    expect(file).toBe(text);
  });
});

describe('shipped rule sets', () => {
  it.each(SHIPPED_RULE_SETS)('%s passes the schema and the checks beyond it', (name) => {
    const r = parseTppRuleSet(shippedRuleSetRaw(name));
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('TTU keeps the component shares of kelas 14–16 from presensi-ttukab, and 80/10/10', () => {
    const rs = shippedRuleSet('timor-tengah-utara');
    expect(rs.componentShares.byKelas?.['16']).toEqual({ beban_kerja: 32, prestasi_kerja: 17, kondisi_kerja: 17, tempat_bertugas: 17, kelangkaan_profesi: 17 });
    expect(rs.componentShares.byKelas?.['15']).toEqual({ beban_kerja: 27, prestasi_kerja: 27, kondisi_kerja: 23, tempat_bertugas: 23, kelangkaan_profesi: 0 });
    expect(rs.componentShares.byKelas?.['14']).toEqual({ beban_kerja: 33, prestasi_kerja: 33, kondisi_kerja: 17, tempat_bertugas: 17, kelangkaan_profesi: 0 });
    expect([rs.split.productivity, rs.split.discipline, rs.split.extra?.[0]?.share]).toEqual([80, 10, 10]);
    expect(rs.discipline.bandGroups[0]!.bands.map((b) => b.percent)).toEqual([1, 2, 2.5]);
    expect([rs.discipline.bandGroups[0]!.missingPercent, rs.discipline.tkPercentPerDay, rs.discipline.monthlyCapPercent]).toEqual([4, 8, 100]);
  });

  it('Tulang Bawang keeps TL1–TL4 0,5/1/1,25/1,5 % of disiplin and apel 2 %', () => {
    const rs = shippedRuleSet('tulang-bawang');
    expect(rs.discipline.bandGroups[0]!.bands.map((b) => [b.id, b.fromMinutes, b.toMinutes, b.percent])).toEqual([
      ['TL1', 1, 30, 0.5],
      ['TL2', 31, 60, 1],
      ['TL3', 61, 90, 1.25],
      ['TL4', 91, null, 1.5],
    ]);
    expect(rs.discipline.apelPercent).toBe(2);
    expect(rs.split.discipline).toBe(40);
  });
});

describe('parseTppRuleSet refuses', () => {
  const base = () => clone(shippedRuleSet('kalbar-default'));
  const issues = (rs: unknown) => {
    const r = parseTppRuleSet(rs);
    if (r.ok) throw new Error('expected issues');
    return r.issues;
  };

  it('an unknown field and a wrong type (schema)', () => {
    const rs = base() as unknown as Record<string, unknown>;
    rs.extraField = 1;
    expect(issues(rs).length).toBeGreaterThan(0);
    const rs2 = base() as unknown as { version: unknown };
    rs2.version = 'satu';
    expect(issues(rs2).some((i) => i.path === '/version')).toBe(true);
  });

  it('component shares that do not add up to 100, and a share of an unknown component', () => {
    const rs = base();
    rs.componentShares.default = { beban_kerja: 60, prestasi_kerja: 30 };
    expect(issues(rs)).toEqual([{ path: '/componentShares/default', message: 'jumlah porsi komponen 90 %, harus 100 %' }]);
    rs.componentShares.default = { beban_kerja: 60, prestasi_kerja: 30, lain: 10 };
    expect(issues(rs).map((i) => i.path)).toEqual(['/componentShares/default/lain']);
  });

  it('a split that does not add up to 100', () => {
    const rs = base();
    rs.split.discipline = 30;
    expect(issues(rs)).toEqual([{ path: '/split', message: 'jumlah bagian 90 %, harus 100 %' }]);
  });

  it('bands with a gap, an open band not last, or no open band', () => {
    const rs = base();
    rs.discipline.bandGroups[0]!.bands[1]!.fromMinutes = 32;
    expect(issues(rs).map((i) => i.path)).toEqual(['/discipline/bandGroups/0/bands/1/fromMinutes']);
    const rs2 = base();
    rs2.discipline.bandGroups[0]!.bands[3]!.toMinutes = 200;
    expect(issues(rs2).map((i) => i.path)).toEqual(['/discipline/bandGroups/0/bands']);
  });

  it('a kelas without a basic amount, and a check point judged by two tables', () => {
    const rs = base();
    if (rs.basic.kind !== 'table') throw new Error('table expected');
    delete rs.basic.perKelas['17'];
    rs.discipline.bandGroups[1]!.checkpoints = ['pulang', 'masuk'];
    expect(issues(rs).map((i) => i.message)).toEqual(['kelas 17 tidak punya nilai', 'titik masuk sudah dinilai tabel tl']);
  });

  it('a kelas outside 1–17 in a table (schema)', () => {
    const rs = base();
    if (rs.basic.kind !== 'table') throw new Error('table expected');
    rs.basic.perKelas['18'] = 1;
    expect(issues(rs).length).toBeGreaterThan(0);
  });

  it('every schema mistake of a form at once, each at its field, in Bahasa Indonesia, without the other branches of a union', () => {
    const rs = base() as unknown as Record<string, any>;
    rs.split.productivity = 120;
    rs.discipline.tkPercentPerDay = 'x';
    rs.effectiveTo = '2025-13';
    rs.basic.perKelas['3'] = 1.5;
    rs.modifiers.plt = { mode: 'add_percent', percent: -1 };
    rs.discipline.bandGroups[0].bands[0].toMinutes = 'a';
    rs.productivity.measures[0].capPercent = 200;
    rs.name = '';
    rs.extraField = 1;
    expect(issues(rs)).toEqual([
      { path: '/', message: 'isian tidak dikenal: extraField' },
      { path: '/name', message: 'tidak boleh kosong' },
      { path: '/effectiveTo', message: 'harus bulan berbentuk tttt-bb, mis. 2025-01' },
      { path: '/basic/perKelas/3', message: 'harus bilangan bulat' },
      { path: '/split/productivity', message: 'tidak boleh lebih dari 100' },
      { path: '/productivity/measures/0/capPercent', message: 'tidak boleh lebih dari 100' },
      { path: '/discipline/bandGroups/0/bands/0/toMinutes', message: 'harus bilangan bulat' },
      { path: '/discipline/tkPercentPerDay', message: 'harus angka' },
      { path: '/modifiers/plt/percent', message: 'tidak boleh kurang dari 0' },
    ]);
  });

  it('an index basic missing a factor is told in terms of the index, not of the table', () => {
    const rs = base() as unknown as Record<string, any>;
    rs.basic = { kind: 'index', ikfd: 1, ikk: 1, tukinBpk: rs.basic.perKelas };
    expect(issues(rs)).toEqual([{ path: '/basic', message: 'wajib diisi: ippd' }]);
  });

  it('an end month before the start month', () => {
    const rs = base();
    rs.effectiveTo = '2025-12';
    expect(issues(rs).map((i) => i.path)).toEqual(['/effectiveTo']);
  });
});

describe('parseTppMonthInputs', () => {
  it('refuses a day outside the month and an employee listed twice', () => {
    const e = { employeeId: 'x', kind: 'pns', golongan: 'III/a', kelas: 7, cpns: false, attendance: [{ date: '2026-12-01', status: 'tk' }] };
    const r = parseTppMonthInputs({ month: '2026-11', employees: [e, { ...e, attendance: [] }] });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['/employees/0/attendance/0/date', '/employees/1/employeeId']);
  });
});

describe('selectTppRuleSet', () => {
  const v = (over: Partial<TppRuleSet>): TppRuleSet => ({ ...shippedRuleSet('kalbar-default'), ...over });
  const a = v({ version: 1, effectiveFrom: '2025-01', effectiveTo: '2025-12' });
  const b = v({ version: 2, effectiveFrom: '2026-01', effectiveTo: null });
  const c = v({ version: 3, effectiveFrom: '2026-07', effectiveTo: null });
  const rsud = v({ id: 'rsud', version: 1, effectiveFrom: '2026-01', effectiveTo: null, scope: { agencies: ['RSUD'] } });

  it('takes the set whose months include the month, the latest start first', () => {
    expect(selectTppRuleSet([a, b, c], '2025-06')?.version).toBe(1);
    expect(selectTppRuleSet([a, b, c], '2026-03')?.version).toBe(2);
    expect(selectTppRuleSet([a, b, c], '2026-07')?.version).toBe(3);
    expect(selectTppRuleSet([a, b, c], '2024-12')).toBeUndefined();
  });

  it('prefers a set scoped to the agency, and never applies it elsewhere', () => {
    expect(selectTppRuleSet([b, rsud], '2026-03', { agency: 'RSUD' })?.id).toBe('rsud');
    expect(selectTppRuleSet([b, rsud], '2026-03', { agency: 'DINKES' })?.id).toBe('kalbar-default');
    expect(selectTppRuleSet([rsud], '2026-03')).toBeUndefined();
  });

  const guru = v({ id: 'guru', version: 1, effectiveFrom: '2026-01', effectiveTo: null, scope: { positionGroups: ['guru'] } });
  const rsudNakes = v({ id: 'rsud-nakes', version: 1, effectiveFrom: '2026-01', effectiveTo: null, scope: { agencies: ['RSUD'], positionGroups: ['nakes'] } });
  const nakes = v({ id: 'nakes', version: 1, effectiveFrom: '2026-01', effectiveTo: null, scope: { positionGroups: ['nakes', 'bidan'] } });

  it('position groups: agency and group > agency > group > region-wide; a group set never applies outside its groups', () => {
    const all = [b, rsud, guru, rsudNakes, nakes];
    expect(selectTppRuleSet(all, '2026-03', { agency: 'RSUD', positionGroup: 'nakes' })?.id).toBe('rsud-nakes');
    expect(selectTppRuleSet(all, '2026-03', { agency: 'RSUD', positionGroup: 'bidan' })?.id).toBe('rsud');
    expect(selectTppRuleSet(all, '2026-03', { agency: 'RSUD', positionGroup: 'guru' })?.id).toBe('rsud');
    expect(selectTppRuleSet(all, '2026-03', { agency: 'DINKES', positionGroup: 'nakes' })?.id).toBe('nakes');
    expect(selectTppRuleSet(all, '2026-03', { agency: 'DISDIK', positionGroup: 'guru' })?.id).toBe('guru');
    expect(selectTppRuleSet(all, '2026-03', { agency: 'DISDIK', positionGroup: 'auditor' })?.id).toBe('kalbar-default');
    expect(selectTppRuleSet(all, '2026-03', { agency: 'DISDIK' })?.id).toBe('kalbar-default');
    // Before a group set starts, the region's applies.
    expect(selectTppRuleSet([a, guru], '2025-06', { agency: 'DISDIK', positionGroup: 'guru' })?.version).toBe(1);
    expect(selectTppRuleSet([a, guru], '2025-06', { agency: 'DISDIK', positionGroup: 'guru' })?.id).toBe('kalbar-default');
  });

  it('property: the chosen set admits the month and scope, and no admitting set is more specific or, as specific, newer', () => {
    const codes = ['A', 'B'];
    const groups = ['g1', 'g2'];
    const arbSet = fc.record({
      agencies: fc.subarray(codes),
      groups: fc.subarray(groups),
      from: fc.integer({ min: 1, max: 12 }),
      version: fc.integer({ min: 1, max: 5 }),
      id: fc.constantFrom('x', 'y', 'z'),
    });
    const month = (m: number) => `2026-${String(m).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.array(arbSet, { maxLength: 8 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.constantFrom(...codes)), fc.option(fc.constantFrom(...groups, 'g3')), (specs, m, agency, group) => {
        // Selection reads only id, version, months and scope.
        const sets = specs.map((x) => ({ id: x.id, version: x.version, effectiveFrom: month(x.from), effectiveTo: null, scope: { agencies: x.agencies, positionGroups: x.groups } }) as unknown as TppRuleSet);
        const scope = { ...(agency ? { agency } : {}), ...(group ? { positionGroup: group } : {}) };
        const admits = (rs: TppRuleSet) =>
          rs.effectiveFrom <= month(m) &&
          (rs.scope!.agencies!.length === 0 || (agency !== null && rs.scope!.agencies!.includes(agency))) &&
          (rs.scope!.positionGroups!.length === 0 || (group !== null && rs.scope!.positionGroups!.includes(group)));
        const rank = (rs: TppRuleSet) => (rs.scope!.agencies!.length > 0 ? 2 : 0) + (rs.scope!.positionGroups!.length > 0 ? 1 : 0);
        const chosen = selectTppRuleSet(sets, month(m), scope);
        const admitted = sets.filter(admits);
        if (admitted.length === 0) return chosen === undefined;
        if (!chosen || !admits(chosen)) return false;
        return admitted.every(
          (o) => rank(o) < rank(chosen) || (rank(o) === rank(chosen) && (o.effectiveFrom < chosen.effectiveFrom || (o.effectiveFrom === chosen.effectiveFrom && o.version <= chosen.version))),
        );
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
