import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';
import { PGliteStatements } from './pglite-statements.js';

/**
 * Lets Kysely's own PostgreSQL driver run on PGlite. PGlite is one connection, so the "pool" hands it
 * out to one borrower at a time: a transaction then owns the connection until it commits, and no other
 * request's statement can slip inside it.
 */
class PGlitePool implements PostgresPool {
  // Kysely reads pool options only to cancel queries through a second connection, which PGlite lacks.
  readonly options = {};
  private tail: Promise<void> = Promise.resolve();
  private readonly statements: PGliteStatements;

  constructor(private readonly pg: PGlite) {
    this.statements = new PGliteStatements(pg);
  }

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => released);
    await previous;
    const { pg, statements } = this;
    let done = false;
    return {
      async query<R>(sqlOrCursor: unknown, parameters?: readonly unknown[]): Promise<PostgresQueryResult<R>> {
        if (typeof sqlOrCursor !== 'string') throw new Error('PGlite does not support cursors');
        if (parameters && parameters.length > 0) {
          const { rows, rowCount } = await statements.query<R>(sqlOrCursor, parameters);
          return { command: commandOf(sqlOrCursor), rowCount, rows };
        }
        // Statements without parameters may be scripts (migrations): those need the simple protocol.
        const result = ((await pg.exec(sqlOrCursor)).at(-1) as Awaited<ReturnType<typeof pg.query<R>>> | undefined) ?? { rows: [] as R[], affectedRows: 0, fields: [] };
        if (DDL.test(sqlOrCursor)) await statements.forgetAll();
        return {
          command: commandOf(sqlOrCursor),
          rowCount: result.affectedRows ?? result.rows.length,
          rows: result.rows,
        };
      },
      release() {
        if (done) return;
        done = true;
        release();
      },
    } as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.tail;
  }
}

const DDL = /^\s*(create|alter|drop|truncate|comment)\b/im;

function commandOf(sql: string): PostgresQueryResult<unknown>['command'] {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge)\b/i.exec(sql);
  return (m?.[1]?.toUpperCase() as PostgresQueryResult<unknown>['command']) ?? 'SELECT';
}

export function pgliteDialect(pg: PGlite): PostgresDialect {
  return new PostgresDialect({ pool: new PGlitePool(pg) });
}
