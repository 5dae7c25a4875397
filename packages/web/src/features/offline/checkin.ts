/**
 * Selfie check-ins in the outbox (docs/sync-protocol.md "Check-ins"): queued like journal changes
 * (IndexedDB, shown in the same "menunggu dikirim" list, retried with the engine's backoff), sent
 * one by one through POST /attendance/selfie/checkins after their photo. The check-in's own id makes
 * a resend store nothing twice; the phone's time of the photo is kept as the claimed time and the
 * phone's clock at sending lets the server measure the skew.
 */
import type { CheckinBody } from '@kinerja/core/api';
import { ApiError } from '../../api/client';
import { sendCheckin } from '../../api/selfie';
import { addItem, getItem } from './outbox';
import type { CheckinItem, FileRef, ItemResult } from './types';

export type QueuedCheckin = Omit<CheckinBody, 'deviceNow'>;

/** Puts a check-in in the outbox (its photo already in the blob store). A second call with the same check-in id adds nothing. */
export async function queueCheckin(checkin: QueuedCheckin, photo: FileRef): Promise<CheckinItem> {
  const itemId = checkinItemId(checkin.id);
  const old = await getItem(itemId);
  if (old?.kind === 'attendance.checkin') return old;
  const item: CheckinItem = { kind: 'attendance.checkin', itemId, deviceTime: checkin.deviceTime, state: 'waiting', attempts: 0, checkin, files: [photo] };
  await addItem(item);
  return item;
}

/**
 * The outbox key of a check-in: the check-in id itself (a UUIDv7 made when the photo was taken, so the
 * outbox's creation order holds), so the same check-in is never queued twice.
 */
export const checkinItemId = (checkinId: string): string => checkinId;

/**
 * Sends one check-in (its photo is on the server already). A refusal (4xx other than a sign-in or a
 * rate limit) is the item's answer; a connection failure or a 5xx is thrown and the item waits.
 */
export async function sendCheckinItem(it: CheckinItem, now: () => Date = () => new Date()): Promise<ItemResult> {
  try {
    const answer = await sendCheckin({ ...it.checkin, deviceNow: now().toISOString() });
    return { itemId: it.itemId, status: 'applied', checkin: answer };
  } catch (err) {
    if (err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429 && err.code !== 'UNAUTHENTICATED' && err.code !== 'NETWORK')
      return { itemId: it.itemId, status: 'rejected', code: err.code, message: err.message, details: err.details };
    throw err;
  }
}

const LEGACY_KEY = 'kinerja.selfie.queue';

/**
 * Check-ins an older version of the app left in its own queue (localStorage) move into the outbox
 * once, with their photos (already in the blob store). Returns how many moved.
 */
export async function adoptLegacyCheckins(storage: Pick<Storage, 'getItem' | 'removeItem'> = localStorage): Promise<number> {
  let old: QueuedCheckin[];
  try {
    old = JSON.parse(storage.getItem(LEGACY_KEY) ?? '[]') as QueuedCheckin[];
  } catch {
    old = [];
  }
  if (!Array.isArray(old) || old.length === 0) return 0;
  for (const c of old) await queueCheckin(c, { sha256: c.photoSha256, fileName: `swafoto-${c.id}.jpg`, mediaType: 'image/jpeg' });
  storage.removeItem(LEGACY_KEY);
  return old.length;
}
