import { randomBytes } from 'node:crypto';
import { chmod, open, readFile } from 'node:fs/promises';
import { BackupEncryptionError } from './encryption.js';

/**
 * A backup key file holds 32 random bytes as 64 hex digits (what `kinerja backup-key` writes) or as
 * base64 (44 characters, e.g. `openssl rand -base64 32`); surrounding whitespace is ignored.
 */
export async function readBackupKey(path: string): Promise<Buffer> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new BackupEncryptionError(`Berkas kunci ${path} tidak dapat dibaca (${error.code ?? error.message}).`);
  });
  return parseBackupKey(text, path);
}

export function parseBackupKey(text: string, path = 'kunci'): Buffer {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (/^[A-Za-z0-9+/]{43}=$/.test(t)) return Buffer.from(t, 'base64');
  throw new BackupEncryptionError(`Berkas kunci ${path} tidak sah: harus berisi 32 bita acak sebagai 64 digit heksadesimal atau base64 (buat dengan \`kinerja backup-key\`).`);
}

/** Writes a new key file readable by its owner only; never overwrites an existing file. */
export async function writeBackupKey(path: string): Promise<void> {
  const file = await open(path, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') throw new BackupEncryptionError(`Berkas ${path} sudah ada; kunci lama tidak ditimpa.`);
    throw error;
  });
  try {
    await file.writeFile(`${randomBytes(32).toString('hex')}\n`);
  } finally {
    await file.close();
  }
  await chmod(path, 0o600); // the umask can only take bits away, but say it explicitly
}
