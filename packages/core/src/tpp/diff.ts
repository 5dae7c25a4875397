/**
 * A readable difference between two versions of a rule set: every value that changed, was added
 * or was removed, by its JSON pointer. Arrays of objects with an `id` are matched by id (a band
 * moved in the list is not a change), other arrays by position.
 */
import type { TppRuleSet } from './schema.js';

export interface TppRuleChange {
  /** JSON pointer with ids for list items, e.g. "/discipline/bandGroups/tl/bands/TL2/percent". */
  path: string;
  change: 'changed' | 'added' | 'removed';
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (v: unknown[]): v is { id: string }[] => v.every((x) => isObject(x) && typeof x.id === 'string');

function walk(path: string, a: unknown, b: unknown, out: TppRuleChange[]): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined) return void out.push({ path, change: 'added', after: b });
  if (b === undefined) return void out.push({ path, change: 'removed', before: a });
  if (Array.isArray(a) && Array.isArray(b) && hasIds(a) && hasIds(b)) {
    const byId = (xs: { id: string }[]) => new Map(xs.map((x) => [x.id, x]));
    const ma = byId(a);
    const mb = byId(b);
    for (const id of new Set([...ma.keys(), ...mb.keys()])) walk(`${path}/${id}`, ma.get(id), mb.get(id), out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    // A list of plain values (leave types, check points) is one value.
    if (a.every((x) => !isObject(x)) && b.every((x) => !isObject(x))) {
      if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, change: 'changed', before: a, after: b });
      return;
    }
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(`${path}/${i}`, a[i], b[i], out);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(`${path}/${k}`, a[k], b[k], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, change: 'changed', before: a, after: b });
}

/** What changed from `before` to `after`, in document order; `$schema` is ignored. */
export function diffTppRuleSets(before: TppRuleSet, after: TppRuleSet): TppRuleChange[] {
  const out: TppRuleChange[] = [];
  const strip = ({ $schema: _, ...rest }: TppRuleSet) => rest;
  walk('', strip(before), strip(after), out);
  return out;
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** One line per change, e.g. "/discipline/bandGroups/tl/bands/TL2/percent: 1 → 1.25". */
export function formatTppRuleChanges(changes: readonly TppRuleChange[]): string {
  if (changes.length === 0) return 'Tidak ada perubahan.';
  return changes
    .map((c) => (c.change === 'changed' ? `${c.path}: ${show(c.before)} → ${show(c.after)}` : c.change === 'added' ? `${c.path}: ditambah ${show(c.after)}` : `${c.path}: dihapus (${show(c.before)})`))
    .join('\n');
}
