import type { EntryDto } from '../journal/index.js';

export type PushStatus = 'applied' | 'already_applied' | 'conflict' | 'rejected' | 'incomplete';

/** The answer to one pushed item, from either push path (push.ts, push-at-once.ts). */
export interface PushResult {
  itemId: string;
  status: PushStatus;
  code?: string;
  message?: string;
  /** For a rejected item: which fields were refused, as in the error body of PUT /journal/entries/:id. */
  details?: { field: string; message: string }[];
  entry?: EntryDto;
  missingEvidence?: string[];
}
