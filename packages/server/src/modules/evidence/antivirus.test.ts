import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReply } from '../../antivirus.js';
import { loadConfig } from '../../config.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { samplePdf, samplePhoto } from './samples.js';
import { sha256Hex } from './store.js';

/**
 * Antivirus for uploaded evidence (issue 20, src/antivirus.ts): off by default; with a clamd configured
 * every new file is sent to it by INSTREAM before it is parsed or stored; an infected file is refused
 * (422 INFECTED_FILE, in Indonesian) and audited, and a scanner that does not answer refuses with 503.
 * The clamd here is a fake one speaking the protocol, which finds the EICAR test string.
 */
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** A fake clamd: reads `zINSTREAM\0` and length-prefixed chunks up to a zero length, answers like clamd. */
function fakeClamd(seen: Buffer[]): Server {
  return createServer((socket) => {
    let buf = Buffer.alloc(0);
    let started = false;
    const body: Buffer[] = [];
    socket.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (!started) {
        const end = buf.indexOf(0);
        if (end < 0) return;
        if (buf.subarray(0, end).toString() !== 'zINSTREAM') {
          socket.end('UNKNOWN COMMAND\0');
          return;
        }
        started = true;
        buf = buf.subarray(end + 1);
      }
      while (buf.length >= 4) {
        const size = buf.readUInt32BE(0);
        if (size === 0) {
          const file = Buffer.concat(body);
          seen.push(file);
          socket.end(file.includes(EICAR) ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (buf.length < 4 + size) return;
        body.push(buf.subarray(4, 4 + size));
        buf = buf.subarray(4 + size);
      }
    });
  });
}

const listen = (s: Server) => new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port)));

let t: TestApp;
let dataDir: string;
let clamd: Server;
let port: number;
const seen: Buffer[] = [];
beforeAll(async () => {
  clamd = fakeClamd(seen);
  port = await listen(clamd);
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-antivirus-'));
  t = await createTestApp({ dataDir, clamd: { host: '127.0.0.1', port, timeoutMs: 10_000 } });
}, 120_000);
afterAll(async () => {
  await t.close();
  await new Promise((r) => clamd.close(r));
  await rm(dataDir, { recursive: true, force: true });
});

function put(c: Client, body: Buffer, contentType: string) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/evidence/${sha256Hex(body)}`,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': contentType },
    payload: body,
  });
}
const storedFiles = async () => (await readdir(join(dataDir, 'evidence'), { recursive: true }).catch(() => [] as string[])).filter((n) => /\.(jpg|pdf)$/.test(n));
const evidenceRow = (sha: string) => t.ctx.db.selectFrom('evidence_files').select('sha256').where('sha256', '=', sha).executeTakeFirst();

describe('antivirus for uploaded evidence', () => {
  it('is off unless KINERJA_CLAMD_HOST is set', () => {
    expect(loadConfig({}).clamd).toBeUndefined();
    expect(loadConfig({ KINERJA_CLAMD_HOST: 'clamav' }).clamd).toEqual({ host: 'clamav', port: 3310, timeoutMs: 30_000 });
    expect(loadConfig({ KINERJA_CLAMD_HOST: '10.0.0.5', KINERJA_CLAMD_PORT: '3311', KINERJA_CLAMD_TIMEOUT_MS: '5000' }).clamd).toEqual({ host: '10.0.0.5', port: 3311, timeoutMs: 5000 });
    expect(readReply('stream: OK')).toEqual({ clean: true });
    expect(readReply('stream: Win.Test.EICAR_HDB-1 FOUND')).toEqual({ clean: false, signature: 'Win.Test.EICAR_HDB-1' });
    expect(() => readReply('INSTREAM size limit exceeded. ERROR')).toThrow(/size limit/);
  });

  it('refuses a file clamd finds infected with 422 in Indonesian, stores nothing and audits the refusal; a clean file is scanned and kept', async () => {
    const p = t.fixture.people.staff1!;
    const c = await signIn(t.app, p.nip);
    const infected = Buffer.concat([await samplePdf(), Buffer.from(`\n% ${EICAR}\n`)]);
    const res = await put(c, infected, 'application/pdf');
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error).toEqual({ code: 'INFECTED_FILE', message: expect.stringMatching(/^Berkas ditolak: pemindai antivirus menemukan Eicar-Test-Signature\. Berkas tidak disimpan/) });
    expect(seen.at(-1)!.equals(infected)).toBe(true);
    expect(await evidenceRow(sha256Hex(infected))).toBeUndefined();
    expect(await storedFiles()).toEqual([]);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['agency_id', 'actor_account_id', 'entity_id', 'data']).where('action', '=', 'evidence.infected_refused').execute();
    expect(audit).toEqual([{ agency_id: p.agencyId, actor_account_id: p.accountId, entity_id: sha256Hex(infected), data: { signature: 'Eicar-Test-Signature', byteSize: infected.length } }]);

    // The same infected bytes through the resumable upload: refused the same way.
    const sha = sha256Hex(infected);
    const chunk = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/evidence/uploads/${sha}`,
      headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream', 'content-range': `bytes 0-${infected.length - 1}/${infected.length}` },
      payload: infected,
    });
    expect(chunk.statusCode, chunk.body).toBe(422);
    expect(chunk.json().error.code).toBe('INFECTED_FILE');

    const photo = await samplePhoto({ width: 400, height: 300 });
    const ok = await put(c, photo, 'image/jpeg');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(seen.at(-1)!.equals(photo)).toBe(true);
    expect(await evidenceRow(sha256Hex(photo))).toBeDefined();
  });

  it('refuses with 503 and keeps nothing while the scanner cannot be reached', async () => {
    const down = createServer();
    const closedPort = await listen(down);
    await new Promise((r) => down.close(r));
    const before = t.ctx.config.clamd;
    t.ctx.config.clamd = { host: '127.0.0.1', port: closedPort, timeoutMs: 5000 };
    try {
      const c = await signIn(t.app, t.fixture.people.staff2!.nip);
      const photo = await samplePhoto({ width: 300, height: 200, seedColour: '#123456' });
      const res = await put(c, photo, 'image/jpeg');
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json().error).toEqual({ code: 'UNAVAILABLE', message: expect.stringMatching(/^Pemindai antivirus server sedang tidak dapat dihubungi/) });
      expect(await evidenceRow(sha256Hex(photo))).toBeUndefined();
    } finally {
      t.ctx.config.clamd = before;
    }
  });
});
