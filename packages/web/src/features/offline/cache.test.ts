import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { isOfflineError } from './cache';

const err = (status: number, code: string) => new ApiError(code as ApiError['code'], '', status);

describe('which failures mean "later", not "refused"', () => {
  it('no answer, a server failure and 429 are tried again; a refusal is not', () => {
    expect(isOfflineError(err(0, 'NETWORK'))).toBe(true);
    expect(isOfflineError(err(503, 'UNAVAILABLE'))).toBe(true);
    // The per-account write ceiling: a phone catching up after a week must wait, not mark its items refused.
    expect(isOfflineError(err(429, 'RATE_LIMITED'))).toBe(true);
    expect(isOfflineError(err(422, 'VALIDATION'))).toBe(false);
    expect(isOfflineError(err(403, 'FORBIDDEN'))).toBe(false);
    expect(isOfflineError(new Error('x'))).toBe(false);
  });
});
