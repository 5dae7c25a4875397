import { hasilKerjaRows, lampiranSections, localDateOf, type Pendekatan, type PrintRhkInput, type SkpForm, type SkpPersonSnapshot } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { peopleOf, versionContent, type SkpRow } from '../skp/index.js';
import type { SkpPrintModel } from './layout.js';
import { agencyHeading, approvedAt, rhkTexts } from './queries.js';

type PersonRow = Awaited<ReturnType<typeof peopleOf>>[number];

function snapshot(p: PersonRow): SkpPersonSnapshot {
  return { status: p.status, name: p.name, nip: p.nip, rank: p.rank, positionName: p.positionName, unitName: p.unitName };
}

/**
 * What the printed SKP shows, from the SKP's own snapshot (the people as they were when it was made
 * or last submitted, not today's org chart) and one version: the version in force when there is one
 * (a revision under way does not replace the approved plan on paper), else the last version, printed
 * as a draft. The intervened RHK are read from the pejabat penilai's SKP in the penilai's agency.
 */
export async function printModelOf(ctx: AppContext, skp: SkpRow): Promise<SkpPrintModel> {
  const version = skp.version_in_force ?? skp.current_version;
  const approved = skp.version_in_force !== null;
  const [people, content, agency, approval] = await Promise.all([
    peopleOf(ctx.db, skp.agency_id, skp.id),
    versionContent(ctx.db, skp.agency_id, skp.id, version),
    agencyHeading(ctx.db, skp.agency_id),
    approved ? approvedAt(ctx.db, skp.agency_id, skp.id, version) : Promise.resolve(undefined),
  ]);
  const pegawai = people.find((x) => x.role === 'pegawai');
  if (!content || !pegawai || !agency) throw new AppError('NOT_FOUND', 'SKP tidak ditemukan.');
  const penilai = people.find((x) => x.role === 'pejabat_penilai') ?? null;

  const rhk = content.rhk as PrintRhkInput[];
  const parentIds = [...new Set(rhk.flatMap((r) => (r.parentRhkId ? [r.parentRhkId] : [])))];
  const parentTexts = new Map<string, string>();
  if (parentIds.length > 0) {
    for (const row of await rhkTexts(ctx.db, penilai?.personAgencyId ?? skp.agency_id, parentIds)) {
      if (!parentTexts.has(row.id)) parentTexts.set(row.id, row.text);
    }
  }
  const at = approval?.at ?? null;
  return {
    agencyName: agency.name,
    form: skp.form as SkpForm,
    pendekatan: skp.pendekatan as Pendekatan,
    period: { from: skp.period_from, to: skp.period_to },
    version,
    approved,
    approvedOn: at ? localDateOf(new Date(at), agency.time_zone) : null,
    pegawai: snapshot(pegawai),
    penilai: penilai ? snapshot(penilai) : null,
    hasilKerja: hasilKerjaRows(rhk, parentTexts, skp.form as SkpForm),
    ekspektasi: Object.fromEntries(content.perilaku.map((p) => [p.id, p.ekspektasi])),
    lampiran: lampiranSections(content.lampiran),
  };
}
