import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../../testing/index.js';
import { approvedSkp } from '../test-support.js';
import recorded from './fixtures/siasn-push.json' with { type: 'json' };

/**
 * The push to SIASN against a fake gateway that replays recorded exchanges (fixtures/siasn-push.json:
 * each request the client sent and SIASN's answer to it). The test asserts the exact requests — the two
 * token calls, a data-utama lookup per person, one save per record with SIASN's field names and codes —
 * and that a refusal, a timeout and a missing code each fail their own record while the others are
 * saved and the export stays downloadable.
 *
 * Records of the fixture's Dinas Kesehatan for 2026: annual (skp22) of staff2 (Agus Salim: SIASN
 * answers "already exists") and staff1 (Dewi Lestari: saved); periodic (kinerja periodik, Triwulan I)
 * of staff1 (SIASN does not answer in time) and staff3 (Yohanes Dami, an Ahli Pertama rated Sangat
 * Baik, whose koefisien code the defaults leave empty: never sent).
 */
interface Exchange {
  request: { method: string; path: string; headers: Record<string, string>; body: unknown };
  response: { status: number; body: unknown; delayMs?: number };
}
const EXCHANGES = recorded.exchanges as Exchange[];
/** What the push of only the failed records, right after the first push, sends and hears. */
const RETRY = recorded.retryExchanges as Exchange[];
const REPLAYED = [...EXCHANGES, ...RETRY];
const TIMEOUT_MS = 1000;

let t: TestApp;
let A: string;
let gateway: Server;
let base: string;
const c: Record<string, Client> = {};
const received: Exchange['request'][] = [];
let failTokens = false;

const bodyOf = (req: IncomingMessage, text: string): unknown => {
  if (text === '') return null;
  if ((req.headers['content-type'] ?? '').startsWith('application/json')) return JSON.parse(text) as unknown;
  return Object.fromEntries(new URLSearchParams(text));
};
// The headers a SIASN client must send; the rest (user agent, length) are the runtime's.
const HEADERS = ['authorization', 'auth', 'content-type', 'accept'];

beforeAll(async () => {
  const used = new Set<number>();
  gateway = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      const request = {
        method: req.method!,
        path: req.url!,
        headers: Object.fromEntries(HEADERS.filter((h) => req.headers[h] !== undefined).map((h) => [h, String(req.headers[h])])),
        body: bodyOf(req, text),
      };
      received.push(request);
      if (failTokens && request.path.endsWith('/token')) {
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Service Unavailable' }));
        return;
      }
      const i = REPLAYED.findIndex((x, k) => !used.has(k) && x.request.method === request.method && x.request.path === request.path && JSON.stringify(x.request.body) === JSON.stringify(request.body));
      if (i < 0) {
        res.writeHead(599, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'no recorded exchange for this request' }));
        return;
      }
      used.add(i);
      const { status, body, delayMs } = REPLAYED[i]!.response;
      setTimeout(() => {
        if (!res.destroyed) res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      }, delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  const dir = await mkdtemp(join(tmpdir(), 'kinerja-siasn-'));
  const credentialsFile = join(dir, 'siasn.json');
  await writeFile(credentialsFile, JSON.stringify({ consumerKey: 'kunci', consumerSecret: 'rahasia', ssoClientId: 'kinerja-daerah', username: 'operator.bkd', password: 'sandi-operator' }));
  t = await createTestApp({ siasnPush: { apiUrl: `${base}/apisiasn/1.0`, tokenUrl: `${base}/oauth2/token`, ssoUrl: `${base}/sso/token`, credentialsFile, timeoutMs: TIMEOUT_MS } });
  A = t.fixture.agencyIds.A;
  for (const key of ['kasubbag', 'sekretaris', 'staff1', 'staff2', 'staff3', 'adminA', 'auditor']) c[key] = await signIn(t.app, t.fixture.people[key]!.nip);
  const evaluate = async (key: string, penilai: string, kind: 'tahunan' | 'periodik', hasil: string, perilaku: string, skpId: string) => {
    const opened = await c[key]!.send('POST', `/api/v1/agencies/${A}/skp/${skpId}/evaluations`, { kind, periodFrom: '2026-01-01' });
    expect(opened.statusCode, opened.body).toBe(200);
    const id = (opened.json() as { evaluation: { id: string } }).evaluation.id;
    expect((await c[penilai]!.send('PUT', `/api/v1/agencies/${A}/evaluations/${id}/rating`, { ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku, note: '' })).statusCode).toBe(200);
    const final = await c[penilai]!.send('POST', `/api/v1/agencies/${A}/evaluations/${id}/finalise`, {});
    expect(final.statusCode, final.body).toBe(200);
  };
  const s1 = await approvedSkp(t, c.staff1!, 'staff1', 2026, ['Tersusunnya laporan kepegawaian']);
  const s2 = await approvedSkp(t, c.staff2!, 'staff2', 2026, ['Terlaksananya layanan umum']);
  const s3 = await approvedSkp(t, c.staff3!, 'staff3', 2026, ['Terlaksananya surveilans penyakit menular']);
  await evaluate('staff1', 'kasubbag', 'tahunan', 'di_atas_ekspektasi', 'sesuai_ekspektasi', s1.skpId);
  await evaluate('staff2', 'kasubbag', 'tahunan', 'sesuai_ekspektasi', 'sesuai_ekspektasi', s2.skpId);
  await evaluate('staff1', 'kasubbag', 'periodik', 'sesuai_ekspektasi', 'di_bawah_ekspektasi', s1.skpId);
  await evaluate('staff3', 'sekretaris', 'periodik', 'di_atas_ekspektasi', 'di_atas_ekspektasi', s3.skpId);
}, 180_000);
afterAll(async () => {
  await t.close();
  gateway.closeAllConnections();
  await new Promise((r) => gateway.close(r));
});

