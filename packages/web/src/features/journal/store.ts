/**
 * What the journal screens keep in memory for the session: the agency's journal context, the
 * activity dictionary (fetched once; the browser revalidates it by ETag), favourites and routine
 * sets. Everything is dropped when another account signs in. Each answer is also kept in IndexedDB
 * (offline/cache.ts) and read from there when there is no connection.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { journalApi, type Activity, type JournalContext, type RoutineSet } from '../../api/journal';
import { setActiveAccount, withCache } from '../offline';
import { currentToday } from './today';

let owner: string | null = null;
let contextCache: { at: number; promise: Promise<JournalContext> } | null = null;
let dictionary: Promise<{ version: number; items: Activity[] }> | null = null;
let favourites: Set<string> | null = null;
let favouritesLoad: Promise<Set<string>> | null = null;
const listeners = new Set<() => void>();

/** Drops another account's data. Call with the signed-in account's id before using the store. */
export function claimJournalStore(accountId: string): void {
  if (owner !== accountId) {
    owner = accountId;
    setActiveAccount(accountId);
    contextCache = null;
    dictionary = null;
    favourites = null;
    favouritesLoad = null;
    setsCache = null;
  }
}

// Settings, holidays and outages change a few times a year; ten minutes is fresh enough.
const CONTEXT_TTL_MS = 10 * 60_000;
const contextListeners = new Set<() => void>();

type KeptContext = JournalContext & { keptAt?: number };

/** A kept copy from an earlier moment: "today" is the device's date in the agency's time zone. */
function asNow(c: KeptContext): JournalContext {
  const { keptAt, ...ctx } = c;
  return keptAt === undefined || Date.now() - keptAt > 60_000 ? { ...ctx, today: currentToday(ctx) } : ctx;
}

/** The agency's journal context: the kept copy at once when there is one, refreshed in the background. */
export function loadContext(): Promise<JournalContext> {
  const now = Date.now();
  if (!contextCache || now - contextCache.at > CONTEXT_TTL_MS) {
    const promise = withCache<KeptContext>('context', () => journalApi.context().then((c) => ({ ...c, keptAt: Date.now() })), {
      keptFirst: true,
      onFresh: (fresh) => {
        if (contextCache?.promise !== promise) return;
        const next = asNow(fresh);
        void promise.then((shown) => {
          if (contextCache?.promise !== promise) return;
          contextCache = { at: Date.now(), promise: Promise.resolve(next) };
          // The screens read again only when the rules or the date changed (each read costs a request).
          if (JSON.stringify(shown) !== JSON.stringify(next)) for (const l of contextListeners) l();
        });
      },
    }).then(asNow);
    contextCache = { at: now, promise };
    promise.catch(() => {
      if (contextCache?.promise === promise) contextCache = null;
    });
  }
  return contextCache.promise;
}

export function useJournalContext(): { data?: JournalContext; error?: unknown; retry: () => void } {
  const [state, setState] = useState<{ data?: JournalContext; error?: unknown }>({});
  const [attempt, setAttempt] = useState(0);
  const [fresh, setFresh] = useState(0);
  useEffect(() => {
    const l = () => setFresh((n) => n + 1);
    contextListeners.add(l);
    return () => void contextListeners.delete(l);
  }, []);
  useEffect(() => {
    let live = true;
    loadContext().then(
      (data) => live && setState({ data }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [attempt, fresh]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

export function loadDictionary(): Promise<{ version: number; items: Activity[] }> {
  if (!dictionary) {
    const p = withCache('dictionary', () => journalApi.activities(), { keptFirst: true, onFresh: (d) => dictionary === p && (dictionary = Promise.resolve(d)) });
    dictionary = p;
    p.catch(() => {
      if (dictionary === p) dictionary = null;
    });
  }
  return dictionary;
}

// ---------- favourites ----------

function emit() {
  for (const l of listeners) l();
}

export function loadFavourites(): Promise<Set<string>> {
  if (favourites) return Promise.resolve(favourites);
  if (!favouritesLoad) {
    const p = withCache('favourites', () => journalApi.favourites(), {
      keptFirst: true,
      onFresh: (r) => {
        favourites = new Set(r.codes);
        emit();
      },
    }).then((r) => {
      favourites = new Set(r.codes);
      emit();
      return favourites;
    });
    favouritesLoad = p;
    p.catch(() => {
      if (favouritesLoad === p) favouritesLoad = null;
    });
  }
  return favouritesLoad;
}

const EMPTY = new Set<string>();
export function useFavourites(): ReadonlySet<string> {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => favourites ?? EMPTY,
  );
}

/** Stars or unstars an activity: shown at once, undone if the server refuses. */
export async function toggleFavourite(code: string): Promise<void> {
  const before = favourites ?? new Set<string>();
  const on = !before.has(code);
  const next = new Set(before);
  if (on) next.add(code);
  else next.delete(code);
  favourites = next;
  emit();
  try {
    if (on) await journalApi.addFavourite(code);
    else await journalApi.removeFavourite(code);
  } catch (err) {
    const undo = new Set(favourites);
    if (on) undo.delete(code);
    else undo.add(code);
    favourites = undo;
    emit();
    throw err;
  }
}

// ---------- routine sets ----------

let setsCache: Promise<RoutineSet[]> | null = null;
export function loadSets(force = false): Promise<RoutineSet[]> {
  if (!setsCache || force) {
    const p = withCache('sets', () => journalApi.sets(), { keptFirst: !force }).then((r) => r.items);
    setsCache = p;
    p.catch(() => {
      if (setsCache === p) setsCache = null;
    });
  }
  return setsCache;
}
