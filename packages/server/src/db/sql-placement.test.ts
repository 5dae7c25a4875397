import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleFolders } from './sql-catalog.js';

/** What builds SQL with Kysely; a service may still open a transaction (`.transaction()`). */
const BUILDS_SQL = /\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto|selectNoFrom|with|withRecursive)\(|\bsql\s*(<[^`]*>)?\s*`|\bsql\.(raw|lit|ref|id|table|join|val)\(/;

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
  it('builds SQL only in a module’s queries files', async () => {
    const offending: string[] = [];
    for (const { name, path } of await moduleFiles()) {
      if (mayBuildSql(name)) continue;
      if (BUILDS_SQL.test(await readFile(path, 'utf8'))) offending.push(name);
    }
    expect(offending, 'move this SQL into the module’s queries.ts or queries/*.ts with defineQuery').toEqual([]);
  });

  it('looks at every module folder and finds SQL where it is built', async () => {
    const files = (await moduleFiles()).map((f) => f.name);
    // The check must see the folders it guards: a journal service, a queries file, the demo writer.
    expect(files).toEqual(expect.arrayContaining(['journal/save-entry.ts', 'journal/queries.ts', 'demo/queries.ts']));
    expect(BUILDS_SQL.test("await db.selectFrom('journal_entries').selectAll().execute()")).toBe(true);
    expect(BUILDS_SQL.test('await sql`select 1`.execute(db)')).toBe(true);
    expect(BUILDS_SQL.test('await db.transaction().execute(async (trx) => save(trx))')).toBe(false);
  });
});
