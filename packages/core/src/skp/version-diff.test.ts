import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRows } from './version-diff.js';

interface Row {
  id: string;
  text: string;
  iki: { aspek: string; target: string }[];
}
const FIELDS = ['text', 'iki'] as const;

describe('diffRows', () => {
  const v2: Row[] = [
    { id: 'r1', text: 'Tersusunnya kurikulum', iki: [{ aspek: 'kuantitas', target: '1 dokumen' }] },
    { id: 'r2', text: 'Terlaksananya supervisi', iki: [] },
    { id: 'r3', text: 'Laporan', iki: [] },
  ];

  it('reads an edited RHK as changed, field by field, and new and dropped rows as such', () => {
    const v3: Row[] = [
      { id: 'r1', text: 'Tersusunnya kurikulum', iki: [{ aspek: 'kuantitas', target: '2 dokumen' }] },
      { id: 'r2', text: 'Terlaksananya supervisi akademik', iki: [] },
      { id: 'r4', text: 'Baru', iki: [] },
    ];
    const d = diffRows(v2, v3, FIELDS);
    expect(d.added.map((r) => r.id)).toEqual(['r4']);
    expect(d.removed.map((r) => r.id)).toEqual(['r3']);
    expect(d.changed).toEqual([
      { id: 'r1', changes: [{ field: 'iki', before: v2[0]!.iki, after: v3[0]!.iki }] },
      { id: 'r2', changes: [{ field: 'text', before: 'Terlaksananya supervisi', after: 'Terlaksananya supervisi akademik' }] },
    ]);
    expect(d.reordered).toBe(false);
  });

  it('sees a reorder but no change when rows only moved, and ignores key order inside values', () => {
    const moved = [v2[1]!, { ...v2[0]!, iki: [{ target: '1 dokumen', aspek: 'kuantitas' }] }, v2[2]!];
    const d = diffRows(v2, moved, FIELDS);
    expect(d.changed).toEqual([]);
    expect(d.reordered).toBe(true);
  });

  it('finds nothing between a version and a copy of itself, and everything against nothing (property)', () => {
    const rowArb = fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), text: fc.string(), iki: fc.array(fc.record({ aspek: fc.string(), target: fc.string() }), { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 6 }), (rows) => {
        expect(diffRows(rows, structuredClone(rows), FIELDS)).toEqual({ added: [], removed: [], changed: [], reordered: false });
        expect(diffRows([], rows, FIELDS).added).toHaveLength(rows.length);
        expect(diffRows(rows, [], FIELDS).removed).toHaveLength(rows.length);
      }),
    );
  });
});
