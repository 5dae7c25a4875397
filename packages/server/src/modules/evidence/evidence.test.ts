import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { EVIDENCE_MAX_BYTES } from './limits.js';
import { MESSAGES } from './messages.js';
import { pngBomb, samplePdf, samplePhoto } from './samples.js';
import { sha256Hex } from './store.js';

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-evidence-'));
  t = await createTestApp({ dataDir });
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const clients = new Map<string, Client>();
async function as(person: string): Promise<Client> {
  let c = clients.get(person);
  if (!c) clients.set(person, (c = await signIn(t.app, t.fixture.people[person]!.nip)));
  return c;
}

function put(c: Client, body: Buffer, contentType = 'image/jpeg', sha = sha256Hex(body)) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/evidence/${sha}`,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': contentType },
    payload: body,
  });
}

async function storedFiles(): Promise<string[]> {
  const names = await readdir(join(dataDir, 'evidence'), { recursive: true }).catch(() => [] as string[]);
  return names.filter((n) => /\.(jpg|pdf)$/.test(n));
}

const storedPath = (sha: string, ext = 'jpg') => join(dataDir, 'evidence', sha.slice(0, 2), sha.slice(2, 4), `${sha}.${ext}`);

describe('PUT /evidence/:sha256', () => {
  it('re-encodes a phone photo: long side 1280, metadata stripped, capture time kept', async () => {
    const photo = await samplePhoto({
      width: 3000,
      height: 2000,
      exif: {
        IFD0: { Make: 'Samsung', Model: 'Galaxy A15' },
        IFD2: { DateTimeOriginal: '2026:11:20 14:30:00' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '0/1 1/1 3230/100', GPSLongitudeRef: 'E', GPSLongitude: '109/1 20/1 0/1' },
      },
    });
    const sha = sha256Hex(photo);
    const res = await put(await as('staff1'), photo);
    expect(res.statusCode).toBe(201);
    // No OffsetTimeOriginal: the wall clock is read in the agency's zone (Asia/Pontianak, UTC+7).
    expect(res.json()).toEqual({
      sha256: sha,
      mediaType: 'image/jpeg',
      byteSize: photo.length,
      storedSize: expect.any(Number),
      width: 1280,
      height: 853,
      capturedAt: '2026-11-20T07:30:00.000Z',
    });

    const stored = await readFile(storedPath(sha));
    expect(stored.length).toBe(res.json().storedSize);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1280, height: 853 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(stored.includes('Exif')).toBe(false);
    expect(stored.includes('Samsung')).toBe(false);

    const row = await t.ctx.db.selectFrom('evidence_files').selectAll().where('sha256', '=', sha).executeTakeFirstOrThrow();
    expect(new Date(row.captured_at!).toISOString()).toBe('2026-11-20T07:30:00.000Z');
    expect(row).toMatchObject({ media_type: 'image/jpeg', byte_size: photo.length, stored_size: stored.length, width: 1280, height: 853 });
    const uploads = await t.ctx.db.selectFrom('evidence_uploads').selectAll().where('sha256', '=', sha).execute();
    expect(uploads.map((u) => u.account_id)).toEqual([t.fixture.people.staff1!.accountId]);
  });

  it('turns a photo upright by its EXIF orientation and honours the EXIF time offset', async () => {
    const photo = await samplePhoto({
      width: 3000,
      height: 2000,
      orientation: 6,
      exif: { IFD2: { DateTimeOriginal: '2026:11:20 14:30:00', OffsetTimeOriginal: '+08:00' } },
    });
    const res = await put(await as('staff1'), photo);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ width: 853, height: 1280, capturedAt: '2026-11-20T06:30:00.000Z' });
    expect((await sharp(await readFile(storedPath(res.json().sha256))).metadata()).orientation).toBeUndefined();
  });

  it('stores PNG and WebP as JPEG, never enlarging a small one; transparency becomes white', async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const webp = await samplePhoto({ width: 2560, height: 1440, format: 'webp' });
    const a = await put(await as('staff1'), png, 'image/png');
    const b = await put(await as('staff1'), webp, 'image/webp');
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ mediaType: 'image/jpeg', width: 800, height: 600, capturedAt: null });
    expect(b.json()).toMatchObject({ mediaType: 'image/jpeg', width: 1280, height: 720 });
    const stored = await sharp(await readFile(storedPath(a.json().sha256))).raw().toBuffer({ resolveWithObject: true });
    expect(stored.info.channels).toBe(3);
    expect([...stored.data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('stores a PDF byte for byte', async () => {
    const pdf = samplePdf();
    const res = await put(await as('staff1'), pdf, 'application/pdf');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mediaType: 'application/pdf', byteSize: pdf.length, storedSize: pdf.length, width: null, height: null, capturedAt: null });
    expect((await readFile(storedPath(res.json().sha256, 'pdf'))).equals(pdf)).toBe(true);
  });

  it('stores the same file once however often, and by whomever, it is sent', async () => {
    const photo = await samplePhoto({ width: 1600, height: 1200, seedColour: '#336699' });
    const sha = sha256Hex(photo);
    const before = (await storedFiles()).length;
    const first = await put(await as('staff2'), photo);
    const again = await put(await as('staff2'), photo);
    const other = await put(await as('kasubbag'), photo, 'application/octet-stream');
    expect([first.statusCode, again.statusCode, other.statusCode]).toEqual([201, 200, 200]);
    expect(again.json()).toEqual(first.json());
    expect(other.json()).toEqual(first.json());
    expect((await storedFiles()).length).toBe(before + 1);
    const rows = await t.ctx.db.selectFrom('evidence_files').select('sha256').where('sha256', '=', sha).execute();
    expect(rows).toHaveLength(1);
    const uploads = await t.ctx.db.selectFrom('evidence_uploads').select('account_id').where('sha256', '=', sha).execute();
    expect(uploads).toHaveLength(2);
  });

  it('survives concurrent uploads of the same new file', async () => {
    const photo = await samplePhoto({ width: 1000, height: 700, seedColour: '#996633' });
    const c = await as('staff2');
    const results = await Promise.all([put(c, photo), put(c, photo), put(c, photo)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect((await storedFiles()).filter((n) => n.includes(sha256Hex(photo)))).toHaveLength(1);
  });

  it('refuses bytes that do not match the SHA-256 they are sent under', async () => {
    const photo = await samplePhoto({ width: 100, height: 100 });
    const res = await put(await as('staff1'), photo, 'image/jpeg', sha256Hex(Buffer.from('something else')));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', message: MESSAGES.shaMismatch });
  });

  it('refuses a malformed hash in the address', async () => {
    const photo = await samplePhoto({ width: 100, height: 100 });
    for (const sha of [sha256Hex(photo).toUpperCase(), sha256Hex(photo).slice(1), 'x'.repeat(64)]) {
      const res = await put(await as('staff1'), photo, 'image/jpeg', sha);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
    }
  });

  it('decides the type from the bytes, not the name or Content-Type', async () => {
    const c = await as('staff1');
    const text = Buffer.from('Ini bukan foto, hanya teks yang diberi nama foto.jpg\n');
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');
    for (const [body, type] of [[text, 'image/jpeg'], [random, 'application/octet-stream'], [gif, 'image/png']] as const) {
      const res = await put(c, body, type);
      expect(res.statusCode).toBe(415);
      expect(res.json().error).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: MESSAGES.unsupported });
    }
    // The other way round: a real PDF sent as "image/jpeg" is still stored as the PDF it is.
    const pdf = await put(c, samplePdf('Nota Dinas'), 'image/jpeg');
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json().mediaType).toBe('application/pdf');
  });

  it('refuses a truncated JPEG and a file that only starts like one', async () => {
    const c = await as('staff1');
    const photo = await samplePhoto({ width: 1200, height: 900, noise: true });
    const truncated = photo.subarray(0, Math.floor(photo.length * 0.6));
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x41)]);
    for (const body of [truncated, fake]) {
      const res = await put(c, body);
      expect(res.statusCode).toBe(415);
      expect(res.json().error).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: MESSAGES.brokenPhoto });
    }
  });

  it('accepts a JPEG with the harmless "extraneous bytes" some phone cameras write', async () => {
    const photo = await samplePhoto({ width: 1200, height: 900, noise: true, seedColour: '#445566' });
    const sos = photo.indexOf(Buffer.from([0xff, 0xda]));
    const quirky = Buffer.concat([photo.subarray(0, sos), Buffer.from([0x00, 0x12, 0x34]), photo.subarray(sos)]);
    const res = await put(await as('staff1'), quirky);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ width: 1200, height: 900 });
  });

  it('refuses a PDF that is only a header', async () => {
    const res = await put(await as('staff1'), Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\n'), 'application/pdf');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toBe(MESSAGES.brokenPdf);
  });

  it('refuses a body over 10 MiB before reading it', async () => {
    const before = await storedFiles();
    const big = Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 1);
    const res = await put(await as('staff1'), big, 'application/octet-stream');
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: MESSAGES.tooLarge });
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a decompression bomb without decoding it', async () => {
    const bomb = pngBomb(20000, 20000);
    expect(bomb.length).toBeLessThan(200_000);
    const started = Date.now();
    const res = await put(await as('staff1'), bomb, 'image/png');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe(MESSAGES.tooManyPixels(400));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses HEIC and other content types with a message that says what to do', async () => {
    const c = await as('staff1');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/evidence/${'a'.repeat(64)}`,
      headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'image/heic' },
      payload: Buffer.from('not read'),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toBe(MESSAGES.heic);
    const json = await c.send('PUT', `/api/v1/evidence/${'a'.repeat(64)}`, { file: 'x' });
    expect(json.statusCode).toBe(415);
  });

  it('needs a session, the CSRF token and an account linked to an employee', async () => {
    const photo = await samplePhoto({ width: 64, height: 64 });
    const url = `/api/v1/evidence/${sha256Hex(photo)}`;
    const anonymous = await t.app.inject({ method: 'PUT', url, headers: { 'content-type': 'image/jpeg' }, payload: photo });
    expect(anonymous.statusCode).toBe(401);
    const c = await as('staff1');
    const noCsrf = await t.app.inject({ method: 'PUT', url, headers: { cookie: c.cookie, 'content-type': 'image/jpeg' }, payload: photo });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF');
    const auditor = await put(await as('auditor'), photo);
    expect(auditor.statusCode).toBe(403);
    expect(auditor.json().error.code).toBe('NOT_AN_EMPLOYEE');
    expect(await t.ctx.db.selectFrom('evidence_files').select('sha256').where('sha256', '=', sha256Hex(photo)).execute()).toEqual([]);
  });
});

