import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  const saved = process.env.SESSION_IDLE_DAYS;
  afterEach(() => {
    if (saved === undefined) delete process.env.SESSION_IDLE_DAYS;
    else process.env.SESSION_IDLE_DAYS = saved;
  });

  it('reads numbers from the environment it is given, not the process’s', () => {
    process.env.SESSION_IDLE_DAYS = '99';
    expect(loadConfig({}).sessionIdleDays).toBe(14);
    expect(loadConfig({ SESSION_IDLE_DAYS: '3' }).sessionIdleDays).toBe(3);
    expect(loadConfig().sessionIdleDays).toBe(99);
  });

  it('refuses a number that is not one', () => {
    expect(() => loadConfig({ PORT: 'tiga ribu' })).toThrow(/PORT harus berupa angka/);
  });
});
