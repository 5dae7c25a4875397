/** The pieces every part of the archive is made with (contents.ts and sections.ts). */
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../evaluation/index.js';

/** One file of the archive: bytes made now, or a file on disk copied as it is. */
export type Part = { name: string; data: () => Promise<Buffer | string> } | { name: string; path: string };

export const iso = (d: Date | string | null | undefined) => (d == null ? '' : new Date(d).toISOString());
export const day = (d: Date | string | null | undefined) => (d == null ? '' : String(d instanceof Date ? d.toISOString() : d).slice(0, 10));
/**
 * A CSV as a spreadsheet opens it: text starting with = + - @ (a journal line, a reason, a note anyone
 * typed) gets a leading apostrophe so it is shown, never run as a formula (`neutraliseFormula`).
 */
export const csv = (header: string[], rows: unknown[][]) =>
  stringify([header, ...rows.map((r) => r.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)))], { bom: true });
/** A file name that every system accepts and a person can still read. */
export const safeName = (s: string) => s.normalize('NFKD').replace(/[^\w.-]+/g, '_').replace(/_+/g, '_').slice(0, 80) || 'berkas';
