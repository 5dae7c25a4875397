/** Asks the browser not to evict this app's storage (IndexedDB holds unsent work). */
import { kvSet } from './db';

export async function askPersistence(): Promise<boolean> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return false;
  let ok = (await storage.persisted?.().catch(() => false)) ?? false;
  if (!ok) ok = await storage.persist().catch(() => false);
  await kvSet('persisted', ok).catch(() => {});
  return ok;
}

export async function isPersisted(): Promise<boolean> {
  return (await navigator.storage?.persisted?.().catch(() => false)) ?? false;
}
