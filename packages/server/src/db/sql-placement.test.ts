import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleFolders } from './sql-catalog.js';

/** What builds SQL with Kysely; a service may still open a transaction (`.transaction()`). */
const BUILDS_SQL = /\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto|selectNoFrom|with|withRecursive)\(|\bsql\s*(<[^`]*>)?\s*`|\bsql\.(raw|lit|ref|id|table|join|val)\(/;

/**
 * Files that still build SQL outside their module's queries; they are being moved. This list may only
 * shrink: the test fails when a listed file no longer builds SQL, so remove the line with the move.
 */
const NOT_YET_MOVED = new Set<string>([
  'journal/admin-routes.ts',
  'journal/attach.ts',
  'journal/context.ts',
]);

/**
 * The one place SQL may be built in a module: `queries.ts`, `queries/*.ts`; and tests with their
 * `test-support.ts`, whose seeding SQL is not the module's and would only crowd the catalog.
 */
function mayBuildSql(path: string): boolean {
  return (
    /^[^/]+\/queries\.ts$/.test(path) ||
    /^[^/]+\/queries\/[^/]+\.ts$/.test(path) ||
    path.endsWith('.test.ts') ||
    path.endsWith('/test-support.ts')
  );
}

/** Every .ts file of every module folder (modules/* and the folders outside it), as `<module>/<path>`. */
async function moduleFiles(): Promise<{ name: string; path: string }[]> {
  const out: { name: string; path: string }[] = [];
  const walk = async (module: string, root: string, dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(module, root, path);
      else if (e.name.endsWith('.ts')) out.push({ name: `${module}/${relative(root, path).split('\\').join('/')}`, path });
    }
  };
  for (const { module, dir } of await moduleFolders()) await walk(module, dir, dir);
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe('SQL placement (routes → service → queries)', () => {
  it('builds SQL only in a module’s queries files (and in files not yet moved)', async () => {
    const offending: string[] = [];
    const listedButClean: string[] = [];
    for (const { name, path } of await moduleFiles()) {
      if (mayBuildSql(name)) continue;
      const builds = BUILDS_SQL.test(await readFile(path, 'utf8'));
      if (builds && !NOT_YET_MOVED.has(name)) offending.push(name);
      if (!builds && NOT_YET_MOVED.has(name)) listedButClean.push(name);
    }
    expect(offending, 'move this SQL into the module’s queries.ts or queries/*.ts with defineQuery').toEqual([]);
    expect(listedButClean, 'these files no longer build SQL: remove them from NOT_YET_MOVED').toEqual([]);
  });

  it('lists in NOT_YET_MOVED only files that exist', async () => {
    const files = new Set((await moduleFiles()).map((f) => f.name));
    expect([...NOT_YET_MOVED].filter((f) => !files.has(f))).toEqual([]);
  });
});
