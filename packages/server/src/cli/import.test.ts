import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { ensureReferenceData } from '../db/reference-data.js';
import { csvOf } from '../modules/imports/test-support.js';
import { createTestDatabase, seedFixture } from '../testing/index.js';
import { kinerjaOn } from './run-for-test.js';

/**
 * `kinerja import <file> --as <NIP> --disable-missing` as an operator runs it, on both engines (a
 * PGlite data folder, or the test's PostgreSQL schema named by the URL's search_path): without the
 * flag nobody is turned off; with `--dry-run` the leavers are listed and nothing changes; with the flag
 * the active staff of DINKES missing from the Pegawai sheet are turned off with their accounts.
 * The same rules through the web form are in modules/imports/leavers.test.ts.
 */
let root: string;
let pgHandle: DatabaseHandle | undefined;
let store: { dataDir: string; databaseUrl?: string };
let fixture: Awaited<ReturnType<typeof seedFixture>>;

/** The database, opened for the test's own reads (a PGlite folder is opened and closed around each CLI run). */
async function withDb<T>(fn: (db: DatabaseHandle['db']) => Promise<T>): Promise<T> {
  if (pgHandle) return fn(pgHandle.db);
  const h = await connectDatabase({ dataDir: store.dataDir });
  try {
    return await fn(h.db);
  } finally {
    await h.close();
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kinerja-cli-import-'));
  store = { dataDir: join(root, 'data') };
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    pgHandle = await createTestDatabase();
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${pgHandle.schema}`);
    store.databaseUrl = u.toString();
    fixture = await seedFixture(pgHandle.db);
  } else {
    const h = await connectDatabase({ dataDir: store.dataDir });
    await migrateToLatest(h.db);
    await ensureReferenceData(h.db);
    fixture = await seedFixture(h.db);
    await h.close();
  }
}, 120_000);
afterAll(async () => {
  await pgHandle?.close();
  await rm(root, { recursive: true, force: true });
});

const state = (nip: string) =>
  withDb(async (db) => {
    const e = await db.selectFrom('employees').select('active').where('nip', '=', nip).where('agency_id', '=', fixture.agencyIds.A).executeTakeFirstOrThrow();
    const a = await db.selectFrom('accounts').select('active').where('nip', '=', nip).executeTakeFirstOrThrow();
    return { employee: e.active, account: a.active };
  });

describe('kinerja import --disable-missing', () => {
  it('turns off the active staff missing from the Pegawai sheet only with the flag, and only lists them with --dry-run', async () => {
    const leaver = fixture.people.staff2!;
    const admin = fixture.people.bkdAdmin!.nip;
    // DINKES's staff with an open definitive post, as a Pegawai sheet without the leaver.
    const rows = await withDb((db) =>
      db
        .selectFrom('employees as e')
        .innerJoin('position_assignments as a', (j) => j.onRef('a.agency_id', '=', 'e.agency_id').onRef('a.employee_id', '=', 'e.id'))
        .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
        .select(['e.nip', 'e.name', 'p.code'])
        .where('e.agency_id', '=', fixture.agencyIds.A)
        .where('e.active', '=', true)
        .where('a.ends_on', 'is', null)
        .where('a.role', '=', 'definitive')
        .execute(),
    );
    const listed = rows.filter((r) => r.nip !== leaver.nip);
    expect(listed.length).toBeGreaterThan(4);
    const file = join(root, 'pegawai.csv');
    await writeFile(file, csvOf([['kode_opd', 'nip', 'nama', 'kode_jabatan'], ...listed.map((r) => ['DINKES', r.nip, r.name, r.code])]));

    // Without the flag: imported, nobody turned off.
    const plain = await kinerjaOn(store, 'import', file, '--as', admin);
    expect(plain.code, plain.out).toBe(0);
    expect(plain.out).toMatch(/Impor selesai/);
    expect(plain.out).not.toContain(leaver.nip);
    expect(await state(leaver.nip)).toEqual({ employee: true, account: true });

    // With --dry-run: the leaver is listed, nothing changes.
    const dry = await kinerjaOn(store, 'import', file, '--as', admin, '--disable-missing', '--dry-run');
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toMatch(/Uji coba selesai \(tidak disimpan\)/);
    expect(dry.out).toContain(leaver.nip);
    expect(await state(leaver.nip)).toEqual({ employee: true, account: true });

    // With the flag: the leaver and their account are off; someone in the file is not.
    const done = await kinerjaOn(store, 'import', file, '--as', admin, '--disable-missing');
    expect(done.code, done.out).toBe(0);
    expect(done.out).toContain(leaver.nip);
    expect(await state(leaver.nip)).toEqual({ employee: false, account: false });
    expect(await state(fixture.people.staff1!.nip)).toEqual({ employee: true, account: true });
    const audit = await withDb((db) => db.selectFrom('audit_log').select('data').where('action', '=', 'import.applied').execute());
    expect(audit.map((r) => r.data)).toContainEqual(expect.objectContaining({ leavers: [leaver.nip] }));
  }, 240_000);
});
