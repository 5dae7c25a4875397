import { relative, sep } from 'node:path';
import { evidencePath, storedSize, type StoredMediaType } from '../modules/evidence/storage.js';
import { hashFile } from './files.js';
import type { EvidenceEntry } from './manifest.js';

/**
 * The stored files the snapshot's rows name, with the hash and size of what is on disk. Files are
 * read once here and once more into the archive: the manifest comes first so restore can check each
 * file as it arrives. Files are never changed in place (content-addressed), so both reads agree.
 */
export async function listEvidence(
  dataDir: string,
  rows: { sha256: string; media_type: StoredMediaType }[],
): Promise<{ files: EvidenceEntry[]; missing: string[] }> {
  const files: EvidenceEntry[] = [];
  const missing: string[] = [];
  for (const row of rows) {
    const abs = evidencePath(dataDir, row.sha256, row.media_type);
    const path = relative(dataDir, abs).split(sep).join('/');
    if ((await storedSize(abs)) === null) {
      missing.push(path);
      continue;
    }
    const digest = await hashFile(abs);
    files.push({ path, sha256: digest.sha256, size: digest.bytes });
  }
  return { files, missing };
}
