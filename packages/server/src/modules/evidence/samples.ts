import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Exif } from 'sharp';

/** Sample files for the tests and the benchmark, made on the spot so the repository holds no binaries. */

export interface PhotoOptions {
  width: number;
  height: number;
  exif?: Exif;
  /** EXIF orientation, as a phone held upright writes 6 for a landscape sensor. */
  orientation?: number;
  /** Per-pixel noise (like a camera sensor's) makes the file as large as a real photo's. */
  noise?: boolean;
  format?: 'jpeg' | 'png' | 'webp';
  quality?: number;
  seedColour?: string;
}

export async function samplePhoto(o: PhotoOptions): Promise<Buffer> {
  let img = sharp({
    create: {
      width: o.width,
      height: o.height,
      channels: 3,
      background: o.seedColour ?? '#6a8caf',
      ...(o.noise ? { noise: { type: 'gaussian' as const, mean: 128, sigma: 40 } } : {}),
    },
    limitInputPixels: false,
  });
  if (o.format === 'png') img = img.png();
  else if (o.format === 'webp') img = img.webp({ quality: o.quality ?? 85 });
  else img = img.jpeg({ quality: o.quality ?? 90 });
  if (o.exif) img = img.withExif(o.exif);
  if (o.orientation) img = img.withMetadata({ orientation: o.orientation });
  return img.toBuffer();
}

/** A small but well-formed one-page PDF. */
export function samplePdf(text = 'Surat Tugas'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length + 30} >>\nstream\nBT /F1 24 Tf 72 720 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * A decompression bomb: a valid black-and-white PNG whose header claims width × height pixels,
 * all zero, so it compresses to a few tens of kilobytes (20000 × 20000: 400 MP from ~50 KB).
 */
export function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([len, typeAndData, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(width / 8); // filter byte + packed pixels
  const pixels = deflateSync(Buffer.alloc(rowBytes * height), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
