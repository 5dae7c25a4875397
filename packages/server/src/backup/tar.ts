import { once } from 'node:events';
import * as tar from 'tar-stream';

/** One entry being read from an archive: its header, then its bytes. */
export type TarEntry = AsyncIterable<Buffer> & { header: tar.Header };

/** Adds one file entry of a known size, streamed chunk by chunk with back-pressure. */
export async function addEntry(pack: tar.Pack, name: string, size: number, source: AsyncIterable<Buffer> | Buffer): Promise<void> {
  const header = { name, size, mode: 0o644, mtime: new Date() };
  if (Buffer.isBuffer(source)) {
    await new Promise<void>((resolve, reject) => pack.entry(header, source, (err) => (err ? reject(err) : resolve())));
    return;
  }
  let entry!: ReturnType<tar.Pack['entry']>;
  const written = new Promise<void>((resolve, reject) => {
    entry = pack.entry(header, (err) => (err ? reject(err) : resolve()));
  });
  written.catch(() => undefined);
  for await (const chunk of source) {
    if (!entry.write(chunk)) await Promise.race([once(entry, 'drain'), written]);
  }
  entry.end(undefined);
  await written;
}

export function createPack(): tar.Pack {
  return tar.pack();
}

export function createExtract(): tar.Extract {
  return tar.extract();
}

export function entriesOf(extract: tar.Extract): AsyncIterator<TarEntry> {
  return extract[Symbol.asyncIterator]() as AsyncIterator<TarEntry>;
}
