/**
 * Finance's exports of a run: the daftar nominatif read through the TPP module's `readRunForFinance`
 * (its access check: `tpp.read`, the agency's admins and finance, auditors in scope, the BKD), drawn
 * as XLSX or PDF, and every download written to the audit trail.
 */
import type { Principal } from '@kinerja/core';
import type { TppNominatifFormat } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/index.js';
import { renderPdf } from '../skp-print/index.js';
import { readRunForFinance } from '../tpp/index.js';
import { nominatifFileName, nominatifModel, type NominatifModel } from './model.js';
import { nominatifDocument } from './pdf-layout.js';
import { nominatifWorkbook } from './xlsx.js';

export interface NominatifFile {
  bytes: Buffer;
  /** ASCII only: safe in Content-Disposition as it is. */
  fileName: string;
  contentType: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One agency's run as the nominatif model (no signer is known to the app yet: the lines are left to be written in). */
export async function runNominatif(ctx: AppContext, p: Principal, agencyId: string, runId: string): Promise<NominatifModel> {
  const { run, employees } = await readRunForFinance(ctx, p, agencyId, runId);
  return nominatifModel({
    runId: run.id,
    month: run.month,
    status: run.status,
    lockedAt: run.lockedAt,
    agencies: [
      {
        agencyId,
        agencyName: run.agencyName,
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
      },
    ],
  });
}

/** The file, and its download in the audit trail (who took which run's figures, in what form). */
export async function exportRunNominatif(ctx: AppContext, p: Principal, agencyId: string, runId: string, format: TppNominatifFormat): Promise<NominatifFile> {
  const m = await runNominatif(ctx, p, agencyId, runId);
  const bytes = format === 'xlsx' ? await nominatifWorkbook(m) : await renderPdf(nominatifDocument(m));
  await recordAudit(ctx.db, {
    agencyId,
    actorAccountId: p.accountId,
    action: 'tpp.nominatif.exported',
    entity: 'tpp_run',
    entityId: runId,
    data: { format, month: m.month, status: m.status, employees: m.counts.employees, payable: m.total.payable },
  });
  return { bytes, fileName: nominatifFileName(m, format), contentType: format === 'xlsx' ? XLSX_TYPE : 'application/pdf' };
}
