import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));

async function sources(): Promise<{ name: string; imports: string[] }[]> {
  const names = (await readdir(HERE)).filter((n) => n.endsWith('.ts'));
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(HERE, name), 'utf8');
      return { name, imports: [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!) };
    }),
  );
}

describe('the sync module’s imports', () => {
  it('take the journal only through its index (the facade), never its internals', async () => {
    const inside = (await sources()).flatMap((f) => f.imports.filter((i) => i.startsWith('../journal/') && i !== '../journal/index.js').map((i) => `${f.name} → ${i}`));
    expect(inside).toEqual([]);
  });

  it('have no cycle among sync’s own files', async () => {
    const files = (await sources()).filter((f) => !f.name.endsWith('.test.ts'));
    const edges = new Map(files.map((f) => [f.name, f.imports.filter((i) => i.startsWith('./')).map((i) => i.slice(2).replace(/\.js$/, '.ts'))]));
    const cycles: string[] = [];
    const visit = (path: string[]) => {
      for (const next of edges.get(path.at(-1)!) ?? []) {
        if (next === path[0]) cycles.push([...path, next].join(' → '));
        else if (!path.includes(next)) visit([...path, next]);
      }
    };
    for (const f of edges.keys()) visit([f]);
    expect(cycles).toEqual([]);
  });
});
