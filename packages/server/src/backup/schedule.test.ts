import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.js';
import { isEncryptedBackup, verifyEncryptedBackup } from './archive.js';
import { readBackupKey, writeBackupKey } from './key-file.js';
import { archiveName, nextRun, runNightlyBackup } from './schedule.js';

describe('nightly backups in the server', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('runs at the next occurrence of the hour, local time', () => {
    const at = (h: number, m: number) => new Date(2026, 10, 23, h, m);
    expect(nextRun(at(1, 30), 2)).toEqual(at(2, 0));
    expect(nextRun(at(2, 0), 2)).toEqual(new Date(2026, 10, 24, 2, 0));
    expect(nextRun(at(23, 0), 2)).toEqual(new Date(2026, 10, 24, 2, 0));
    expect(archiveName(at(2, 0))).toBe('kinerja-20261123-0200.tar');
  });

  it('writes a dated archive and keeps only the newest ones', async () => {
    const backupDir = await mkdtemp(join(tmpdir(), 'kinerja-nightly-'));
    const dataDir = await mkdtemp(join(tmpdir(), 'kinerja-nightly-data-'));
    dirs.push(backupDir, dataDir);
    for (const day of ['20261120', '20261121', '20261122']) await writeFile(join(backupDir, `kinerja-${day}-0200.tar`), 'old');
    await writeFile(join(backupDir, 'catatan.txt'), 'not ours');
    const handle = await createTestDatabase();
    try {
      const r = await runNightlyBackup(handle, { backupDir, dataDir, backupHour: 2, backupKeep: 2 }, new Date(2026, 10, 23, 2, 0));
      expect(r.file).toBe(join(backupDir, 'kinerja-20261123-0200.tar'));
      expect(r.manifest.tables.find((t) => t.name === 'holidays')!.rows).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
    expect((await readdir(backupDir)).sort()).toEqual(['catatan.txt', 'kinerja-20261122-0200.tar', 'kinerja-20261123-0200.tar']);
  });

  it('encrypts with KINERJA_BACKUP_KEY_FILE (….tar.enc), and keeps the newest of plain and encrypted archives alike', async () => {
    const backupDir = await mkdtemp(join(tmpdir(), 'kinerja-nightly-'));
    const dataDir = await mkdtemp(join(tmpdir(), 'kinerja-nightly-data-'));
    dirs.push(backupDir, dataDir);
    const backupKeyFile = join(dataDir, 'kunci');
    await writeBackupKey(backupKeyFile);
    for (const name of ['kinerja-20261121-0200.tar', 'kinerja-20261122-0200.tar']) await writeFile(join(backupDir, name), 'old');
    const handle = await createTestDatabase();
    try {
      const r = await runNightlyBackup(handle, { backupDir, dataDir, backupHour: 2, backupKeep: 2, backupKeyFile }, new Date(2026, 10, 23, 2, 0));
      expect(r.file).toBe(join(backupDir, 'kinerja-20261123-0200.tar.enc'));
      expect(await isEncryptedBackup(r.file)).toBe(true);
      await expect(verifyEncryptedBackup(r.file, await readBackupKey(backupKeyFile))).resolves.toBeUndefined();
    } finally {
      await handle.close();
    }
    expect((await readdir(backupDir)).sort()).toEqual(['kinerja-20261122-0200.tar', 'kinerja-20261123-0200.tar.enc']);
  });
});
