/**
 * The RHK last chosen per activity, kept on the phone per account (IndexedDB), so the entry sheet
 * offers it again next time, offline too. A remembered RHK is offered only while it is still one of
 * the user's approved RHK for the entry's date (the sheet checks the kept context's list).
 */
import { activeAccountId, kvGet, kvSet } from './db';

const KEY = 'rhkByActivity';
let memory: Promise<Record<string, string | null>> | null = null;
let owner: string | null = null;

function load(): Promise<Record<string, string | null>> {
  const account = activeAccountId();
  if (!memory || owner !== account) {
    owner = account;
    memory = kvGet<Record<string, string | null>>(KEY).then(
      (m) => m ?? {},
      () => ({}),
    );
  }
  return memory;
}

/** The RHK last chosen for this activity: an id, null (chosen: none), or undefined (never chosen). */
export async function rememberedRhk(activityCode: string): Promise<string | null | undefined> {
  return (await load())[activityCode];
}

/** Keeps the choice made for this activity (a failure to keep it only costs the suggestion). */
export async function rememberRhk(activityCode: string, rhkId: string | null): Promise<void> {
  const m = await load();
  if (m[activityCode] === rhkId) return;
  m[activityCode] = rhkId;
  await kvSet(KEY, m).catch(() => {});
}
