/** Local URLs for photos still on the phone only, so unsent entries show their pictures offline. */
import { useEffect, useState } from 'react';
import { getBlob } from './outbox';
import type { OutboxItem } from './types';

const urls = new Map<string, string>();

export function useLocalFileUrls(items: readonly OutboxItem[] | null): (sha256: string) => string | null {
  const [, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const want = new Set((items ?? []).flatMap((it) => (it.kind === 'entry.put' && it.state !== 'sent' ? it.entry.evidence : [])));
    void (async () => {
      let added = false;
      for (const sha of want) {
        if (urls.has(sha)) continue;
        const b = await getBlob(sha).catch(() => undefined);
        if (b && b.mediaType.startsWith('image/')) {
          urls.set(sha, URL.createObjectURL(b.blob));
          added = true;
        }
      }
      if (added && live) setVersion((v) => v + 1);
    })();
    return () => {
      live = false;
    };
  }, [items]);
  return (sha) => urls.get(sha) ?? null;
}
