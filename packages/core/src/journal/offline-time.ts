/**
 * Which instant an offline change is judged at (reporting deadline, "not in the future"), and
 * whether it was accepted only on the device's word.
 *
 * The server knows two things about a pushed batch: when it arrived (`received`, its own clock) and
 * how far the device's clock was off at that moment (`skewSeconds` = received − deviceNow). A
 * change's `deviceTime` read on the device's clock becomes `deviceTime + skew` on the server's. A
 * change cannot have been made after the push that carries it, so that corrected time is capped at
 * `received`: a phone whose clock ran ahead when the change was made (and was corrected before the
 * push) cannot carry an entry into the future, nor keep a window open that the server saw close.
 */
import type { JournalSettings } from './settings.js';

export interface PushClock {
  /** When the server received the batch (server clock). */
  received: Date;
  /** Server − device clock at the push, in seconds (positive: the device's clock is behind). */
  skewSeconds: number;
}

export interface JudgedInstant {
  /** The instant the change's deadline is judged at, never later than `received`. */
  at: Date;
  /**
   * True when `at` is the device's time, not the receipt: a change then open by `at` but already
   * closed at `received` was accepted on the device's word, and the supervisor is told (see
   * lateOnDeviceTimeFlag in validation/flags).
   */
  onDeviceWord: boolean;
}

type OfflineSettings = Pick<JournalSettings, 'offlineTimePolicy' | 'maxClockSkewMinutes'>;

/** Beyond the agency's tolerance the device's clock is not believed at all (and CLOCK_SKEW flags it). */
export function isSkewed(skewSeconds: number, settings: Pick<JournalSettings, 'maxClockSkewMinutes'>): boolean {
  return Math.abs(skewSeconds) > settings.maxClockSkewMinutes * 60;
}

/**
 * The instant an offline change recorded at `deviceTime` (device clock) is judged at. Policy
 * 'server', a skew beyond the tolerance, or an unreadable time: the receipt. Otherwise the device's
 * time corrected by the skew, capped at the receipt.
 */
export function judgedInstant(deviceTime: Date, clock: PushClock, settings: OfflineSettings): JudgedInstant {
  const received = clock.received.getTime();
  const corrected = deviceTime.getTime() + clock.skewSeconds * 1000;
  if (settings.offlineTimePolicy === 'server' || isSkewed(clock.skewSeconds, settings) || !Number.isFinite(corrected) || corrected >= received) {
    return { at: new Date(received), onDeviceWord: false };
  }
  return { at: new Date(corrected), onDeviceWord: true };
}

/**
 * When a change judged at `judged` was accepted although its window had closed by the receipt:
 * the window's close (the earliest, when several dates were checked). Undefined when on time.
 */
export function closedBeforeReceipt(judged: JudgedInstant, received: Date, closesAt: readonly Date[]): Date | undefined {
  if (!judged.onDeviceWord) return undefined;
  const closed = closesAt.filter((c) => c.getTime() < received.getTime()).sort((a, b) => a.getTime() - b.getTime());
  return closed[0];
}
