import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../http/errors.js';
import { capturedAtFromExif } from './captured-at.js';
import { EVIDENCE_MAX_PIXELS, STORED_JPEG_QUALITY, STORED_LONG_SIDE } from './limits.js';
import { MESSAGES } from './messages.js';

export interface StoredPhoto {
  data: Buffer;
  width: number;
  height: number;
  capturedAt: Date | null;
}

/**
 * Turns an uploaded photo into what is kept: an upright JPEG whose long side is at most 1280 px,
 * with every piece of metadata removed (phones put the GPS position of the employee's home in EXIF).
 * This is what stops photos from filling the disk: a 4 MB phone photo becomes a few hundred KB.
 */
export async function reencodePhoto(bytes: Buffer, timeZone: string): Promise<StoredPhoto> {
  let meta: Metadata;
  try {
    // Reads only the header: cheap, and tells the size before anything is decoded. No pixel limit
    // here, so that an oversized photo gets the message below rather than "broken".
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', MESSAGES.brokenPhoto);
  }
  if (!meta.width || !meta.height) throw new AppError('UNSUPPORTED_MEDIA_TYPE', MESSAGES.brokenPhoto);
  if (meta.width * meta.height > EVIDENCE_MAX_PIXELS) {
    throw new AppError('PAYLOAD_TOO_LARGE', MESSAGES.tooManyPixels(Math.round((meta.width * meta.height) / 1e6)));
  }
  // Read before re-encoding, which drops the EXIF.
  const capturedAt = meta.exif ? capturedAtFromExif(meta.exif, timeZone) : null;

  try {
    const { data, info } = await sharp(bytes, {
      autoOrient: true,
      // Also enforced by sharp itself, in case the header check above is ever bypassed.
      limitInputPixels: EVIDENCE_MAX_PIXELS,
      // Refuse a file cut short (a half-grey photo is no evidence) but accept the harmless warnings
      // some phone cameras produce ("extraneous bytes before marker"), which the default would refuse.
      failOn: 'truncated',
    })
      .resize({ width: STORED_LONG_SIDE, height: STORED_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      // JPEG has no transparency: a transparent screenshot becomes white, not black.
      .flatten({ background: '#ffffff' })
      // No withMetadata()/keepExif(): sharp strips EXIF, XMP, IPTC and ICC and converts to sRGB.
      .jpeg({ quality: STORED_JPEG_QUALITY, quantisationTable: 3, optimiseCoding: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, capturedAt };
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', MESSAGES.brokenPhoto);
  }
}
