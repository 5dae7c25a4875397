import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.js';

describe('PGlite data folder lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-lock-'));
  const pidFile = join(dir, 'kinerja.pid');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is held while open and released on close', () => {
    const unlock = lockDataDir(dir);
    expect(readFileSync(pidFile, 'utf8')).toBe(String(process.pid));
    unlock();
    expect(existsSync(pidFile)).toBe(false);
  });

  it('refuses a folder another live process holds, naming it', () => {
    writeFileSync(pidFile, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`sedang dipakai proses Kinerja lain \\(pid ${process.ppid}\\)`));
    expect(readFileSync(pidFile, 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a file left by a process that is gone', () => {
    writeFileSync(pidFile, '2147483646');
    const unlock = lockDataDir(dir);
    expect(readFileSync(pidFile, 'utf8')).toBe(String(process.pid));
    unlock();
  });
});
