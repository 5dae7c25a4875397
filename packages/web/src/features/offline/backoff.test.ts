import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, failuresAfterFailedRun, MAX_MS, MIN_MS } from './backoff';

describe('sync backoff', () => {
  it('waits between half and all of a step that doubles from 5 s and stops at 10 min', () => {
    expect(backoffDelay(1, () => 0)).toBe(MIN_MS / 2);
    expect(backoffDelay(1, () => 1)).toBe(MIN_MS);
    expect(backoffDelay(2, () => 1)).toBe(2 * MIN_MS);
    expect(backoffDelay(30, () => 1)).toBe(MAX_MS);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (failures, r) => {
        const d = backoffDelay(failures, () => r);
        return d >= MIN_MS / 2 && d <= MAX_MS;
      }),
    );
  });

  it('grows only while runs move nothing', () => {
    expect(failuresAfterFailedRun(0, { itemsApplied: 0, chunksAcknowledged: 0 })).toBe(1);
    expect(failuresAfterFailedRun(6, { itemsApplied: 0, chunksAcknowledged: 0 })).toBe(7);
  });

  it('starts again from the bottom after a run whose only progress was acknowledged photo chunks', () => {
    // The field report: five photos uploaded, no item through yet, and the wait still grew to 84 s.
    expect(failuresAfterFailedRun(6, { itemsApplied: 0, chunksAcknowledged: 5 })).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.nat(20), fc.nat(20), fc.double({ min: 0, max: 1, noNaN: true }), (previous, items, chunks, r) => {
        const next = failuresAfterFailedRun(previous, { itemsApplied: items, chunksAcknowledged: chunks });
        const moved = items + chunks > 0;
        // After progress the next try comes within 5 s, whatever happened before.
        return moved ? backoffDelay(next, () => r) <= MIN_MS : next === previous + 1;
      }),
    );
  });
});
