import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinerja } from './run-for-test.js';
import { TppCliError, tppCheck, tppCompute, tppDiff, tppWriteSchemas } from './tpp.js';

const core = (p: string) => fileURLToPath(new URL(`../../../core/src/tpp/${p}`, import.meta.url));
const RULES = core('rule-sets/kalbar-default.json');
const INPUTS = core('examples/inputs-2026-11.json');
const DOCS = fileURLToPath(new URL('../../../../docs/', import.meta.url));

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kinerja-cli-tpp-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('tpp compute (in process)', () => {
  it('prints every line with its rule and the totals; the example month is the hand-worked one', async () => {
    const out = await tppCompute({ rules: RULES, inputs: INPUTS });
    expect(out).toContain('TL2 pada 12 Nov (terlambat masuk 45 menit): −1 % dari disiplin = −Rp 13.600    [discipline.bandGroups.tl.TL2]');
    expect(out).toContain('Predikat Butuh Perbaikan: dibayar 80 % dari Rp 3.660.000 = −Rp 732.000');
    // 3.093.728 + 2.249.984 + 4.468.128 + 2.749.500 (core/tpp/hand-worked.test.ts, the PPPK IX paying 5 % like III)
    expect(out).toContain('Neto Rp 12.561.340, dibayar Rp 12.561.340');
  });

  it('--json gives the results, --employee one employee by id or NIP', async () => {
    const month = JSON.parse(await tppCompute({ rules: RULES, inputs: INPUTS, json: true })) as { totals: { net: number }; employees: { net: number }[] };
    expect(month.employees.map((e) => e.net)).toEqual([3_093_728, 2_249_984, 4_468_128, 2_749_500]);
    expect(month.totals.net).toBe(12_561_340);
    const one = await tppCompute({ rules: RULES, inputs: INPUTS, employee: '199901052024032001' });
    expect(one).toContain('Sari Wulandari');
    expect(one).not.toContain('Andi Pratama');
    await expect(tppCompute({ rules: RULES, inputs: INPUTS, employee: 'tidak-ada' })).rejects.toThrow('Pegawai tidak-ada tidak ada');
  });

  it('refuses a rule set that is not sound, naming each place', async () => {
    const bad = JSON.parse(await readFile(RULES, 'utf8')) as { split: { discipline: number } };
    bad.split.discipline = 30;
    const file = join(root, 'bad-rules.json');
    await writeFile(file, JSON.stringify(bad));
    await expect(tppCompute({ rules: file, inputs: INPUTS })).rejects.toThrow(/\/split: jumlah bagian 90 %, harus 100 %/);
    await expect(tppCheck(file)).rejects.toBeInstanceOf(TppCliError);
    expect(await tppCheck(RULES)).toBe('Aturan kalbar-default v1 (Contoh provinsi (pola Kalbar)) sah, berlaku 2026-01 s.d. seterusnya.');
  });

  it('refuses inputs of a month the rule set does not cover, and a sanction the rule set does not know', async () => {
    const inputs = JSON.parse(await readFile(INPUTS, 'utf8')) as { month: string; employees: { attendance: { date: string }[]; hukdis?: { id: string }[] }[] };
    const early = { ...inputs, month: '2025-11', employees: inputs.employees.map((e) => ({ ...e, attendance: [] })) };
    const earlyFile = join(root, 'early.json');
    await writeFile(earlyFile, JSON.stringify(early));
    await expect(tppCompute({ rules: RULES, inputs: earlyFile })).rejects.toThrow('berlaku 2026-01 s.d. seterusnya, bukan untuk 2025-11');
    inputs.employees[0]!.hukdis = [{ id: 'berat' }];
    const hukFile = join(root, 'hukdis.json');
    await writeFile(hukFile, JSON.stringify(inputs));
    await expect(tppCompute({ rules: RULES, inputs: hukFile })).rejects.toThrow('hukuman disiplin berat tidak ada di aturan kalbar-default');
  });

  it('tpp diff names what changed between two versions', async () => {
    const next = JSON.parse(await readFile(RULES, 'utf8')) as { version: number; discipline: { tkPercentPerDay: number } };
    next.version = 2;
    next.discipline.tkPercentPerDay = 3;
    const file = join(root, 'v2.json');
    await writeFile(file, JSON.stringify(next));
    expect(await tppDiff(RULES, file)).toBe('kalbar-default v1 → kalbar-default v2\n/version: 1 → 2\n/discipline/tkPercentPerDay: 5 → 3');
  });

  it('tpp schema writes the documents published in docs/', async () => {
    const dir = join(root, 'schemas');
    await tppWriteSchemas(dir);
    for (const name of ['tpp-rule-set.schema.json', 'tpp-inputs.schema.json']) {
      expect(await readFile(join(dir, name), 'utf8')).toBe(await readFile(join(DOCS, name), 'utf8'));
    }
  });
});

describe('kinerja tpp compute (as an operator runs it)', () => {
  it('computes from the two files with no database, and exits 1 on a missing file', async () => {
    const dataDir = join(root, 'no-database-here');
    const ok = await kinerja(dataDir, 'tpp', 'compute', '--rules', RULES, '--inputs', INPUTS, '--employee', 'pegawai-1');
    expect(ok.out).toContain('TL2 pada 12 Nov');
    expect(ok.out).toContain('Neto Rp 3.093.728');
    expect(ok.code).toBe(0);
    expect(existsSync(dataDir)).toBe(false);
    const missing = await kinerja(dataDir, 'tpp', 'compute', '--rules', join(root, 'nope.json'), '--inputs', INPUTS);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('Berkas aturan tidak bisa dibaca');
  }, 60_000);
});
