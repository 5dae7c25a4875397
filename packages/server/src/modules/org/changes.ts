import { randomInt } from 'node:crypto';
import type { Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { deleteAccountSessions, hashPassword } from '../auth/index.js';
import {
  accountByNipForUpdate,
  bumpOrgVersion,
  employeeActive,
  employeeOverrideForUpdate,
  insertActingAssignment,
  overlappingActing,
  positionForUpdate,
  setSupervisorOverrideRow,
  setTemporaryPassword,
} from './queries.js';

export async function setSupervisorOverride(
  ctx: AppContext,
  actor: Principal,
  agencyId: string,
  employeeId: string,
  supervisorId: string | null,
): Promise<void> {
  if (supervisorId === employeeId) {
    throw new AppError('VALIDATION', 'Pegawai tidak dapat menjadi atasan dirinya sendiri.', [
      { field: 'supervisorEmployeeId', message: 'Pegawai tidak dapat menjadi atasan dirinya sendiri.' },
    ]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const employee = await employeeOverrideForUpdate(trx, agencyId, employeeId);
    if (!employee) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan di instansi ini.');
    if (supervisorId) {
      const sup = await employeeActive(trx, agencyId, supervisorId);
      if (!sup || !sup.active) {
        throw new AppError('VALIDATION', 'Atasan yang dipilih tidak ditemukan atau tidak aktif di instansi ini.', [
          { field: 'supervisorEmployeeId', message: 'Atasan tidak ditemukan di instansi ini.' },
        ]);
      }
    }
    await setSupervisorOverrideRow(trx, agencyId, employeeId, supervisorId, ctx.now());
    await bumpOrgVersion(trx, agencyId);
    await recordAudit(trx, {
      agencyId,
      actorAccountId: actor.accountId,
      action: 'org.supervisor_override',
      entity: 'employee',
      entityId: employeeId,
      data: { from: employee.supervisor_override_id, to: supervisorId },
    });
  });
}

export async function createActingAssignment(
  ctx: AppContext,
  actor: Principal,
  agencyId: string,
  input: { employeeId: string; positionId: string; role: 'plt' | 'plh'; startsOn: string; endsOn: string; decreeNumber?: string | undefined },
): Promise<string> {
  if (input.endsOn < input.startsOn) {
    throw new AppError('VALIDATION', 'Tanggal selesai tidak boleh sebelum tanggal mulai.', [
      { field: 'endsOn', message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' },
    ]);
  }
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const [employee, position] = await Promise.all([
      employeeActive(trx, agencyId, input.employeeId),
      positionForUpdate(trx, agencyId, input.positionId),
    ]);
    if (!employee || !employee.active) {
      throw new AppError('VALIDATION', 'Pegawai tidak ditemukan di instansi ini.', [{ field: 'employeeId', message: 'Pegawai tidak ditemukan.' }]);
    }
    if (!position || !position.active) {
      throw new AppError('VALIDATION', 'Jabatan tidak ditemukan di instansi ini.', [{ field: 'positionId', message: 'Jabatan tidak ditemukan.' }]);
    }
    const overlapping = await overlappingActing(trx, agencyId, input);
    if (overlapping) {
      throw new AppError(
        'CONFLICT',
        `Sudah ada ${input.role === 'plt' ? 'Plt' : 'Plh'} untuk jabatan ini pada ${overlapping.starts_on} s.d. ${overlapping.ends_on ?? 'sekarang'}.`,
      );
    }
    await insertActingAssignment(trx, {
      agencyId,
      id,
      employeeId: input.employeeId,
      positionId: input.positionId,
      role: input.role,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      decreeNumber: input.decreeNumber ?? null,
    });
    await bumpOrgVersion(trx, agencyId);
    await recordAudit(trx, { agencyId, actorAccountId: actor.accountId, action: 'org.acting_assigned', entity: 'position_assignment', entityId: id, data: input });
  });
  return id;
}

// No 0/O, 1/l/I: the temporary password is read aloud or copied from a screen.
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function temporaryPassword(length = 12): string {
  let out = '';
  for (let i = 0; i < length; i++) out += READABLE[randomInt(READABLE.length)];
  return out;
}

export async function resetPassword(ctx: AppContext, actor: Principal | null, agencyId: string | null, nip: string): Promise<string> {
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    const account = await accountByNipForUpdate(trx, nip, agencyId);
    if (!account) throw new AppError('NOT_FOUND', 'Akun untuk NIP ini tidak ditemukan.');
    // It signs in for a short while only (ASVS 6.4.1); the person chooses their own at the first sign-in.
    const now = ctx.now();
    await setTemporaryPassword(trx, account.id, hash, now, new Date(now.getTime() + ctx.config.temporaryPasswordHours * 3_600_000));
    await deleteAccountSessions(trx, account.id);
    await recordAudit(trx, {
      agencyId: account.agency_id,
      actorAccountId: actor?.accountId ?? null,
      action: 'auth.password_reset',
      entity: 'account',
      entityId: account.id,
      data: { temporaryPasswordHours: ctx.config.temporaryPasswordHours },
    });
  });
  return password;
}
