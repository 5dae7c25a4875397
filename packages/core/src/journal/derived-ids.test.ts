import { describe, expect, it } from 'vitest';
import { copiedEntryId, setItemEntryId } from './derived-ids.js';

describe('derived entry ids', () => {
  // Fixed values: a copy or set applied by an older client (or the server route) must keep its id.
  it('are the ids the server derived before they moved to core', () => {
    expect(copiedEntryId('0190b7a0-0000-7000-8000-000000000001', '2026-11-23')).toBe('54ba11a4-e4f7-551c-b203-6d55b16827a7');
    expect(setItemEntryId('0190b7a0-0000-7000-8000-000000000002', '2026-11-23', 0)).toBe('09be55b5-3d54-5ed7-a15d-9981731511eb');
  });
});
