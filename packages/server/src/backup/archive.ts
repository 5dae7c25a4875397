import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { MANIFEST_ENTRY, parseManifest, type Manifest } from './manifest.js';
import { MESSAGES } from './messages.js';
import { createExtract, entriesOf, type TarEntry } from './tar.js';

export interface OpenArchive {
  manifest: Manifest;
  /** The entries after the manifest, in archive order; each must be read to its end before the next. */
  entries: AsyncIterator<TarEntry>;
  close(): void;
}

/** Opens a backup and reads its first entry, the manifest; the rest is read as it is consumed. */
export async function openArchive(file: string): Promise<OpenArchive> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new Error(MESSAGES.archiveNotFound(file));
  const source = createReadStream(file);
  const extract = createExtract();
  source.on('error', (err) => extract.destroy(err));
  source.pipe(extract);
  const entries = entriesOf(extract);
  const close = () => {
    source.destroy();
    extract.destroy();
  };
  try {
    const first = await nextEntry(entries);
    if (!first || first.header.name !== MANIFEST_ENTRY) throw new Error(MESSAGES.notArchive(file));
    const manifest = parseManifest((await buffer(first)).toString('utf8'));
    return { manifest, entries, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** The next entry, or null at the end; a broken tar stream is told as a damaged archive. */
export async function nextEntry(entries: AsyncIterator<TarEntry>): Promise<TarEntry | null> {
  try {
    const r = await entries.next();
    return r.done ? null : r.value;
  } catch (error) {
    throw new Error(MESSAGES.corruptArchive(error instanceof Error ? error.message : String(error)));
  }
}
