/**
 * The penilai's own RHK texts for a year, by id: a subordinate's SKP names the RHK it intervenes by
 * id only, and the penilai may read their own SKP (the employee may not read the penilai's).
 */
import { useEffect, useState } from 'react';
import { skpApi } from '../../api/skp';

export function useOwnRhk(year: number, enabled: boolean): Record<string, string> {
  const [texts, setTexts] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!enabled) return;
    const ctrl = new AbortController();
    (async () => {
      const periods = await skpApi.periods(year, ctrl.signal);
      const own = await Promise.all(periods.items.flatMap((p) => (p.skp ? [skpApi.detail(p.skp.agencyId, p.skp.id, ctrl.signal)] : [])));
      setTexts(Object.fromEntries(own.flatMap((d) => d.content.rhk.map((r) => [r.id, r.text]))));
    })().catch(() => {
      // Without them the links read "RHK atasan (teks tidak tersedia)"; the decision does not depend on it.
    });
    return () => ctrl.abort();
  }, [year, enabled]);
  return texts;
}
