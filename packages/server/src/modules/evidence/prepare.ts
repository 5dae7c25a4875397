import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../http/errors.js';
import { MESSAGES } from './messages.js';
import { assertPdf } from './pdf.js';
import { reencodePhoto } from './photo.js';
import type { StoredMediaType } from './storage.js';

export interface PreparedEvidence {
  data: Buffer;
  mediaType: StoredMediaType;
  width: number | null;
  height: number | null;
  capturedAt: Date | null;
}

/** Photo formats a phone or browser produces; APNG is a PNG whose first frame is kept. */
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/apng', 'image/webp']);

/**
 * Decides what the file is from its bytes alone: the name and the Content-Type come from the client
 * and are easy to get wrong (or to fake). Then makes the copy that will be stored.
 */
export async function prepareEvidence(bytes: Buffer, timeZone: string): Promise<PreparedEvidence> {
  const type = await fileTypeFromBuffer(bytes);
  if (type && PHOTO_TYPES.has(type.mime)) {
    const photo = await reencodePhoto(bytes, timeZone);
    return { ...photo, mediaType: 'image/jpeg' };
  }
  if (type?.mime === 'application/pdf') {
    assertPdf(bytes);
    return { data: bytes, mediaType: 'application/pdf', width: null, height: null, capturedAt: null };
  }
  const heic = type?.mime === 'image/heic' || type?.mime === 'image/heif';
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', heic ? MESSAGES.heic : MESSAGES.unsupported);
}
