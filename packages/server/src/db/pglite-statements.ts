/// <reference path="./pg-utils.d.ts" />
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { serialize } from 'pg-protocol';
import pgUtils from 'pg/lib/utils.js';

/**
 * Runs a parameterised statement on PGlite the way node-postgres runs it on a server: the values
 * serialised and the rows parsed by node-postgres's own rules, so both engines hand the code above
 * the same JavaScript values.
 *
 * PGlite's own `query()` makes six calls into the engine per statement (parse, describe the
 * statement to learn the parameter types, bind, describe the portal, execute, sync) and parses and
 * plans the text every time. Here the messages go in one call, and each distinct SQL text is parsed
 * once as a named prepared statement and then only bound and executed. Measured on this machine: a
 * primary-key select 151 → 32 µs, a two-row insert 109 → 31 µs (bench/README.md, "What held PGlite
 * back"). A kept statement keeps its plan until its tables' statistics change; PGlite has no
 * autovacuum, so the server analyses tables as they fill (db/statistics.ts), and the engine plans
 * the statement again on its next use.
 */
export class PGliteStatements {
  private readonly names = new Map<string, string>();
  private counter = 0;

  constructor(
    private readonly lite: PGlite,
    private readonly capacity = 500,
  ) {}

  async query<R>(sql: string, parameters: readonly unknown[]): Promise<{ rows: R[]; rowCount: number }> {
    const known = this.names.get(sql);
    const name = known ?? `k${++this.counter}`;
    const values = parameters.map((v) => pgUtils.prepareValue(v) as string | Buffer | null);
    const parts: Uint8Array[] = [];
    if (!known) parts.push(serialize.parse({ name, text: sql, types: [] }));
    parts.push(serialize.bind({ statement: name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync());
    let messages;
    try {
      ({ messages } = await this.lite.execProtocol(concat(parts), { syncToFs: true }));
    } catch (error) {
      // The statement may or may not exist now: close it (closing a missing one is no error) and forget it.
      // The caller must see the statement's own error (its SQLSTATE decides retries), never the cleanup's.
      this.names.delete(sql);
      await this.close(name).catch(() => undefined);
      throw error;
    }
    if (!known) await this.remember(sql, name);
    else {
      // Most recently used last, so the oldest is the one evicted.
      this.names.delete(sql);
      this.names.set(sql, name);
    }
    return rowsOf<R>(messages);
  }

  /** After DDL, a kept plan may no longer fit its tables: start afresh. */
  async forgetAll(): Promise<void> {
    if (this.names.size === 0) return;
    this.names.clear();
    await this.lite.exec('deallocate all');
  }

  private async remember(sql: string, name: string): Promise<void> {
    this.names.set(sql, name);
    if (this.names.size <= this.capacity) return;
    const [oldestSql, oldestName] = this.names.entries().next().value as [string, string];
    this.names.delete(oldestSql);
    await this.close(oldestName);
  }

  /** Awaited, always: PGlite keeps one message collector, and an overlapping call would take another's rows. */
  private async close(name: string): Promise<void> {
    await this.lite.execProtocol(concat([serialize.close({ type: 'S', name }), serialize.sync()]), { syncToFs: false });
  }
}

interface Message {
  name: string;
  fields?: ({ name: string; dataTypeID: number } | string | null)[];
  text?: string;
}

function rowsOf<R>(messages: readonly Message[]): { rows: R[]; rowCount: number } {
  let columns: { name: string; parse: (v: string) => unknown }[] = [];
  const rows: R[] = [];
  let rowCount = 0;
  for (const m of messages) {
    if (m.name === 'rowDescription') {
      columns = (m.fields as { name: string; dataTypeID: number }[]).map((f) => ({ name: f.name, parse: pg.types.getTypeParser(f.dataTypeID, 'text') }));
    } else if (m.name === 'dataRow') {
      const row: Record<string, unknown> = {};
      (m.fields as (string | null)[]).forEach((v, i) => {
        const c = columns[i]!;
        row[c.name] = v === null ? null : c.parse(v);
      });
      rows.push(row as R);
    } else if (m.name === 'commandComplete') {
      // "INSERT 0 3", "UPDATE 2", "SELECT 5": the count is the last word when there is one.
      const n = Number(m.text!.split(' ').at(-1));
      if (Number.isInteger(n)) rowCount = n;
    }
  }
  return { rows, rowCount };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
