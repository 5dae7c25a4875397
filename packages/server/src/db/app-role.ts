import { sql, type Kysely } from 'kysely';

/**
 * Gives a PostgreSQL role what the running server needs and no more on the audit trail: read and write
 * on every table and sequence of the schema (also those later migrations create, through default
 * privileges), but only SELECT and INSERT on audit_log. Run it as the role that owns the tables (the
 * one that runs `kinerja migrate`); the server then connects as `role`. Privileges, not the trigger, are
 * what a role cannot switch off itself: the append-only trigger can be dropped by the table's owner.
 */
export async function grantAppRole(db: Kysely<any>, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`Nama peran tidak sah: ${role} (huruf kecil, angka, garis bawah).`);
  const exists = await sql<{ n: number }>`select count(*)::int as n from pg_roles where rolname = ${role}`.execute(db);
  if (exists.rows[0]?.n !== 1) throw new Error(`Peran ${role} tidak ada. Buat dulu: CREATE ROLE ${role} LOGIN PASSWORD '…';`);
  const { rows } = await sql<{ schema: string; owner: string }>`
    select current_schema() as schema, pg_get_userbyid(c.relowner) as owner
      from pg_class c where c.oid = to_regclass('audit_log')`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('Tabel audit_log belum ada: jalankan `kinerja migrate` dulu.');
  if (rows[0]!.owner === role) throw new Error(`Peran ${role} memiliki tabel-tabelnya; pemilik selalu dapat memberi dirinya hak kembali. Pakai peran lain untuk aplikasi.`);
  const s = sql.id(schema);
  const r = sql.id(role);
  await db.transaction().execute(async (trx) => {
    await sql`grant usage on schema ${s} to ${r}`.execute(trx);
    await sql`grant select, insert, update, delete on all tables in schema ${s} to ${r}`.execute(trx);
    await sql`grant usage, select, update on all sequences in schema ${s} to ${r}`.execute(trx);
    await sql`alter default privileges in schema ${s} grant select, insert, update, delete on tables to ${r}`.execute(trx);
    await sql`alter default privileges in schema ${s} grant usage, select, update on sequences to ${r}`.execute(trx);
    await sql`revoke update, delete, truncate on audit_log from ${r}`.execute(trx);
    // Retention's checkpoints (migration 0048) are made only by audit_log_cut; key rotation signs them again.
    await sql`revoke insert, delete, truncate on audit_checkpoints from ${r}`.execute(trx);
  });
}
