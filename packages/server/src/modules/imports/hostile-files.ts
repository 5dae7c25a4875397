import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

/**
 * Hostile spreadsheets for the upload tests (used by *.test.ts only): a ZIP written byte by byte, so a
 * test can name an entry `../x`, lie about a size, or hold a part that inflates to a gigabyte while the
 * file itself stays about a megabyte (and the test never holds the gigabyte either).
 */
export interface ZipEntry {
  name: string;
  /** Deflated bytes and what they inflate to. */
  deflated: Buffer;
  crc: number;
  size: number;
  /** Write this uncompressed size in the headers instead of the real one. */
  declaredSize?: number;
}

export function entryOf(name: string, content: Buffer): ZipEntry {
  return { name, deflated: deflateRawSync(content), crc: crc32(content), size: content.length };
}

/** `size` bytes of one repeated byte, deflated in 1 MiB steps (the memory used is the step, not the size). */
export async function repeatedEntry(name: string, size: number, byte = 0x20): Promise<ZipEntry> {
  const step = Buffer.alloc(1024 * 1024, byte);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  for (let left = size; left > 0; ) {
    const chunk = left >= step.length ? step : step.subarray(0, left);
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
    left -= chunk.length;
  }
  deflate.end();
  await ended;
  return { name, deflated: Buffer.concat(out), crc, size };
}

export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.deflated.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    central.push(cd, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBytes, end]);
}

/** The parts of a real workbook (from exceljs), to change one and write them back with `zipOf`. */
export async function partsOf(xlsx: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async('nodebuffer'));
  return parts;
}

export const XXE_SHEET = (sheet: string) =>
  sheet.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace(/<v>[^<]*<\/v>/, '<v>&xxe;</v>');
