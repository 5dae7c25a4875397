/**
 * Finance's exports of a run: the daftar nominatif read through the TPP module's `readRunForFinance`
 * (its access check: `tpp.read`, the agency's admins and finance, auditors in scope, the BKD), drawn
 * as XLSX or PDF, and every download written to the audit trail.
 */
import type { Principal } from '@kinerja/core';
import type { TppNominatifFormat } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { renderPdf } from '../skp-print/index.js';
import { agencySigners, provinceMonth, readRunForFinance } from '../tpp/index.js';
import { nominatifFileName, nominatifModel, type NominatifAgencyInput, type NominatifModel } from './model.js';
import { nominatifDocument } from './pdf-layout.js';
import { nominatifWorkbook } from './xlsx.js';

export interface NominatifFile {
  bytes: Buffer;
  /** ASCII only: safe in Content-Disposition as it is. */
  fileName: string;
  contentType: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One run's employees as one OPD of the nominatif, with the agency's signers as stored now (a role with none is left to be written in). */
async function agencyOf(ctx: AppContext, p: Principal, agencyId: string, runId: string) {
  const { run, employees } = await readRunForFinance(ctx, p, agencyId, runId);
  const signers = await agencySigners(ctx, agencyId);
  const agency: NominatifAgencyInput = {
    agencyId,
    agencyName: run.agencyName,
    pa: signers.pa,
    bendahara: signers.bendahara,
    rows: employees.map((e) => ({
      person: {
        employeeId: e.employeeId,
        nip: e.nip,
        name: e.name,
        golongan: e.golongan,
        kelas: e.kelas,
        positionName: e.positionName,
        unitName: e.unitName,
        bankAccount: e.bankAccount ? { bank: e.bankAccount.bank, number: e.bankAccount.number } : null,
      },
      result: e.result,
      error: e.error,
    })),
  };
  return { run, agency };
}

/** One agency's run as the nominatif model. */
export async function runNominatif(ctx: AppContext, p: Principal, agencyId: string, runId: string): Promise<NominatifModel> {
  const { run, agency } = await agencyOf(ctx, p, agencyId, runId);
  return nominatifModel({ runId: run.id, month: run.month, status: run.status, lockedAt: run.lockedAt, agencies: [agency] });
}

/**
 * Every run of a month the caller may read (the BKD and auditors: the province; an agency's admins
 * and finance: their own), with the recap per OPD. Locked only when every run is; no run = 404.
 */
export async function provinceNominatif(ctx: AppContext, p: Principal, month: string): Promise<NominatifModel> {
  const { items } = await provinceMonth(ctx, p, month);
  if (items.length === 0) throw new AppError('NOT_FOUND', `Belum ada perhitungan TPP bulan ${month}.`);
  const agencies: NominatifAgencyInput[] = [];
  for (const r of items) agencies.push((await agencyOf(ctx, p, r.agencyId, r.id)).agency);
  const locked = items.every((r) => r.status === 'locked');
  const lastLock = locked ? items.map((r) => r.lockedAt ?? '').sort().at(-1) || null : null;
  return nominatifModel({ runId: `${month} (${items.length} OPD)`, month, regionName: 'Seluruh OPD', status: locked ? 'locked' : 'checked', lockedAt: lastLock, agencies });
}

async function fileOf(m: NominatifModel, format: TppNominatifFormat): Promise<NominatifFile> {
  const bytes = format === 'xlsx' ? await nominatifWorkbook(m) : await renderPdf(nominatifDocument(m));
  return { bytes, fileName: nominatifFileName(m, format), contentType: format === 'xlsx' ? XLSX_TYPE : 'application/pdf' };
}

/** The month's nominatif of every readable run, and its download in the audit trail. */
export async function exportProvinceNominatif(ctx: AppContext, p: Principal, month: string, format: TppNominatifFormat): Promise<NominatifFile> {
  const m = await provinceNominatif(ctx, p, month);
  const file = await fileOf(m, format);
  await recordAudit(ctx.db, {
    agencyId: m.agencies.length === 1 ? m.agencies[0]!.agencyId : null,
    actorAccountId: p.accountId,
    action: 'tpp.nominatif.exported',
    entity: 'tpp_month',
    entityId: null,
    data: { format, month, agencies: m.agencies.length, status: m.status, employees: m.counts.employees, payable: m.total.payable },
  });
  return file;
}

/** The file, and its download in the audit trail (who took which run's figures, in what form). */
export async function exportRunNominatif(ctx: AppContext, p: Principal, agencyId: string, runId: string, format: TppNominatifFormat): Promise<NominatifFile> {
  const m = await runNominatif(ctx, p, agencyId, runId);
  const file = await fileOf(m, format);
  await recordAudit(ctx.db, {
    agencyId,
    actorAccountId: p.accountId,
    action: 'tpp.nominatif.exported',
    entity: 'tpp_run',
    entityId: runId,
    data: { format, month: m.month, status: m.status, employees: m.counts.employees, payable: m.total.payable },
  });
  return file;
}
