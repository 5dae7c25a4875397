import { POSITION_KINDS } from '../org/positions.js';
import type { ActivityItem } from './types.js';

/** The header of an activity dictionary file, in this order. */
export const ACTIVITY_CSV_HEADER = ['kode', 'nama', 'satuan', 'menit_standar', 'jenis_jabatan', 'kelompok'] as const;

/** Upper bound for menit_standar: one entry can not stand for more than a whole day. */
export const MAX_STANDARD_MINUTES = 1440;

export class ActivityCsvError extends Error {
  /** 1-based line number in the file (the header is line 1). */
  readonly row: number;
  constructor(row: number, problem: string) {
    super(`Kamus aktivitas baris ${row}: ${problem}`);
    this.name = 'ActivityCsvError';
    this.row = row;
  }
}

/**
 * Parses a semicolon-separated activity dictionary (UTF-8, optional BOM, LF or CRLF) with the header
 * `kode;nama;satuan;menit_standar;jenis_jabatan;kelompok`. `jenis_jabatan` is a comma-separated list of
 * position kinds, empty meaning "everyone". Fields may be double-quoted (with "" for a quote), as
 * spreadsheet exports do; a quoted field can not span lines. Blank lines are skipped.
 *
 * Throws ActivityCsvError naming the line on the first malformed row: wrong field count, empty code,
 * name, unit or group, duplicate code, minutes that are not a whole number in 1..1440, or an unknown
 * position kind.
 */
export function parseActivitiesCsv(text: string): ActivityItem[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let headerSeen = false;
  const items: ActivityItem[] = [];
  const seenCodes = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const row = i + 1;
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const fields = splitLine(line, row);
    if (!headerSeen) {
      const got = fields.map((f) => f.trim().toLowerCase());
      if (got.length !== ACTIVITY_CSV_HEADER.length || got.some((f, k) => f !== ACTIVITY_CSV_HEADER[k])) {
        throw new ActivityCsvError(row, `judul kolom harus "${ACTIVITY_CSV_HEADER.join(';')}", ditemukan "${line}"`);
      }
      headerSeen = true;
      continue;
    }
    if (fields.length !== ACTIVITY_CSV_HEADER.length) {
      throw new ActivityCsvError(row, `harus ada ${ACTIVITY_CSV_HEADER.length} kolom dipisah titik koma, ditemukan ${fields.length}`);
    }
    const [code, name, unit, minutesText, kindsText, group] = fields.map((f) => f.trim()) as [string, string, string, string, string, string];
    if (code === '' || /\s/.test(code)) throw new ActivityCsvError(row, `kode kosong atau mengandung spasi: "${code}"`);
    const firstRow = seenCodes.get(code);
    if (firstRow !== undefined) throw new ActivityCsvError(row, `kode ${code} sudah dipakai di baris ${firstRow}`);
    if (name === '') throw new ActivityCsvError(row, 'nama kegiatan kosong');
    if (unit === '') throw new ActivityCsvError(row, 'satuan kosong');
    if (!/^\d+$/.test(minutesText)) throw new ActivityCsvError(row, `menit_standar harus bilangan bulat, ditemukan "${minutesText}"`);
    const standardMinutes = Number(minutesText);
    if (standardMinutes < 1 || standardMinutes > MAX_STANDARD_MINUTES) {
      throw new ActivityCsvError(row, `menit_standar harus antara 1 dan ${MAX_STANDARD_MINUTES}, ditemukan ${standardMinutes}`);
    }
    const positionKinds: string[] = [];
    for (const raw of kindsText.split(',')) {
      const kind = raw.trim();
      if (kind === '') continue;
      if (!(POSITION_KINDS as readonly string[]).includes(kind)) {
        throw new ActivityCsvError(row, `jenis_jabatan "${kind}" tidak dikenal (yang dikenal: ${POSITION_KINDS.join(', ')})`);
      }
      if (!positionKinds.includes(kind)) positionKinds.push(kind);
    }
    if (group === '') throw new ActivityCsvError(row, 'kelompok kosong');
    seenCodes.set(code, row);
    items.push({ code, name, unit, standardMinutes, positionKinds, group });
  }
  if (!headerSeen) throw new ActivityCsvError(1, 'berkas kosong: judul kolom tidak ditemukan');
  return items;
}

/** Splits one line on semicolons, honouring double-quoted fields. */
function splitLine(line: string, row: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    // skip spaces before a quoted field
    let j = i;
    while (line[j] === ' ' || line[j] === '\t') j++;
    if (line[j] === '"') {
      let value = '';
      j++;
      for (;;) {
        if (j >= line.length) throw new ActivityCsvError(row, 'tanda kutip tidak ditutup');
        const ch = line[j]!;
        if (ch === '"') {
          if (line[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          j++;
          break;
        }
        value += ch;
        j++;
      }
      while (line[j] === ' ' || line[j] === '\t') j++;
      if (j < line.length && line[j] !== ';') throw new ActivityCsvError(row, 'teks setelah tanda kutip penutup');
      out.push(value);
      if (j >= line.length) return out;
      i = j + 1;
    } else {
      const end = line.indexOf(';', i);
      if (end === -1) {
        out.push(line.slice(i));
        return out;
      }
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
}
