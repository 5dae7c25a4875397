import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, testDatabaseKind, type TestApp } from '../../testing/index.js';
import { applyDecision } from '../journal/index.js';
import { submitEntries } from './test-support.js';

/**
 * Two people (or two tabs) deciding the same entry at once: exactly one decision wins, every other
 * attempt gets 409 naming the winner. 20 parallel decisions (mixed approve / reject / return, from
 * two sessions of the supervisor) at one entry, 100 times over fresh entries, on each database.
 */
const ROUNDS = 100;
const PARALLEL = 20;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const bodyFor = (i: number) =>
  i % 3 === 0 ? { decision: 'approved' } : i % 3 === 1 ? { decision: 'rejected', note: `Alasan penolakan ${i}` } : { decision: 'returned', note: `Perbaiki ${i}` };

describe(`concurrent decisions (${testDatabaseKind()})`, () => {
  it(`${PARALLEL} parallel decisions at one entry, ${ROUNDS} times: exactly one decision each time`, { timeout: 300_000 }, async () => {
    const staff = await signIn(t.app, t.fixture.people.staff1!.nip);
    // The entries are logged and sent through the API, untimed so 100 fit on one day.
    const entries = await submitEntries(staff, '2026-11-23', Array.from({ length: ROUNDS }, (_, i) => ({ code: 'ADM-001', description: `Surat masuk nomor ${i}` })));
    const tabs = [await signIn(t.app, t.fixture.people.kasubbag!.nip), await signIn(t.app, t.fixture.people.kasubbag!.nip)];

    const winners: string[] = [];
    for (const [round, entryId] of entries.entries()) {
      const results = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          t.app.inject({
            method: 'POST',
            url: `/api/v1/validation/entries/${entryId}/decision`,
            headers: { cookie: tabs[i % 2]!.cookie, 'x-csrf-token': tabs[i % 2]!.csrf },
            // Rotated per round: on PGlite the first in line wins, so each kind gets to win some.
            payload: bodyFor(i + round),
          }),
        ),
      );
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes).toEqual([200, ...Array<number>(PARALLEL - 1).fill(409)]);
      const lost = results.filter((r) => r.statusCode === 409).map((r) => r.json().error);
      for (const e of lost) {
        expect(e.code).toBe('CONFLICT');
        expect(e.message).toMatch(/^Kegiatan ini sudah diputuskan oleh Budi Santoso pada Senin, 23 November 2026 pukul 10\.00 WIB \((disetujui|ditolak|dikembalikan untuk perbaikan)\)\.$/);
      }
      winners.push(results.find((r) => r.statusCode === 200)!.json().decision);
    }

    const decisions = await t.ctx.db.selectFrom('entry_decisions').select(['entry_id', 'decision']).where('entry_id', 'in', entries).execute();
    expect(decisions).toHaveLength(ROUNDS);
    expect(new Set(decisions.map((d) => d.entry_id)).size).toBe(ROUNDS);
    const rows = await t.ctx.db.selectFrom('journal_entries').select(['id', 'status', 'version']).where('id', 'in', entries).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    entries.forEach((id, i) => {
      expect(byId.get(id)).toEqual({ id, status: winners[i], version: 3 });
      expect(decisions.find((d) => d.entry_id === id)!.decision).toBe(winners[i]);
    });
    const events = await t.ctx.db
      .selectFrom('journal_entry_events')
      .select(['entry_id', 'action'])
      .where('entry_id', 'in', entries)
      .where('action', 'in', ['approved', 'rejected', 'returned'])
      .execute();
    expect(events).toHaveLength(ROUNDS);
    // Every kind of decision won some rounds and lost others.
    expect(new Set(winners)).toEqual(new Set(['approved', 'rejected', 'returned']));
  });

  it('a day decision racing entry decisions: still one decision per entry', { timeout: 120_000 }, async () => {
    const staff = await signIn(t.app, t.fixture.people.staff2!.nip);
    const entries = await submitEntries(staff, '2026-11-20', Array.from({ length: 10 }, (_, i) => ({ code: 'ADM-001', description: `Agenda ${i}` })));
    const boss = await signIn(t.app, t.fixture.people.kasubbag!.nip);
    const headers = { cookie: boss.cookie, 'x-csrf-token': boss.csrf };
    const results = await Promise.all([
      t.app.inject({ method: 'POST', url: `/api/v1/validation/people/${t.fixture.people.staff2!.id}/days/2026-11-20/decision`, headers, payload: { decision: 'approved' } }),
      t.app.inject({ method: 'POST', url: `/api/v1/validation/people/${t.fixture.people.staff2!.id}/decision`, headers, payload: { decision: 'returned', note: 'Semua diperbaiki' } }),
      ...entries.map((id) => t.app.inject({ method: 'POST', url: `/api/v1/validation/entries/${id}/decision`, headers, payload: { decision: 'rejected', note: 'Tidak sesuai' } })),
    ]);
    const bulk = results.slice(0, 2).map((r) => r.json());
    const single = results.slice(2).filter((r) => r.statusCode === 200).length;
    expect(bulk[0].decided + bulk[1].decided + single).toBe(entries.length);
    const decisions = await t.ctx.db.selectFrom('entry_decisions').select('entry_id').where('entry_id', 'in', entries).execute();
    expect(decisions).toHaveLength(entries.length);
  });

  it('the conditional UPDATE itself: 20 transactions deciding one version, one wins (the rest see 0 rows)', { timeout: 120_000 }, async () => {
    const staff = await signIn(t.app, t.fixture.people.adminA!.nip);
    const entries = await submitEntries(staff, '2026-11-19', Array.from({ length: 10 }, (_, i) => ({ code: 'ADM-001', description: `Surat ${i}` })));
    const boss = t.fixture.people.kasubbag!;
    for (const id of entries) {
      const won = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          t.ctx.db.transaction().execute((trx) =>
            applyDecision(
              trx,
              {
                agencyId: t.fixture.agencyIds.A,
                decision: i % 2 ? 'approved' : 'returned',
                note: 'Catatan',
                accountId: boss.accountId,
                deciderEmployeeId: boss.id,
                capacityOf: () => 'definitive',
                autoReason: null,
                now: t.ctx.now(),
              },
              [{ id, version: 2 }],
            ),
          ),
        ),
      );
      expect(won.map((w) => w.length).sort()).toEqual([...Array<number>(PARALLEL - 1).fill(0), 1]);
    }
    const decisions = await t.ctx.db.selectFrom('entry_decisions').select('entry_id').where('entry_id', 'in', entries).execute();
    expect(decisions).toHaveLength(entries.length);
  });
});
