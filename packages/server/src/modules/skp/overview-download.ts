import type { Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/index.js';
import { recordReads } from '../data-reads/index.js';
import { skpOverview } from './overview.js';
import { overviewWorkbook } from './overview-xlsx.js';

/**
 * The agency's SKP overview as XLSX. Like every bulk download of people's data it is audited and
 * recorded as a read of each person it names (the "Terhambat" and "Belum Disetujui" sheets), so "who read my data" shows it.
 */
export async function skpOverviewDownload(ctx: AppContext, p: Principal, agencyId: string, year: number): Promise<{ body: Buffer; fileName: string }> {
  const o = await skpOverview(ctx, agencyId, year);
  const body = await overviewWorkbook(o);
  await recordReads(ctx, p, agencyId, [...o.blocked, ...o.reminders].map((x) => x.employeeId), 'skp');
  await recordAudit(ctx.db, {
    agencyId,
    actorAccountId: p.accountId,
    action: 'skp.overview_export',
    entity: 'agency',
    entityId: agencyId,
    data: { year: o.year, employees: o.totals.employees, blocked: o.blocked.length, reminders: o.reminders.length },
  });
  return { body, fileName: `ringkasan-skp-${o.agency.code.toLowerCase().replace(/[^a-z0-9-]/g, '')}-${o.year}.xlsx` };
}
