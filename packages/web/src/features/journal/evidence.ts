/**
 * Evidence files on the device: photos are shrunk before upload (a 12 MP phone photo is 3–5 MB; the
 * server keeps 1280 px anyway), PDFs go as they are. The upload is named by the SHA-256 of exactly
 * the bytes sent.
 */
// The server's upload limit and stored size: a larger photo would be refused or shrunk there anyway.
import { EVIDENCE_MAX_BYTES, EVIDENCE_STORED_LONG_SIDE } from '@kinerja/core/api/limits';

const JPEG_QUALITY = 0.8;

export type PrepareProblem = 'tooBig' | 'unsupported' | 'unreadable';

export class PrepareError extends Error {
  constructor(readonly problem: PrepareProblem) {
    super(problem);
    this.name = 'PrepareError';
  }
}

export interface PreparedFile {
  body: Blob;
  mediaType: 'image/jpeg' | 'application/pdf';
  fileName: string;
  sha256: string;
}

export function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

/** Shrinks a photo or checks a PDF, then hashes the bytes to send. */
export async function prepareEvidence(file: File): Promise<PreparedFile> {
  if (isPdf(file)) {
    if (file.size > EVIDENCE_MAX_BYTES) throw new PrepareError('tooBig');
    return { body: file, mediaType: 'application/pdf', fileName: file.name, sha256: await sha256Hex(file) };
  }
  if (file.type && !file.type.startsWith('image/')) throw new PrepareError('unsupported');
  let body: Blob = await shrinkPhoto(file);
  // The capture time (EXIF DateTimeOriginal) is what lets a supervisor see when the photo was taken;
  // re-encoding through a canvas drops all metadata, so carry that one date (not GPS) over.
  const date = await readExifDate(file).catch(() => null);
  if (date) body = await withExifDate(body, date);
  if (body.size > EVIDENCE_MAX_BYTES) throw new PrepareError('tooBig');
  const fileName = file.name.replace(/\.[^.]*$/, '') + '.jpg';
  return { body, mediaType: 'image/jpeg', fileName, sha256: await sha256Hex(body) };
}

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close(): void }> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } catch {
      // Fall through to an <img>: some browsers refuse the options object or a format.
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) };
  } catch {
    URL.revokeObjectURL(url);
    throw new PrepareError('unreadable');
  }
}

/** Decodes (upright, per EXIF orientation), scales the long side to ≤ 1280 px and encodes JPEG ~0.8. */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  const img = await decode(file);
  try {
    const scale = Math.min(1, EVIDENCE_STORED_LONG_SIDE / Math.max(img.width, img.height));
    const w = Math.max(1, Math.round(img.width * scale));
    const h = Math.max(1, Math.round(img.height * scale));
    if (typeof OffscreenCanvas === 'function') {
      const canvas = new OffscreenCanvas(w, h);
      const g = canvas.getContext('2d');
      if (g) {
        paint(g, img.source, w, h);
        return await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
      }
    }
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const g = canvas.getContext('2d');
    if (!g) throw new PrepareError('unreadable');
    paint(g, img.source, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
    if (!blob) throw new PrepareError('unreadable');
    return blob;
  } finally {
    img.close();
  }
}

function paint(g: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D, source: CanvasImageSource, w: number, h: number): void {
  // JPEG has no transparency: a PNG screenshot's transparent parts become white, not black.
  g.fillStyle = '#fff';
  g.fillRect(0, 0, w, h);
  g.imageSmoothingEnabled = true;
  g.imageSmoothingQuality = 'high';
  g.drawImage(source, 0, 0, w, h);
}

// ---------- SHA-256 ----------

/** Lowercase hex SHA-256 of the bytes. WebCrypto where there is one (it needs HTTPS or localhost). */
export async function sha256Hex(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const subtle = globalThis.crypto?.subtle;
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : sha256Fallback(bytes);
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** Plain SHA-256 for a page served over plain HTTP (an office intranet), where crypto.subtle is missing. */
export function sha256Fallback(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array((((data.length + 9 + 63) >> 6) << 6));
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const H = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const W = new Uint32Array(64);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) W[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = W[i - 15]!;
      const b = W[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = H as unknown as number[];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e! >>> 6) | (e! << 26)) ^ ((e! >>> 11) | (e! << 21)) ^ ((e! >>> 25) | (e! << 7));
      const ch = (e! & f!) ^ (~e! & g!);
      const t1 = (h! + S1 + ch + K[i]! + W[i]!) >>> 0;
      const S0 = ((a! >>> 2) | (a! << 30)) ^ ((a! >>> 13) | (a! << 19)) ^ ((a! >>> 22) | (a! << 10));
      const maj = (a! & b!) ^ (a! & c!) ^ (b! & c!);
      const t2 = (S0 + maj) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d! + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    H[0] = (H[0]! + a!) >>> 0;
    H[1] = (H[1]! + b!) >>> 0;
    H[2] = (H[2]! + c!) >>> 0;
    H[3] = (H[3]! + d!) >>> 0;
    H[4] = (H[4]! + e!) >>> 0;
    H[5] = (H[5]! + f!) >>> 0;
    H[6] = (H[6]! + g!) >>> 0;
    H[7] = (H[7]! + h!) >>> 0;
  }
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  H.forEach((v, i) => ov.setUint32(i * 4, v));
  return out;
}

// ---------- EXIF capture date ----------

export interface ExifDate {
  /** "YYYY:MM:DD HH:MM:SS" as the camera wrote it. */
  dateTime: string;
  /** "+07:00" when the phone wrote it. */
  offset?: string;
}

