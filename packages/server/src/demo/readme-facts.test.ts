import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENCIES } from './agencies.js';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Every document a newcomer reads from a clone: the README, docs/, and each package's and folder's README. */
function documents(): string[] {
  const docs = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
  const readmes = ['packages/core', 'packages/server', 'packages/web', 'bench', 'e2e']
    .map((dir) => `${dir}/README.md`)
    .filter((path) => readdirSync(new URL(path.replace(/README\.md$/, ''), root)).includes('README.md'));
  return ['README.md', ...docs, ...readmes];
}

describe('the docs stand alone and say what the code does', () => {
  it('never point outside the repository (../shared is not in a clone)', () => {
    const outside = documents().flatMap((path) =>
      read(path)
        .split('\n')
        .flatMap((line, i) => (/\.\.\/shared\b|shared\/design\//.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(outside).toEqual([]);
  });

  it('the README counts the agencies the demo seed makes', () => {
    const claimed = /(\d+) agencies \(OPD\)/.exec(read('README.md'))?.[1];
    expect(Number(claimed)).toBe(AGENCIES.length);
  });
});
