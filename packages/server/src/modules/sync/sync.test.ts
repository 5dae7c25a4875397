import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePdf } from '../evidence/samples.js';
import { sha256Hex } from '../evidence/index.js';

// The test clock: Monday 23 November 2026, 10:00 WIB (Asia/Pontianak); the reporting window is 3 working days.
const NOW = new Date('2026-11-23T03:00:00Z');
const DAY = 86_400_000;

let t: TestApp;
let dataDir: string;
let staff: Client;
let boss: Client;
let admin: Client;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-sync-'));
  t = await createTestApp({ dataDir, syncSettleMs: 0 });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
  boss = await signIn(t.app, t.fixture.people.kasubbag!.nip);
  admin = await signIn(t.app, t.fixture.people.adminA!.nip);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const DEVICE = '0190b7a0-0000-7000-8000-00000000d001';
const OTHER_DEVICE = '0190b7a0-0000-7000-8000-00000000d002';

let minute = 0;
/** A fresh, non-overlapping time slot on the day (entries of one test never collide with another's). */
function slot(): { startTime: string; endTime: string } {
  const start = (minute++ % 280) * 5;
  const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { startTime: fmt(start), endTime: fmt(start + 5) };
}

function put(entryId: string, over: Record<string, unknown> = {}, baseVersion: number | null = null, deviceTime = NOW.toISOString()) {
  return { itemId: v7(), kind: 'entry.put', entryId, baseVersion, deviceTime, entry: { workDate: '2026-11-23', ...slot(), activityCode: 'ADM-001', volume: 1, ...over } };
}

async function push(c: Client, items: unknown[], deviceNow = NOW.toISOString(), deviceId = DEVICE) {
  const res = await c.send('POST', '/api/v1/sync/push', { deviceId, deviceNow, items });
  if (res.statusCode !== 200) throw new Error(`push ${res.statusCode}: ${res.body}`);
  return res.json() as { serverTime: string; skewSeconds: number; results: { itemId: string; status: string; code?: string; message?: string; entry?: Record<string, unknown>; missingEvidence?: string[] }[] };
}

const count = async (table: 'journal_entries' | 'journal_entry_events' | 'sync_applied_items' | 'journal_entry_evidence') =>
  Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

async function setSettings(body: Record<string, unknown>) {
  const res = await admin.send('PUT', `/api/v1/agencies/${t.fixture.agencyIds.A}/journal-settings`, body);
  expect(res.statusCode).toBe(200);
}

