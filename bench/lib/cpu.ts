import { readFileSync } from 'node:fs';
import pg from 'pg';

// Linux reports process CPU in clock ticks; USER_HZ is 100 on every common kernel.
const TICK_MS = 10;

/** CPU time (user + system, ms) a process has used so far; 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** CPU time of a process and all its descendants (the app runs under tsx, which starts a child). */
export function processTreeCpuMs(pid: number): number {
  let total = processCpuMs(pid);
  for (const child of childrenOf(pid)) total += processTreeCpuMs(child);
  return total;
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * CPU used by the PostgreSQL backends serving one database: the server on this machine also serves
 * other databases, so only the backends connected to ours count.
 */
export class PostgresCpu {
  private readonly client: pg.Client;
  private constructor(client: pg.Client, private readonly dbName: string) {
    this.client = client;
  }

  static async open(url: string): Promise<PostgresCpu> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new PostgresCpu(client, new URL(url).pathname.slice(1));
  }

  async snapshot(): Promise<Map<number, number>> {
    const { rows } = await this.client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [this.dbName]);
    return new Map(rows.map((r) => [r.pid, processCpuMs(r.pid)]));
  }

  /** CPU ms used since `before` by the backends alive now (new ones count from zero). */
  async since(before: Map<number, number>): Promise<number> {
    const now = await this.snapshot();
    let total = 0;
    for (const [pid, ms] of now) total += ms - (before.get(pid) ?? 0);
    return total;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
