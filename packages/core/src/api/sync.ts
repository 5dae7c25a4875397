/** The offline outbox's protocol (docs/sync-protocol.md): push items, their results, and pull. */
import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, Literals, Nullable, Sha256, Uuid } from './common.js';
import { EntryBody, type Entry } from './journal.js';
import { MAX_EVIDENCE_PER_ENTRY, MAX_PUSH_ITEMS } from './limits.js';

const DeviceTime = IsoDateTime;

/**
 * One file of an entry.put: its hash with the name the user gave it (kept as the online attach keeps
 * it), or the bare hash older clients send (stored with an empty name).
 */
export const ListedFileSchema = Type.Union([
  Sha256,
  Type.Object({ sha256: Sha256, fileName: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
]);
export type ListedFileRef = Static<typeof ListedFileSchema>;
export interface ListedFile {
  sha256: string;
  fileName: string;
}

/** A pushed file list as hashes with names, in order; a hash listed twice counts once (its first name). */
export function listedFiles(evidence: readonly ListedFileRef[] | undefined): ListedFile[] {
  const seen = new Set<string>();
  const out: ListedFile[] = [];
  for (const ref of evidence ?? []) {
    const file = typeof ref === 'string' ? { sha256: ref, fileName: '' } : { sha256: ref.sha256, fileName: ref.fileName ?? '' };
    if (seen.has(file.sha256)) continue;
    seen.add(file.sha256);
    out.push(file);
  }
  return out;
}

/** The entry of an entry.put: the body of PUT /journal/entries/:id plus its evidence, in order. */
const { baseVersion: _b, deviceRecordedAt: _d, ...entryFields } = EntryBody.properties;
export const SyncEntryBody = Type.Object(
  { ...entryFields, evidence: Type.Optional(Type.Array(ListedFileSchema, { maxItems: MAX_EVIDENCE_PER_ENTRY, uniqueItems: true })) },
  { additionalProperties: false },
);
/** The entry of an entry.put: what PUT /journal/entries/:id takes, plus its files (sha256, in order). */
export type SyncEntry = Static<typeof SyncEntryBody>;

export const EntryPutItem = Type.Object(
  {
    itemId: Uuid,
    kind: Type.Literal('entry.put'),
    entryId: Uuid,
    baseVersion: Nullable(Type.Integer({ minimum: 1 })),
    deviceTime: DeviceTime,
    entry: SyncEntryBody,
  },
  { additionalProperties: false },
);
export type EntryPut = Static<typeof EntryPutItem>;

export const EntryDeleteItem = Type.Object(
  { itemId: Uuid, kind: Type.Literal('entry.delete'), entryId: Uuid, baseVersion: Type.Integer({ minimum: 1 }), deviceTime: DeviceTime },
  { additionalProperties: false },
);
export type EntryDelete = Static<typeof EntryDeleteItem>;

export const DaySubmitItem = Type.Object(
  { itemId: Uuid, kind: Type.Literal('day.submit'), date: IsoDate, deviceTime: DeviceTime },
  { additionalProperties: false },
);
export type DaySubmit = Static<typeof DaySubmitItem>;

export type SyncItem = EntryPut | EntryDelete | DaySubmit;
export type ItemKind = SyncItem['kind'];

/**
 * The batch. Each item is only checked for an itemId here (to answer it) and validated on its own
 * later: a malformed item is answered `rejected` and never aborts the others.
 */
export const PushBody = Type.Object(
  {
    deviceId: Uuid,
    deviceNow: DeviceTime,
    items: Type.Array(Type.Object({ itemId: Uuid, kind: Type.String({ maxLength: 40 }) }, { additionalProperties: true }), { maxItems: MAX_PUSH_ITEMS }),
  },
  { additionalProperties: false },
);

export const PushResult = Type.Object({
  itemId: Uuid,
  status: Literals(['applied', 'already_applied', 'conflict', 'rejected', 'incomplete']),
  code: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
  /** A rejected item's refused fields, as in the error body of PUT /journal/entries/:id. */
  details: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  entry: Type.Optional(Type.Ref('JournalEntry')),
  missingEvidence: Type.Optional(Type.Array(Type.String())),
});
export type PushItemResult = Omit<Static<typeof PushResult>, 'entry'> & { entry?: Entry };

export const PushResponse = Type.Object({
  serverTime: Type.String(),
  skewSeconds: Type.Integer({ description: 'Jam server − jam perangkat (detik); positif: jam perangkat terlambat' }),
  results: Type.Array(PushResult),
});

export const PullQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);

export const PullResponse = Type.Object({
  entries: Type.Array(Type.Ref('JournalEntry')),
  deleted: Type.Array(Uuid),
  cursor: Type.String(),
  hasMore: Type.Boolean(),
  dictionaryVersion: Type.Integer(),
});
/** `entries` is a reference in the schema: its type is written out here. */
export type PullAnswer = Omit<Static<typeof PullResponse>, 'entries'> & { entries: Entry[] };
