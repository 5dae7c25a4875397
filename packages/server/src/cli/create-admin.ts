import { parseNip, ROLES, type Role } from '@kinerja/core';
import { loadConfig } from '../config.js';
import { newId } from '../db/ids.js';
import { recordAudit } from '../modules/audit/record.js';
import { resetPassword } from '../modules/org/changes.js';
import { createContext, openDatabase } from '../runtime.js';

/**
 * Makes an account an admin. An existing employee's account keeps its link to the employee; a NIP
 * with no employee record gets a standalone account (e.g. a BKD operator before the import); `name`
 * is what the app greets such an account with (an employee's own record names them otherwise).
 */
export async function createAdmin(o: { nip: string; role: string; agency?: string; name?: string }): Promise<void> {
  const parsed = parseNip(o.nip);
  if (!parsed.ok) throw new Error(parsed.message);
  const nip = parsed.value.nip;
  const name = o.name?.trim();
  if (name !== undefined && (name.length === 0 || name.length > 200)) throw new Error('Nama harus 1–200 karakter.');
  if (!(ROLES as readonly string[]).includes(o.role) || o.role === 'employee') {
    throw new Error('Peran harus agency_admin, bkd_admin, auditor atau finance.');
  }
  const role = o.role as Role;
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    const ctx = createContext(handle, config);
    const agency = o.agency
      ? await handle.db.selectFrom('agencies').select(['id']).where('code', '=', o.agency).executeTakeFirst()
      : undefined;
    if (o.agency && !agency) throw new Error(`OPD dengan kode ${o.agency} tidak ditemukan.`);
    if ((role === 'agency_admin' || role === 'finance') && !agency) throw new Error(`${role} memerlukan --agency <kode OPD>.`);
    const employee = await handle.db.selectFrom('employees').select(['id', 'agency_id']).where('nip', '=', nip).where('active', '=', true).executeTakeFirst();
    if (agency && employee && employee.agency_id !== agency.id) {
      throw new Error('Pegawai dengan NIP ini terdaftar di OPD lain.');
    }
    const agencyId = agency?.id ?? employee?.agency_id ?? null;
    await handle.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('accounts').select('id').where('nip', '=', nip).executeTakeFirst();
      if (existing) {
        await trx.updateTable('accounts').set({ role, agency_id: agencyId, ...(name !== undefined && { display_name: name }), updated_at: new Date() }).where('id', '=', existing.id).execute();
      } else {
        await trx
          .insertInto('accounts')
          .values({ id: newId(), nip, role, agency_id: agencyId, employee_id: employee && agencyId === employee.agency_id ? employee.id : null, display_name: name ?? null, password_hash: null })
          .execute();
      }
      await recordAudit(trx, { agencyId, actorAccountId: null, action: 'auth.admin_created', entity: 'account', entityId: nip, data: { role, via: 'cli' } });
    });
    const password = await resetPassword(ctx, null, null, nip);
    console.log(`Akun ${nip} kini berperan ${role}. Kata sandi sementara: ${password}`);
  } finally {
    await handle.close();
  }
}
