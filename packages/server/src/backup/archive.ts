import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { buffer } from 'node:stream/consumers';
import { BackupEncryptionError, createDecryptStream, ENCRYPTED_MAGIC } from './encryption.js';
import { MANIFEST_ENTRY, parseManifest, type Manifest } from './manifest.js';
import { MESSAGES } from './messages.js';
import { createExtract, entriesOf, type TarEntry } from './tar.js';

export interface OpenArchive {
  manifest: Manifest;
  /** The entries after the manifest, in archive order; each must be read to its end before the next. */
  entries: AsyncIterator<TarEntry>;
  close(): void;
}

/**
 * Opens a backup and reads its first entry, the manifest; the rest is read as it is consumed. With a
 * key the file must be encrypted and is decrypted chunk by chunk, each chunk verified before the tar
 * reader sees it; without one it must be plain.
 */
export async function openArchive(file: string, key?: Buffer): Promise<OpenArchive> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new Error(MESSAGES.archiveNotFound(file));
  const encrypted = await isEncryptedBackup(file);
  // A plain archive is refused when a key is given: it could be a forgery put in the encrypted one's place.
  if (key && !encrypted) throw new Error(MESSAGES.notEncrypted(file));
  if (!key && encrypted) throw new Error(MESSAGES.keyNeeded(file));
  const source = createReadStream(file);
  const extract = createExtract();
  const decrypt = key ? createDecryptStream(key) : undefined;
  source.on('error', (err) => extract.destroy(err));
  if (decrypt) {
    decrypt.on('error', (err) => extract.destroy(err));
    source.pipe(decrypt).pipe(extract);
  } else {
    source.pipe(extract);
  }
  const entries = entriesOf(extract);
  const close = () => {
    source.destroy();
    decrypt?.destroy();
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
    if (error instanceof BackupEncryptionError) throw error;
    throw new Error(MESSAGES.corruptArchive(error instanceof Error ? error.message : String(error)));
  }
}

export async function isEncryptedBackup(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const start = Buffer.alloc(ENCRYPTED_MAGIC.length);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return bytesRead === start.length && start.equals(ENCRYPTED_MAGIC);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a whole encrypted backup and checks every chunk, writing nothing: restore runs it first, so a
 * wrong key, a changed byte or a cut-off file is refused before the target is touched.
 */
export async function verifyEncryptedBackup(file: string, key: Buffer): Promise<void> {
  const discard = new Writable({ write: (_chunk, _enc, done) => done() });
  await pipeline(createReadStream(file), createDecryptStream(key), discard);
}
