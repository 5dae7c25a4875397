import { DaySubmitItem, EntryDeleteItem, EntryPutItem } from '@kinerja/core/api';
import { Compile } from 'typebox/compile';
// Sets the bounded date formats, which Compile captures.
import '../../http/schemas.js';

/** Compiled once: every pushed item is checked, and the interpreted check cost more than the day's rules. */
export const ITEM_VALIDATORS = {
  'entry.put': Compile(EntryPutItem),
  'entry.delete': Compile(EntryDeleteItem),
  'day.submit': Compile(DaySubmitItem),
} as const;
