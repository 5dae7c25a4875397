import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePdf, samplePhoto } from './samples.js';
import { sha256Hex } from './store.js';
import { PARTIAL_UPLOAD_MAX_AGE_MS, UPLOAD_CHUNK_MAX_BYTES } from './uploads.js';

let t: TestApp;
let dataDir: string;
let staff: Client;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-uploads-'));
  t = await createTestApp({ dataDir });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

function chunk(c: Client, sha: string, file: Buffer, start: number, end: number, extra: Record<string, string> = {}) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/evidence/uploads/${sha}`,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end - 1}/${file.length}`, ...extra },
    payload: file.subarray(start, end),
  });
}
const state = async (c: Client, sha: string) => (await c.get(`/api/v1/evidence/uploads/${sha}`)).json();

describe('resumable upload', () => {
  it('an upload cut at 50% resumes from the offset the server reports, and ends stored like a whole upload', async () => {
    const file = await samplePhoto({ width: 800, height: 600 });
    const sha = sha256Hex(file);
    expect(await state(staff, sha)).toEqual({ receivedBytes: 0, totalBytes: null });
    const half = Math.floor(file.length / 2);
    const first = await chunk(staff, sha, file, 0, Math.floor(half / 2));
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ receivedBytes: Math.floor(half / 2), totalBytes: file.length });
    expect((await chunk(staff, sha, file, Math.floor(half / 2), half)).statusCode).toBe(202);
    // The connection drops here. Later the phone asks where to go on from.
    expect(await state(staff, sha)).toEqual({ receivedBytes: half, totalBytes: file.length });
    // A chunk that skips ahead, or one sent again, is refused with the current offset.
    const skip = await chunk(staff, sha, file, half + 10, file.length);
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('UPLOAD_OFFSET');
    expect(skip.headers['upload-offset']).toBe(String(half));
    expect((await chunk(staff, sha, file, 0, 100)).statusCode).toBe(409);
    const last = await chunk(staff, sha, file, half, file.length);
    expect(last.statusCode).toBe(201);
    expect(last.json()).toMatchObject({ sha256: sha, mediaType: 'image/jpeg', byteSize: file.length });
    // Stored, partial removed, and readable as any other evidence.
    expect(await readdir(join(dataDir, 'uploads', (await t.ctx.db.selectFrom('accounts').select('id').where('employee_id', '=', t.fixture.people.staff1!.id).executeTakeFirstOrThrow()).id))).toEqual([]);
    expect((await staff.get(`/api/v1/evidence/${sha}/meta`)).statusCode).toBe(200);
    expect(await state(staff, sha)).toEqual({ receivedBytes: file.length, totalBytes: file.length });
  });

  it('checks the SHA-256 of the whole file, and starts over after a mismatch', async () => {
    const file = samplePdf('Surat tugas');
    const wrong = 'f'.repeat(64);
    expect((await chunk(staff, wrong, file, 0, 100)).statusCode).toBe(202);
    const end = await chunk(staff, wrong, file, 100, file.length);
    expect(end.statusCode).toBe(400);
    expect(end.json().error.message).toContain('SHA-256');
    expect(await state(staff, wrong)).toEqual({ receivedBytes: 0, totalBytes: null });
  });

  it('keeps uploads of different accounts apart', async () => {
    const file = samplePdf('Milik staf dua');
    const sha = sha256Hex(file);
    const other = await signIn(t.app, t.fixture.people.staff2!.nip);
    expect((await chunk(staff, sha, file, 0, 50)).statusCode).toBe(202);
    expect(await state(other, sha)).toEqual({ receivedBytes: 0, totalBytes: null });
    expect((await chunk(other, sha, file, 0, file.length)).statusCode).toBe(201);
    expect(await state(staff, sha)).toEqual({ receivedBytes: 50, totalBytes: file.length });
  });

  it('refuses a missing or bad Content-Range, a body of another length, an over-large chunk or file', async () => {
    const file = samplePdf('Rentang');
    const sha = sha256Hex(file);
    const put = (headers: Record<string, string>, payload: Buffer) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/evidence/uploads/${sha}`, headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': 'application/octet-stream', ...headers }, payload });
    expect((await put({}, file)).statusCode).toBe(400);
    expect((await put({ 'content-range': 'bytes 0-9/5' }, file.subarray(0, 10))).statusCode).toBe(400);
    expect((await put({ 'content-range': 'bytes 0-9/100' }, file.subarray(0, 5))).statusCode).toBe(400);
    expect((await put({ 'content-range': `bytes 0-9/${20 * 1024 * 1024}` }, file.subarray(0, 10))).statusCode).toBe(413);
    const big = Buffer.alloc(UPLOAD_CHUNK_MAX_BYTES + 1);
    const tooBig = await put({ 'content-range': `bytes 0-${big.length - 1}/${big.length * 2}` }, big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toContain('1 MB');
    const json = await staff.send('PUT', `/api/v1/evidence/uploads/${sha}`, { not: 'bytes' });
    expect(json.statusCode).toBe(415);
  });

  it('forgets a partial upload abandoned for a week', async () => {
    const file = samplePdf('Ditinggalkan');
    const sha = sha256Hex(file);
    expect((await chunk(staff, sha, file, 0, 40)).statusCode).toBe(202);
    const account = (await t.ctx.db.selectFrom('accounts').select('id').where('employee_id', '=', t.fixture.people.staff1!.id).executeTakeFirstOrThrow()).id;
    const old = new Date(Date.now() - PARTIAL_UPLOAD_MAX_AGE_MS - 60_000);
    await utimes(join(dataDir, 'uploads', account, `${sha}-${file.length}.part`), old, old);
    expect(await state(staff, sha)).toEqual({ receivedBytes: 0, totalBytes: null });
    expect((await readdir(join(dataDir, 'uploads', account))).filter((n) => n.startsWith(sha))).toEqual([]);
  });

  it('is only for accounts with a journal', async () => {
    const auditor = await signIn(t.app, t.fixture.people.auditor!.nip);
    expect((await auditor.get(`/api/v1/evidence/uploads/${'a'.repeat(64)}`)).statusCode).toBe(403);
    expect((await chunk(auditor, 'a'.repeat(64), Buffer.from('abc'), 0, 3)).statusCode).toBe(403);
  });
});
