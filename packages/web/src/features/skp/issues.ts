/**
 * The server's refusals placed next to the RHK they name: a 422 SKP_CASCADE or a 400 carries
 * `details[].field` such as `content.rhk[0].parentRhkId`; the detail's `cascade` names an `rhkId`.
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
  /** Messages that name no RHK (the penilai's SKP is not approved, …). */
  general: string[];
}

const RHK_FIELD = /^content\.rhk\[(\d+)\]/;

export function placeIssues(content: SkpContent, details: readonly FieldProblem[], cascade: readonly CascadeIssue[]): PlacedIssues {
  const byRhk = new Map<string, string[]>();
  const general: string[] = [];
  const add = (rhkId: string | null | undefined, message: string) => {
    if (!rhkId) {
      if (!general.includes(message)) general.push(message);
      return;
    }
    const list = byRhk.get(rhkId) ?? [];
    if (!list.includes(message)) list.push(message);
    byRhk.set(rhkId, list);
  };
  for (const d of details) {
    const m = RHK_FIELD.exec(d.field);
    add(m ? content.rhk[Number(m[1])]?.id : null, d.message);
  }
  for (const c of cascade) {
    // The check ran on the saved version: an RHK removed since then has nothing left to fix.
    if (c.rhkId && !content.rhk.some((r) => r.id === c.rhkId)) continue;
    add(c.rhkId, c.message);
  }
  return { byRhk, general };
}
