import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type StoredMediaType = 'image/jpeg' | 'application/pdf';

const EXTENSION: Record<StoredMediaType, string> = { 'image/jpeg': 'jpg', 'application/pdf': 'pdf' };

/**
 * Where a file lives: `<dataDir>/evidence/<aa>/<bb>/<sha256>.<ext>`. Two levels of 256 folders keep
 * every folder small even with millions of photos, and the name alone identifies the content.
 */
export function evidencePath(dataDir: string, sha256: string, mediaType: StoredMediaType): string {
  return join(dataDir, 'evidence', sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}.${EXTENSION[mediaType]}`);
}

/**
 * Writes to a temporary name in the same folder, then renames: readers (and a crash) see either no
 * file or the whole file, never half of one. Two requests storing the same content both succeed.
 */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The stored file's size, or null when it is missing (lost disk, restored database without files). */
export async function storedSize(path: string): Promise<number | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