describe('push', () => {
  it('applies an item, and a repeat is already_applied and changes nothing', async () => {
    const id = v7();
    const item = put(id, { description: 'Menyusun laporan' });
    const first = await push(staff, [item]);
    expect(first.skewSeconds).toBe(0);
    expect(first.results).toEqual([{ itemId: item.itemId, status: 'applied', entry: expect.objectContaining({ id, version: 1, status: 'draft', description: 'Menyusun laporan' }) }]);
    const before = { entries: await count('journal_entries'), events: await count('journal_entry_events'), items: await count('sync_applied_items') };
    const again = await push(staff, [item]);
    expect(again.results).toEqual([{ itemId: item.itemId, status: 'already_applied', entry: expect.objectContaining({ id, version: 1 }) }]);
    expect({ entries: await count('journal_entries'), events: await count('journal_entry_events'), items: await count('sync_applied_items') }).toEqual(before);
    const row = await t.ctx.db.selectFrom('journal_entries').select(['device_recorded_at', 'received_at', 'clock_skew_seconds']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(new Date(row.device_recorded_at!).toISOString()).toBe(NOW.toISOString());
    expect(new Date(row.received_at).toISOString()).toBe(NOW.toISOString());
    expect(row.clock_skew_seconds).toBe(0);
  });

  it('answers the same batch pushed twice item by item, without duplicates', async () => {
    const ids = [v7(), v7(), v7()];
    const items = [put(ids[0]!), put(ids[1]!), put(ids[2]!), { itemId: v7(), kind: 'day.submit', date: '2026-11-22', deviceTime: NOW.toISOString() }];
    const entries = await count('journal_entries');
    const first = await push(staff, items);
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const second = await push(staff, items);
    expect(second.results.map((r) => r.status)).toEqual(['already_applied', 'already_applied', 'already_applied', 'already_applied']);
    expect(second.results.map((r) => r.itemId)).toEqual(items.map((i) => i.itemId));
    expect(await count('journal_entries')).toBe(entries + 3);
  });

  it('after a dropped connection, the items applied before the drop are already_applied and the rest applied', async () => {
    const items = Array.from({ length: 6 }, () => put(v7()));
    const entries = await count('journal_entries');
    // The server applied the first four, then the answer was lost: the client only knows it sent six.
    await push(staff, items.slice(0, 4));
    const retry = await push(staff, items);
    expect(retry.results.map((r) => r.status)).toEqual(['already_applied', 'already_applied', 'already_applied', 'already_applied', 'applied', 'applied']);
    expect(await count('journal_entries')).toBe(entries + 6);
  });

  it('refuses a malformed item without stopping the others, and a malformed batch as a whole', async () => {
    const good = put(v7());
    const bad = { itemId: v7(), kind: 'entry.put', entryId: 'bukan-uuid', baseVersion: null, deviceTime: NOW.toISOString(), entry: { workDate: '2026-11-23' } };
    const unknown = { itemId: v7(), kind: 'entry.move' };
    const res = await push(staff, [bad, unknown, good]);
    expect(res.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'VALIDATION'],
      ['rejected', 'VALIDATION'],
      ['applied', undefined],
    ]);
    expect(res.results[0]!.message).toMatch(/^Data perubahan tidak valid\./);
    const tooMany = await staff.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items: Array.from({ length: 51 }, () => put(v7())) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.code).toBe('VALIDATION');
    const noId = await staff.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items: [{ kind: 'entry.put' }] });
    expect(noId.statusCode).toBe(400);
  });

  it('answers rule violations as rejected with a code and message, and stores nothing', async () => {
    const entries = await count('journal_entries');
    const res = await push(staff, [put(v7(), { workDate: '2026-11-16' }), put(v7(), { activityCode: 'NOPE-1' }), put(v7(), { workDate: '2026-11-24' })]);
    expect(res.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'WINDOW_CLOSED'],
      ['rejected', 'UNKNOWN_ACTIVITY'],
      ['rejected', 'FUTURE_DATE'],
    ]);
    expect(res.results[0]!.message).toContain('Batas pengisian');
    expect(await count('journal_entries')).toBe(entries);
  });

  it('deletes with a version check, and a repeat or a second delete changes nothing', async () => {
    const id = v7();
    expect((await push(staff, [put(id)])).results[0]).toMatchObject({ status: 'applied' });
    const stale = await push(staff, [{ itemId: v7(), kind: 'entry.delete', entryId: id, baseVersion: 2, deviceTime: NOW.toISOString() }]);
    expect(stale.results[0]).toMatchObject({ status: 'conflict', code: 'VERSION_CONFLICT', entry: { id, version: 1 } });
    const del = { itemId: v7(), kind: 'entry.delete', entryId: id, baseVersion: 1, deviceTime: NOW.toISOString() };
    expect((await push(staff, [del])).results[0]!.status).toBe('applied');
    expect((await push(staff, [del])).results[0]!.status).toBe('already_applied');
    expect((await push(staff, [{ ...del, itemId: v7() }])).results[0]!.status).toBe('applied');
    // The id is not reused for a new entry.
    expect((await push(staff, [put(id)])).results[0]).toMatchObject({ status: 'rejected', code: 'ENTRY_DELETED' });
  });
});

