/** What every phone test needs: the API from inside the page, screenshots of the screen, and the readability checks. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;

/** The API from inside the signed-in page (same cookie, CSRF token from GET /me); `raw` sends bytes instead of JSON. */
export async function api<T>(page: Page, method: string, path: string, body?: unknown, raw?: { base64: string; type: string }): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body, raw }) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const bytes = raw ? Uint8Array.from(atob(raw.base64), (c) => c.charCodeAt(0)) : undefined;
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': raw ? raw.type : 'application/json', 'X-CSRF-Token': me.csrfToken },
        ...(bytes ? { body: bytes } : body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body, raw },
  ) as Promise<{ status: number; body: T }>;
}

/**
 * What the phone's screen shows (a full-page picture would draw the fixed bottom menu and a
 * full-screen sheet in the middle of the page), optionally scrolled to an element first.
 */
export async function screen(page: Page, name: string, scrollTo?: string) {
  if (scrollTo) await page.locator(scrollTo).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(400); // let progress bars finish moving
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

/** No text under 16 px and no control smaller than 48 × 48 px in what is on screen (inside <main>, or an open dialog). */
export async function expectReadable(page: Page) {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.querySelector('[role=dialog]') ?? document.getElementById('main')!;
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
      if (el.closest('.visually-hidden')) continue;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || cs.visibility === 'hidden') continue;
      const text = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (text && parseFloat(cs.fontSize) < 16) out.push(`text ${cs.fontSize}: ${el.textContent!.trim().slice(0, 40)}`);
      if (el.matches('a, button, input, select, textarea, label.btn') && !el.matches('.filepick__input') && (r.width < 48 || r.height < 48)) {
        out.push(`target ${Math.round(r.width)}×${Math.round(r.height)}: ${(el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40)}`);
      }
    }
    return out;
  });
  expect(problems).toEqual([]);
}
