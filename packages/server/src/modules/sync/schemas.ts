import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { IsoDate, IsoDateTime, Nullable, Uuid } from '../../http/schemas.js';
import type { EntryInput } from '../journal/save-entry.js';
import { EntryBody, Sha256 } from '../journal/schemas.js';

/** Most items one push may carry (docs/sync-protocol.md). */
export const MAX_PUSH_ITEMS = 50;
export const MAX_EVIDENCE_PER_ENTRY = 5;

const DeviceTime = IsoDateTime;

/** The entry of an entry.put: the body of PUT /journal/entries/:id plus its evidence, in order. */
const { baseVersion: _b, deviceRecordedAt: _d, ...entryFields } = EntryBody.properties;
export const SyncEntryBody = Type.Object(
  { ...entryFields, evidence: Type.Optional(Type.Array(Sha256, { maxItems: MAX_EVIDENCE_PER_ENTRY, uniqueItems: true })) },
  { additionalProperties: false },
);

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

export const EntryDeleteItem = Type.Object(
  { itemId: Uuid, kind: Type.Literal('entry.delete'), entryId: Uuid, baseVersion: Type.Integer({ minimum: 1 }), deviceTime: DeviceTime },
  { additionalProperties: false },
);

export const DaySubmitItem = Type.Object(
  { itemId: Uuid, kind: Type.Literal('day.submit'), date: IsoDate, deviceTime: DeviceTime },
  { additionalProperties: false },
);

/** Compiled once: every pushed item is checked, and the interpreted check cost more than the day's rules. */
export const ITEM_VALIDATORS = {
  'entry.put': Compile(EntryPutItem),
  'entry.delete': Compile(EntryDeleteItem),
  'day.submit': Compile(DaySubmitItem),
} as const;
export type ItemKind = keyof typeof ITEM_VALIDATORS;

export type EntryPut = { itemId: string; kind: 'entry.put'; entryId: string; baseVersion: number | null; deviceTime: string; entry: SyncEntry };
export type EntryDelete = { itemId: string; kind: 'entry.delete'; entryId: string; baseVersion: number; deviceTime: string };
export type DaySubmit = { itemId: string; kind: 'day.submit'; date: string; deviceTime: string };
export type SyncItem = EntryPut | EntryDelete | DaySubmit;
/** The entry of an entry.put: what PUT /journal/entries/:id takes, plus its files (sha256, in order). */
export type SyncEntry = Omit<EntryInput, 'baseVersion' | 'deviceRecordedAt'> & { evidence?: string[] };

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
  status: Type.Union(['applied', 'already_applied', 'conflict', 'rejected', 'incomplete'].map((s) => Type.Literal(s))),
  code: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
  entry: Type.Optional(Type.Ref('JournalEntry')),
  missingEvidence: Type.Optional(Type.Array(Type.String())),
});

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
