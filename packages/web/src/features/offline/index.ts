/**
 * What other features may use of the phone's offline store: the outbox, the days kept on the phone,
 * the sync engine and status, and their words. Everything else in this folder is its own business.
 * The app shell's start-up pieces (boot, identity, prefetch) are left out on purpose: prefetch warms
 * the journal's caches, so exporting it here would tie this facade and journal's into an import cycle.
 */
export { isOfflineError, withCache } from './cache';
export { adoptLegacyCheckins, queueCheckin, type QueuedCheckin } from './checkin';
export type { FileRef } from './types';
export { setActiveAccount } from './db';
export { queueAndSendAll, type PlannedEntry } from './bulk';
export { dayAsShown, dayOnPhone, daysOnPhone, fetchDay, keptDay, loadDays } from './days';
export { discard, sendNow, syncNow } from './engine';
export { EntrySyncState } from './EntrySyncState';
export { useLocalFileUrls } from './files';
export { offlineText, useOfflineText } from './i18n';
export { entryRefusal, type EntryRefusal, type EntryToCheck } from './entryRules';
export { mergeDay, type ShownEntry } from './merge';
export { onOutboxChange, saveBlob, useOutbox } from './outbox';
export { queueDelete, queueEntryPut, queueSubmit } from './queue';
export { rememberedRhk, rememberRhk } from './rhkMemory';
export { deviceToday, withRules } from './rules';
export { settingsOn } from './settingsOn';
export { useSyncStatus } from './status';
export { useOnline } from './SyncBadge';
export { uploadFile } from './upload';
