import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';
import { RETRY_AFTER_SECONDS } from './load-guard.js';

/**
 * The load guard refuses requests while the event loop is held, and /health still answers. No
 * timing race decides the outcome: the loop is held far longer than the threshold needs (the
 * guard averages at most 21 delay samples, one per 10 ms, per 200 ms sample, so 6 s held gives a
 * mean of at least 6000 / 21 - 10 ≈ 275 ms > 200 ms), and the requests go out right after the guard
 * has seen it, well within the 200 ms before its next sample. The threshold is far above what a
 * busy test machine shows on its own.
 */
const MAX_DELAY_MS = 200;
let t: TestApp;
let app: FastifyInstance;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  app = await buildApp(t.ctx, { loadGuard: { maxEventLoopDelayMs: MAX_DELAY_MS, sampleIntervalMs: 200 } });
  staff = await signIn(app, t.fixture.people.staff1!.nip);
});
afterAll(async () => {
  await app?.close();
  await t.close();
});

function holdEventLoop(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: what a runaway synchronous loop does to the server
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('load guard', () => {
  it('refuses requests with 503 UNAVAILABLE and Retry-After while the loop is held; /health answers and says busy', async () => {
    await until(() => app.memoryUsage().eventLoopDelay <= MAX_DELAY_MS, 'a calm loop');
    expect((await staff.get('/api/v1/me')).statusCode).toBe(200);
    holdEventLoop(6000);
    await until(() => app.memoryUsage().eventLoopDelay > MAX_DELAY_MS, 'the guard to see the held loop');
    const [me, health] = await Promise.all([staff.get('/api/v1/me'), app.inject({ method: 'GET', url: '/api/v1/health' })]);
    expect(me.statusCode).toBe(503);
    expect(me.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect(me.json()).toEqual({ error: { code: 'UNAVAILABLE', message: 'Server sedang sibuk. Silakan coba lagi sebentar lagi.' } });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', busy: true });

    await until(() => app.memoryUsage().eventLoopDelay <= MAX_DELAY_MS, 'the loop to recover');
    expect((await staff.get('/api/v1/me')).statusCode).toBe(200);
  }, 30_000);

  it('is off for in-process use (tests, benches): app.inject back to back holds the loop by design', () => {
    expect(t.app.hasDecorator('isUnderPressure')).toBe(false);
    expect(app.hasDecorator('isUnderPressure')).toBe(true);
  });

  it('gives a client a bounded time to send its whole request', () => {
    expect(t.ctx.config.requestTimeoutMs).toBe(120_000);
    expect(app.server.requestTimeout).toBe(t.ctx.config.requestTimeoutMs);
  });
});
