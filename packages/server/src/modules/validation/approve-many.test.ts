import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { loadJournalContext } from '../journal/index.js';
import { people } from './test-support.js';

// PGlite 0.5 silently matched nothing for a row-value IN list of about 275 pairs or more, and on
// PostgreSQL such a list made the approve-all scan the agency's whole journal. Approve-all now joins
// the person-days and entries as arrays; this test sends it well past both limits.
const DAYS_EACH = 170;

let t: TestApp;
let as: ReturnType<typeof people>;
beforeAll(async () => {
  t = await createTestApp();
  as = people(t);
});
afterAll(() => t.close());

/** Working days going back from 13 November 2026 (a holiday has no target, so any minutes there are flagged). */
async function pastWorkingDays(n: number): Promise<string[]> {
  const { calendar } = await loadJournalContext(t.ctx, t.fixture.agencyIds.A);
  const out: string[] = [];
  for (let d = '2026-11-13'; out.length < n; d = calendar.previousWorkingDay(d)) if (calendar.isWorkingDay(d)) out.push(d);
  return out;
}

describe('approve-all over hundreds of person-days', () => {
  it('approves every pending entry of 340 person-days in one call, each once, with its decision and history', async () => {
    const agencyId = t.fixture.agencyIds.A;
    const now = t.ctx.now();
    const dates = await pastWorkingDays(DAYS_EACH);
    const rows = (['staff1', 'staff2'] as const).flatMap((person) =>
      dates.map((date, i) => ({
        agency_id: agencyId,
        id: v7(),
        employee_id: t.fixture.people[person]!.id,
        work_date: date,
        start_minute: 480,
        end_minute: 540,
        duration_minutes: null,
        activity_code: 'ADM-002',
        activity_version: t.fixture.dictionaryVersion,
        volume: 1,
        // Distinct words: a repeated description is flagged and approve-all leaves flagged days.
        description: `Konsep nota dinas ${person} nomor ${i}`,
        rhk_id: null,
        credited_minutes: 60,
        status: 'submitted' as const,
        version: 2,
        submitted_at: now,
        received_at: now,
        created_at: now,
        updated_at: now,
      })),
    );
    for (let i = 0; i < rows.length; i += 100) await t.ctx.db.insertInto('journal_entries').values(rows.slice(i, i + 100)).execute();

    const res = await (await as('kasubbag')).send('POST', '/api/v1/validation/approve-all', {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ decided: rows.length, skipped: 0, flagged: 0 });

    const ids = rows.map((r) => r.id);
    const statuses = await t.ctx.db.selectFrom('journal_entries').select(['status', 'version']).where('id', 'in', ids).execute();
    expect(statuses.every((s) => s.status === 'approved' && s.version === 3)).toBe(true);
    const decisions = await t.ctx.db
      .selectFrom('entry_decisions')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('entry_id').distinct().as('entries')])
      .where('entry_id', 'in', ids)
      .executeTakeFirstOrThrow();
    expect({ n: Number(decisions.n), entries: Number(decisions.entries) }).toEqual({ n: rows.length, entries: rows.length });
    const events = await t.ctx.db.selectFrom('journal_entry_events').select('entry_id').where('entry_id', 'in', ids).where('action', '=', 'approved').execute();
    expect(events).toHaveLength(rows.length);

    // Nothing is left to decide: a second call decides nothing.
    expect((await (await as('kasubbag')).send('POST', '/api/v1/validation/approve-all', {})).json()).toMatchObject({ decided: 0 });
  }, 60_000);
});
