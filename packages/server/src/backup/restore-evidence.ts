import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hashing } from './files.js';
import type { EvidenceEntry } from './manifest.js';
import { MESSAGES } from './messages.js';
import type { TarEntry } from './tar.js';

/**
 * Writes one evidence file under the data folder, under a temporary name until its size and SHA-256
 * match the manifest. Returns whether the file is new (the caller removes new files if the restore
 * fails later).
 */
export async function restoreEvidenceFile(dataDir: string, e: EvidenceEntry, entry: TarEntry): Promise<boolean> {
  const target = join(dataDir, e.path);
  const existed = await stat(target).then(
    () => true,
    () => false,
  );
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const h = hashing();
  try {
    await pipeline(Readable.from(entry), h, createWriteStream(temp, { flags: 'wx' })).catch((error: NodeJS.ErrnoException) => {
      // A disk error (ENOSPC, EACCES…) is told as it is; anything else came from reading the archive.
      throw error.code?.startsWith('E') ? error : new Error(MESSAGES.corruptArchive(error.message));
    });
    const d = h.digest();
    if (d.bytes !== e.size) throw new Error(MESSAGES.sizeMismatch(e.path, e.size, d.bytes));
    if (d.sha256 !== e.sha256) throw new Error(MESSAGES.checksumMismatch(e.path));
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return !existed;
}
