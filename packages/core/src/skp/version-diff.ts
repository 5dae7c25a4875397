/**
 * What changed between two versions of an SKP ("what changed between version 2 and 3"): rows
 * (RHK, IKI, perilaku, lampiran) matched by their stable id, so an edited RHK reads as changed
 * rather than as one removed and one added. Generic over the row shape, which the server owns.
 */

export interface FieldChange<T> {
  field: keyof T & string;
  before: unknown;
  after: unknown;
}

export interface RowDiff<T extends { id: string }> {
  added: readonly T[];
  removed: readonly T[];
  changed: readonly { id: string; changes: readonly FieldChange<T>[] }[];
  /** The rows both versions share are in a different order. */
  reordered: boolean;
}

/** Values are compared structurally (a list of IKI is equal when every item is), key order aside. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function diffRows<T extends { id: string }>(before: readonly T[], after: readonly T[], fields: readonly (keyof T & string)[]): RowDiff<T> {
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const afterIds = new Set(after.map((r) => r.id));
  const added = after.filter((r) => !beforeById.has(r.id));
  const removed = before.filter((r) => !afterIds.has(r.id));
  const changed: { id: string; changes: FieldChange<T>[] }[] = [];
  for (const r of after) {
    const old = beforeById.get(r.id);
    if (!old) continue;
    const changes = fields.filter((f) => !sameValue(old[f], r[f])).map((f) => ({ field: f, before: old[f], after: r[f] }));
    if (changes.length > 0) changed.push({ id: r.id, changes });
  }
  const sharedBefore = before.filter((r) => afterIds.has(r.id)).map((r) => r.id);
  const sharedAfter = after.filter((r) => beforeById.has(r.id)).map((r) => r.id);
  return { added, removed, changed, reordered: sharedBefore.some((id, i) => sharedAfter[i] !== id) };
}
