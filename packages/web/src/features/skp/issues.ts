/**
 * The server's refusals placed next to the RHK or Lampiran item they name: a 422 SKP_CASCADE or a
 * 400 carries `details[].field` such as `content.rhk[0].parentRhkId` (the module's own checks) or
 * `content.lampiran.0.text` (the schema's, a JSON path with dots); the detail's `cascade` names an
 * `rhkId`.
 */
import type { SkpContent } from '../../api/skp';

export interface FieldProblem {
  field: string;
  message: string;
}
export interface CascadeIssue {
  rhkId: string | null;
  message: string;
}

export interface PlacedIssues {
  /** Messages by RHK id. */
  byRhk: Map<string, string[]>;
  /** Messages by Lampiran item id. */
  byLampiran: Map<string, string[]>;
  /** Messages that name no RHK (the penilai's SKP is not approved, …). */
  general: string[];
}

const RHK_FIELD = /^content\.rhk(?:\[(\d+)\]|\.(\d+))/;
const LAMPIRAN_FIELD = /^content\.lampiran(?:\[(\d+)\]|\.(\d+))/;

function pushOnce(map: Map<string, string[]>, key: string, message: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(message)) list.push(message);
  map.set(key, list);
}

export function placeIssues(content: SkpContent, details: readonly FieldProblem[], cascade: readonly CascadeIssue[]): PlacedIssues {
  const byRhk = new Map<string, string[]>();
  const byLampiran = new Map<string, string[]>();
  const general: string[] = [];
  const add = (rhkId: string | null | undefined, message: string) => {
    if (rhkId) pushOnce(byRhk, rhkId, message);
    else if (!general.includes(message)) general.push(message);
  };
  for (const d of details) {
    const lampiran = LAMPIRAN_FIELD.exec(d.field);
    const itemId = lampiran ? content.lampiran[Number(lampiran[1] ?? lampiran[2])]?.id : undefined;
    if (itemId) {
      pushOnce(byLampiran, itemId, d.message);
      continue;
    }
    const m = RHK_FIELD.exec(d.field);
    add(m ? content.rhk[Number(m[1] ?? m[2])]?.id : null, d.message);
  }
  for (const c of cascade) {
    // The check ran on the saved version: an RHK removed since then has nothing left to fix.
    if (c.rhkId && !content.rhk.some((r) => r.id === c.rhkId)) continue;
    add(c.rhkId, c.message);
  }
  return { byRhk, byLampiran, general };
}
