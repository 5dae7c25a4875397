import { checkCascade, type CascadeIssue, type PenilaiSkp, type SkpForm } from '@kinerja/core';
import type { SkpContent } from '@kinerja/core/api';
import type { Db } from '../../db/query.js';
import { cascadeRhk } from './content.js';
import { rhkInForceOf, type PersonSnapshotRow } from './queries.js';

/**
 * The approved SKP of the pejabat penilai on the snapshot, as core's cascade rule reads them; null
 * when there is no penilai or the penilai is a kepala daerah, who keeps no SKP here.
 */
export async function penilaiSkps(db: Db, people: readonly Pick<PersonSnapshotRow, 'role' | 'personAgencyId' | 'employeeId'>[], from: string, to: string): Promise<PenilaiSkp[] | null> {
  const penilai = people.find((x) => x.role === 'pejabat_penilai');
  if (!penilai?.employeeId || !penilai.personAgencyId) return null;
  const bySkp = new Map<string, PenilaiSkp & { rhkIds: string[] }>();
  for (const r of await rhkInForceOf(db, penilai.personAgencyId, penilai.employeeId, from, to)) {
    const s = bySkp.get(r.skp_id) ?? { period: { from: r.period_from, to: r.period_to }, rhkIds: [] };
    s.rhkIds.push(r.id);
    bySkp.set(r.skp_id, s);
  }
  return [...bySkp.values()];
}

export async function cascadeIssues(
  db: Db,
  skp: { form: string; period_from: string; period_to: string },
  content: SkpContent,
  people: readonly Pick<PersonSnapshotRow, 'role' | 'personAgencyId' | 'employeeId'>[],
): Promise<CascadeIssue[]> {
  return checkCascade({
    form: skp.form as SkpForm,
    period: { from: skp.period_from, to: skp.period_to },
    rhk: cascadeRhk(content.rhk),
    penilaiSkps: await penilaiSkps(db, people, skp.period_from, skp.period_to),
  });
}

/** The field of the form each cascade issue belongs to, for the refusal's details. */
export function cascadeDetails(issues: readonly CascadeIssue[], content: SkpContent): { field: string; message: string }[] {
  const fieldOf: Record<string, string> = {
    RHK_PARENT_REQUIRED: 'parentRhkId',
    RHK_PARENT_NOT_IN_FORCE: 'parentRhkId',
    CASCADING_TYPE_REQUIRED: 'cascadingType',
    PERSPEKTIF_REQUIRED: 'perspektif',
    PERSPEKTIF_JPT_ONLY: 'perspektif',
  };
  return issues.map((i) => {
    const index = i.rhkId === null ? -1 : content.rhk.findIndex((r) => r.id === i.rhkId);
    if (index >= 0) return { field: `content.rhk[${index}].${fieldOf[i.code] ?? 'id'}`, message: i.message };
    return { field: i.code === 'RHK_UTAMA_MISSING' ? 'content.rhk' : 'pejabatPenilai', message: i.message };
  });
}
