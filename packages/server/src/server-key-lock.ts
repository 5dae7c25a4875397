import { sql } from 'kysely';
import type { Db } from './db/query.js';

/**
 * The server key's lock (issue 20): what seals a two-factor secret or signs an audit checkpoint takes it
 * shared, inside the transaction that stores the value, and reads the keyring after taking it; the key
 * rotation's last step (re-seal what is left, count, drop the older keys from the file) takes it
 * exclusive. So a value sealed with a key the rotation is about to drop is either committed before that
 * step (and re-sealed by it) or sealed after it, with the new key. On PostgreSQL a transaction advisory
 * lock keyed by the schema; PGlite's one connection already runs one transaction at a time.
 */
const NAME = 'kinerja.server_key';

/** Held until the transaction ends: the keyring read after it stays the file's until then. */
export async function holdServerKeyForUse(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock_shared(hashtext(current_schema()), hashtext(${NAME}))`.execute(trx);
}

/** Held until the transaction ends: nothing seals or signs with the server key meanwhile. */
export async function holdServerKeyForRotation(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(current_schema()), hashtext(${NAME}))`.execute(trx);
}
