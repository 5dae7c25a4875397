import { sql } from 'kysely';

/**
 * Every statement that changes an entry sets its change time to the database clock at the statement's
 * start (offline sync orders an employee's changes by it: docs/sync-protocol.md). There is no trigger:
 * Citus refuses them on distributed tables, and a trigger on a worker drew from that worker's own
 * sequence. statement_timestamp(), not clock_timestamp(): Citus refuses volatile functions in an UPDATE
 * of a distributed table, and evaluates this stable one on the coordinator.
 */
export const changedNow = sql<Date>`statement_timestamp()`;
