import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { ensureReferenceData } from '../db/reference-data.js';
import { seedDemoProvince } from '../demo/seed.js';
import { createTestDatabase } from '../testing/database.js';
import { verifyAuditChains } from '../modules/audit/verify.js';
import { writeBackup, type BackupResult } from './backup.js';
import { readBackupKey, writeBackupKey } from './key-file.js';
import { restoreBackup } from './restore.js';
import { PREFILLED_TABLES } from './target.js';
import { evidenceChecksums, scratchDatabase, seedJournalWithEvidence, tableCounts } from './testing.js';

// Runs on PGlite, or on TEST_DATABASE_URL's PostgreSQL when set; that run also restores across engines.
const pgUrl = process.env.TEST_DATABASE_URL;
const today = '2026-11-23';

interface Source {
  handle: DatabaseHandle;
  dataDir: string;
  archive: string;
  backup: BackupResult;
  counts: Record<string, number>;
  checksums: Record<string, string>;
}

const scratch: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kinerja-backup-test-'));
  scratch.push(dir);
  return dir;
}

async function makeSource(handle: DatabaseHandle): Promise<Source> {
  const dataDir = await tempDir();
  await seedDemoProvince(handle.db, { employees: 1202, today });
  await seedJournalWithEvidence(handle, dataDir);
  const archive = join(await tempDir(), 'kinerja.tar');
  const backup = await writeBackup(handle, { dataDir, out: archive });
  return { handle, dataDir, archive, backup, counts: await tableCounts(handle), checksums: await evidenceChecksums(dataDir) };
}

/** An empty target of one engine: a new PGlite data folder, or a new database on the server. */
async function emptyTarget(kind: 'pglite' | 'postgres'): Promise<{ url?: string; dataDir: string; open(): Promise<DatabaseHandle>; drop(): Promise<void> }> {
  const dataDir = await tempDir();
  if (kind === 'pglite') {
    const dbDir = join(dataDir);
    return { dataDir, open: () => connectDatabase({ dataDir: dbDir }), drop: async () => undefined };
  }
  const db = await scratchDatabase(pgUrl!);
  return { url: db.url, dataDir, open: () => connectDatabase({ url: db.url, poolSize: 2 }), drop: () => db.drop() };
}

