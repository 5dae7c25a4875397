/** Writes packages/server/sql/<module>.sql from the modules' queries and removes files of modules that have none. */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOG_DIR, renderCatalog } from './sql-catalog.js';

const files = await renderCatalog();
await mkdir(CATALOG_DIR, { recursive: true });
for (const name of await readdir(CATALOG_DIR)) {
  if (name.endsWith('.sql') && !files.has(name)) await rm(join(CATALOG_DIR, name));
}
for (const [name, text] of files) await writeFile(join(CATALOG_DIR, name), text);
console.log(`${files.size} catalog files written to ${CATALOG_DIR}`);
