import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { AppContext } from '../context.js';
import type { DatabaseHandle } from '../db/connect.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { createTestDatabase } from './database.js';
import { FIXTURE_PASSWORD, seedFixture, type Fixture } from './fixtures.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  handle: DatabaseHandle;
  fixture: Fixture;
  /** Moves the clock the app sees. */
  setNow(d: Date): void;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  const madeDataDir = overrides.dataDir === undefined ? await mkdtemp(join(tmpdir(), 'kinerja-test-data-')) : null;
  const ownDataDir = overrides.dataDir ?? madeDataDir!;
  let now = new Date('2026-11-23T03:00:00Z');
  const ctx: AppContext = {
    db: handle.db,
    dbKind: handle.kind,
    dbSchema: handle.schema,
    config: {
      ...loadConfig({}),
      // Files (evidence, archives, the two-factor key) in a folder of this app's own, never the checkout's ./data,
      // which test files running side by side would share.
      dataDir: ownDataDir,
      totpKeyFile: join(ownDataDir, 'totp.key'),
      webDistDir: '/nonexistent',
      loginRateLimitPerMinute: 1000,
      loginRateLimitPerAccountPerMinute: 1000,
      loginRateLimitPerAccountIpPerMinute: 1000,
      writeRateLimitPerAccountPerMinute: 100_000,
      // Tests move the clock by days with an admin signed in; the admins' shorter sessions are tested in
      // modules/auth/session-lifetimes.test.ts, which sets them back.
      privilegedSessionIdleMinutes: 14 * 24 * 60,
      privilegedSessionMaxHours: 60 * 24,
      ...overrides,
    },
    charts: new OrgChartCache(handle.db),
    now: () => now,
  };
  const app = await buildApp(ctx);
  const fixture = await seedFixture(handle.db);
  return {
    app,
    ctx,
    handle,
    fixture,
    setNow: (d) => (now = d),
    close: async () => {
      await app.close();
      await handle.close();
      if (madeDataDir) await rm(madeDataDir, { recursive: true, force: true });
    },
  };
}

export interface Client {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** Uploads an evidence file in one request; fails the test unless it is stored. Answers its SHA-256. */
  upload(bytes: Buffer, mediaType?: string): Promise<string>;
}

export async function signIn(app: FastifyInstance, nip: string, password = FIXTURE_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${nip}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'kinerja_session')!;
  const csrf = res.json().csrfToken as string;
  const header = `kinerja_session=${cookie.value}`;
  return {
    cookie: header,
    csrf,
    get: (url) => app.inject({ method: 'GET', url, headers: { cookie: header } }),
    send: (method, url, body) =>
      app.inject({ method, url, headers: { cookie: header, 'x-csrf-token': csrf }, ...(body === undefined ? {} : { payload: body as object }) }),
    async upload(bytes, mediaType = 'image/jpeg') {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const res = await app.inject({ method: 'PUT', url: `/api/v1/evidence/${sha}`, headers: { cookie: header, 'x-csrf-token': csrf, 'content-type': mediaType }, payload: bytes });
      if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`upload ${res.statusCode}: ${res.body}`);
      return sha;
    },
  };
}
