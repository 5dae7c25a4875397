import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../db/connect.js';
import { lockDataDir } from '../db/data-dir-lock.js';
import { newId } from '../db/ids.js';
import { migrateToLatest } from '../db/migrate.js';

// The commands as an operator runs them, on PGlite data folders (the data folder lock is PGlite's);
// backup/backup.test.ts covers both engines and across them, so the PostgreSQL run skips this file.
const bin = fileURLToPath(new URL('../../bin/kinerja.mjs', import.meta.url));
const run = promisify(execFile);

async function kinerja(dataDir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, KINERJA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  try {
    const r = await run(process.execPath, [bin, ...args], { env });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe.skipIf(process.env.TEST_DATABASE_URL)('kinerja backup / restore commands', () => {
  let root: string;
  let archive: string;
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('backs up a data folder and restores it into an empty one', async () => {
    root = await mkdtemp(join(tmpdir(), 'kinerja-cli-backup-'));
    archive = join(root, 'cadangan.tar');
    const source = await connectDatabase({ dataDir: join(root, 'src') });
    await migrateToLatest(source.db);
    await source.db.insertInto('agencies').values({ id: newId(), code: 'BKD', name: 'Badan Kepegawaian Daerah' }).execute();
    await source.close();
    const backup = await kinerja(join(root, 'src'), 'backup', '--out', archive);
    expect(backup.out).toMatch(/Cadangan selesai dalam .* detik: .*cadangan\.tar \(.* MB\), \d+ tabel, \d+ baris, 0 berkas bukti/);
    expect(backup.code).toBe(0);
    const restored = await kinerja(join(root, 'dst'), 'restore', '--in', archive);
    expect(restored.out).toMatch(/Pemulihan selesai .* jumlah baris sesuai manifest/);
    expect(restored.code).toBe(0);
  }, 120_000);

  it('refuses a data folder that holds data with exit code 1, and replaces it with --force', async () => {
    const refused = await kinerja(join(root, 'dst'), 'restore', '--in', archive);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/Tujuan pemulihan tidak kosong \(tabel berisi data: .*\).*--force/);
    const forced = await kinerja(join(root, 'dst'), 'restore', '--in', archive, '--force');
    expect(forced.out).toMatch(/--force: seluruh isi tabel tujuan diganti/);
    expect(forced.code).toBe(0);
  }, 120_000);

  it('refuses a data folder another process holds', async () => {
    const unlock = lockDataDir(join(root, 'dst'));
    try {
      // Held by this (live) process: the command's own process must not open it.
      const locked = await kinerja(join(root, 'dst'), 'backup', '--out', join(root, 'x.tar'));
      expect(locked.code).toBe(1);
      expect(locked.out).toMatch(/sedang dipakai proses Kinerja lain.*KINERJA_BACKUP_DIR/s);
    } finally {
      unlock();
    }
  }, 60_000);
});