describe('conflicts', () => {
  it('two devices editing the same entry: the second gets a conflict with the server copy, nothing is overwritten', async () => {
    const id = v7();
    const time = slot();
    expect((await push(staff, [put(id, { ...time, description: 'asli' })])).results[0]).toMatchObject({ status: 'applied' });
    const phone = await push(staff, [put(id, { ...time, description: 'dari ponsel' }, 1)], NOW.toISOString(), DEVICE);
    expect(phone.results[0]).toMatchObject({ status: 'applied', entry: { version: 2, description: 'dari ponsel' } });
    const tablet = await push(staff, [put(id, { ...time, description: 'dari tablet' }, 1)], NOW.toISOString(), OTHER_DEVICE);
    expect(tablet.results[0]).toMatchObject({ status: 'conflict', code: 'VERSION_CONFLICT', entry: { id, version: 2, description: 'dari ponsel' } });
    expect(tablet.results[0]!.message).toContain('perangkat lain');
    const row = await t.ctx.db.selectFrom('journal_entries').select(['description', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ description: 'dari ponsel', version: 2 });
    // A new entry whose id already exists with other content (base version null) is a conflict too.
    const again = await push(staff, [put(id, { ...time, description: 'dibuat ulang' }, null)]);
    expect(again.results[0]).toMatchObject({ status: 'conflict', entry: { description: 'dari ponsel' } });
  });

  it('an edit after the supervisor decided is refused with the decided server copy', async () => {
    const id = v7();
    const time = slot();
    const date = '2026-11-20';
    await push(staff, [put(id, { ...time, workDate: date }), { itemId: v7(), kind: 'day.submit', date, deviceTime: NOW.toISOString() }]);
    const decided = await boss.send('POST', `/api/v1/validation/entries/${id}/decision`, { decision: 'approved' });
    expect(decided.statusCode).toBe(200);
    const edit = await push(staff, [put(id, { ...time, workDate: date, volume: 3 }, 1)]);
    expect(edit.results[0]).toMatchObject({ status: 'rejected', code: 'ENTRY_NOT_EDITABLE', entry: { id, status: 'approved', volume: 1 } });
    const del = await push(staff, [{ itemId: v7(), kind: 'entry.delete', entryId: id, baseVersion: 1, deviceTime: NOW.toISOString() }]);
    expect(del.results[0]).toMatchObject({ status: 'conflict', entry: { status: 'approved' } });
  });
});

