/**
 * Check-ins taken without a connection: kept on the phone (the body here, the photo in the offline
 * blob store) and sent when the connection returns, each with its own device time (when the photo was
 * taken) and the phone's clock at sending, so the server corrects for the phone's clock as it does
 * for journal items, and flags a clock beyond the agency's tolerance. The id makes a resend harmless.
 */
import type { CheckinAnswer, CheckinBody } from '../../../api/selfie';
import { sendCheckin } from '../../../api/selfie';
import { uploadFile } from '../../offline';

const KEY = 'kinerja.selfie.queue';
type Queued = Omit<CheckinBody, 'deviceNow'>;

export function queued(): Queued[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as Queued[];
  } catch {
    return [];
  }
}
function store(items: Queued[]): void {
  localStorage.setItem(KEY, JSON.stringify(items));
}
export function enqueue(item: Queued): void {
  store([...queued().filter((q) => q.id !== item.id), item]);
}

/** Uploads the photo, then sends the check-in with the phone's clock now. */
export async function sendOne(item: Queued): Promise<CheckinAnswer> {
  await uploadFile(item.photoSha256);
  const answer = await sendCheckin({ ...item, deviceNow: new Date().toISOString() });
  store(queued().filter((q) => q.id !== item.id));
  return answer;
}

/** Sends what waits, oldest first; stops at the first failure (still offline). */
export async function flush(): Promise<CheckinAnswer[]> {
  const out: CheckinAnswer[] = [];
  for (const item of queued()) {
    try {
      out.push(await sendOne(item));
    } catch {
      break;
    }
  }
  return out;
}
