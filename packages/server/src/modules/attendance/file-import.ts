import type { Principal } from '@kinerja/core';
import type { PunchImportResult } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { parsePunchFile, PunchFileError } from './files.js';
import { agencyMachine } from './machines.js';
import { employeesOfPins, punchRows, storePunches } from './push.js';
import { storedPunchKeys } from './queries.js';

const MAX_BAD_LISTED = 200;

/**
 * A USB export of one machine (its `attlog.dat`, an Att2000 CSV or the plain template), read in the
 * machine's zone and stored with the same key as pushed punches, so a file imported twice, or
 * holding punches the machine had already pushed, stores each punch once. As with the spreadsheet
 * import: a dry run (the default) lists every bad line and stores nothing; a real run with a bad
 * line stores nothing either (422 IMPORT_INVALID with the lines), so a file is taken whole or not at all.
 */
export async function importPunchFile(ctx: AppContext, p: Principal, agencyId: string, machineId: string, upload: { fileName: string; buffer: Buffer; dryRun: boolean }): Promise<PunchImportResult> {
  await requireAccess(ctx, p, 'attendance.machines.manage', { agencyId });
  const machine = await agencyMachine(ctx.db, agencyId, machineId);
  let parsed;
  try {
    parsed = parsePunchFile(upload.buffer);
  } catch (e) {
    if (e instanceof PunchFileError) throw new AppError('UNSUPPORTED_MEDIA_TYPE', e.message);
    throw e;
  }
  const bad = parsed.bad.slice(0, MAX_BAD_LISTED);
  const now = ctx.now();
  const m = { agencyId, machineId, zone: machine.zone };
  const employees = await employeesOfPins(ctx.db, agencyId, parsed.records.map((r) => r.pin));
  const rows = punchRows(m, parsed.records, employees, 'file', now);
  const unknownPins = rows.filter((r) => r.employee_id === null).length;
  const base = { format: parsed.format, dryRun: upload.dryRun, punches: parsed.records.length, unknownPins, bad };

  if (upload.dryRun) {
    let stored = 0;
    if (rows.length > 0) {
      const times = rows.map((r) => r.local_time).sort();
      const known = new Set((await storedPunchKeys(ctx.db, agencyId, machineId, times[0]!, times.at(-1)!)).map((k) => `${k.pin}\u0000${k.local_time}`));
      stored = rows.filter((r) => known.has(`${r.pin}\u0000${r.local_time}`)).length;
    }
    return { ...base, stored: 0, alreadyStored: parsed.records.length - rows.length + stored };
  }
  if (parsed.bad.length > 0) {
    throw new AppError(
      'IMPORT_INVALID',
      undefined,
      bad.map((b) => ({ field: `baris ${b.line}`, message: b.reason })),
    );
  }
  const stored = await ctx.db.transaction().execute(async (tx) => {
    const n = await storePunches(tx, rows);
    await recordAudit(tx, {
      agencyId,
      actorAccountId: p.accountId,
      action: 'attendance.file_imported',
      entity: 'attendance_machine',
      entityId: machineId,
      data: { fileName: upload.fileName, format: parsed.format, punches: parsed.records.length, stored: n, unknownPins },
    });
    return n;
  });
  return { ...base, stored, alreadyStored: parsed.records.length - stored };
}