async function expectSameAs(source: Source, target: { dataDir: string; open(): Promise<DatabaseHandle> }): Promise<void> {
  const handle = await target.open();
  try {
    expect(await tableCounts(handle)).toEqual(source.counts);
    const entry = await handle.db.selectFrom('journal_entries').select(['description', 'volume']).orderBy('work_date').executeTakeFirstOrThrow();
    expect(entry.description).toBe('Rapat "koordinasi", ke-0\nbaris dua — ✓');
    // The identity column goes on after the restored rows.
    await handle.db.insertInto('audit_log').values({ action: 'after', entity: 'restore' } as never).execute();
    const ids = (await handle.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => Number(r.id));
    expect(new Set(ids).size).toBe(ids.length);
    // The append-only trails took the restored rows and refuse changes again (triggers back on).
    await expect(handle.db.updateTable('journal_entry_events').set({ action: 'x' } as never).execute()).rejects.toThrow(/append-only/);
    await expect(handle.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  } finally {
    await handle.close();
  }
  expect(await evidenceChecksums(target.dataDir)).toEqual(source.checksums);
}

/** Flips one byte in the data of the first archive entry whose name matches. */
async function corrupt(archive: string, match: RegExp): Promise<string> {
  const bytes = await readFile(archive);
  for (let at = 0; at + 512 <= bytes.length; ) {
    const name = bytes.subarray(at, at + 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(bytes.subarray(at + 124, at + 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    if (!name) break;
    if (match.test(name) && size > 0) {
      const copy = join(await tempDir(), 'broken.tar');
      bytes[at + 512 + Math.floor(size / 2)]! ^= 0x5a;
      await writeFile(copy, bytes);
      return copy;
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`no entry matches ${match}`);
}

describe('kinerja backup and restore', () => {
  let source: Source;
  const kind = pgUrl ? 'postgres' : 'pglite';

  beforeAll(async () => {
    source = await makeSource(await createTestDatabase());
    console.info(`backup on ${kind}: ${source.backup.ms} ms, ${source.backup.bytes} bytes`);
  });
  afterAll(async () => {
    await source?.handle.close();
    for (const dir of scratch) await rm(dir, { recursive: true, force: true });
  });

  it('writes a manifest with versions, row counts and every evidence file', () => {
    const m = source.backup.manifest;
    expect(m).toMatchObject({ format: 'kinerja-backup', formatVersion: 1, databaseKind: kind, evidenceMissing: [] });
    expect(m.migration).toMatch(/^\d{4}_/);
    expect(Object.fromEntries(m.tables.map((t) => [t.name, t.rows]))).toEqual(source.counts);
    const names = m.tables.map((t) => t.name);
    expect(names.indexOf('agencies')).toBeLessThan(names.indexOf('units'));
    expect(names.indexOf('journal_entries')).toBeLessThan(names.indexOf('journal_entry_evidence'));
    expect(names).not.toContain('kysely_migration');
    expect(Object.fromEntries(m.evidence.map((e) => [e.path, e.sha256]))).toEqual(source.checksums);
    expect(m.evidence).toHaveLength(12);
  });

  it('restores into an empty target of the same engine: every row and every file', async () => {
    const target = await emptyTarget(kind);
    try {
      const r = await restoreBackup({ file: source.archive, databaseUrl: target.url, dataDir: target.dataDir });
      console.info(`restore on ${kind}: ${r.ms} ms`);
      await expectSameAs(source, target);
    } finally {
      await target.drop();
    }
  });

  it('refuses a target that is not empty, and replaces it with --force', async () => {
    const target = await emptyTarget(kind);
    try {
      await restoreBackup({ file: source.archive, databaseUrl: target.url, dataDir: target.dataDir });
      await expect(restoreBackup({ file: source.archive, databaseUrl: target.url, dataDir: target.dataDir })).rejects.toThrow(/tidak kosong.*--force/s);
      await restoreBackup({ file: source.archive, databaseUrl: target.url, dataDir: target.dataDir, force: true });
      await expectSameAs(source, target);
    } finally {
      await target.drop();
    }
  });

  it('accepts a target the app already started on (only its built-in holidays and SIASN codes)', async () => {
    const target = await emptyTarget(kind);
    try {
      const h = await target.open();
      await migrateToLatest(h.db);
      await ensureReferenceData(h.db);
      await h.close();
      await restoreBackup({ file: source.archive, databaseUrl: target.url, dataDir: target.dataDir });
      await expectSameAs(source, target);
    } finally {
      await target.drop();
    }
  });

  it.each([
    ['an evidence file', /^evidence\//, /checksum SHA-256 tidak cocok/],
    ['a table', /journal_entries\.csv\.gz$/, /journal_entries|rusak/],
  ])('reports a changed byte in %s and leaves the target empty', async (_what, entry, message) => {
    const broken = await corrupt(source.archive, entry);
    const target = await emptyTarget(kind);
    try {
      await expect(restoreBackup({ file: broken, databaseUrl: target.url, dataDir: target.dataDir })).rejects.toThrow(message);
      const h = await target.open();
      try {
        // Empty as a restore judges it: nothing but what the migrations themselves fill.
        const counts = await tableCounts(h);
        expect(Object.entries(counts).filter(([table, n]) => n > 0 && !PREFILLED_TABLES.has(table))).toEqual([]);
      } finally {
        await h.close();
      }
      expect(await evidenceChecksums(target.dataDir)).toEqual({});
    } finally {
      await target.drop();
    }
  });

  it('reports a cut-off archive, a missing one, and a folder that is not a data folder', async () => {
    const bytes = await readFile(source.archive);
    const cut = join(await tempDir(), 'cut.tar');
    const target = await emptyTarget(kind);
    try {
      // Cut inside the tables and inside the evidence files. Depending on where the cut falls the
      // report is a damaged tar, a short table or file, or missing entries: never a success.
      for (const share of [0.3, 0.95]) {
        await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * share)));
        await expect(restoreBackup({ file: cut, databaseUrl: target.url, dataDir: target.dataDir })).rejects.toThrow(/rusak|tidak lengkap/);
      }
      expect(await evidenceChecksums(target.dataDir)).toEqual({});
      await expect(restoreBackup({ file: join(target.dataDir, 'tidak-ada.tar'), databaseUrl: target.url, dataDir: target.dataDir })).rejects.toThrow(
        /tidak ditemukan/,
      );
    } finally {
      await target.drop();
    }
    const home = await tempDir();
    await writeFile(join(home, 'catatan.txt'), 'bukan data Kinerja');
    await expect(restoreBackup({ file: source.archive, dataDir: home })).rejects.toThrow(/bukan folder data Kinerja/);
  });

  it('encrypts with a key file, restores with it, and the restored audit chains still verify', async () => {
    const keyFile = join(await tempDir(), 'kunci');
    await writeBackupKey(keyFile);
    const key = await readBackupKey(keyFile);
    const out = join(await tempDir(), 'kinerja.tar.enc');
    await writeBackup(source.handle, { dataDir: source.dataDir, out, key });
    const sealed = await readFile(out);
    // Nothing of the archive shows through: not the manifest, not a table's name.
    expect(sealed.includes(Buffer.from('manifest.json'))).toBe(false);
    expect(sealed.includes(Buffer.from('journal_entries'))).toBe(false);
    const target = await emptyTarget(kind);
    try {
      await restoreBackup({ file: out, databaseUrl: target.url, dataDir: target.dataDir, key });
      await expectSameAs(source, target);
      const h = await target.open();
      try {
        const chains = await verifyAuditChains(h.db);
        expect(chains.length).toBeGreaterThan(0);
        expect(chains.every((c) => c.broken === null && c.rows > 0)).toBe(true);
      } finally {
        await h.close();
      }
    } finally {
      await target.drop();
    }
  });

  it('refuses a wrong key, a changed byte, a cut-off file, a plain archive given a key and an encrypted one without, before touching the target', async () => {
    const key = randomBytes(32);
    const out = join(await tempDir(), 'kinerja.tar.enc');
    await writeBackup(source.handle, { dataDir: source.dataDir, out, key });
    const sealed = await readFile(out);
    const flipped = Buffer.from(sealed);
    flipped[Math.floor(sealed.length * 0.7)]! ^= 0x01;
    const dir = await tempDir();
    const files = { flipped: join(dir, 'flipped.enc'), cut: join(dir, 'cut.enc') };
    await writeFile(files.flipped, flipped);
    await writeFile(files.cut, sealed.subarray(0, sealed.length - 1000));
    const target = await emptyTarget(kind);
    try {
      const attempts: Array<[string, Buffer | undefined, RegExp]> = [
        [out, randomBytes(32), /Kunci salah/],
        [files.flipped, key, /gagal diverifikasi/],
        [files.cut, key, /terpotong|gagal diverifikasi/],
        [source.archive, key, /bukan cadangan terenkripsi/],
        [out, undefined, /--key-file/],
      ];
      for (const [file, k, message] of attempts) {
        await expect(restoreBackup({ file, databaseUrl: target.url, dataDir: target.dataDir, key: k })).rejects.toThrow(message);
      }
      // Not even the migrations ran: a PGlite folder is still empty, a PostgreSQL database has no tables.
      expect(await readdir(target.dataDir)).toEqual([]);
      if (target.url) {
        const h = await target.open();
        try {
          const { rows } = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'public'`.execute(h.db);
          expect(rows[0]!.n).toBe(0);
        } finally {
          await h.close();
        }
      }
    } finally {
      await target.drop();
    }
  });

  it('lists an evidence file missing from disk in the manifest and still backs up and restores', async () => {
    const [lost, ...kept] = Object.keys(source.checksums).sort();
    const dataDir = await tempDir();
    await cp(join(source.dataDir, 'evidence'), join(dataDir, 'evidence'), { recursive: true });
    await rm(join(dataDir, lost!));
    const notes: string[] = [];
    const out = join(await tempDir(), 'partial.tar');
    const r = await writeBackup(source.handle, { dataDir, out, onProgress: (m) => notes.push(m) });
    expect(r.manifest.evidenceMissing).toEqual([lost]);
    expect(r.manifest.evidence.map((e) => e.path).sort()).toEqual(kept);
    expect(notes.join('\n')).toMatch(/Peringatan: 1 berkas bukti/);
    const target = await emptyTarget(kind);
    try {
      await restoreBackup({ file: out, databaseUrl: target.url, dataDir: target.dataDir });
      expect(Object.keys(await evidenceChecksums(target.dataDir)).sort()).toEqual(kept);
    } finally {
      await target.drop();
    }
  });

  it.runIf(pgUrl)('restores across engines: PGlite into PostgreSQL, PostgreSQL into PGlite', async () => {
    const lite = await makeSource(await createLite());
    const toPostgres = await emptyTarget('postgres');
    const toLite = await emptyTarget('pglite');
    try {
      await restoreBackup({ file: lite.archive, databaseUrl: toPostgres.url, dataDir: toPostgres.dataDir });
      await expectSameAs(lite, toPostgres);
      await restoreBackup({ file: source.archive, dataDir: toLite.dataDir });
      await expectSameAs(source, toLite);
    } finally {
      await lite.handle.close();
      await toPostgres.drop();
    }
  });
});

async function createLite(): Promise<DatabaseHandle> {
  const handle = await connectDatabase({});
  await migrateToLatest(handle.db);
  await ensureReferenceData(handle.db);
  return handle;
}
