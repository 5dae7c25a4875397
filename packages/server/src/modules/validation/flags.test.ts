import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/index.js';
import { samplePhoto } from '../evidence/samples.js';
import { logEntries, people, slots, submitEntries } from './test-support.js';

/** Every flag, triggered and not, as the supervisor sees it in one person's day and in the inbox. */
let t: TestApp;
let as: ReturnType<typeof people>;
beforeAll(async () => {
  t = await createTestApp();
  as = people(t);
});
afterAll(() => t.close());

const id = (person: string) => t.fixture.people[person]!.id;

async function view(supervisor: string, person: string, date: string) {
  const res = await (await as(supervisor)).get(`/api/v1/validation/people/${id(person)}/days/${date}`);
  expect(res.statusCode).toBe(200);
  return res.json().day as { flags: { code: string; message: string }[]; entries: { id: string; flags: { code: string; message: string }[] }[] };
}
const codes = (flags: { code: string }[]) => flags.map((f) => f.code);

const upload = (c: Client, bytes: Buffer) => c.upload(bytes);

async function attach(c: Client, entryId: string, sha: string) {
  const res = await c.send('POST', `/api/v1/journal/entries/${entryId}/evidence`, { sha256: sha, fileName: 'foto.jpg' });
  expect(res.statusCode).toBe(200);
}

const photo = (taken: string, colour: string) => samplePhoto({ width: 96, height: 64, seedColour: colour, exif: { IFD2: { DateTimeOriginal: taken } } });

describe('day flags', () => {
  it('a day over its target is flagged, one at or under it is not', async () => {
    await submitEntries(await as('staff1'), '2026-11-18', Array.from({ length: 9 }, () => ({})));
    await submitEntries(await as('staff2'), '2026-11-18', slots(2));
    const heavy = await view('kasubbag', 'staff1', '2026-11-18');
    expect(heavy.flags).toEqual([{ code: 'DAY_OVER_TARGET', message: 'Total 540 menit melebihi target hari ini (510 menit).' }]);
    expect((await view('kasubbag', 'staff2', '2026-11-18')).flags).toEqual([]);
  });

  it('a day over 24 hours is flagged', async () => {
    await submitEntries(await as('staff2'), '2026-11-19', [{ code: 'UMM-001', volume: 12 }, { code: 'UMM-001', volume: 12 }]);
    expect(codes((await view('kasubbag', 'staff2', '2026-11-19')).flags)).toEqual(['DAY_OVER_TARGET', 'DAY_OVER_24H']);
  });

  it('the inbox summary carries the same day flags', async () => {
    const inbox = (await (await as('kasubbag')).get('/api/v1/validation/inbox?limit=50')).json();
    const day = (person: string, date: string) => inbox.people.flatMap((p: { days: unknown[] }) => p.days).find((d: { employeeId: string; date: string }) => d.employeeId === id(person) && d.date === date);
    expect(codes(day('staff2', '2026-11-19').flags)).toEqual(['DAY_OVER_TARGET', 'DAY_OVER_24H']);
    expect(codes(day('staff1', '2026-11-18').flags)).toEqual(['DAY_OVER_TARGET']);
    expect(day('staff2', '2026-11-18').flags).toEqual([]);
    const item = inbox.page.items.find((d: { employeeId: string; date: string }) => d.employeeId === id('staff2') && d.date === '2026-11-19');
    expect(codes(item.flags)).toEqual(['DAY_OVER_TARGET', 'DAY_OVER_24H']);
  });

  it('no absence is flagged while the agency has no punch (attendance judges no day before the first; absences.test.ts has the flagged ones)', async () => {
    const inbox = (await (await as('kasubbag')).get('/api/v1/validation/inbox?limit=50')).json();
    const all = inbox.people.flatMap((p: { days: { flags: { code: string }[] }[] }) => p.days.flatMap((d) => codes(d.flags)));
    expect(all).not.toContain('ABSENT_DAY');
  });
});

