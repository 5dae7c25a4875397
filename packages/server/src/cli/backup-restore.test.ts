import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../db/connect.js';
import { lockDataDir } from '../db/data-dir-lock.js';
import { newId } from '../db/ids.js';
import { migrateToLatest } from '../db/migrate.js';
import { kinerja } from './run-for-test.js';
import { recordAudit } from '../modules/audit/record.js';

// The commands as an operator runs them, on PGlite data folders (the data folder lock is PGlite's);
// backup/backup.test.ts covers both engines and across them, so the PostgreSQL run skips this file.
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

  it('makes a key, backs up encrypted, refuses a wrong key (exit 1), restores with the right one; audit verify finds a changed row (exit 1)', async () => {
    const key = join(root, 'kunci');
    const made = await kinerja(join(root, 'src'), 'backup-key', '--out', key);
    expect(made.code).toBe(0);
    expect((await stat(key)).mode & 0o777).toBe(0o600);
    expect((await kinerja(join(root, 'src'), 'backup-key', '--out', key)).code).toBe(1);
    const sealed = join(root, 'cadangan.tar.enc');
    const backup = await kinerja(join(root, 'src'), 'backup', '--out', sealed, '--key-file', key);
    expect(backup.out).toMatch(/Cadangan terenkripsi selesai/);
    const other = join(root, 'kunci-lain');
    await writeFile(other, randomBytes(32).toString('base64'));
    const refused = await kinerja(join(root, 'enc'), 'restore', '--in', sealed, '--key-file', other);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/Kunci salah/);
    const restored = await kinerja(join(root, 'enc'), 'restore', '--in', sealed, '--key-file', key);
    expect(restored.out).toMatch(/Pemulihan selesai/);
    expect(restored.code).toBe(0);

    const db = await connectDatabase({ dataDir: join(root, 'enc') });
    await recordAudit(db.db, { agencyId: null, actorAccountId: null, action: 'test.cli', entity: 'test' });
    await recordAudit(db.db, { agencyId: null, actorAccountId: null, action: 'test.cli', entity: 'test' });
    await db.close();
    const ok = await kinerja(join(root, 'enc'), 'audit', 'verify');
    expect(ok.out).toMatch(/OK: 1 rantai, 2 catatan audit diperiksa/);
    expect(ok.code).toBe(0);
    const tampered = await connectDatabase({ dataDir: join(root, 'enc') });
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(tampered.db);
    await sql`update audit_log set action = 'test.changed' where chain_seq = 2`.execute(tampered.db);
    await tampered.close();
    const broken = await kinerja(join(root, 'enc'), 'audit', 'verify');
    expect(broken.out).toMatch(/RUSAK  provinsi \(tanpa OPD\): rantai putus pada catatan no\. 2 .*diubah/);
    expect(broken.code).toBe(1);
  }, 180_000);
});
