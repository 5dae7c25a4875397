import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupEncryptionError, createDecryptStream, createEncryptStream, ENCRYPTION_MESSAGES } from './encryption.js';
import { parseBackupKey, readBackupKey, writeBackupKey } from './key-file.js';

const CHUNK = 64;
const HEADER = 43;
const RECORD = CHUNK + 16;
const key = randomBytes(32);

async function encrypt(plain: Buffer, k = key): Promise<Buffer> {
  const out: Buffer[] = [];
  // Written in uneven pieces, as a tar stream writes.
  const pieces = [];
  for (let at = 0; at < plain.length; at += 37) pieces.push(plain.subarray(at, at + 37));
  await pipeline(Readable.from(pieces), createEncryptStream(k, CHUNK), new Writable({ write: (c, _e, done) => (out.push(c), done()) }));
  return Buffer.concat(out);
}

/** Decrypts; returns the plaintext let out before the stream ended or failed, and the failure. */
async function decrypt(sealed: Buffer, k = key): Promise<{ plain: Buffer; error: Error | null }> {
  const out: Buffer[] = [];
  const error = await pipeline(Readable.from([sealed.subarray(0, 100), sealed.subarray(100)]), createDecryptStream(k), new Writable({ write: (c, _e, done) => (out.push(c), done()) }))
    .then(() => null)
    .catch((e: Error) => e);
  return { plain: Buffer.concat(out), error };
}

const plain = randomBytes(CHUNK * 5 + 20);

describe('encrypted backup stream (STREAM over AES-256-GCM)', () => {
  it('round-trips any length, including none and exact multiples of the chunk size', async () => {
    for (const n of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, CHUNK * 3, plain.length]) {
      const p = plain.subarray(0, n);
      const sealed = await encrypt(p);
      expect(sealed.length).toBe(HEADER + Math.max(1, Math.ceil(n / CHUNK)) * 16 + n);
      const { plain: back, error } = await decrypt(sealed);
      expect(error).toBeNull();
      expect(back.equals(p)).toBe(true);
    }
  });

  it('never writes the same ciphertext twice for the same backup', async () => {
    expect((await encrypt(plain)).equals(await encrypt(plain))).toBe(false);
  });

  it('refuses a wrong key before letting any plaintext out', async () => {
    const { plain: out, error } = await decrypt(await encrypt(plain), randomBytes(32));
    expect(error).toBeInstanceOf(BackupEncryptionError);
    expect(error!.message).toBe(ENCRYPTION_MESSAGES.wrongKey);
    expect(out.length).toBe(0);
  });

  it('refuses a flipped byte anywhere, and lets out nothing of the chunk that holds it', async () => {
    const sealed = await encrypt(plain);
    for (let at = 0; at < sealed.length; at += 1) {
      const bad = Buffer.from(sealed);
      bad[at]! ^= 0x01;
      const { plain: out, error } = await decrypt(bad);
      expect(error, `byte ${at}`).toBeInstanceOf(BackupEncryptionError);
      // Only the chunks before the damaged one were let out, and they are the original's.
      const chunk = at < HEADER ? 0 : Math.floor((at - HEADER) / RECORD);
      expect(out.length, `byte ${at}`).toBeLessThanOrEqual(chunk * CHUNK);
      expect(out.equals(plain.subarray(0, out.length))).toBe(true);
    }
  });

  it('refuses a file cut short anywhere, at a chunk boundary too', async () => {
    const sealed = await encrypt(plain);
    for (let n = 0; n < sealed.length; n += 1) {
      const { error } = await decrypt(sealed.subarray(0, n));
      expect(error, `cut at ${n}`).toBeInstanceOf(BackupEncryptionError);
    }
    expect((await decrypt(sealed.subarray(0, HEADER + 2 * RECORD))).error!.message).toBe(ENCRYPTION_MESSAGES.damaged(1));
  });

  it('refuses chunks swapped, dropped, repeated, or bytes appended', async () => {
    const sealed = await encrypt(plain);
    const head = sealed.subarray(0, HEADER);
    const rec = (i: number) => sealed.subarray(HEADER + i * RECORD, HEADER + (i + 1) * RECORD);
    const rest = sealed.subarray(HEADER + 2 * RECORD);
    const variants = {
      swapped: Buffer.concat([head, rec(1), rec(0), rest]),
      dropped: Buffer.concat([head, rec(1), rest]),
      repeated: Buffer.concat([head, rec(0), rec(0), rec(1), rest]),
      appended: Buffer.concat([sealed, Buffer.from([0])]),
      otherFilesChunk: Buffer.concat([head, (await encrypt(plain)).subarray(HEADER, HEADER + RECORD), rec(1), rest]),
    };
    for (const [name, bad] of Object.entries(variants)) expect((await decrypt(bad)).error, name).toBeInstanceOf(BackupEncryptionError);
  });

  it('tells a plain file from an encrypted one', async () => {
    expect((await decrypt(Buffer.from('manifest.json\0'.padEnd(600, '\0')))).error!.message).toBe(ENCRYPTION_MESSAGES.notEncrypted);
  });
});

describe('backup key files', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('writes 32 random bytes as hex, owner-only, and never over an existing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-key-'));
    dirs.push(dir);
    const file = join(dir, 'k');
    await writeBackupKey(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
    expect((await readBackupKey(file)).length).toBe(32);
    const before = await readFile(file);
    await expect(writeBackupKey(file)).rejects.toThrow(/sudah ada/);
    expect((await readFile(file)).equals(before)).toBe(true);
    await writeFile(join(dir, 'b64'), `${key.toString('base64')}\n`);
    expect((await readBackupKey(join(dir, 'b64'))).equals(key)).toBe(true);
  });

  it('refuses a key of the wrong size or form', () => {
    for (const text of ['', 'abc', randomBytes(16).toString('hex'), randomBytes(31).toString('base64'), `${'g'.repeat(64)}`]) {
      expect(() => parseBackupKey(text)).toThrow(BackupEncryptionError);
    }
  });
});
