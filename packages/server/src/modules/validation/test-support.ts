import { v7 } from 'uuid';
import { signIn, type Client, type TestApp } from '../../testing/index.js';

/** Shared by the validation tests: signed-in clients by fixture name, entries logged and sent through the API. */
export function people(t: TestApp) {
  const clients = new Map<string, Client>();
  return async function as(person: string): Promise<Client> {
    let c = clients.get(person);
    if (!c) clients.set(person, (c = await signIn(t.app, t.fixture.people[person]!.nip)));
    return c;
  };
}

/** A new session, for a test that moves the clock: sessions expire, so cached ones must not travel in time. */
export const fresh = (t: TestApp, person: string) => signIn(t.app, t.fixture.people[person]!.nip);

export interface EntrySpec {
  start?: string;
  end?: string;
  code?: string;
  volume?: number;
  description?: string;
}

/** Logs entries for a date (one PUT each) and returns their ids; nothing is sent yet. */
export async function logEntries(c: Client, date: string, specs: EntrySpec[]): Promise<string[]> {
  const ids: string[] = [];
  for (const s of specs) {
    const id = v7();
    const res = await c.send('PUT', `/api/v1/journal/entries/${id}`, {
      workDate: date,
      ...(s.start ? { startTime: s.start, endTime: s.end } : {}),
      activityCode: s.code ?? 'ADM-002',
      volume: s.volume ?? 1,
      description: s.description ?? `Konsep nota dinas ${id.slice(-6)}`,
    });
    if (res.statusCode !== 201) throw new Error(`PUT entry: ${res.statusCode} ${res.body}`);
    ids.push(id);
  }
  return ids;
}

/** Logs and sends a day; returns the new entries' ids. */
export async function submitEntries(c: Client, date: string, specs: EntrySpec[]): Promise<string[]> {
  const ids = await logEntries(c, date, specs);
  const res = await c.send('POST', `/api/v1/journal/days/${date}/submit`);
  if (res.statusCode !== 200) throw new Error(`submit: ${res.statusCode} ${res.body}`);
  return ids;
}

/**
 * Hour slots from 07:00, one hour each, for `n` entries that do not overlap (they touch). A whole
 * hour, so a 60-minute activity earns its 60 minutes: credit never exceeds the span of the times.
 */
export function slots(n: number, firstHour = 7): EntrySpec[] {
  const hh = (h: number) => String(h).padStart(2, '0');
  return Array.from({ length: n }, (_, i) => {
    const h = firstHour + i;
    return { start: `${hh(h)}:00`, end: h >= 23 ? '23:59' : `${hh(h + 1)}:00` };
  });
}

/** A WIB wall-clock instant (the fixture agencies are in Asia/Pontianak). */
export const wib = (date: string, time = '10:00') => new Date(`${date}T${time}:00+07:00`);

export const decide = (c: Client, entryId: string, body: Record<string, unknown>) => c.send('POST', `/api/v1/validation/entries/${entryId}/decision`, body);

export async function statusOf(t: TestApp, entryId: string): Promise<string> {
  const row = await t.ctx.db.selectFrom('journal_entries').select('status').where('id', '=', entryId).executeTakeFirstOrThrow();
  return row.status;
}
