import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { serverKeyId, serverKeyring, type ServerKeyring } from '../../server-key.js';

/**
 * Two-factor secrets are encrypted at rest: a database dump or a backup archive alone does not give an
 * attacker anyone's authenticator. The key is a file beside the data (`KINERJA_TOTP_KEY_FILE`, default
 * `<data>/totp.key`; 32 random bytes as 64 hex digits, the format of `kinerja backup-key`), made on
 * first use when missing, mode 0600. It is not in the backup archives, which hold tables and evidence.
 *
 * Each secret is sealed with AES-256-GCM under HKDF-SHA256(key, "kinerja totp v1"), a random 12-byte
 * nonce, and the account id as associated data, so a sealed secret copied onto another account's row
 * does not open. Stored as `v1.<key id>.<nonce>.<ciphertext+tag>` (base64url); the key id (8 bytes of
 * SHA-256 of the key) tells a changed key file apart from damage, and picks the key of a rotated file
 * (src/server-key.ts: the first line seals, older lines still open until `kinerja server-key rotate`
 * has re-sealed everything with the new one).
 */
export class TotpKeyError extends Error {}

/** The current key of this file (made if missing): what seals now. Older keys of the file still open (openSecret). */
export async function totpKey(path: string): Promise<Buffer> {
  return (await totpKeyring(path)).current.key;
}

/** The file's keyring (src/server-key.ts), its errors as TotpKeyError. */
export async function totpKeyring(path: string): Promise<ServerKeyring> {
  try {
    return await serverKeyring(path);
  } catch (error) {
    throw new TotpKeyError((error as Error).message);
  }
}

/** The id of the key a sealed value was sealed with, or null when it is not in the v1 form. */
export function sealedKeyId(sealed: string): string | null {
  const [version, keyId] = sealed.split('.');
  return version === 'v1' && keyId ? keyId : null;
}

function aesKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'kinerja totp v1', 32));
}

export function sealSecret(key: Buffer, accountId: string, secret: Uint8Array): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aesKey(key), nonce);
  cipher.setAAD(Buffer.from(accountId, 'utf8'));
  const body = Buffer.concat([cipher.update(secret), cipher.final(), cipher.getAuthTag()]);
  return `v1.${serverKeyId(key)}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
}

/**
 * Opens a sealed secret with the key it names (a keyring: any of its keys; a key: that one); throws
 * TotpKeyError when no key given is the one it was sealed with, or the value was changed.
 */
export function openSecret(keys: Buffer | ServerKeyring, accountId: string, sealed: string): Uint8Array {
  const [version, keyId, nonce, body] = sealed.split('.');
  if (version !== 'v1' || !keyId || !nonce || !body) throw new TotpKeyError('Rahasia autentikator tersimpan dalam bentuk yang tidak dikenal.');
  const key = Buffer.isBuffer(keys) ? (serverKeyId(keys) === keyId ? keys : undefined) : keys.byId(keyId);
  if (!key) throw new TotpKeyError('Rahasia autentikator dienkripsi dengan kunci lain: berkas KINERJA_TOTP_KEY_FILE bukan yang dipakai saat pendaftaran.');
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