describe('GET /evidence/:sha256', () => {
  let photoSha: string;
  let pdfSha: string;
  let entryId: string;

  beforeAll(async () => {
    const photo = await samplePhoto({ width: 2000, height: 1500, seedColour: '#228833' });
    const pdf = samplePdf('Laporan Kegiatan');
    photoSha = (await put(await as('staff1'), photo)).json().sha256;
    pdfSha = (await put(await as('staff1'), pdf, 'application/pdf')).json().sha256;
  });

  it('lets the uploader fetch the file with caching headers', async () => {
    const c = await as('staff1');
    const res = await c.get(`/api/v1/evidence/${photoSha}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(res.headers.etag).toBe(`"${photoSha}"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toMatch(/^inline/);
    expect(res.headers['content-security-policy']).toMatch(/sandbox/);
    expect(res.rawPayload.equals(await readFile(storedPath(photoSha)))).toBe(true);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);

    const head = await t.app.inject({ method: 'HEAD', url: `/api/v1/evidence/${photoSha}`, headers: { cookie: c.cookie } });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');

    const pdf = await c.get(`/api/v1/evidence/${pdfSha}`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline/);

    const cached = await t.app.inject({ method: 'GET', url: `/api/v1/evidence/${photoSha}`, headers: { cookie: c.cookie, 'if-none-match': `"${photoSha}"` } });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
    expect(cached.headers.etag).toBe(`"${photoSha}"`);

    const meta = await c.get(`/api/v1/evidence/${photoSha}/meta`);
    expect(meta.json()).toMatchObject({ sha256: photoSha, mediaType: 'image/jpeg', width: 1280, height: 960 });
  });

  it('hides an unattached file from everyone else, exactly like a missing one', async () => {
    const missing = await (await as('staff2')).get(`/api/v1/evidence/${'0'.repeat(64)}`);
    expect(missing.statusCode).toBe(404);
    for (const who of ['staff2', 'kasubbag', 'teacherB']) {
      const c = await as(who);
      for (const url of [`/api/v1/evidence/${photoSha}`, `/api/v1/evidence/${photoSha}/meta`]) {
        const res = await c.get(url);
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(missing.json());
      }
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/evidence/${photoSha}` })).statusCode).toBe(401);
  });

  describe('once attached to a journal entry', () => {
    beforeAll(async () => {
      const { agencyIds, people } = t.fixture;
      // The journal module will do this; here the rows are written directly, under a dictionary
      // version of our own so the test holds whatever the fixture seeds.
      const latest = await t.ctx.db.selectFrom('activity_dictionary_versions').select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
      const version = Number(latest?.v ?? 0) + 1;
      await t.ctx.db.insertInto('activity_dictionary_versions').values({ version, source: 'uji-bukti', item_count: 1, created_by: null }).execute();
      await t.ctx.db
        .insertInto('activities')
        .values({ code: 'BUKTI-001', version, name: 'Mengagendakan surat masuk', unit: 'surat', standard_minutes: 10, position_kinds: [] })
        .execute();
      entryId = newId();
      await t.ctx.db
        .insertInto('journal_entries')
        .values({
          agency_id: agencyIds.A,
          id: entryId,
          employee_id: people.staff1!.id,
          work_date: '2026-11-20',
          start_minute: 480,
          end_minute: 540,
          duration_minutes: 60,
          activity_code: 'BUKTI-001',
          activity_version: version,
          volume: 6,
          rhk_id: null,
          credited_minutes: 60,
          device_recorded_at: null,
          submitted_at: null,
          deleted_at: null,
        })
        .execute();
      await t.ctx.db
        .insertInto('journal_entry_evidence')
        .values([
          { agency_id: agencyIds.A, entry_id: entryId, sha256: photoSha, file_name: 'foto.jpg' },
          { agency_id: agencyIds.A, entry_id: entryId, sha256: pdfSha, file_name: 'laporan.pdf' },
        ])
        .execute();
      // Take away staff1's uploader right so the entry alone must grant access.
      await t.ctx.db.deleteFrom('evidence_uploads').where('sha256', '=', photoSha).execute();
    });

    it('lets the entry’s employee, supervisor, atasan and the agency’s admins and auditors read it', async () => {
      for (const who of ['staff1', 'kasubbag', 'sekretaris', 'adminA', 'bkdAdmin', 'auditor']) {
        const c = await as(who);
        const res = await c.get(`/api/v1/evidence/${photoSha}`);
        expect(res.statusCode, who).toBe(200);
        expect((await c.get(`/api/v1/evidence/${pdfSha}/meta`)).statusCode, who).toBe(200);
      }
    });

    it('keeps it from a peer, other agencies and their admin', async () => {
      for (const who of ['staff2', 'staff3', 'teacherB', 'adminB', 'kadisB']) {
        const res = await (await as(who)).get(`/api/v1/evidence/${photoSha}`);
        expect(res.statusCode, who).toBe(404);
      }
    });

    it('stops granting access through an entry once the entry is deleted', async () => {
      await t.ctx.db.updateTable('journal_entries').set({ deleted_at: t.ctx.now() }).where('id', '=', entryId).execute();
      expect((await (await as('kasubbag')).get(`/api/v1/evidence/${photoSha}`)).statusCode).toBe(404);
      expect((await (await as('adminA')).get(`/api/v1/evidence/${photoSha}`)).statusCode).toBe(404);
      await t.ctx.db.updateTable('journal_entries').set({ deleted_at: null }).where('id', '=', entryId).execute();
    });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/evidence/{sha256}', '/api/v1/evidence/{sha256}/meta']));
    expect(doc.paths['/api/v1/evidence/{sha256}'].put.requestBody.content).toHaveProperty('image/jpeg');
  });

  it('reports a lost file, and the same upload restores it', async () => {
    const photo = await samplePhoto({ width: 900, height: 900, seedColour: '#aa3311' });
    const c = await as('staff2');
    const sha = (await put(c, photo)).json().sha256 as string;
    await rm(storedPath(sha));
    const lost = await c.get(`/api/v1/evidence/${sha}`);
    expect(lost.statusCode).toBe(404);
    expect(lost.json().error.message).toBe(MESSAGES.lostFile);
    const again = await put(c, photo);
    expect(again.statusCode).toBe(200);
    expect((await c.get(`/api/v1/evidence/${sha}`)).statusCode).toBe(200);
  });
});
