import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Two-factor secrets are encrypted at rest: a database dump or a backup archive alone does not give an
 * attacker anyone's authenticator. The key is a file beside the data (`KINERJA_TOTP_KEY_FILE`, default
 * `<data>/totp.key`; 32 random bytes as 64 hex digits, the format of `kinerja backup-key`), made on
 * first use when missing, mode 0600. It is not in the backup archives, which hold tables and evidence.
 *
 * Each secret is sealed with AES-256-GCM under HKDF-SHA256(key, "kinerja totp v1"), a random 12-byte
 * nonce, and the account id as associated data, so a sealed secret copied onto another account's row
 * does not open. Stored as `v1.<key id>.<nonce>.<ciphertext+tag>` (base64url); the key id (8 bytes of
 * SHA-256 of the key) tells a changed key file apart from damage.
 */
export class TotpKeyError extends Error {}

const keys = new Map<string, Promise<Buffer>>();

/** The key of this file, read once per process (made if missing). */
export function totpKey(path: string): Promise<Buffer> {
  let key = keys.get(path);
  if (!key) {
    key = readOrCreateKey(path);
    keys.set(path, key);
    key.catch(() => keys.delete(path));
  }
  return key;
}

async function readOrCreateKey(path: string): Promise<Buffer> {
  const existing = await readKeyFile(path);
  if (existing) return existing;
  // Written aside then linked into place: link fails if another process made the file meanwhile, and
  // a reader never sees a half-written key.
  await mkdir(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(aside, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(aside, 0o600);
  try {
    await link(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(aside, { force: true });
  }
  const made = await readKeyFile(path);
  if (!made) throw new TotpKeyError(`Berkas kunci ${path} tidak dapat dibuat.`);
  return made;
}

async function readKeyFile(path: string): Promise<Buffer | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new TotpKeyError(`Berkas kunci ${path} tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (/^[A-Za-z0-9+/]{43}=$/.test(t)) return Buffer.from(t, 'base64');
  throw new TotpKeyError(`Berkas kunci ${path} tidak sah: harus berisi 32 bita acak sebagai 64 digit heksadesimal atau base64.`);
}

function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('kinerja totp key id').update(key).digest().subarray(0, 8).toString('base64url');
}

function aesKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'kinerja totp v1', 32));
}

export function sealSecret(key: Buffer, accountId: string, secret: Uint8Array): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aesKey(key), nonce);
  cipher.setAAD(Buffer.from(accountId, 'utf8'));
  const body = Buffer.concat([cipher.update(secret), cipher.final(), cipher.getAuthTag()]);
  return `v1.${keyIdOf(key)}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
}

/** Opens a sealed secret; throws TotpKeyError when the key file is not the one it was sealed with, or the value was changed. */
export function openSecret(key: Buffer, accountId: string, sealed: string): Uint8Array {
  const [version, keyId, nonce, body] = sealed.split('.');
  if (version !== 'v1' || !keyId || !nonce || !body) throw new TotpKeyError('Rahasia autentikator tersimpan dalam bentuk yang tidak dikenal.');
  if (keyId !== keyIdOf(key)) throw new TotpKeyError('Rahasia autentikator dienkripsi dengan kunci lain: berkas KINERJA_TOTP_KEY_FILE bukan yang dipakai saat pendaftaran.');
  const bytes = Buffer.from(body, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', aesKey(key), Buffer.from(nonce, 'base64url'));
  decipher.setAAD(Buffer.from(accountId, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]);
  } catch {
    throw new TotpKeyError('Rahasia autentikator tersimpan rusak atau diubah (tag GCM tidak cocok).');
  }
}
