import { loadConfig } from '../config.js';
import { grantAppRole } from '../db/app-role.js';
import { describeReports, verifyAuditChains } from '../modules/audit/verify.js';
import { openDatabase } from '../runtime.js';
import { existingServerKeyring } from '../server-key.js';

/** `kinerja audit verify [--agency <code>]`: OK with counts, or each broken chain's first broken link (exit 1). */
export async function auditVerifyCommand(o: { agency?: string }): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    let only: { agencyId: string | null } | undefined;
    if (o.agency !== undefined) {
      const agency = await handle.db.selectFrom('agencies').select('id').where('code', '=', o.agency).executeTakeFirst();
      if (!agency) throw new Error(`OPD dengan kode ${o.agency} tidak ditemukan.`);
      only = { agencyId: agency.id };
    }
    // Retention checkpoints are checked with the server key file when it is there (not made if missing).
    const { ok, lines } = describeReports(await verifyAuditChains(handle.db, only, await existingServerKeyring(config.totpKeyFile)));
    for (const line of lines) console.log(line);
    if (!ok) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

/** `kinerja grant-app-role <role>` (PostgreSQL): the server's role may add to the audit trail, never change it. */
export async function grantAppRoleCommand(role: string): Promise<void> {
  const handle = await openDatabase(loadConfig());
  try {
    if (handle.kind !== 'postgres') throw new Error('Hanya untuk PostgreSQL (DATABASE_URL): PGlite tidak mengenal peran.');
    await grantAppRole(handle.db, role);
    console.log(`Peran ${role} boleh membaca dan menulis semua tabel, tetapi audit_log hanya SELECT dan INSERT (tanpa UPDATE, DELETE, TRUNCATE).`);
  } finally {
    await handle.close();
  }
}
