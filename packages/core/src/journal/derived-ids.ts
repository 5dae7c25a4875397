/**
 * The ids of entries made from other entries: copying a day and applying a routine set. Derived,
 * not random, so doing it twice (a retry, a second tap, a second device, the server's own route)
 * names the same entries and the second time adds nothing. Web and server must derive them alike:
 * these namespaces may never change, or a copy made before would be made again.
 */
import { v5 as uuidv5 } from 'uuid';

export const COPY_NAMESPACE = '6f1c9b2e-5d1a-4c7e-9a57-0d3c1e2b7a11';
export const SET_NAMESPACE = '0b7e3c52-8a41-4f0e-b3c9-6d2f1a9e4c70';

/** The copy of entry `sourceId` on `toDate`. */
export function copiedEntryId(sourceId: string, toDate: string): string {
  return uuidv5(`${sourceId}|${toDate}`, COPY_NAMESPACE);
}

/** Item `index` (0-based) of routine set `setId` applied on `date`. */
export function setItemEntryId(setId: string, date: string, index: number): string {
  return uuidv5(`${setId}|${date}|${index}`, SET_NAMESPACE);
}

/**
 * The refusal of an entry id already claimed by someone else or by a deleted entry (ids are never
 * reused). Shared so a client can tell it apart: a copy whose id is taken was copied before.
 */
export const ENTRY_ID_TAKEN_MESSAGE = 'ID kegiatan ini sudah dipakai untuk data lain. Buat kegiatan baru.';
