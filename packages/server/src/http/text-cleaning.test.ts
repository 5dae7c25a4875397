import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePhoto } from '../modules/evidence/samples.js';
import { decide, submitEntries } from '../modules/validation/test-support.js';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';

// U+202E RIGHT-TO-LEFT OVERRIDE: "foto\u202Egnp.exe" is shown as "fotoexe.png".
const RLO = '\u202E';
const DEVICE = '0190b7a0-0000-7000-8000-00000000b1d1';

let t: TestApp;
let dataDir: string;
let staff: Client;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-text-'));
  t = await createTestApp({ dataDir, syncSettleMs: 0 });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const storedDescription = async (id: string) =>
  (await t.ctx.db.selectFrom('journal_entries').select('description').where('id', '=', id).executeTakeFirstOrThrow()).description;

describe('bidi and invisible characters never reach storage', () => {
  it('PUT /journal/entries: the description is stored without them, line breaks kept', async () => {
    const id = v7();
    const res = await staff.send('PUT', `/api/v1/journal/entries/${id}`, {
      workDate: '2026-11-23',
      startTime: '07:00',
      endTime: '07:30',
      activityCode: 'UMM-002',
      volume: 1,
      description: `Rapat ${RLO}gnp.exe\u200B\nbaris dua\u2066`,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().entry.description).toBe('Rapat gnp.exe\nbaris dua');
    expect(await storedDescription(id)).toBe('Rapat gnp.exe\nbaris dua');
  });

  it('sync push, all at once (new entries) and item by item (an update): descriptions stored clean', async () => {
    const entryId = v7();
    const put = (description: string, baseVersion: number | null) => ({
      itemId: v7(),
      kind: 'entry.put',
      entryId,
      baseVersion,
      deviceTime: t.ctx.now().toISOString(),
      entry: { workDate: '2026-11-23', startTime: '08:00', endTime: '08:30', activityCode: 'UMM-002', volume: 1, description },
    });
    const push = (items: unknown[]) => staff.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: t.ctx.now().toISOString(), items });

    const first = await push([put(`Laporan ${RLO}fdp.exe`, null)]);
    expect(first.statusCode).toBe(200);
    expect(first.json().results[0].status).toBe('applied');
    expect(await storedDescription(entryId)).toBe('Laporan fdp.exe');

    // An update (a base version) is never taken all at once: this goes item by item.
    const second = await push([put(`Laporan\u2067 revisi\u2069${RLO}`, 1)]);
    expect(second.json().results[0].status).toBe('applied');
    expect(await storedDescription(entryId)).toBe('Laporan revisi');
  });

  it('an evidence file name is stored without them', async () => {
    const id = v7();
    await staff.send('PUT', `/api/v1/journal/entries/${id}`, { workDate: '2026-11-23', startTime: '09:00', endTime: '09:30', activityCode: 'UMM-002', volume: 1 });
    const sha = await staff.upload(await samplePhoto({ width: 400, height: 300, seedColour: '#202e20' }));
    const res = await staff.send('POST', `/api/v1/journal/entries/${id}/evidence`, { sha256: sha, fileName: `foto${RLO}gnp.exe` });
    expect(res.statusCode).toBe(200);
    expect(res.json().entry.evidence[0].fileName).toBe('fotognp.exe');
    const row = await t.ctx.db.selectFrom('journal_entry_evidence').select('file_name').where('entry_id', '=', id).executeTakeFirstOrThrow();
    expect(row.file_name).toBe('fotognp.exe');
  });

  it("a supervisor's decision note is stored without them, and invisible characters alone are no reason", async () => {
    const [entryId] = await submitEntries(await signIn(t.app, t.fixture.people.staff2!.nip), '2026-11-20', [{ start: '10:00', end: '10:30' }]);
    const boss = await signIn(t.app, t.fixture.people.kasubbag!.nip);
    const empty = await decide(boss, entryId!, { decision: 'rejected', note: `${RLO}\u200B\u2066\u2069\u200E\u200F` });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION');
    const ok = await decide(boss, entryId!, { decision: 'rejected', note: `Foto ${RLO}tidak sesuai` });
    expect(ok.statusCode).toBe(200);
    const row = await t.ctx.db.selectFrom('entry_decisions').select('note').where('entry_id', '=', entryId!).executeTakeFirstOrThrow();
    expect(row.note).toBe('Foto tidak sesuai');
  });

  it("a routine set's name and descriptions are stored without them", async () => {
    const setId = v7();
    const res = await staff.send('PUT', `/api/v1/journal/sets/${setId}`, { name: `Rutin${RLO} pagi`, items: [{ activityCode: 'ADM-001', volume: 1, description: `Surat${RLO} masuk` }] });
    expect(res.statusCode).toBe(204);
    const set = (await staff.get('/api/v1/journal/sets')).json().items.find((s: { id: string }) => s.id === setId);
    expect(set).toMatchObject({ name: 'Rutin pagi', items: [{ description: 'Surat masuk' }] });
  });
});
