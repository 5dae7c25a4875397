/**
 * The RHK of the penilai's approved SKP that this SKP may intervene, from the server; null until
 * they arrive or while they cannot be had (offline), when the picker falls back on what the phone
 * remembers. Each list that arrives is remembered for that.
 */
import { useEffect, useState } from 'react';
import { skpApi, type PenilaiRhkAnswer } from '../../api/skp';
import { rememberOffered } from './draftStore';

export function usePenilaiRhk(agencyId: string, skpId: string): PenilaiRhkAnswer['items'] | null {
  const [items, setItems] = useState<PenilaiRhkAnswer['items'] | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    skpApi.penilaiRhk(agencyId, skpId, ctrl.signal).then(
      (answer) => {
        rememberOffered(skpId, answer.items);
        setItems(answer.items);
      },
      () => {
        // Offline or refused: the remembered RHK stand in; the submit's cascade check still decides.
      },
    );
    return () => ctrl.abort();
  }, [agencyId, skpId]);
  return items;
}
