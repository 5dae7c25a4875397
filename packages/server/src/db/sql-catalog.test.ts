import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_COMMAND, CATALOG_DIR, renderCatalog } from './sql-catalog.js';

// Needs no database: every query runs against a recording driver that answers with no rows.
describe('SQL catalog (packages/server/sql)', () => {
  it('matches the SQL the modules send now, file by file', async () => {
    const produced = await renderCatalog();
    const committed = existsSync(CATALOG_DIR) ? (await readdir(CATALOG_DIR)).filter((n) => n.endsWith('.sql')) : [];
    const stale = committed.filter((n) => !produced.has(n));
    expect(stale, `catalog files of modules that define no query; run \`${CATALOG_COMMAND}\``).toEqual([]);
    for (const [name, text] of produced) {
      const path = join(CATALOG_DIR, name);
      const current = existsSync(path) ? await readFile(path, 'utf8') : '(missing)';
      expect(current, `sql/${name} is not what the code sends; run \`${CATALOG_COMMAND}\` and commit it`).toBe(text);
    }
  });
});
