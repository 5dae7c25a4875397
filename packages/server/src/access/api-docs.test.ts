import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/index.js';

/**
 * docs/api.md names every operation of the OpenAPI document, so a new route cannot ship
 * undocumented. The table's shorthand is understood: `GET/PUT/DELETE` for several methods,
 * `[/:code]` for an optional tail, `:param` for `{param}`, a trailing `?query`.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function documentedOperations(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !/^[A-Z]+(\/[A-Z]+)*$/.test(cells[1]!)) continue;
    const methods = cells[1]!.split('/');
    const path = cells[2]!.replace(/\?.*$/, '').replace(/:(\w+)/g, '{$1}');
    const optional = /^(.*)\[(.*)\](.*)$/.exec(path);
    const paths = optional ? [optional[1]! + optional[3]!, optional[1]! + optional[2]! + optional[3]!] : [path];
    for (const m of methods) for (const p of paths) out.add(`${m} ${p}`);
  }
  return out;
}

describe('docs/api.md', () => {
  it('documents every operation of the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = documentedOperations(readFileSync(new URL('../../../../docs/api.md', import.meta.url), 'utf8'));
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`));
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.filter((o) => !documented.has(o))).toEqual([]);
  });
});
