/**
 * The agency-local date the journal treats as today. It moves at local midnight with the app left
 * open (and with no network: the device's clock is then the only one), and is read again when the
 * app comes back to the foreground. It never goes back before the server's date last heard.
 */
import { startOfLocalDay } from '@kinerja/core';
import { useEffect, useState } from 'react';
import type { JournalContext } from '../../api/journal';
import { deviceToday } from '../offline';
import { addDays } from '../../lib/dates';

export function currentToday(ctx: Pick<JournalContext, 'timeZone' | 'today'>, now: Date = new Date()): string {
  try {
    const d = deviceToday(ctx, now);
    return d > ctx.today ? d : ctx.today;
  } catch {
    return ctx.today;
  }
}

export function useToday(ctx: Pick<JournalContext, 'timeZone' | 'today'> | undefined): string | undefined {
  const [today, setToday] = useState(() => (ctx ? currentToday(ctx) : undefined));
  useEffect(() => {
    if (!ctx) return;
    const check = () => setToday(currentToday(ctx));
    check();
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      const next = startOfLocalDay(addDays(currentToday(ctx), 1), ctx.timeZone).getTime();
      // Capped: a device asleep past midnight fires late; visibilitychange covers the rest.
      timer = setTimeout(() => {
        check();
        arm();
      }, Math.min(Math.max(1000, next - Date.now() + 500), 3_600_000));
    };
    arm();
    const onVisible = () => document.visibilityState === 'visible' && check();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', check);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', check);
    };
  }, [ctx]);
  return ctx ? today : undefined;
}
