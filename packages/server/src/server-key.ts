import { createHash, randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The server key (`KINERJA_TOTP_KEY_FILE`, default `<data>/totp.key`): what two-factor secrets are
 * sealed with (modules/auth/totp-secret.ts) and what the audit trail's retention checkpoints are signed
 * with (modules/retention). Not in the database and not in backups, so a dump alone opens nothing.
 *
 * The file holds one key per line (32 random bytes as 64 hex digits, or base64), the **first line is
 * the current key** (it seals and signs), the lines after it are older keys that still open and check
 * what was sealed or signed with them; `#` starts a comment. A file of one line (every file before key
 * rotation) is a keyring of one key. `kinerja server-key rotate` puts a new key first, re-seals every
 * secret in batches and drops the old keys once nothing needs them (docs/operations.md, "Server key").
 *
 * Each key has an id (8 bytes of SHA-256, base64url) stored beside what it sealed, so the right key is
 * found without trying them all. The file is read again whenever its size or modification time changes,
 * so a running server uses a rotated key without a restart.
 */
export class ServerKeyError extends Error {}

export interface ServerKey {
  id: string;
  key: Buffer;
}

export interface ServerKeyring {
  /** The first key of the file: what seals and signs now. */
  current: ServerKey;
  /** Every key of the file, the current one first. */
  all: readonly ServerKey[];
  byId(id: string): Buffer | undefined;
}

/** Unchanged since the first sealed secret (modules/auth/totp-secret.ts' v1 format names keys by it). */
export function serverKeyId(key: Buffer): string {
  return createHash('sha256').update('kinerja totp key id').update(key).digest().subarray(0, 8).toString('base64url');
}

const cache = new Map<string, { stamp: string; ring: Promise<ServerKeyring> }>();

/** The keyring of this file (made, with one new key, when missing); read again after the file changes. */
export async function serverKeyring(path: string): Promise<ServerKeyring> {
  let stamp = await stampOf(path);
  if (stamp === null) {
    await createKeyFile(path);
    stamp = (await stampOf(path)) ?? '';
  }
  const hit = cache.get(path);
  if (hit && hit.stamp === stamp) return hit.ring;
  const ring = readKeyText(path).then((text) => parseKeyring(path, text));
  cache.set(path, { stamp, ring });
  ring.catch(() => cache.delete(path));
  return ring;
}

/** The keyring of this file, or null when there is no file (a reader that must not make one: `audit verify`). */
export async function existingServerKeyring(path: string): Promise<ServerKeyring | null> {
  return (await stampOf(path)) === null ? null : serverKeyring(path);
}

async function stampOf(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ServerKeyError(`Berkas kunci ${path} tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}

async function readKeyText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ServerKeyError(`Berkas kunci ${path} tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}

function parseKeyring(path: string, text: string): ServerKeyring {
  const all: ServerKey[] = [];
  for (const raw of text.split('\n')) {
    const t = raw.replace(/#.*/, '').trim();
    if (t === '') continue;
    let key: Buffer;
    if (/^[0-9a-fA-F]{64}$/.test(t)) key = Buffer.from(t, 'hex');
    else if (/^[A-Za-z0-9+/]{43}=$/.test(t)) key = Buffer.from(t, 'base64');
    else throw new ServerKeyError(`Berkas kunci ${path} tidak sah: setiap baris harus berisi 32 bita acak sebagai 64 digit heksadesimal atau base64.`);
    const id = serverKeyId(key);
    if (!all.some((k) => k.id === id)) all.push({ id, key });
  }
  if (all.length === 0) throw new ServerKeyError(`Berkas kunci ${path} kosong.`);
  const byId = new Map(all.map((k) => [k.id, k.key]));
  return { current: all[0]!, all, byId: (id) => byId.get(id) };
}

/** Made once, by whichever process comes first: written aside, then linked into place (link fails if it exists). */
async function createKeyFile(path: string): Promise<void> {
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
}

/** Replaces the file's keys at once (written aside, renamed over it; mode 0600): readers see the old file or the new one. */
async function writeKeyring(path: string, keys: readonly Buffer[]): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const body = keys.map((k, i) => `${k.toString('hex')}${i === 0 ? '' : '  # older key: opens what it sealed until the re-seal is done'}\n`).join('');
  await writeFile(aside, body, { mode: 0o600, flag: 'wx' });
  await chmod(aside, 0o600);
  try {
    await rename(aside, path);
  } catch (error) {
    await rm(aside, { force: true });
    throw error;
  }
  cache.delete(path);
}

/** Puts a new random key first; the keys already there stay, to open what they sealed. */
export async function addServerKey(path: string): Promise<{ current: string; older: string[] }> {
  const ring = await serverKeyring(path);
  const fresh = randomBytes(32);
  await writeKeyring(path, [fresh, ...ring.all.map((k) => k.key)]);
  return { current: serverKeyId(fresh), older: ring.all.map((k) => k.id) };
}

/** Keeps only the current key (call once nothing is sealed or signed with the others); the ids dropped. */
export async function dropOlderServerKeys(path: string): Promise<string[]> {
  const ring = await serverKeyring(path);
  if (ring.all.length === 1) return [];
  await writeKeyring(path, [ring.current.key]);
  return ring.all.slice(1).map((k) => k.id);
}
