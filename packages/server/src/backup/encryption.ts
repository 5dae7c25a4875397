import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Encrypted backups: the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015) over
 * AES-256-GCM, from Node's own crypto. The plaintext (the tar archive) is cut into chunks of
 * `chunkSize` bytes, each sealed on its own with a nonce of (random prefix, chunk counter, last-chunk
 * flag) and the file's header as associated data. A reader checks each chunk's tag before it lets the
 * chunk's plaintext out, so a flipped byte is found in the chunk that holds it (not only at the end of a
 * multi-GB file), a reordered or dropped chunk fails its counter, and a file cut short fails for want of
 * a chunk sealed as the last. One GCM tag over the whole file would verify nothing until the end.
 *
 * File layout (docs/operations.md, "Encrypted backups"):
 *   header, 43 bytes: magic "KNJBAK\0\1" (8) | chunk size, uint32 big-endian (4) | key id (8) | salt (16) | nonce prefix (7)
 *   chunks: ciphertext (chunk size bytes; the last one 0..chunk size) | GCM tag (16), the last one always present
 * The AES key of the file is HKDF-SHA256(key file's 32 bytes, salt, "kinerja backup v1"), so no two
 * files share a key even if their random nonce prefixes did. The key id, the first 8 bytes of
 * SHA-256("kinerja backup key id" | key), tells a wrong key apart from a damaged file.
 */

export const ENCRYPTED_MAGIC = Buffer.from('KNJBAK\x00\x01', 'latin1');
export const DEFAULT_CHUNK_SIZE = 64 * 1024;
const HEADER_SIZE = 43;
const TAG_SIZE = 16;
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;
const MAX_CHUNKS = 2 ** 32;

export class BackupEncryptionError extends Error {}

export const ENCRYPTION_MESSAGES = {
  wrongKey: 'Kunci salah: cadangan ini dienkripsi dengan kunci lain (id kunci tidak cocok). Tidak ada yang dipulihkan.',
  notEncrypted: 'Berkas ini bukan cadangan terenkripsi Kinerja (tanda pengenal di awal berkas tidak ada).',
  damaged: (chunk: number) => `Cadangan terenkripsi rusak atau diubah: bagian ke-${chunk + 1} gagal diverifikasi (tag GCM tidak cocok). Tidak ada isi bagian itu yang dipakai.`,
  truncated: 'Cadangan terenkripsi terpotong: bagian terakhirnya tidak ada.',
  badHeader: 'Kepala cadangan terenkripsi tidak sah.',
  tooLong: 'Cadangan terlalu besar untuk satu berkas terenkripsi.',
} as const;

export function keyId(key: Buffer): Buffer {
  return createHash('sha256').update('kinerja backup key id').update(key).digest().subarray(0, 8);
}

function fileKey(key: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, 'kinerja backup v1', 32));
}

function nonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(counter, 7);
  n[11] = last ? 1 : 0;
  return n;
}

/** Keeps written buffers until `n` bytes can be taken at once (no copy per small write). */
class ByteQueue {
  private parts: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.parts.push(b);
    this.length += b.length;
  }
  take(n: number): Buffer {
    const all = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.length);
    const taken = all.subarray(0, n);
    const rest = all.subarray(n);
    this.parts = rest.length ? [rest] : [];
    this.length = rest.length;
    return taken;
  }
}

/** Encrypts a stream with a 32-byte key (`readBackupKey`). */
export function createEncryptStream(key: Buffer, chunkSize = DEFAULT_CHUNK_SIZE): Transform {
  checkKey(key);
  const salt = randomBytes(16);
  const prefix = randomBytes(7);
  const header = Buffer.alloc(HEADER_SIZE);
  ENCRYPTED_MAGIC.copy(header, 0);
  header.writeUInt32BE(chunkSize, 8);
  keyId(key).copy(header, 12);
  salt.copy(header, 20);
  prefix.copy(header, 36);
  const aes = fileKey(key, salt);
  const pending = new ByteQueue();
  let counter = 0;
  let started = false;

  const seal = (plain: Buffer, last: boolean): Buffer => {
    if (counter >= MAX_CHUNKS) throw new BackupEncryptionError(ENCRYPTION_MESSAGES.tooLong);
    const cipher = createCipheriv('aes-256-gcm', aes, nonce(prefix, counter, last));
    cipher.setAAD(header);
    counter += 1;
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  const start = (t: Transform) => {
    if (!started) t.push(header);
    started = true;
  };

  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      try {
        start(this);
        pending.push(chunk);
        // A full chunk goes out only when more follows: the last chunk must be sealed as the last.
        while (pending.length > chunkSize) this.push(seal(pending.take(chunkSize), false));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        start(this);
        this.push(seal(pending.take(pending.length), true));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/** Decrypts what createEncryptStream wrote; each chunk's plaintext is let out only once its tag verified. */
export function createDecryptStream(key: Buffer): Transform {
  checkKey(key);
  const pending = new ByteQueue();
  let header: Buffer | undefined;
  let aes: Buffer | undefined;
  let prefix: Buffer | undefined;
  let record = 0;
  let counter = 0;

  const open = (sealed: Buffer, last: boolean): Buffer => {
    const decipher = createDecipheriv('aes-256-gcm', aes!, nonce(prefix!, counter, last));
    decipher.setAAD(header!);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
    try {
      const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE)), decipher.final()]);
      counter += 1;
      return plain;
    } catch {
      throw new BackupEncryptionError(ENCRYPTION_MESSAGES.damaged(counter));
    }
  };
  const readHeader = () => {
    const h = pending.take(HEADER_SIZE);
    if (!h.subarray(0, 8).equals(ENCRYPTED_MAGIC)) throw new BackupEncryptionError(ENCRYPTION_MESSAGES.notEncrypted);
    const size = h.readUInt32BE(8);
    if (size < 1 || size > MAX_CHUNK_SIZE) throw new BackupEncryptionError(ENCRYPTION_MESSAGES.badHeader);
    if (!h.subarray(12, 20).equals(keyId(key))) throw new BackupEncryptionError(ENCRYPTION_MESSAGES.wrongKey);
    header = h;
    aes = fileKey(key, h.subarray(20, 36));
    prefix = h.subarray(36, 43);
    record = size + TAG_SIZE;
  };

  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      try {
        pending.push(chunk);
        if (!header && pending.length >= HEADER_SIZE) readHeader();
        // A whole record followed by more bytes cannot be the last one.
        while (header && pending.length > record) this.push(open(pending.take(record), false));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        if (!header) {
          const start = pending.take(pending.length);
          const n = Math.min(8, start.length);
          const looksEncrypted = n > 0 && ENCRYPTED_MAGIC.subarray(0, n).equals(start.subarray(0, n));
          throw new BackupEncryptionError(looksEncrypted ? ENCRYPTION_MESSAGES.truncated : ENCRYPTION_MESSAGES.notEncrypted);
        }
        if (pending.length < TAG_SIZE) throw new BackupEncryptionError(ENCRYPTION_MESSAGES.truncated);
        this.push(open(pending.take(pending.length), true));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new BackupEncryptionError('Kunci cadangan harus 32 bita.');
}
