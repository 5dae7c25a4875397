/** Words for the version diff screen that are plain logic (tested without a browser). */
import { EMPTY_MIK, MIK_FIELDS } from '@kinerja/core';
import type { SkpIki } from '../../api/skp';
import type { Dict } from '../../i18n';

/** An RHK's IKI before and after, matched by id: each added, removed or edited IKI in one line, its manual's fields named. */
export function ikiChanges(before: readonly SkpIki[], after: readonly SkpIki[], t: Dict): string[] {
  const lines: string[] = [];
  const old = new Map(before.map((k) => [k.id, k]));
  for (const k of after) {
    const was = old.get(k.id);
    if (!was) {
      lines.push(`${t.skp.diffKind.added}: ${k.text} (${k.target})`);
      continue;
    }
    const parts: string[] = [];
    if (was.text !== k.text) parts.push(`${t.skp.ikiText}: ${was.text} → ${k.text}`);
    if (was.target !== k.target) parts.push(`${t.skp.target}: ${was.target} → ${k.target}`);
    if (was.aspek !== k.aspek) parts.push(`${t.skp.aspek}: ${was.aspek ? t.skp.aspekName[was.aspek] : '-'} → ${k.aspek ? t.skp.aspekName[k.aspek] : '-'}`);
    const [a, b] = [was.mik ?? EMPTY_MIK, k.mik ?? EMPTY_MIK];
    const mik = MIK_FIELDS.filter((f) => a[f.key] !== b[f.key]).map((f) => t.skp.mikField[f.key]);
    if (a.jenisIndikator !== b.jenisIndikator) mik.push(t.skp.jenisIndikator);
    if (mik.length > 0) parts.push(`${t.skp.mik}: ${mik.join(', ')}`);
    if (parts.length > 0) lines.push(`${t.skp.diffKind.changed} «${k.text}»: ${parts.join('; ')}`);
  }
  for (const k of before) if (!after.some((x) => x.id === k.id)) lines.push(`${t.skp.diffKind.removed}: ${k.text} (${k.target})`);
  if (lines.length === 0) lines.push(t.skp.reorderedIki);
  return lines;
}
