import exifReader from 'exif-reader';

/** EXIF dates outside these years are camera defaults ("0000:00:00", "1970:01:01"), not capture times. */
const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2100;

/**
 * When the photo was taken, from the EXIF of the uploaded file (sharp's `metadata().exif`).
 *
 * EXIF DateTimeOriginal is the camera's wall clock without a zone. exif-reader returns it as if it
 * were UTC, which would move an evening photo in WIB to the next day. Phones since ~2018 also write
 * OffsetTimeOriginal ("+07:00"); when present it decides, otherwise the wall clock is read in the
 * uploader's agency time zone (the photo was almost always taken where the employee works).
 * Unreadable or absent EXIF gives null: a missing date is not a reason to refuse the photo.
 */
export function capturedAtFromExif(exif: Buffer, timeZone: string): Date | null {
  let photo: ReturnType<typeof exifReader>['Photo'];
  try {
    photo = exifReader(exif).Photo;
  } catch {
    return null;
  }
  const wall = photo?.DateTimeOriginal ?? photo?.DateTimeDigitized;
  if (!(wall instanceof Date) || Number.isNaN(wall.getTime())) return null;
  const year = wall.getUTCFullYear();
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  const offset = parseOffset(photo?.OffsetTimeOriginal ?? photo?.OffsetTimeDigitized);
  return offset !== null ? new Date(wall.getTime() - offset) : wallClockIn(wall, timeZone);
}

/** "+07:00" → milliseconds east of UTC; anything else → null. */
export function parseOffset(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^([+-])(\d{2}):(\d{2})/.exec(value.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (minutes > 14 * 60) return null;
  return (m[1] === '-' ? -1 : 1) * minutes * 60_000;
}

/**
 * The instant at which a zone's clocks showed `wall` (given with the wall clock in its UTC fields).
 * Indonesia has no daylight saving; the second pass only matters for zones that do.
 */
export function wallClockIn(wall: Date, timeZone: string): Date {
  const first = wall.getTime() - offsetAt(wall, timeZone);
  const second = wall.getTime() - offsetAt(new Date(first), timeZone);
  return new Date(second);
}

function offsetAt(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