const TAG_EXIF_IFD = 0x8769;
const TAG_DATETIME_ORIGINAL = 0x9003;
const TAG_DATETIME_DIGITIZED = 0x9004;
const TAG_OFFSET_ORIGINAL = 0x9011;

/** DateTimeOriginal (or Digitized) and its offset from a JPEG's EXIF, or null. Reads the first 128 KB only. */
export async function readExifDate(file: Blob): Promise<ExifDate | null> {
  const bytes = new Uint8Array(await file.slice(0, 128 * 1024).arrayBuffer());
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let p = 2;
  while (p + 4 <= bytes.length && bytes[p] === 0xff) {
    const marker = bytes[p + 1]!;
    const len = (bytes[p + 2]! << 8) | bytes[p + 3]!;
    if (marker === 0xda || marker === 0xd9) return null; // image data: no EXIF before it
    if (marker === 0xe1 && len > 8 && String.fromCharCode(...bytes.subarray(p + 4, p + 8)) === 'Exif') {
      return parseTiffDate(bytes.subarray(p + 10, Math.min(bytes.length, p + 2 + len)));
    }
    p += 2 + len;
  }
  return null;
}

function parseTiffDate(tiff: Uint8Array): ExifDate | null {
  if (tiff.length < 8) return null;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49; // "II"
  const u16 = (o: number) => view.getUint16(o, little);
  const u32 = (o: number) => view.getUint32(o, little);
  const entries = (ifd: number): Map<number, { type: number; count: number; at: number }> => {
    const m = new Map<number, { type: number; count: number; at: number }>();
    if (ifd + 2 > tiff.length) return m;
    const n = u16(ifd);
    for (let i = 0; i < n; i++) {
      const e = ifd + 2 + i * 12;
      if (e + 12 > tiff.length) break;
      m.set(u16(e), { type: u16(e + 2), count: u32(e + 4), at: e + 8 });
    }
    return m;
  };
  const ascii = (x: { type: number; count: number; at: number } | undefined): string | undefined => {
    if (!x || x.type !== 2) return undefined;
    const start = x.count > 4 ? u32(x.at) : x.at;
    if (start + x.count > tiff.length) return undefined;
    return String.fromCharCode(...tiff.subarray(start, start + x.count)).replace(/\0.*$/s, '').trim();
  };
  const pointer = entries(u32(4)).get(TAG_EXIF_IFD);
  if (!pointer) return null;
  const exif = entries(u32(pointer.at));
  const dateTime = ascii(exif.get(TAG_DATETIME_ORIGINAL)) ?? ascii(exif.get(TAG_DATETIME_DIGITIZED));
  if (!dateTime || !/^\d{4}:\d{2}:\d{2} \d{2}:\d{2}:\d{2}$/.test(dateTime)) return null;
  const offset = ascii(exif.get(TAG_OFFSET_ORIGINAL));
  return offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? { dateTime, offset } : { dateTime };
}

/** A minimal EXIF block (little-endian TIFF) holding DateTimeOriginal and, if known, OffsetTimeOriginal. */
export function exifSegment(date: ExifDate): Uint8Array {
  const tags: [number, string][] = [[TAG_DATETIME_ORIGINAL, date.dateTime]];
  if (date.offset) tags.push([TAG_OFFSET_ORIGINAL, date.offset]);
  const exifIfd = 8 + 2 + 12 + 4; // after the header and IFD0 (one entry)
  let data = exifIfd + 2 + tags.length * 12 + 4;
  const values = tags.map(([, s]) => new TextEncoder().encode(`${s}\0`));
  const tiffLength = data + values.reduce((n, v) => n + v.length, 0);
  const tiff = new Uint8Array(tiffLength);
  const v = new DataView(tiff.buffer);
  tiff.set([0x49, 0x49, 0x2a, 0x00]);
  v.setUint32(4, 8, true);
  v.setUint16(8, 1, true);
  v.setUint16(10, TAG_EXIF_IFD, true);
  v.setUint16(12, 4, true); // LONG
  v.setUint32(14, 1, true);
  v.setUint32(18, exifIfd, true);
  v.setUint32(22, 0, true);
  v.setUint16(exifIfd, tags.length, true);
  tags.forEach(([tag], i) => {
    const e = exifIfd + 2 + i * 12;
    const bytes = values[i]!;
    v.setUint16(e, tag, true);
    v.setUint16(e + 2, 2, true); // ASCII
    v.setUint32(e + 4, bytes.length, true);
    if (bytes.length <= 4) tiff.set(bytes, e + 8);
    else {
      v.setUint32(e + 8, data, true);
      tiff.set(bytes, data);
      data += bytes.length;
    }
  });
  v.setUint32(exifIfd + 2 + tags.length * 12, 0, true);
  const segment = new Uint8Array(4 + 6 + tiff.length);
  segment.set([0xff, 0xe1, (segment.length - 2) >> 8, (segment.length - 2) & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  segment.set(tiff, 10);
  return segment;
}

/** The JPEG with an EXIF date block after its SOI (and JFIF APP0, if any). */
export async function withExifDate(jpeg: Blob, date: ExifDate): Promise<Blob> {
  const head = new Uint8Array(await jpeg.slice(0, 64).arrayBuffer());
  if (head[0] !== 0xff || head[1] !== 0xd8) return jpeg;
  let at = 2;
  if (head[2] === 0xff && head[3] === 0xe0) at = 4 + ((head[4]! << 8) | head[5]!);
  return new Blob([jpeg.slice(0, at), exifSegment(date) as BlobPart, jpeg.slice(at)], { type: 'image/jpeg' });
}
