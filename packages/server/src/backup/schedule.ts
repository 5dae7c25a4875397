import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseHandle } from '../db/connect.js';
import { runExclusively } from '../jobs/exclusive.js';
import { writeBackup, type BackupResult } from './backup.js';
import { parseBackupKey, readBackupKey } from './key-file.js';

export interface NightlyBackupConfig {
  backupDir: string;
  /** Hour of the day (server's local time, 0–23) to run at. */
  backupHour: number;
  /** How many of the newest archives to keep in backupDir; older `kinerja-*.tar` are removed. */
  backupKeep: number;
  dataDir: string;
  /** Key file (`kinerja backup-key`): archives are encrypted and named `….tar.enc`. */
  backupKeyFile?: string | undefined;
}

const NAME = /^kinerja-\d{8}-\d{4}\.tar(\.enc)?$/;

/** The next time the clock shows `hour`:00 after `now` (local time). */
export function nextRun(now: Date, hour: number): Date {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next <= now) next.setDate(next.getDate() + 1);
  return next;
}

export function archiveName(at: Date, encrypted = false): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `kinerja-${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}.tar${encrypted ? '.enc' : ''}`;
}

/** One backup into the folder, then the oldest archives beyond `backupKeep` are removed. */
export async function runNightlyBackup(handle: DatabaseHandle, c: NightlyBackupConfig, now = new Date()): Promise<BackupResult & { file: string }> {
  await mkdir(c.backupDir, { recursive: true });
  // Read each night, so a replaced key file is used from the next backup on.
  const key = c.backupKeyFile ? await readBackupKey(c.backupKeyFile) : undefined;
  const file = join(c.backupDir, archiveName(now, key !== undefined));
  const result = await writeBackup(handle, { dataDir: c.dataDir, out: file, key, now: () => now });
  // Names sort by their time, encrypted or not, so switching encryption on still keeps the newest.
  const archives = (await readdir(c.backupDir)).filter((n) => NAME.test(n)).sort();
  for (const old of archives.slice(0, Math.max(0, archives.length - c.backupKeep))) await rm(join(c.backupDir, old), { force: true });
  return { ...result, file };
}

/**
 * Nightly backups inside the running server. On PGlite this is the way to back up without stopping
 * the app (the data folder is one process's): the app waits only while the tables are copied.
 */
export function startNightlyBackups(
  handle: DatabaseHandle,
  c: NightlyBackupConfig,
  log: { info(o: object, m: string): void; error(o: object, m: string): void },
): () => Promise<void> {
  // A key file that cannot be read stops the server at start, not silently at two in the morning.
  if (c.backupKeyFile) parseBackupKey(readFileSync(c.backupKeyFile, 'utf8'), c.backupKeyFile);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      // Two app processes on one PostgreSQL back it up once: the one that finds the run under way skips it.
      running = runExclusively({ db: handle.db, dbKind: handle.kind }, 'nightly-backup', () => runNightlyBackup(handle, c))
        .then((r) => (r.ran ? log.info({ file: r.value.file, bytes: r.value.bytes, ms: r.value.ms }, 'cadangan malam selesai') : log.info({}, 'cadangan malam dijalankan proses lain')))
        .catch((err: unknown) => log.error({ err }, 'cadangan malam gagal'))
        .finally(arm);
    }, nextRun(new Date(), c.backupHour).getTime() - Date.now());
    timer.unref();
  };
  arm();
  // Stopping waits for a backup under way, so the database is not closed beneath it.
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