const push = (who = 'adminA', query = 'year=2026') => c[who]!.send('POST', `/api/v1/agencies/${A}/evaluation-exports/siasn-push?${query}`, {});
const tokens = (list: Exchange['request'][]) => list.filter((r) => r.path.endsWith('/token')).sort((a, b) => (a.path < b.path ? -1 : 1));
/** The two tokens are asked for together; then everything goes one request at a time, in record order. */
const expectSent = (exchanges: Exchange[]) => {
  const expected = exchanges.map((x) => x.request);
  expect(tokens(received)).toEqual(tokens(expected));
  expect(received.filter((r) => !r.path.endsWith('/token'))).toEqual(expected.filter((r) => !r.path.endsWith('/token')));
};

describe('POST /agencies/{agencyId}/evaluation-exports/siasn-push', () => {
  it('sends exactly the recorded requests and reports each record: saved, refused, timed out, not sent', async () => {
    received.length = 0;
    const res = await push();
    expect(res.statusCode, res.body).toBe(200);
    expectSent(EXCHANGES);
    const p = t.fixture.people;
    expect(res.json()).toEqual({
      year: 2026,
      sent: 1,
      failed: 3,
      records: [
        { kind: 'skp22', nip: p.staff2!.nip, nama: p.staff2!.name, periode: '2026', ok: false, siasnId: null, error: 'SIASN menolak: Data SKP tahun 2026 sudah ada' },
        { kind: 'skp22', nip: p.staff1!.nip, nama: p.staff1!.name, periode: '2026', ok: true, siasnId: 'rw-skp22-0001', error: null },
        { kind: 'kinerjaPeriodik', nip: p.staff1!.nip, nama: p.staff1!.name, periode: 'Triwulan I', ok: false, siasnId: null, error: 'SIASN tidak menjawab dalam 1 detik.' },
        { kind: 'kinerjaPeriodik', nip: p.staff3!.nip, nama: p.staff3!.name, periode: 'Triwulan I', ok: false, siasnId: null, error: 'Kode SIASN belum diisi: koefisienId.' },
      ],
    });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['actor_account_id', 'data']).where('action', '=', 'evaluation.siasn_push').execute();
    expect(audit).toEqual([
      {
        actor_account_id: p.adminA!.accountId,
        data: {
          year: 2026,
          sent: 1,
          failed: [
            { kind: 'skp22', nip: p.staff2!.nip, periode: '2026', error: 'SIASN menolak: Data SKP tahun 2026 sudah ada' },
            { kind: 'kinerjaPeriodik', nip: p.staff1!.nip, periode: 'Triwulan I', error: 'SIASN tidak menjawab dalam 1 detik.' },
            { kind: 'kinerjaPeriodik', nip: p.staff3!.nip, periode: 'Triwulan I', error: 'Kode SIASN belum diisi: koefisienId.' },
          ],
        },
      },
    ]);
  }, 30_000);

  it('sends again only the records the last push failed (only=failed): not the one SIASN saved, nor one whose code is still empty', async () => {
    received.length = 0;
    const res = await push('adminA', 'year=2026&only=failed');
    expect(res.statusCode, res.body).toBe(200);
    expectSent(RETRY);
    const p = t.fixture.people;
    expect(res.json()).toEqual({
      year: 2026,
      sent: 1,
      failed: 2,
      records: [
        { kind: 'skp22', nip: p.staff2!.nip, nama: p.staff2!.name, periode: '2026', ok: false, siasnId: null, error: 'SIASN menolak: Data SKP tahun 2026 sudah ada' },
        { kind: 'kinerjaPeriodik', nip: p.staff1!.nip, nama: p.staff1!.name, periode: 'Triwulan I', ok: true, siasnId: 'rw-periodik-0001', error: null },
        { kind: 'kinerjaPeriodik', nip: p.staff3!.nip, nama: p.staff3!.name, periode: 'Triwulan I', ok: false, siasnId: null, error: 'Kode SIASN belum diisi: koefisienId.' },
      ],
    });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['data']).where('action', '=', 'evaluation.siasn_push').orderBy('at', 'desc').executeTakeFirstOrThrow();
    expect(audit.data).toEqual({
      year: 2026,
      only: 'failed',
      sent: 1,
      failed: [
        { kind: 'skp22', nip: p.staff2!.nip, periode: '2026', error: 'SIASN menolak: Data SKP tahun 2026 sudah ada' },
        { kind: 'kinerjaPeriodik', nip: p.staff3!.nip, periode: 'Triwulan I', error: 'Kode SIASN belum diisi: koefisienId.' },
      ],
    });
  }, 30_000);

  it('refuses to send again when that year has no push with failures, before asking SIASN anything', async () => {
    received.length = 0;
    const res = await push('adminA', 'year=2025&only=failed');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'SIASN_NOTHING_TO_RESEND', message: 'Tidak ada data yang gagal pada pengiriman terakhir ke SIASN untuk tahun ini.' });
    expect((await push('adminA', 'year=2026&only=all')).statusCode).toBe(400);
    expect((await push('staff1', 'year=2026&only=failed')).statusCode).toBe(403);
    expect(received).toEqual([]);
  });

  it('fails every record, not the request, when SIASN will not sign in; the export is still there', async () => {
    failTokens = true;
    try {
      const res = await push();
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { sent: number; failed: number; records: { ok: boolean; error: string }[] };
      expect(body).toMatchObject({ sent: 0, failed: 4 });
      expect(body.records.map((r) => r.error)).toEqual(['SIASN menjawab 503: Service Unavailable', 'SIASN menjawab 503: Service Unavailable', 'SIASN menjawab 503: Service Unavailable', 'Kode SIASN belum diisi: koefisienId.']);
    } finally {
      failTokens = false;
    }
    const xlsx = await c.adminA!.get(`/api/v1/agencies/${A}/evaluation-exports/siasn.xlsx?year=2026`);
    expect(xlsx.statusCode).toBe(200);
  }, 30_000);

  it('is for the agency’s admins and the BKD only', async () => {
    for (const who of ['auditor', 'staff1', 'kasubbag']) expect((await push(who)).statusCode).toBe(403);
  });
});
