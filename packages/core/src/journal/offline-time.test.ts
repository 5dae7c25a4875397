import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_ID, localDateOf, WorkCalendar } from '../calendar/index.js';
import { canLogEntry } from './deadline.js';
import { closedBeforeReceipt, judgedInstant } from './offline-time.js';
import { DEFAULT_JOURNAL_SETTINGS } from './settings.js';

const TZ = 'Asia/Pontianak';
const cal = new WorkCalendar(HOLIDAYS_ID, DEFAULT_JOURNAL_SETTINGS);
const device = { offlineTimePolicy: 'device', maxClockSkewMinutes: 15 } as const;
// Monday 23 November 2026, 10:00 WIB.
const RECEIVED = new Date('2026-11-23T03:00:00Z');
const minutes = (n: number) => n * 60_000;

describe('judgedInstant', () => {
  it('a change made earlier on a correct clock is judged at its own time, on the device’s word', () => {
    const made = new Date(RECEIVED.getTime() - minutes(90));
    expect(judgedInstant(made, { received: RECEIVED, skewSeconds: 0 }, device)).toEqual({ at: made, onDeviceWord: true });
  });

  it('corrects the device time by the measured skew (a clock 10 minutes behind)', () => {
    const made = new Date(RECEIVED.getTime() - minutes(90));
    expect(judgedInstant(made, { received: RECEIVED, skewSeconds: 600 }, device).at).toEqual(new Date(made.getTime() + minutes(10)));
  });

  it('a device time after the push (a clock that ran ahead, then was corrected) is judged at the receipt', () => {
    // The case: deviceNow is the real time, deviceTime is two days ahead.
    const ahead = new Date(RECEIVED.getTime() + 2 * 86_400_000);
    expect(judgedInstant(ahead, { received: RECEIVED, skewSeconds: 0 }, device)).toEqual({ at: RECEIVED, onDeviceWord: false });
  });

  it('policy server, a skew beyond the tolerance or an unreadable time: the receipt', () => {
    const made = new Date(RECEIVED.getTime() - minutes(90));
    expect(judgedInstant(made, { received: RECEIVED, skewSeconds: 0 }, { ...device, offlineTimePolicy: 'server' })).toEqual({ at: RECEIVED, onDeviceWord: false });
    expect(judgedInstant(made, { received: RECEIVED, skewSeconds: 15 * 60 + 1 }, device)).toEqual({ at: RECEIVED, onDeviceWord: false });
    expect(judgedInstant(new Date('nonsense'), { received: RECEIVED, skewSeconds: 0 }, device)).toEqual({ at: RECEIVED, onDeviceWord: false });
  });

  it('property: never later than the receipt, and on the device’s word exactly when earlier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -90 * 86_400, max: 90 * 86_400 }),
        fc.integer({ min: -3600, max: 3600 }),
        fc.constantFrom('device' as const, 'server' as const),
        fc.integer({ min: 0, max: 60 }),
        (offsetSeconds, skewSeconds, policy, tolerance) => {
          const deviceTime = new Date(RECEIVED.getTime() + offsetSeconds * 1000);
          const j = judgedInstant(deviceTime, { received: RECEIVED, skewSeconds }, { offlineTimePolicy: policy, maxClockSkewMinutes: tolerance });
          expect(j.at.getTime()).toBeLessThanOrEqual(RECEIVED.getTime());
          expect(j.onDeviceWord).toBe(j.at.getTime() < RECEIVED.getTime());
          if (j.onDeviceWord) expect(j.at.getTime()).toBe(deviceTime.getTime() + skewSeconds * 1000);
        },
      ),
    );
  });

  it('property: a work date after the server’s today is never open, whatever the device says', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40 * 86_400, max: 40 * 86_400 }), fc.integer({ min: 1, max: 30 }), (offsetSeconds, daysAhead) => {
        const deviceTime = new Date(RECEIVED.getTime() + offsetSeconds * 1000);
        const j = judgedInstant(deviceTime, { received: RECEIVED, skewSeconds: 0 }, device);
        const future = localDateOf(new Date(RECEIVED.getTime() + daysAhead * 86_400_000), TZ);
        const can = canLogEntry(future, j.at, { reportingWindowWorkingDays: 3 }, cal, [], TZ);
        expect(can).toMatchObject({ ok: false, code: 'FUTURE_DATE' });
      }),
    );
  });
});

describe('closedBeforeReceipt', () => {
  const judged = { at: new Date('2026-10-20T03:00:00Z'), onDeviceWord: true };
  it('answers the window’s close when it passed before the receipt on the device’s word', () => {
    const closed = new Date('2026-10-20T16:59:59.999Z');
    expect(closedBeforeReceipt(judged, RECEIVED, [closed])).toEqual(closed);
  });
  it('the earliest of several closed windows (an entry moved between dates)', () => {
    const a = new Date('2026-10-20T16:59:59.999Z');
    const b = new Date('2026-10-15T16:59:59.999Z');
    expect(closedBeforeReceipt(judged, RECEIVED, [a, b, new Date('2026-11-25T16:59:59.999Z')])).toEqual(b);
  });
  it('nothing when on time, or when judged at the receipt', () => {
    expect(closedBeforeReceipt(judged, RECEIVED, [new Date('2026-11-25T16:59:59.999Z')])).toBeUndefined();
    expect(closedBeforeReceipt({ at: RECEIVED, onDeviceWord: false }, RECEIVED, [new Date('2026-10-20T16:59:59.999Z')])).toBeUndefined();
  });
});
