import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { capturedAtFromExif, parseOffset, wallClockIn } from './captured-at.js';

async function exifOf(photo: Record<string, string>): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).jpeg().withExif({ IFD2: photo }).toBuffer();
  return (await sharp(jpeg).metadata()).exif!;
}

describe('capturedAtFromExif', () => {
  it('reads a zone-less wall clock in the agency’s zone (WIB, WITA, WIT)', async () => {
    const exif = await exifOf({ DateTimeOriginal: '2026:11:20 21:30:00' });
    expect(capturedAtFromExif(exif, 'Asia/Jakarta')?.toISOString()).toBe('2026-11-20T14:30:00.000Z');
    expect(capturedAtFromExif(exif, 'Asia/Makassar')?.toISOString()).toBe('2026-11-20T13:30:00.000Z');
    expect(capturedAtFromExif(exif, 'Asia/Jayapura')?.toISOString()).toBe('2026-11-20T12:30:00.000Z');
  });

  it('prefers the offset the phone wrote', async () => {
    const exif = await exifOf({ DateTimeOriginal: '2026:11:20 21:30:00', OffsetTimeOriginal: '+09:00' });
    expect(capturedAtFromExif(exif, 'Asia/Jakarta')?.toISOString()).toBe('2026-11-20T12:30:00.000Z');
  });

  it('ignores camera defaults and unreadable EXIF', async () => {
    expect(capturedAtFromExif(await exifOf({ DateTimeOriginal: '0000:00:00 00:00:00' }), 'Asia/Jakarta')).toBeNull();
    expect(capturedAtFromExif(await exifOf({ DateTimeOriginal: '1970:01:01 00:00:00' }), 'Asia/Jakarta')).toBeNull();
    expect(capturedAtFromExif(await exifOf({ UserComment: 'tanpa tanggal' }), 'Asia/Jakarta')).toBeNull();
    expect(capturedAtFromExif(Buffer.from('Exif\0\0garbage'), 'Asia/Jakarta')).toBeNull();
  });
});

describe('parseOffset and wallClockIn', () => {
  it('parses EXIF offsets', () => {
    expect(parseOffset('+07:00')).toBe(7 * 3600_000);
    expect(parseOffset('-03:30')).toBe(-3.5 * 3600_000);
    expect(parseOffset('   :  ')).toBeNull();
    expect(parseOffset('+25:00')).toBeNull();
    expect(parseOffset(7)).toBeNull();
  });

  it('handles a zone with daylight saving on both sides of the change', () => {
    expect(wallClockIn(new Date('2026-01-15T12:00:00Z'), 'Europe/Amsterdam').toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(wallClockIn(new Date('2026-07-15T12:00:00Z'), 'Europe/Amsterdam').toISOString()).toBe('2026-07-15T10:00:00.000Z');
  });
});