describe('entry flags', () => {
  it('overlapping times are flagged on both entries (say, from data that bypassed the check)', async () => {
    const [first] = await submitEntries(await as('adminA'), '2026-11-20', [{ start: '09:00', end: '10:00' }]);
    const other = v7();
    // Saving refuses an overlap, so this one arrives the way an import or an older client might.
    await t.ctx.db
      .insertInto('journal_entries')
      .values({
        agency_id: t.fixture.agencyIds.A,
        id: other,
        employee_id: id('adminA'),
        work_date: '2026-11-20',
        start_minute: 9 * 60 + 30,
        end_minute: 10 * 60 + 30,
        activity_code: 'UMM-001',
        activity_version: t.fixture.dictionaryVersion,
        // Half a 120-minute meeting: its figure matches its hour, so overlap is its only flag.
        volume: 0.5,
        credited_minutes: 60,
        status: 'submitted',
        version: 2,
        submitted_at: t.ctx.now(),
        received_at: t.ctx.now(),
        created_at: t.ctx.now(),
        updated_at: t.ctx.now(),
      })
      .execute();
    const day = await view('kasubbag', 'adminA', '2026-11-20');
    const flagOf = (entryId: string) => day.entries.find((e) => e.id === entryId)!.flags;
    expect(flagOf(first!)).toEqual([{ code: 'TIME_OVERLAP', message: "Waktu 09:00–10:00 bertabrakan dengan 'Rapat koordinasi' 09:30–10:30." }]);
    expect(codes(flagOf(other))).toEqual(['TIME_OVERLAP']);
    // Entries that only touch are not flagged.
    await submitEntries(await as('adminA'), '2026-11-19', [{ start: '09:00', end: '10:00' }, { start: '10:00', end: '11:00' }]);
    expect((await view('kasubbag', 'adminA', '2026-11-19')).entries.flatMap((e) => e.flags)).toEqual([]);
  });

  it('the same photo on two days, and by another person, is flagged; a photo used once is not', async () => {
    const staff1 = await as('staff1');
    const staff2 = await as('staff2');
    const shared = await photo('2026:11:19 15:00:00', '#336699');
    const sha = await upload(staff1, shared);
    const [d19] = await logEntries(staff1, '2026-11-19', [{ start: '13:00', end: '14:00' }]);
    const [d20] = await logEntries(staff1, '2026-11-20', [{ start: '13:00', end: '14:00' }]);
    await attach(staff1, d19!, sha);
    await attach(staff1, d20!, sha);
    const single = await upload(staff1, await photo('2026:11:20 08:00:00', '#993366'));
    const [once] = await logEntries(staff1, '2026-11-20', [{ start: '14:00', end: '15:00' }]);
    await attach(staff1, once!, single);
    await staff1.send('POST', '/api/v1/journal/days/2026-11-19/submit');
    await staff1.send('POST', '/api/v1/journal/days/2026-11-20/submit');

    const day20 = await view('kasubbag', 'staff1', '2026-11-20');
    expect(day20.entries.find((e) => e.id === d20)!.flags).toEqual([{ code: 'EVIDENCE_OTHER_DAY', message: 'Berkas bukti yang sama juga dipakai pada Kamis, 19 November 2026.' }]);
    expect(day20.entries.find((e) => e.id === once)!.flags).toEqual([]);

    await upload(staff2, shared);
    const [theirs] = await logEntries(staff2, '2026-11-20', [{ start: '13:00', end: '14:00' }]);
    await attach(staff2, theirs!, sha);
    await staff2.send('POST', '/api/v1/journal/days/2026-11-20/submit');
    expect((await view('kasubbag', 'staff2', '2026-11-20')).entries.find((e) => e.id === theirs)!.flags).toEqual([
      { code: 'EVIDENCE_OTHER_PERSON', message: 'Berkas bukti yang sama juga dilampirkan oleh 1 pegawai lain.' },
    ]);
    expect(codes((await view('kasubbag', 'staff1', '2026-11-19')).entries.find((e) => e.id === d19)!.flags)).toEqual(['EVIDENCE_OTHER_DAY', 'EVIDENCE_OTHER_PERSON']);
  });

  it('a photo taken far from the entry’s date is flagged (EXIF time), one taken that day is not', async () => {
    const c = await as('staff3');
    const old = await upload(c, await photo('2026:11:01 09:00:00', '#117733'));
    const today = await upload(c, await photo('2026:11:23 08:15:00', '#771133'));
    const [far, near] = await logEntries(c, '2026-11-23', [
      { start: '08:00', end: '09:00', code: 'KES-001' },
      { start: '09:00', end: '10:00', code: 'KES-001' },
    ]);
    await attach(c, far!, old);
    await attach(c, near!, today);
    await c.send('POST', '/api/v1/journal/days/2026-11-23/submit');
    const day = await view('sekretaris', 'staff3', '2026-11-23');
    expect(day.entries.find((e) => e.id === far)!.flags).toEqual([
      { code: 'PHOTO_TIME_FAR', message: 'Foto bukti diambil Minggu, 1 November 2026 pukul 09.00 WIB, sekitar 22 hari di luar tanggal kegiatan (Senin, 23 November 2026).' },
    ]);
    expect(day.entries.find((e) => e.id === near)!.flags).toEqual([]);
    expect(day.entries.find((e) => e.id === near)!).toMatchObject({ evidence: [{ sha256: today, mediaType: 'image/jpeg', capturedAt: '2026-11-23T01:15:00.000Z' }] });
  });

  it('the same description three times within seven days is flagged; twice is not', async () => {
    const c = await as('staff3');
    const text = 'Input data surveilans ke aplikasi SKDR';
    for (const date of ['2026-11-18', '2026-11-19', '2026-11-20']) await submitEntries(c, date, [{ start: '13:00', end: '14:00', code: 'KES-001', description: text }]);
    await submitEntries(c, '2026-11-18', [{ start: '14:00', end: '15:00', code: 'KES-001', description: 'Rapat evaluasi imunisasi' }]);
    await submitEntries(c, '2026-11-19', [{ start: '14:00', end: '15:00', code: 'KES-001', description: 'rapat  evaluasi IMUNISASI' }]);
    const day = await view('sekretaris', 'staff3', '2026-11-19');
    const byDescription = (d: string) => (day.entries as unknown as { description: string; flags: { code: string; message: string }[] }[]).find((e) => e.description === d)!.flags;
    expect(byDescription(text)).toEqual([{ code: 'DESCRIPTION_REPEATED', message: 'Uraian yang sama dipakai 3 kali dalam 7 hari.' }]);
    expect(byDescription('rapat  evaluasi IMUNISASI')).toEqual([]);
  });

  it('flags reach the inbox page too, and keep flagged entries out of "approve all"', async () => {
    const inbox = (await (await as('sekretaris')).get('/api/v1/validation/inbox?limit=50')).json();
    const item = inbox.page.items.find((d: { employeeId: string; date: string }) => d.employeeId === id('staff3') && d.date === '2026-11-23');
    expect(item.entries.flatMap((e: { flags: { code: string }[] }) => codes(e.flags))).toEqual(['PHOTO_TIME_FAR']);
    const res = await (await as('sekretaris')).send('POST', '/api/v1/validation/approve-all', {});
    // Pending for the Plt: 2 photo entries, 3 repeated + 2 evaluation entries; flagged: 1 photo, 3 repeated.
    expect(res.json()).toEqual({ decided: 3, skipped: 0, flagged: 4 });
  });
});
