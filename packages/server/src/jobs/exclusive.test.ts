import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../context.js';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { SCHEDULED_WORK } from '../scheduled-work.js';
import { createTestApp, signIn, testDatabaseKind, type TestApp } from '../testing/index.js';
import { runExclusively } from './exclusive.js';
import { runPeriodicJobs } from './periodic.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function deferred() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
}

describe('a job run on one engine', () => {
  it('runs the work and answers its value', async () => {
    expect(await runExclusively(t.ctx, 'uji', async () => 42)).toEqual({ ran: true, value: 42 });
  });

  it('releases the lock when the work fails, so the next run goes ahead', async () => {
    await expect(runExclusively(t.ctx, 'uji-gagal', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await runExclusively(t.ctx, 'uji-gagal', async () => 'lagi')).toEqual({ ran: true, value: 'lagi' });
  });
});

// A second app process is a second pool on the same database and schema: what two processes behind a
// balancer share. PGlite's data folder admits one process only (db/data-dir-lock.ts).
describe.runIf(testDatabaseKind() === 'postgres')('two app processes on one PostgreSQL', () => {
  let other: DatabaseHandle;
  let otherCtx: AppContext;
  beforeAll(async () => {
    other = await connectDatabase({ url: process.env.TEST_DATABASE_URL, schema: t.handle.schema, poolSize: 5 });
    otherCtx = { ...t.ctx, db: other.db, charts: new OrgChartCache(other.db) };
  });
  afterAll(() => other.close());

  it('run a job once at a time: the second finds it under way and skips; after it ends the job runs again', async () => {
    const gate = deferred();
    const started = deferred();
    const first = runExclusively(t.ctx, 'kirim-otomatis', async () => {
      started.release();
      await gate.done;
      return 'pertama';
    });
    await started.done;
    expect(await runExclusively(otherCtx, 'kirim-otomatis', async () => 'kedua')).toEqual({ ran: false });
    // Another job's name is not held by this one.
    expect(await runExclusively(otherCtx, 'setuju-otomatis', async () => 'lain')).toEqual({ ran: true, value: 'lain' });
    gate.release();
    expect(await first).toEqual({ ran: true, value: 'pertama' });
    expect(await runExclusively(otherCtx, 'kirim-otomatis', async () => 'kedua')).toEqual({ ran: true, value: 'kedua' });
  });

  it('auto-submit a closed day once when both run their periodic jobs at the same moment', async () => {
    const kadis = await signIn(t.app, t.fixture.people.kadisB!.nip);
    const ids = [v7(), v7()];
    for (const [i, id] of ids.entries()) {
      const res = await kadis.send('PUT', `/api/v1/journal/entries/${id}`, {
        workDate: '2026-11-18', startTime: ['08:00', '10:00'][i], endTime: ['09:00', '11:00'][i], activityCode: 'UMM-001', volume: 1, description: 'Rapat koordinasi',
      });
      expect(res.statusCode).toBe(201);
    }
    // Wednesday 18 Nov closes at the end of Monday 23 Nov (WIB): one minute past, both processes wake.
    t.setNow(new Date('2026-11-23T17:01:00Z'));
    try {
      const errors: unknown[] = [];
      const ran = await Promise.all([runPeriodicJobs(t.ctx, SCHEDULED_WORK, (e) => errors.push(e)), runPeriodicJobs(otherCtx, SCHEDULED_WORK, (e) => errors.push(e))]);
      expect(errors).toEqual([]);
      expect(ran.filter(Boolean).length).toBeGreaterThanOrEqual(1);
      const events = await t.ctx.db.selectFrom('journal_entry_events').select(['entry_id', 'action']).where('entry_id', 'in', ids).where('action', '=', 'auto_submitted').execute();
      expect(events.map((e) => e.entry_id).sort()).toEqual([...ids].sort());
    } finally {
      t.setNow(new Date('2026-11-23T03:00:00Z'));
    }
  });
});
