import { newId } from '../../db/ids.js';
import { isEmptyMik, type CascadeInput } from '@kinerja/core';
import type { SkpContent, SkpRhk } from '@kinerja/core/api';
import { AppError } from '../../http/errors.js';
import type { VersionContentRows } from './queries.js';

export const EMPTY_CONTENT: SkpContent = { rhk: [], perilaku: [], lampiran: [] };

/** Stored rows as the API's content (the stored strings were checked by the schema on the way in). */
export function contentOf(rows: VersionContentRows): SkpContent {
  return rows as unknown as SkpContent;
}

/**
 * Ids a version holds once: an RHK, an IKI (across the version) and a perilaku value. A repeat would
 * make a diff or a link ambiguous, and the database keys would refuse it with no useful message. A
 * Manual Indikator Kinerja belongs to a JPT's IKI only.
 */
export function checkContent(content: SkpContent, form: string): void {
  const details: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  content.rhk.forEach((r, i) => {
    if (seen.has(r.id)) details.push({ field: `content.rhk[${i}].id`, message: 'Id RHK ganda dalam satu SKP.' });
    seen.add(r.id);
    if (r.parentRhkId === r.id) details.push({ field: `content.rhk[${i}].parentRhkId`, message: 'RHK tidak dapat mengintervensi dirinya sendiri.' });
  });
  content.rhk.forEach((r, i) =>
    r.iki.forEach((k, j) => {
      if (seen.has(k.id)) details.push({ field: `content.rhk[${i}].iki[${j}].id`, message: 'Id IKI ganda dalam satu SKP.' });
      seen.add(k.id);
      if (form !== 'jpt' && !isEmptyMik(k.mik)) {
        details.push({ field: `content.rhk[${i}].iki[${j}].mik`, message: 'Manual Indikator Kinerja hanya diisi pada SKP Jabatan Pimpinan Tinggi.' });
      }
    }),
  );
  const values = new Set<string>();
  content.perilaku.forEach((p, i) => {
    if (values.has(p.id)) details.push({ field: `content.perilaku[${i}].id`, message: 'Ekspektasi khusus pimpinan hanya satu per nilai BerAKHLAK.' });
    values.add(p.id);
  });
  const lampiran = new Set<string>();
  content.lampiran.forEach((l, i) => {
    if (lampiran.has(l.id)) details.push({ field: `content.lampiran[${i}].id`, message: 'Id lampiran ganda dalam satu SKP.' });
    lampiran.add(l.id);
  });
  if (details.length > 0) throw new AppError('VALIDATION', 'Isi SKP tidak valid.', details);
}

/** As stored: an IKI's manual that says nothing (or none sent) is no manual. */
export function normalContent(content: SkpContent): SkpContent {
  return { ...content, rhk: content.rhk.map((r) => ({ ...r, iki: r.iki.map((k) => ({ ...k, mik: isEmptyMik(k.mik) ? null : k.mik! })) })) };
}

/**
 * A copy with fresh RHK, IKI and lampiran ids (a copy is a new plan, not the old one's rows); the
 * manuals only onto a JPT form (a move from a JPT post to another kind drops them).
 */
export function withNewIds(content: SkpContent, form: string): SkpContent {
  return {
    rhk: content.rhk.map((r) => ({ ...r, id: newId(), iki: r.iki.map((k) => ({ ...k, id: newId(), mik: form === 'jpt' ? (k.mik ?? null) : null })) })),
    perilaku: content.perilaku.map((p) => ({ ...p })),
    lampiran: content.lampiran.map((l) => ({ ...l, id: newId() })),
  };
}

export function cascadeRhk(rhk: readonly SkpRhk[]): CascadeInput['rhk'] {
  return rhk.map((r) => ({ id: r.id, jenis: r.jenis, parentRhkId: r.parentRhkId, cascadingType: r.cascadingType, perspektif: r.perspektif }));
}
