import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { createTestApp, type TestApp } from '../testing/index.js';
import { chooseLogFormat, prettyLine, type LogFormat } from './format.js';

describe('which log format', () => {
  it('LOG_FORMAT decides; else production is JSON, a terminal or npm start is pretty, anything else JSON', () => {
    expect(chooseLogFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(chooseLogFormat({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, false)).toBe('pretty');
    expect(chooseLogFormat({ NODE_ENV: 'production', npm_lifecycle_event: 'start' }, true)).toBe('json');
    expect(chooseLogFormat({}, true)).toBe('pretty');
    expect(chooseLogFormat({ npm_lifecycle_event: 'start' }, false)).toBe('pretty');
    expect(chooseLogFormat({}, false)).toBe('json');
    expect(() => chooseLogFormat({ LOG_FORMAT: 'xml' }, true)).toThrow(/LOG_FORMAT/);
  });
});

describe('a pretty line', () => {
  const at = new Date(2026, 11, 6, 7, 30, 5).getTime();
  it('reads a request as method, URL, status and time', () => {
    const line = prettyLine({ level: 30, time: at, pid: 1, hostname: 'h', reqId: 'req-1', req: { method: 'POST', url: '/api/v1/auth/login' }, res: { statusCode: 200 }, responseTime: 12.4, msg: 'request completed' });
    expect(line).toBe('07:30:05 INFO  POST /api/v1/auth/login 200 12 ms');
  });
  it('reads other records as their message, extra fields after it, and an error with its stack', () => {
    expect(prettyLine({ level: 40, time: at, msg: 'backup slow', seconds: 90 })).toBe('07:30:05 WARN  backup slow seconds=90');
    const line = prettyLine({ level: 50, time: at, msg: 'unhandled error', err: { type: 'Error', message: 'boom', stack: 'Error: boom\n    at f (x.ts:1)' } });
    expect(line.split('\n')[0]).toBe('07:30:05 ERROR unhandled error');
    expect(line).toContain('    Error: boom');
  });
});

describe('one log line per request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function linesForOneRequest(format: LogFormat, logger: { level: string; stream?: { write(line: string): void } }) {
    const app = await buildApp({ ...t.ctx, config: { ...t.ctx.config, logFormat: format } }, { logger });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(res.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  }

  it('JSON: one record with method, URL, status and time', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    await linesForOneRequest('json', { level: 'info', stream });
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => r.reqId !== undefined);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: '/api/v1/health' }, res: { statusCode: 200 } });
    expect(typeof records[0]!.responseTime).toBe('number');
  });

  it('pretty: one readable line, no JSON', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    try {
      await linesForOneRequest('pretty', { level: 'info' });
    } finally {
      spy.mockRestore();
    }
    const requestLines = written.filter((l) => l.includes('/api/v1/health'));
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatch(/^\d\d:\d\d:\d\d INFO  GET \/api\/v1\/health 200 \d+ ms\n$/);
    expect(written.join('')).not.toContain('{"level"');
  });
});
