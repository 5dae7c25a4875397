import { randomInt } from 'node:crypto';
import type { Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { hashPassword } from '../auth/passwords.js';
import { deleteAccountSessions } from '../auth/sessions.js';
import { bumpOrgVersion } from './snapshot.js';

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
    const employee = await trx
      .selectFrom('employees')
      .select(['id', 'supervisor_override_id'])
      .where('agency_id', '=', agencyId)
      .where('id', '=', employeeId)
      .forUpdate()
      .executeTakeFirst();
    if (!employee) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan di instansi ini.');
    if (supervisorId) {
      const sup = await trx
        .selectFrom('employees')
        .select(['id', 'active'])
        .where('agency_id', '=', agencyId)
        .where('id', '=', supervisorId)
        .executeTakeFirst();
      if (!sup || !sup.active) {
        throw new AppError('VALIDATION', 'Atasan yang dipilih tidak ditemukan atau tidak aktif di instansi ini.', [
          { field: 'supervisorEmployeeId', message: 'Atasan tidak ditemukan di instansi ini.' },
        ]);
      }
    }
    await trx
      .updateTable('employees')
      .set({ supervisor_override_id: supervisorId, updated_at: ctx.now() })
      .where('agency_id', '=', agencyId)
      .where('id', '=', employeeId)
      .execute();
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
      trx.selectFrom('employees').select(['id', 'active']).where('agency_id', '=', agencyId).where('id', '=', input.employeeId).executeTakeFirst(),
      trx
        .selectFrom('positions')
        .select(['id', 'is_unit_head', 'active'])
        .where('agency_id', '=', agencyId)
        .where('id', '=', input.positionId)
        .forUpdate()
        .executeTakeFirst(),
    ]);
    if (!employee || !employee.active) {
      throw new AppError('VALIDATION', 'Pegawai tidak ditemukan di instansi ini.', [{ field: 'employeeId', message: 'Pegawai tidak ditemukan.' }]);
    }
    if (!position || !position.active) {
      throw new AppError('VALIDATION', 'Jabatan tidak ditemukan di instansi ini.', [{ field: 'positionId', message: 'Jabatan tidak ditemukan.' }]);
    }
    const overlapping = await trx
      .selectFrom('position_assignments')
      .select(['starts_on', 'ends_on'])
      .where('agency_id', '=', agencyId)
      .where('position_id', '=', input.positionId)
      .where('role', '=', input.role)
      .where('starts_on', '<=', input.endsOn)
      .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', input.startsOn)]))
      .executeTakeFirst();
    if (overlapping) {
      throw new AppError(
        'CONFLICT',
        `Sudah ada ${input.role === 'plt' ? 'Plt' : 'Plh'} untuk jabatan ini pada ${overlapping.starts_on} s.d. ${overlapping.ends_on ?? 'sekarang'}.`,
      );
    }
    await trx
      .insertInto('position_assignments')
      .values({
        agency_id: agencyId,
        id,
        employee_id: input.employeeId,
        position_id: input.positionId,
        role: input.role,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        decree_number: input.decreeNumber ?? null,
      })
      .execute();
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
    let q = trx.selectFrom('accounts').select(['id', 'agency_id']).where('nip', '=', nip);
    if (agencyId) q = q.where('agency_id', '=', agencyId);
    const account = await q.forUpdate().executeTakeFirst();
    if (!account) throw new AppError('NOT_FOUND', 'Akun untuk NIP ini tidak ditemukan.');
    await trx
      .updateTable('accounts')
      .set({ password_hash: hash, must_change_password: true, failed_attempts: 0, locked_until: null, updated_at: ctx.now() })
      .where('id', '=', account.id)
      .execute();
    await deleteAccountSessions(trx, account.id);
    await recordAudit(trx, {
      agencyId: account.agency_id,
      actorAccountId: actor?.accountId ?? null,
      action: 'auth.password_reset',
      entity: 'account',
      entityId: account.id,
    });
  });
  return password;
}
