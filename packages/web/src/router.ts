import { useEffect, useState } from 'react';

/** Hash routes ("#/instansi/abc/pegawai?q=budi"): work with any static file server, no server config. */
export interface Route {
  /** Path segments, e.g. ["instansi", "abc", "pegawai"]; [] for the home page. */
  parts: string[];
  query: URLSearchParams;
  /** The whole route string, usable as a React key. */
  key: string;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { parts, query: new URLSearchParams(qs), key: raw };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Builds "#/a/b?x=1" from segments and query (empty values are dropped). */
export function href(parts: readonly string[], query?: Record<string, string | number | undefined | null>): string {
  let h = `#/${parts.map(encodeURIComponent).join('/')}`;
  if (query) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
    const s = q.toString();
    if (s) h += `?${s}`;
  }
  return h;
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) {
    const url = new URL(location.href);
    url.hash = to;
    location.replace(url.toString());
  } else {
    location.hash = to;
  }
}

/**
 * Routes drawn over the page below them (the journal's entry sheet): opening or closing one keeps
 * the page's scroll position and lets the overlay manage focus itself.
 */
export function isOverlayRoute(route: Route): boolean {
  const [a, , c] = route.parts;
  return a === 'jurnal' && (c === 'tambah' || c === 'kegiatan');
}
