import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePhoto } from '../evidence/samples.js';

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-attach-'));
  t = await createTestApp({ dataDir });
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const upload = (c: Client, bytes: Buffer) => c.upload(bytes);

describe('evidence on entries', () => {
  it('attaches my uploaded photo; my supervisor can then see it, a peer cannot', async () => {
    const staff = await signIn(t.app, t.fixture.people.staff1!.nip);
    const id = v7();
    await staff.send('PUT', `/api/v1/journal/entries/${id}`, { workDate: '2026-11-23', startTime: '08:00', endTime: '10:00', activityCode: 'UMM-001', volume: 1 });
    const sha = await upload(staff, await samplePhoto({ width: 800, height: 600, seedColour: '#336699' }));
    const res = await staff.send('POST', `/api/v1/journal/entries/${id}/evidence`, { sha256: sha, fileName: 'rapat.jpg' });
    expect(res.statusCode).toBe(200);
    expect(res.json().entry.evidence).toEqual([{ sha256: sha, fileName: 'rapat.jpg', mediaType: 'image/jpeg' }]);
    // Attaching twice is the same as once.
    expect((await staff.send('POST', `/api/v1/journal/entries/${id}/evidence`, { sha256: sha })).json().entry.evidence).toHaveLength(1);
    const boss = await signIn(t.app, t.fixture.people.kasubbag!.nip);
    expect((await boss.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(200);
    const peer = await signIn(t.app, t.fixture.people.staff2!.nip);
    expect((await peer.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(404);
  });

  it('refuses to attach a file someone else uploaded, even knowing its hash', async () => {
    const owner = await signIn(t.app, t.fixture.people.staff2!.nip);
    const sha = await upload(owner, await samplePhoto({ width: 640, height: 480, seedColour: '#993366' }));
    const thief = await signIn(t.app, t.fixture.people.staff3!.nip);
    const id = v7();
    await thief.send('PUT', `/api/v1/journal/entries/${id}`, { workDate: '2026-11-23', startTime: '08:00', endTime: '09:00', activityCode: 'UMM-002', volume: 2 });
    const res = await thief.send('POST', `/api/v1/journal/entries/${id}/evidence`, { sha256: sha });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('EVIDENCE_MISSING');
    expect((await thief.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(404);
  });

  it('detaches while editable; a submitted entry keeps its evidence', async () => {
    const c = await signIn(t.app, t.fixture.people.adminA!.nip);
    const id = v7();
    await c.send('PUT', `/api/v1/journal/entries/${id}`, { workDate: '2026-11-20', startTime: '08:00', endTime: '09:00', activityCode: 'UMM-002', volume: 2 });
    const a = await upload(c, await samplePhoto({ width: 500, height: 500, seedColour: '#112233' }));
    const b = await upload(c, await samplePhoto({ width: 500, height: 500, seedColour: '#445566' }));
    await c.send('POST', `/api/v1/journal/entries/${id}/evidence`, { sha256: a });
    await c.send('POST', `/api/v1/journal/entries/${id}/evidence`, { sha256: b });
    expect((await c.send('DELETE', `/api/v1/journal/entries/${id}/evidence/${a}`)).statusCode).toBe(204);
    await c.send('POST', '/api/v1/journal/days/2026-11-20/submit');
    expect((await c.send('DELETE', `/api/v1/journal/entries/${id}/evidence/${b}`)).statusCode).toBe(409);
    const day = (await c.get('/api/v1/journal/days/2026-11-20')).json();
    expect(day.entries[0].evidence.map((e: { sha256: string }) => e.sha256)).toEqual([b]);
  });
});
