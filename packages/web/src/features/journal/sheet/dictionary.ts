/** The activity dictionary, its search index and the user's recent activities, kept for the session. */
import { createActivitySearch, type ActivitySearch } from '@kinerja/core';
import { useEffect, useState } from 'react';
import { journalApi, type Activity } from '../../../api/journal';
import { withCache } from '../../offline';
import { loadDictionary } from '../store';

/** ?perf in the address: the activity search records performance marks and measures. */
export const PERF = typeof location !== 'undefined' && new URLSearchParams(location.search).has('perf');

export interface Dictionary {
  items: Activity[];
  byCode: Map<string, Activity>;
}
let dictionaryCache: Dictionary | null = null;
let indexCache: { items: Activity[]; search: ActivitySearch } | null = null;

export function useDictionary(): { dict?: Dictionary; error?: unknown; retry: () => void } {
  const [state, setState] = useState<{ dict?: Dictionary; error?: unknown }>(() => (dictionaryCache ? { dict: dictionaryCache } : {}));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadDictionary().then(
      (r) => {
        if (!dictionaryCache || dictionaryCache.items !== r.items) dictionaryCache = { items: r.items, byCode: new Map(r.items.map((a) => [a.code, a])) };
        if (live) setState({ dict: dictionaryCache });
      },
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

/** The search index, built once per session right after the sheet is first painted. */
export function useSearchIndex(items: Activity[] | undefined): ActivitySearch | null {
  const cached = items && indexCache?.items === items ? indexCache.search : null;
  const [search, setSearch] = useState<ActivitySearch | null>(cached);
  useEffect(() => {
    if (!items) return;
    if (indexCache?.items === items) {
      setSearch(indexCache.search);
      return;
    }
    const id = setTimeout(() => {
      const t0 = performance.now();
      const s = createActivitySearch(items);
      if (PERF) performance.measure('search-index-build', { start: t0, end: performance.now() });
      indexCache = { items, search: s };
      setSearch(s);
    }, 0);
    return () => clearTimeout(id);
  }, [items]);
  return search;
}

export function useRecent(): Map<string, number> {
  const [recent, setRecent] = useState<Map<string, number>>(() => new Map());
  useEffect(() => {
    const ctrl = new AbortController();
    withCache('recent', () => journalApi.recent(ctrl.signal)).then(
      (r) => setRecent(new Map(r.items.map((x) => [x.code, Date.parse(x.lastUsed)]))),
      () => {},
    );
    return () => ctrl.abort();
  }, []);
  return recent;
}
