/**
 * Who signed in last on this phone, so the app opens offline without bouncing to the sign-in screen.
 * No secret is kept (the CSRF token stays in memory; the session cookie is the browser's).
 */
import type { Me } from '../../api/types';

const KEY = 'kinerja.me';

export function rememberMe(me: Me): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...me, csrfToken: '' }));
  } catch {
    // Private mode or full storage: the app still works online.
  }
}

export function rememberedMe(): Me | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Me) : null;
  } catch {
    return null;
  }
}

export function forgetMe(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}
