import { randomUUID } from 'node:crypto';
import { addDays, weekdayOf } from '@kinerja/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../testing/index.js';
import { insertPunches, type NewPunch } from './queries.js';

/**
 * A ZKTeco push machine as the published examples show it on the wire (used by the tests and the
 * bench): it shakes hands (`GET /iclock/cdata?SN=…&options=all&pushver=…&language=69`), keeps its
 * punches until the server answers a batch with `OK`, sends them as ATTLOG lines
 * (`PIN\tyyyy-mm-dd hh:mm:ss\tstatus\tverify\tworkcode\treserved`, `\n` between lines) with its
 * stamp, polls `GET /iclock/getrequest`, carries out the `C:<id>:DATA UPDATE|DELETE USERINFO …`
 * commands it is given on its own user list, and reports each as `ID=<id>&Return=0&CMD=DATA`.
 * `dropNextOk` loses the next answer on the way back, as a flaky link does: the batch stays unsent.
 */
export class SimulatedMachine {
  /** Punches not yet acknowledged, oldest first. */
  readonly outbox: string[] = [];
  /** PIN → name, as enrolled by commands. */
  readonly users = new Map<string, string>();
  readonly results: string[] = [];
  stamp = 0;
  dropNextOk = false;
  lastHandshake = '';

  constructor(
    private readonly app: FastifyInstance,
    readonly serial: string,
    private readonly pushVersion = '2.4.1',
  ) {}

  private headers(contentType?: string) {
    return { host: 'kinerja.local', 'user-agent': 'iClock Proxy/1.09', accept: '*/*', ...(contentType ? { 'content-type': contentType } : {}) };
  }

  async handshake(): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url: `/iclock/cdata?SN=${this.serial}&options=all&pushver=${this.pushVersion}&language=69`, headers: this.headers() });
    this.lastHandshake = res.body;
    return res;
  }

  punch(pin: string, localTime: string, status = 0, verify = 1): void {
    this.outbox.push(`${pin}\t${localTime}\t${status}\t${verify}\t0\t0`);
  }

  /** Sends what is unacknowledged (at most `max` lines, as firmware batches); true when the server said OK. */
  async pushAttlog(max = 500, contentType = 'text/plain'): Promise<{ res: LightMyRequestResponse; acknowledged: boolean }> {
    const batch = this.outbox.slice(0, max);
    const nextStamp = this.stamp + batch.length;
    const res = await this.app.inject({
      method: 'POST',
      url: `/iclock/cdata?SN=${this.serial}&table=ATTLOG&Stamp=${nextStamp}`,
      headers: this.headers(contentType),
      payload: batch.join('\n') + '\n',
    });
    const ok = res.statusCode === 200 && /^OK(:|$)/.test(res.body);
    if (this.dropNextOk) {
      this.dropNextOk = false;
      return { res, acknowledged: false };
    }
    if (ok) {
      this.outbox.splice(0, batch.length);
      this.stamp = nextStamp;
    }
    return { res, acknowledged: ok };
  }

  async pushOperlog(body: string): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'POST', url: `/iclock/cdata?SN=${this.serial}&table=OPERLOG&OpStamp=${this.stamp}`, headers: this.headers('text/plain'), payload: body });
  }

  /** One heartbeat: fetch commands, run them, report the results. Answers the heartbeat's response. */
  async heartbeat(): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url: `/iclock/getrequest?SN=${this.serial}`, headers: this.headers() });
    if (res.statusCode !== 200 || res.body === 'OK') return res;
    const done: string[] = [];
    for (const line of res.body.split('\n')) {
      const m = /^C:(\d+):(.*)$/.exec(line);
      if (!m) continue;
      const [, id, cmd] = m as unknown as [string, string, string];
      const fields = new Map(
        cmd
          .replace(/^DATA (UPDATE|DELETE) USERINFO /, '')
          .split('\t')
          .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)] as const),
      );
      let ret = -1002;
      if (cmd.startsWith('DATA UPDATE USERINFO ')) {
        this.users.set(fields.get('PIN')!, fields.get('Name') ?? '');
        ret = 0;
      } else if (cmd.startsWith('DATA DELETE USERINFO ')) {
        this.users.delete(fields.get('PIN')!);
        ret = 0;
      }
      done.push(`ID=${id}&Return=${ret}&CMD=DATA`);
    }
    if (done.length > 0) {
      const r = await this.app.inject({ method: 'POST', url: `/iclock/devicecmd?SN=${this.serial}`, headers: this.headers('text/plain'), payload: done.join('\n') + '\n' });
      this.results.push(r.body);
    }
    return res;
  }
}

/** A machine of the agency, straight into the table (the tests of the routes register theirs through the API). */
export async function addMachine(t: TestApp, agencyId: string, serial = `SN${randomUUID().slice(0, 8)}`): Promise<string> {
  const id = randomUUID();
  await t.ctx.db.insertInto('attendance_machines').values({ agency_id: agencyId, id, serial_number: serial, name: `Mesin ${serial}`, zone: 'WIB' }).execute();
  return id;
}

/** Punches of one employee on a WIB machine, 'yyyy-mm-dd HH:MM' each. */
export async function addPunches(t: TestApp, agencyId: string, machineId: string, employee: { id: string; nip: string }, stamps: readonly string[]): Promise<void> {
  const rows: NewPunch[] = stamps.map((s) => ({
    agency_id: agencyId,
    machine_id: machineId,
    pin: employee.nip,
    local_time: `${s}:00`,
    at: new Date(`${s.replace(' ', 'T')}:00+07:00`),
    employee_id: employee.id,
    status: 0,
    verify: 1,
    work_code: '',
    source: 'file',
    received_at: new Date(),
  }));
  if (rows.length) await insertPunches(t.ctx.db, rows);
}

/** The working days (Mon–Fri) of a range. */
export function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (weekdayOf(d) !== 'sat' && weekdayOf(d) !== 'sun') out.push(d);
  return out;
}

/** On time every working day of the range (07:25–16:35), except the dates given their own punches. */
export function fullMonth(from: string, to: string, except: Readonly<Record<string, readonly string[]>> = {}): string[] {
  return weekdays(from, to).flatMap((d) => except[d]?.map((hm) => `${d} ${hm}`) ?? [`${d} 07:25`, `${d} 16:35`]);
}
