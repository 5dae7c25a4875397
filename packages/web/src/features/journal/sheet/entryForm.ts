/** The entry form's arithmetic and error placement, free of React. */
import type { ApiError } from '../../../api/client';
import { errorText } from '../../../errors';
import type { Dict, Lang } from '../../../i18n';
import { formatHm, parseHm } from '../../../lib/dates';

export const DEFAULT_START = '07:30';
export const DESCRIPTION_MAX = 2000;

/** The activity chosen in the form (from the dictionary, or from the entry opened for editing). */
export interface Picked {
  code: string;
  name: string;
  unit: string;
  standardMinutes: number;
}

export type FieldKey = 'activity' | 'time' | 'volume' | 'description' | 'rhk' | 'form';
export type Errors = Partial<Record<FieldKey, string>>;

export function addMinutes(start: string, minutes: number): string {
  const s = parseHm(start);
  return s === undefined ? '' : formatHm(Math.min(23 * 60 + 59, s + Math.round(minutes)));
}

export function parseVolume(text: string): number {
  const v = Number(text.replace(',', '.').trim());
  return Number.isFinite(v) ? v : NaN;
}

/** The field a server answer is about, and the words to show there. */
export function fieldOf(err: ApiError): FieldKey {
  if (err.code === 'OVERLAP') return 'time';
  if (err.code === 'UNKNOWN_ACTIVITY') return 'activity';
  // A malformed push item names its field inside the item ("entry.volume"); the form knows the last part.
  const f = err.details[0]?.field.split(/[./]/).pop();
  if (f === 'startTime' || f === 'endTime' || f === 'durationMinutes') return 'time';
  if (f === 'volume') return 'volume';
  if (f === 'activityCode') return 'activity';
  if (f === 'description') return 'description';
  if (f === 'rhkId') return 'rhk';
  return 'form';
}

/**
 * Scrolls the sheet (not the page under it, which scrollIntoView would also move) so the element
 * sits in its upper third.
 */
export function revealInSheet(el: HTMLElement | null): void {
  const body = el?.closest<HTMLElement>('.sheet__body');
  if (!el || !body) return;
  const r = el.getBoundingClientRect();
  const b = body.getBoundingClientRect();
  if (r.top < b.top || r.bottom > b.bottom) body.scrollTop += r.top - b.top - b.height / 3;
}

/** In Indonesian the server's own words; in English a translation, except for validation details. */
export function fieldText(err: ApiError, t: Dict, lang: Lang): string {
  if (lang === 'id') return err.message || err.details[0]?.message || errorText(err, t, lang);
  if (err.code === 'VALIDATION' || err.code === 'OVERLAP') return err.details[0]?.message ?? err.message;
  return errorText(err, t, lang);
}

/** The end time that follows from the start, the amount and the activity's standard minutes ('' when unknown). */
export function computedEnd(start: string, volume: number, activity: Picked | null): string {
  return activity && Number.isFinite(volume) && volume > 0 ? addMinutes(start, activity.standardMinutes * volume) : '';
}
