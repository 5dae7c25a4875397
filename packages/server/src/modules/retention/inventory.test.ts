import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RETENTION_DEFAULT_DAYS, RETENTION_KINDS, type RetentionKind } from '../../config.js';

/**
 * docs/data-inventory.md against the code (no database): every retention setting of config.ts is in
 * the settings table with its default, and the inventory row of the data each one removes says the
 * retention step removes it (not the region's JRA), naming the setting.
 */
const inventory = () => readFile(new URL('../../../../../docs/data-inventory.md', import.meta.url), 'utf8');

/** The rows of the markdown table whose header starts with `first`, as cells. */
function table(text: string, first: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  if (start < 0) throw new Error(`no table headed "${first}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
}

/** The table each retention kind removes rows of: its inventory row names it in "where". */
const REMOVES: Record<RetentionKind, string> = {
  journals: 'journal_entries',
  evidence: 'evidence_files',
  selfies: 'selfie_checkins',
  punches: 'attendance_punches',
  audit: 'audit_log',
  exports: 'data_exports',
};

describe('docs/data-inventory.md', () => {
  it('lists every retention setting with its default', async () => {
    const settings = table(await inventory(), 'setting');
    for (const kind of RETENTION_KINDS) {
      const name = `KINERJA_RETENTION_${kind.toUpperCase()}_DAYS`;
      const row = settings.find((r) => r[0]!.includes(`\`${name}\``));
      expect(row, name).toBeDefined();
      expect(row![1]!.replace(/,/g, ''), name).toMatch(new RegExp(`^${RETENTION_DEFAULT_DAYS[kind]}\\b`));
    }
  });

  it('says of the data each retention setting removes that the retention step removes it, naming the setting', async () => {
    const rows = table(await inventory(), 'data');
    for (const r of rows) expect(r, r[0]).toHaveLength(6);
    for (const kind of RETENTION_KINDS) {
      const row = rows.find((r) => r[1]!.includes(`\`${REMOVES[kind]}\``));
      expect(row, REMOVES[kind]).toBeDefined();
      const [, , , , kept, removedBy] = row!;
      expect(`${kept} ${removedBy}`, kind).toContain(`KINERJA_RETENTION_${kind.toUpperCase()}_DAYS`);
      expect(removedBy, kind).toMatch(/retention step/);
      expect(removedBy, kind).not.toMatch(/JRA|not the app/);
    }
  });
});
