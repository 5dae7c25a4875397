import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { PassThrough, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export interface Digest {
  sha256: string;
  bytes: number;
}

/** A pass-through that hashes and counts what flows by; `digest()` once the stream has ended. */
export function hashing(): Transform & { digest(): Digest } {
  const hash = createHash('sha256');
  let bytes = 0;
  let done: Digest | undefined;
  const t = new Transform({
    transform(chunk: Buffer, _enc, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  }) as Transform & { digest(): Digest };
  t.digest = () => (done ??= { sha256: hash.digest('hex'), bytes });
  return t;
}

export async function hashFile(path: string): Promise<Digest> {
  const h = hashing();
  await pipeline(createReadStream(path), h, new PassThrough().resume());
  return h.digest();
}

/** A writable whose input is gzip'd into `path`; `done` tells the file's hash and size. */
export function gzipFile(path: string): { input: Writable; done: Promise<Digest> } {
  const gzip = createGzip({ level: 6 });
  const h = hashing();
  const done = pipeline(gzip, h, createWriteStream(path)).then(() => h.digest());
  // The caller awaits `done`; an early failure must not also surface as an unhandled rejection.
  done.catch(() => undefined);
  return { input: gzip, done };
}
