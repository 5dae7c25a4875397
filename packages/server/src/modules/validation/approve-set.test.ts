import { RawNode, type KyselyPlugin } from 'kysely';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { loadJournalContext } from '../journal/index.js';
import { approveAllUnflagged } from './decide.js';

// Approve-all of a large team decides its entries as one set: one UPDATE of the entries, one INSERT
// of decisions and one of history events, however many entries (it used to go 500 at a time, with
// four statements each).
const DAYS_EACH = 200;
const SLOTS = [[480, 540], [540, 600], [600, 660]] as const;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function pastWorkingDays(n: number): Promise<string[]> {
  const { calendar } = await loadJournalContext(t.ctx, t.fixture.agencyIds.A);
  const out: string[] = [];
  for (let d = '2026-11-13'; out.length < n; d = calendar.previousWorkingDay(d)) if (calendar.isWorkingDay(d)) out.push(d);
  return out;
}

/** Counts the statements whose SQL starts with each given prefix. */
function statementCounter(prefixes: readonly string[]) {
  const counts = new Map(prefixes.map((p) => [p, 0]));
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      const text = RawNode.is(args.node) ? args.node.sqlFragments.join('?') : '';
      for (const p of prefixes) if (text.trim().startsWith(p)) counts.set(p, counts.get(p)! + 1);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { plugin, counts };
}

describe('approve-all as one set', () => {
  it('decides 1,200 entries with one UPDATE, one INSERT of decisions and one of events, each entry once', async () => {
    const agencyId = t.fixture.agencyIds.A;
    const now = t.ctx.now();
    const dates = await pastWorkingDays(DAYS_EACH);
    const rows = (['staff1', 'staff2'] as const).flatMap((person) =>
      dates.flatMap((date, i) =>
        SLOTS.map(([start, end], slot) => ({
          agency_id: agencyId,
          id: v7(),
          employee_id: t.fixture.people[person]!.id,
          work_date: date,
          start_minute: start,
          end_minute: end,
          duration_minutes: null,
          activity_code: 'ADM-002',
          activity_version: t.fixture.dictionaryVersion,
          volume: 1,
          // Distinct words: a repeated description is flagged and approve-all leaves flagged days.
          description: `Konsep nota dinas ${person} nomor ${i} bagian ${slot}`,
          rhk_id: null,
          credited_minutes: 60,
          status: 'submitted' as const,
          version: 2,
          submitted_at: now,
          received_at: now,
          created_at: now,
          updated_at: now,
        })),
      ),
    );
    for (let i = 0; i < rows.length; i += 100) await t.ctx.db.insertInto('journal_entries').values(rows.slice(i, i + 100)).execute();

    const { plugin, counts } = statementCounter(['update journal_entries', 'insert into entry_decisions', 'insert into journal_entry_events']);
    const boss = t.fixture.people.kasubbag!;
    const result = await approveAllUnflagged({ ...t.ctx, db: t.ctx.db.withPlugin(plugin) }, { accountId: boss.accountId, agencyId, employeeId: boss.id });
    expect(result).toEqual({ decided: rows.length, skipped: 0, flagged: 0 });
    expect(Object.fromEntries(counts)).toEqual({ 'update journal_entries': 1, 'insert into entry_decisions': 1, 'insert into journal_entry_events': 1 });

    const ids = rows.map((r) => r.id);
    const approved = await t.ctx.db.selectFrom('journal_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', ids).where('status', '=', 'approved').where('version', '=', 3).executeTakeFirstOrThrow();
    expect(Number(approved.n)).toBe(rows.length);
    const decisions = await t.ctx.db
      .selectFrom('entry_decisions')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('entry_id').distinct().as('entries')])
      .where('entry_id', 'in', ids)
      .where('entry_version', '=', 2)
      .where('capacity', '=', 'definitive')
      .executeTakeFirstOrThrow();
    expect({ n: Number(decisions.n), entries: Number(decisions.entries) }).toEqual({ n: rows.length, entries: rows.length });
    const events = await t.ctx.db.selectFrom('journal_entry_events').select((eb) => eb.fn.countAll<number>().as('n')).where('entry_id', 'in', ids).where('action', '=', 'approved').executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(rows.length);
  }, 120_000);
});
