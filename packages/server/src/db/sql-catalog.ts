import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { definedQueries, statementsOf, type QueryDefinition } from './query.js';
import { formatSql } from './sql-format.js';

const here = dirname(fileURLToPath(import.meta.url));
export const MODULES_DIR = join(here, '..', 'modules');
/** Where the committed catalog lives: one `<module>.sql` per module that defines queries. */
export const CATALOG_DIR = join(here, '..', '..', 'sql');
export const CATALOG_COMMAND = 'npm run sql -w @kinerja/server';

/**
 * Folders outside modules/ whose SQL also lives in a queries file (the demo writer); each is a module
 * of the catalog under its folder name.
 */
export const OUTSIDE_MODULES = ['demo'] as const;
const SRC_DIR = join(here, '..');

/** Every module folder's path, by module name: modules/<name>, then the folders outside modules/. */
export async function moduleFolders(): Promise<{ module: string; dir: string }[]> {
  const inModules = (await readdir(MODULES_DIR, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => ({ module: d.name, dir: join(MODULES_DIR, d.name) }));
  return [...inModules, ...OUTSIDE_MODULES.map((m) => ({ module: m, dir: join(SRC_DIR, m) }))].sort((x, y) => (x.module < y.module ? -1 : 1));
}

/** A module's query files: `queries.ts` and `queries/*.ts` (tests excluded), as absolute paths. */
export async function queryFiles(): Promise<{ module: string; file: string }[]> {
  const files: { module: string; file: string }[] = [];
  for (const { module, dir } of await moduleFolders()) {
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === 'queries.ts')) files.push({ module, file: join(dir, 'queries.ts') });
    if (entries.some((e) => e.isDirectory() && e.name === 'queries')) {
      for (const name of (await readdir(join(dir, 'queries'))).sort()) {
        if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push({ module, file: join(dir, 'queries', name) });
      }
    }
  }
  return files;
}

/**
 * Imports every query file and groups its queries by module. A query must name the folder it lives
 * in as its module, so the catalog file a reviewer reads is the one beside the code that changed.
 */
export async function loadQueries(): Promise<Map<string, QueryDefinition[]>> {
  for (const { file } of await queryFiles()) await import(pathToFileURL(file).href);
  const byModule = new Map<string, QueryDefinition[]>();
  for (const q of definedQueries()) {
    if (q.definedIn !== q.module) throw new Error(`query ${q.module}.${q.name} is defined in folder ${q.definedIn}: name that folder as its module`);
    byModule.set(q.module, [...(byModule.get(q.module) ?? []), q]);
  }
  return byModule;
}

function folderOf(module: string): string {
  return (OUTSIDE_MODULES as readonly string[]).includes(module) ? `src/${module}` : `src/modules/${module}`;
}

/** The catalog text of one module: every example of every query, by query name, statements formatted. */
export async function renderModule(module: string, queries: readonly QueryDefinition[]): Promise<string> {
  const parts = [
    `-- The SQL that module ${module} sends, one block per example of each query (${folderOf(module)}).`,
    `-- Generated: do not edit; run \`${CATALOG_COMMAND}\` and commit the result.`,
  ];
  for (const q of [...queries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    for (const [i, args] of q.examples.entries()) {
      const statements = await statementsOf(q, args);
      parts.push('', `-- ${q.name} (example ${i + 1} of ${q.examples.length})`);
      if (statements.length === 0) parts.push('-- (sends no statement)');
      for (const s of statements) parts.push(`${formatSql(s)};`);
    }
  }
  return parts.join('\n') + '\n';
}

/** Every catalog file the code produces now, by file name (`<module>.sql`). */
export async function renderCatalog(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [module, queries] of [...(await loadQueries())].sort(([a], [b]) => (a < b ? -1 : 1))) {
    files.set(`${module}.sql`, await renderModule(module, queries));
  }
  return files;
}
