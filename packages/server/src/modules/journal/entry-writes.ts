import type { JudgedInstant } from '@kinerja/core';
import type { ListedFile } from '@kinerja/core/api';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { setListedEvidence } from './attach.js';
import { loadJournalContext } from './context.js';
import type { EntryDto } from './dto.js';
import { assertEntryRhk } from './rhk-link.js';
import { saveEntry, type EntryInput } from './save-entry.js';
import type { Journalist } from './who.js';

/** What a writer adds to the entry's fields: its files, and what an offline sync push knows. */
export interface EntryWriteOptions {
  /**
   * The entry's whole evidence, in order (files this account uploaded, with their names). Files not listed
   * are taken off; listed files not uploaded yet are answered in `missingEvidence`. Omitted: the
   * entry's files stay as they are.
   */
  evidence?: readonly ListedFile[];
  /** The instant the reporting deadline is judged at (a sync push: the device's time, per policy). */
  judged?: JudgedInstant;
  /** Server − device clock in seconds, kept on the entry for the CLOCK_SKEW flag. */
  clockSkewSeconds?: number | null;
  /** Kept on the 'created' event (a copied entry names its source). */
  createdData?: Record<string, unknown>;
  /** More work in the write's own transaction, after the entry and its files (the sync push records its item). */
  within?: (trx: Transaction<Database>, written: { missingEvidence: string[] }) => Promise<void>;
}

export interface EntryWritten {
  entry: EntryDto;
  created: boolean;
  /** Listed files not uploaded yet: the entry is kept, and the list is completed when they arrive. */
  missingEvidence: string[];
}

/**
 * The one way an entry is created or changed: PUT /journal/entries/:id, the sync push item by item,
 * copying a day and applying a routine set all call it, so every entry passes the same rules
 * (core's validateEntry and canLogEntry, the dictionary, overlaps, editability, the version seen, id
 * claims, the RHK of the employee's approved SKP on its date under the agency's rhkLink setting) and
 * its files are attached the same way. The all-at-once push (modules/sync) is only an
 * optimisation of it, proved to answer and store the same by its property test.
 *
 * Idempotent by the client-generated id: the same entry sent twice writes nothing the second time.
 */
export async function writeEntry(ctx: AppContext, who: Journalist, id: string, input: EntryInput, options: EntryWriteOptions = {}): Promise<EntryWritten> {
  const { evidence, within } = options;
  const now = ctx.now();
  let missingEvidence: string[] = [];
  await assertEntryRhk(ctx, await loadJournalContext(ctx, who.agencyId), who, input);
  const saved = await saveEntry(ctx, who, id, input, {
    ...(options.judged ? { judged: options.judged } : {}),
    ...(options.clockSkewSeconds !== undefined ? { clockSkewSeconds: options.clockSkewSeconds } : {}),
    ...(options.createdData ? { createdData: options.createdData } : {}),
    within: async (trx) => {
      const attached = evidence ? await setListedEvidence(trx, who, id, evidence, now, false) : { missing: [], changed: false };
      missingEvidence = attached.missing;
      if (within) await within(trx, { missingEvidence });
      return attached.changed;
    },
  });
  return { ...saved, missingEvidence };
}
