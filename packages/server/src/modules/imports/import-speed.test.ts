import { formatNip } from '@kinerja/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, signIn, testDatabaseKind, type Client, type TestApp } from '../../testing/index.js';
import { runImport, xlsxOf } from './test-support.js';

/**
 * 5,000 employees in one file, as a large agency's first import. Prints the times; no assertion on
 * them (machines differ), but a regression from seconds to minutes shows up here first.
 */
let t: TestApp;
let bkd: Client;
beforeAll(async () => {
  t = await createTestApp();
  bkd = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
});
afterAll(() => t.close());

const EMPLOYEES = 5000;
const UNITS = 50;
const POSTS_PER_UNIT = 10;

function sheets(variant: 'first' | 'changed') {
  const unit = [['kode_opd', 'nama_opd', 'kode_unit', 'nama_unit', 'kode_unit_induk']];
  const jabatan = [['kode_opd', 'kode_jabatan', 'nama_jabatan', 'kode_unit', 'jenis_jabatan', 'jenjang', 'kelas_jabatan', 'kepala_unit']];
  const pegawai = [['kode_opd', 'nip', 'nama', 'golongan', 'kode_jabatan', 'tmt_jabatan', 'email']];
  for (let u = 0; u < UNITS; u++) {
    unit.push(['PERF', 'Badan Uji Kecepatan', `U${u}`, `Unit ${u}`, u === 0 ? '' : `U${Math.floor((u - 1) / 7)}`]);
    for (let j = 0; j < POSTS_PER_UNIT; j++) {
      const head = j === 0;
      const fungsional = j % 3 === 2;
      jabatan.push(['PERF', `U${u}-J${j}`, `Jabatan ${j} Unit ${u}`, `U${u}`, head ? (u === 0 ? 'jpt_pratama' : 'administrator') : fungsional ? 'fungsional' : 'pelaksana', fungsional ? 'ahli_muda' : '', String(head ? 12 : 7), head ? 'ya' : 'tidak']);
    }
  }
  for (let i = 0; i < EMPLOYEES; i++) {
    const u = i % UNITS;
    // The first person of each unit holds its head post; everyone else a non-head post.
    const j = i < UNITS ? 0 : 1 + (i % (POSTS_PER_UNIT - 1));
    const moved = variant === 'changed' && i >= UNITS && i % 20 === 0;
    const nip = formatNip({ birthDate: `19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`, appointed: '2015-03', kind: 'pns', sex: i % 2 ? 'P' : 'L', sequence: 1 + (i % 999) });
    const email = variant === 'changed' && i % 10 === 0 ? `baru${i}@perf.go.id` : `p${i}@perf.go.id`;
    pegawai.push(['PERF', nip, `Pegawai ${i}`, 'III/a', moved ? `U${u}-J${j === 9 ? 1 : j + 1}` : `U${u}-J${j}`, moved ? '2026-06-01' : '2020-01-02', email]);
  }
  return { Unit: unit, Jabatan: jabatan, Pegawai: pegawai };
}

it(`imports ${EMPLOYEES} employees in a few seconds`, async () => {
  const first = await xlsxOf(sheets('first'), ['nip']);
  const changed = await xlsxOf(sheets('changed'), ['nip']);
  const file = (content: Buffer) => ({ filename: 'besar.xlsx', content });
  const time = async (label: string, run: () => Promise<{ summary: Record<string, unknown>; problems: unknown[] }>) => {
    const t0 = performance.now();
    const job = await run();
    const ms = Math.round(performance.now() - t0);
    console.log(`[import speed, ${testDatabaseKind()}] ${label}: ${ms} ms`, JSON.stringify({ ...job.summary, accounts: undefined }));
    expect(job.problems).toEqual([]);
    return job;
  };

  await time('dry run, 5,550 rows', () => runImport(t.app, bkd, file(first), true));
  const real = await time('first import, 5,550 rows', () => runImport(t.app, bkd, file(first), false));
  expect(real.summary).toMatchObject({ created: EMPLOYEES + UNITS + UNITS * POSTS_PER_UNIT });
  const again = await time('same file again', () => runImport(t.app, bkd, file(first), false));
  expect(again.summary).toMatchObject({ created: 0, updated: 0 });
  const diff = await time('10% emails and 5% posts changed', () => runImport(t.app, bkd, file(changed), false));
  expect(diff.summary).toMatchObject({ created: 0, positionChanges: 247 });

  const agency = await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', 'PERF').executeTakeFirstOrThrow();
  const n = await t.ctx.db.selectFrom('employees').select((eb) => eb.fn.countAll<number>().as('n')).where('agency_id', '=', agency.id).executeTakeFirstOrThrow();
  expect(Number(n.n)).toBe(EMPLOYEES);
});
