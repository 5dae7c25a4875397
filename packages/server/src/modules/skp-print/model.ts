import { hasilKerjaRows, lampiranSections, localDateOf, type Pendekatan, type PrintRhkInput, type SkpForm, type SkpPersonSnapshot } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { peopleOf, rencanaAksiWithin, versionContent, type SkpRow } from '../skp/index.js';
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
  const [people, content, agency, approval, aksi] = await Promise.all([
    peopleOf(ctx.db, skp.agency_id, skp.id),
    versionContent(ctx.db, skp.agency_id, skp.id, version),
    agencyHeading(ctx.db, skp.agency_id),
    approved ? approvedAt(ctx.db, skp.agency_id, skp.id, version) : Promise.resolve(undefined),
    rencanaAksiWithin(ctx.db, skp.agency_id, skp.id, { from: skp.period_from, to: skp.period_to }),
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
    rencanaAksi: rencanaAksiRows(content.rhk, aksi),
  };
}

/**
 * The rencana aksi of the printed version's RHK, by RHK in the form's order (utama A.1 …, tambahan
 * B.1 …) then by period; those of an RHK not in this version are left out.
 */
function rencanaAksiRows(rhk: readonly { id: string; jenis: string; text: string }[], aksi: Awaited<ReturnType<typeof rencanaAksiWithin>>) {
  const rows: { rhk: string; periode: string; text: string; target: string }[] = [];
  for (const [mark, jenis] of [['A', 'utama'], ['B', 'tambahan']] as const) {
    rhk
      .filter((r) => r.jenis === jenis)
      .forEach((r, i) => {
        for (const a of aksi.filter((x) => x.rhkId === r.id)) rows.push({ rhk: `${mark}.${i + 1} ${r.text}`, periode: a.label, text: a.text, target: a.target });
      });
  }
  return rows;
}