describe('device clock', () => {
  const skewOf = async (id: string) => (await t.ctx.db.selectFrom('journal_entries').select('clock_skew_seconds').where('id', '=', id).executeTakeFirstOrThrow()).clock_skew_seconds;

  it('device policy: the time the change was made counts while the clock is right', async () => {
    // Made offline on Friday 20 Nov, when Tuesday 17 Nov was still open; sent on Monday.
    const id = v7();
    const res = await push(staff, [put(id, { workDate: '2026-11-17' }, null, '2026-11-20T09:00:00Z')]);
    expect(res.results[0]).toMatchObject({ status: 'applied', entry: { deviceRecordedAt: '2026-11-20T09:00:00.000Z', receivedAt: NOW.toISOString() } });
    expect(await skewOf(id)).toBe(0);
  });

  it('server policy: the receipt time counts', async () => {
    await setSettings({ offlineTimePolicy: 'server' });
    try {
      const res = await push(staff, [put(v7(), { workDate: '2026-11-17' }, null, '2026-11-20T09:00:00Z')]);
      expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'WINDOW_CLOSED' });
    } finally {
      await setSettings({ offlineTimePolicy: 'device' });
    }
  });

  it('a clock one day behind: the receipt time counts, and the entry is flagged for the supervisor', async () => {
    const behind = new Date(NOW.getTime() - DAY).toISOString();
    // By its own clock it is still Sunday 22 Nov, so "today" (23 Nov) would be the future, and the 17th long open.
    const today = v7();
    const res = await push(staff, [put(today, { workDate: '2026-11-23' }, null, behind), put(v7(), { workDate: '2026-11-17' }, null, '2026-11-19T03:00:00Z')], behind);
    expect(res.skewSeconds).toBe(86_400);
    expect(res.results.map((r) => [r.status, r.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'WINDOW_CLOSED'],
    ]);
    expect(await skewOf(today)).toBe(86_400);
    await push(staff, [{ itemId: v7(), kind: 'day.submit', date: '2026-11-23', deviceTime: behind }], behind);
    const day = (await boss.get(`/api/v1/validation/people/${t.fixture.people.staff1!.id}/days/2026-11-23`)).json();
    const flagged = day.day.entries.find((e: { id: string }) => e.id === today);
    expect(flagged.flags).toEqual([{ code: 'CLOCK_SKEW', message: expect.stringContaining('Jam perangkat pegawai terlambat sekitar 24 jam') }]);
  });

  it('a clock one day ahead: tomorrow stays in the future, and today is flagged', async () => {
    const ahead = new Date(NOW.getTime() + DAY).toISOString();
    const today = v7();
    const res = await push(staff, [put(v7(), { workDate: '2026-11-24' }, null, ahead), put(today, {}, null, ahead)], ahead);
    expect(res.skewSeconds).toBe(-86_400);
    expect(res.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'FUTURE_DATE'],
      ['applied', undefined],
    ]);
    expect(await skewOf(today)).toBe(-86_400);
  });

  it('a clock that ran ahead and was set right before the push cannot reach the future', async () => {
    // Made while the phone thought it was Wednesday 25 Nov; sent after its clock was corrected (deviceNow right).
    const ahead = new Date(NOW.getTime() + 2 * DAY).toISOString();
    const today = v7();
    const res = await push(staff, [put(v7(), { workDate: '2026-11-25' }, null, ahead), put(today, {}, null, ahead)]);
    expect(res.skewSeconds).toBe(0);
    expect(res.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'FUTURE_DATE'],
      ['applied', undefined],
    ]);
    // Today's entry was judged at the receipt: in time, so not marked late.
    const row = await t.ctx.db.selectFrom('journal_entries').select(['late_received_at', 'late_window_closed_at']).where('id', '=', today).executeTakeFirstOrThrow();
    expect(row).toEqual({ late_received_at: null, late_window_closed_at: null });
  });

  it('accepted after its window on the device’s word: applied, and the supervisor sees it flagged', async () => {
    // Thursday 15 Oct: the window closed at the end of Tuesday 20 Oct; the phone says the entry was made on the 15th.
    const date = '2026-10-15';
    const id = v7();
    const made = '2026-10-15T05:00:00Z';
    const res = await push(staff, [put(id, { workDate: date }, null, made), { itemId: v7(), kind: 'day.submit', date, deviceTime: made }]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const row = await t.ctx.db.selectFrom('journal_entries').select(['late_received_at', 'late_window_closed_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ late_received_at: NOW, late_window_closed_at: new Date('2026-10-20T16:59:59.999Z') });
    const day = (await boss.get(`/api/v1/validation/people/${t.fixture.people.staff1!.id}/days/${date}`)).json();
    const flagged = day.day.entries.find((e: { id: string }) => e.id === id);
    expect(flagged.flags).toEqual([{ code: 'LATE_ON_DEVICE_TIME', message: expect.stringContaining('33 hari setelah batas pengisian ditutup') }]);
    // The inbox lists it among the flagged ones, kept out of "approve all except flagged".
    const inbox = (await boss.get('/api/v1/validation/inbox')).json();
    expect(JSON.stringify(inbox)).toContain('LATE_ON_DEVICE_TIME');
  });

  it('a clock off within the tolerance is not flagged', async () => {
    const id = v7();
    await push(staff, [put(id)], new Date(NOW.getTime() - 10 * 60_000).toISOString());
    expect(await skewOf(id)).toBe(600);
    const day = (await staff.get('/api/v1/journal/days/2026-11-23')).json();
    expect(day.entries.some((e: { id: string }) => e.id === id)).toBe(true);
  });
});

describe('evidence', () => {
  const upload = (c: Client, body: Buffer) => c.upload(body, 'application/pdf');

  it('stores an entry whose files are not uploaded yet as incomplete, and a repeat after the upload completes it', async () => {
    const a = samplePdf('Surat tugas A');
    const b = samplePdf('Daftar hadir B');
    const c = samplePdf('Notulen C');
    await upload(staff, a);
    const id = v7();
    const item = put(id, { evidence: [sha256Hex(a), sha256Hex(b), sha256Hex(c)] });
    const first = await push(staff, [item]);
    expect(first.results[0]).toMatchObject({ status: 'incomplete', code: 'EVIDENCE_MISSING', missingEvidence: [sha256Hex(b), sha256Hex(c)], entry: { id, version: 1 } });
    expect(first.results[0]!.entry!.evidence).toEqual([expect.objectContaining({ sha256: sha256Hex(a) })]);
    await upload(staff, c);
    await upload(staff, b);
    const second = await push(staff, [item]);
    expect(second.results[0]).toMatchObject({ status: 'applied', entry: { id, version: 1 } });
    // In the order listed, not the order uploaded.
    expect((second.results[0]!.entry!.evidence as { sha256: string }[]).map((e) => e.sha256)).toEqual([a, b, c].map(sha256Hex));
    expect((await push(staff, [item])).results[0]!.status).toBe('already_applied');
    // The list is the whole evidence: a later edit without a file takes it off.
    const fewer = await push(staff, [{ ...put(id, { ...item.entry, evidence: [sha256Hex(c)] }, 1) }]);
    expect((fewer.results[0]!.entry!.evidence as { sha256: string }[]).map((e) => e.sha256)).toEqual([sha256Hex(c)]);
  });

  it('keeps the names of listed files, as the online attach does, on both push paths; a bare hash keeps an empty name', async () => {
    const named = samplePdf('Undangan rapat bernama');
    const late = samplePdf('Notulen menyusul bernama');
    const bare = samplePdf('Berkas tanpa nama');
    await upload(staff, named);
    await upload(staff, bare);
    const names = (entry: Record<string, unknown> | undefined) => (entry!.evidence as { sha256: string; fileName: string }[]).map((e) => [e.sha256, e.fileName]);
    // All uploaded, all new: the all-at-once path.
    const atOnce = put(v7(), { evidence: [{ sha256: sha256Hex(named), fileName: 'undangan.pdf' }, sha256Hex(bare)] });
    const first = await push(staff, [atOnce]);
    expect(first.results[0]!.status).toBe('applied');
    expect(names(first.results[0]!.entry)).toEqual([[sha256Hex(named), 'undangan.pdf'], [sha256Hex(bare), '']]);
    // A file not uploaded yet: item by item, then completed.
    const byItem = put(v7(), { evidence: [{ sha256: sha256Hex(late), fileName: 'notulen.pdf' }, { sha256: sha256Hex(named), fileName: 'undangan-2.pdf' }] });
    expect((await push(staff, [byItem])).results[0]!.status).toBe('incomplete');
    await upload(staff, late);
    const done = await push(staff, [byItem]);
    expect(done.results[0]!.status).toBe('applied');
    expect(names(done.results[0]!.entry)).toEqual([[sha256Hex(late), 'notulen.pdf'], [sha256Hex(named), 'undangan-2.pdf']]);
    const day = (await staff.get('/api/v1/journal/days/2026-11-23')).json() as { entries: Record<string, unknown>[] };
    expect(names(day.entries.find((e) => e.id === atOnce.entryId))).toEqual([[sha256Hex(named), 'undangan.pdf'], [sha256Hex(bare), '']]);
  });

  it('completes the files of an entry whose day was sent in the same batch', async () => {
    const photo = samplePdf('Foto kegiatan terlambat');
    const id = v7();
    const item = put(id, { workDate: '2026-11-21', evidence: [sha256Hex(photo)] });
    const first = await push(staff, [item, { itemId: v7(), kind: 'day.submit', date: '2026-11-21', deviceTime: NOW.toISOString() }]);
    expect(first.results.map((r) => r.status)).toEqual(['incomplete', 'applied']);
    await upload(staff, photo);
    const done = await push(staff, [item]);
    expect(done.results[0]).toMatchObject({ status: 'applied', entry: { status: 'submitted', evidence: [expect.objectContaining({ sha256: sha256Hex(photo) })] } });
    // A new edit of a sent entry is refused as ever.
    const edit = await push(staff, [put(id, { ...item.entry, evidence: [] }, 2)]);
    expect(edit.results[0]).toMatchObject({ status: 'rejected', code: 'ENTRY_NOT_EDITABLE' });
  });

  it('does not attach a file uploaded by someone else', async () => {
    const theirs = samplePdf('Milik orang lain');
    await upload(boss, theirs);
    const res = await push(staff, [put(v7(), { evidence: [sha256Hex(theirs)] })]);
    expect(res.results[0]).toMatchObject({ status: 'incomplete', missingEvidence: [sha256Hex(theirs)] });
  });
});

describe('pull', () => {
  it('pages through my changes by cursor, then answers only what changed since', async () => {
    // Someone else's entries never appear.
    const peer = await signIn(t.app, t.fixture.people.staff2!.nip);
    await push(peer, [put(v7())]);
    const all: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const res = await staff.get(`/api/v1/sync/pull?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      all.push(...page.entries.map((e: { id: string }) => e.id), ...page.deleted);
      cursor = page.cursor;
      pages++;
      expect(page.dictionaryVersion).toBeGreaterThan(0);
      if (!page.hasMore) break;
    }
    const mine = await t.ctx.db.selectFrom('journal_entries').select('id').where('employee_id', '=', t.fixture.people.staff1!.id).execute();
    expect(new Set(all)).toEqual(new Set(mine.map((r) => r.id)));
    expect(all.length).toBe(mine.length);
    expect(pages).toBeGreaterThan(2);

    // Nothing new: an empty page with the same cursor.
    const idle = (await staff.get(`/api/v1/sync/pull?cursor=${cursor}`)).json();
    expect(idle).toMatchObject({ entries: [], deleted: [], hasMore: false, cursor });

    // A supervisor's decision and a deletion come through.
    const id = v7();
    const time = slot();
    await push(staff, [put(id, { ...time, workDate: '2026-11-19' }), { itemId: v7(), kind: 'day.submit', date: '2026-11-19', deviceTime: NOW.toISOString() }]);
    const gone = v7();
    await push(staff, [put(gone)]);
    await push(staff, [{ itemId: v7(), kind: 'entry.delete', entryId: gone, baseVersion: 1, deviceTime: NOW.toISOString() }]);
    await boss.send('POST', `/api/v1/validation/entries/${id}/decision`, { decision: 'returned', note: 'Lengkapi bukti' });
    const changes = (await staff.get(`/api/v1/sync/pull?cursor=${cursor}`)).json();
    expect(changes.entries.map((e: { id: string }) => e.id)).toEqual([id]);
    expect(changes.entries[0]).toMatchObject({ status: 'returned', decision: { decision: 'returned', note: 'Lengkapi bukti' } });
    expect(changes.deleted).toEqual([gone]);

    // A file attached online (the PUT route, another device) comes through too.
    const file = samplePdf('Dilampirkan dari laptop');
    await staff.upload(file, 'application/pdf');
    const draft = v7();
    await push(staff, [put(draft)]);
    const before = (await staff.get(`/api/v1/sync/pull?cursor=${changes.cursor}`)).json();
    expect((await staff.send('POST', `/api/v1/journal/entries/${draft}/evidence`, { sha256: sha256Hex(file) })).statusCode).toBe(200);
    const attached = (await staff.get(`/api/v1/sync/pull?cursor=${before.cursor}`)).json();
    expect(attached.entries).toEqual([expect.objectContaining({ id: draft, evidence: [expect.objectContaining({ sha256: sha256Hex(file) })] })]);
  });

  it('refuses a cursor it did not make', async () => {
    const res = await staff.get('/api/v1/sync/pull?cursor=bm9wZQ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
  });

  it('does not move the cursor past changes younger than the settle time', async () => {
    const settling = await createTestApp({ syncSettleMs: 60_000 });
    try {
      const c = await signIn(settling.app, settling.fixture.people.staff1!.nip);
      const res = await c.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items: [put(v7())] });
      expect(res.json().results[0].status).toBe('applied');
      const first = (await c.get('/api/v1/sync/pull')).json();
      expect(first.entries).toHaveLength(1);
      // Sent again next time: it may have committed after a later, already visible change.
      const second = (await c.get(`/api/v1/sync/pull?cursor=${first.cursor}`)).json();
      expect(second.entries).toHaveLength(1);
    } finally {
      await settling.close();
    }
    // A second app migrates a database of its own: on a Citus cluster that takes longer than one test's minute.
  }, 180_000);
});

describe('access', () => {
  it('is only for accounts with a journal', async () => {
    const auditor = await signIn(t.app, t.fixture.people.auditor!.nip);
    const res = await auditor.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items: [] });
    expect(res.statusCode).toBe(403);
    expect((await auditor.get('/api/v1/sync/pull')).statusCode).toBe(403);
  });
});
