import { parse } from 'csv-parse/sync';
import { linesOf, normaliseLocalTime, parseAttlogFields, PIN_PATTERN, type AttlogRecord, type BadLine } from './protocol.js';

/**
 * Punches exported on a USB stick, for machines that never reach the server:
 * - `dat`: the machine's own `…_attlog.dat`, the ATTLOG lines of the push protocol (PIN right-aligned
 *   with spaces, tab-separated);
 * - `att2000`: a CSV of ZK's Att2000 CHECKINOUT table joined to USERINFO, with a `CHECKTIME` column and
 *   the PIN in `Badgenumber` (the NIP, as regions keep it) or `USERID`; `CHECKTYPE` I/O (in/out) and
 *   lower-case i/o read as break in/out (Att2000's letters; digits are taken as sent);
 * - `template`: our plain CSV, `pin;waktu;status` (`nip` may stand for `pin`; status optional).
 * The format is decided from the first line, never from the file name.
 */
export type PunchFileFormat = 'dat' | 'att2000' | 'template';

export interface ParsedPunchFile {
  format: PunchFileFormat;
  records: (AttlogRecord & { line: number })[];
  bad: BadLine[];
}

export class PunchFileError extends Error {}

const CHECKTYPE: Record<string, number> = { I: 0, O: 1, o: 2, i: 3 };

function delimiterOf(header: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Att2000 writes `dd/mm/yyyy hh:mm[:ss]` in Indonesian Windows locales; ISO is taken too. */
function timeOf(text: string): string | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (dmy) {
    const [d, m, y, h, mi, s = '00'] = dmy.slice(1) as string[];
    return normaliseLocalTime(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')} ${h!.padStart(2, '0')}:${mi}:${s ?? '00'}`);
  }
  return normaliseLocalTime(t.replace('T', ' '));
}

export function parsePunchFile(buf: Buffer): ParsedPunchFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new PunchFileError('Berkas bukan teks UTF-8: unggah attlog.dat dari mesin, CSV Att2000, atau templat CSV presensi.');
  }
  const lines = linesOf(text);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const header = first.toLowerCase();
  if (first === '') throw new PunchFileError('Berkas kosong.');
  // An ATTLOG line starts with a PIN and a tab; a CSV starts with column names.
  if (/^\s*\d+\t/.test(first)) {
    const records: ParsedPunchFile['records'] = [];
    const bad: BadLine[] = [];
    lines.forEach((l, i) => {
      if (l.trim() === '') return;
      const r = parseAttlogFields(l.split('\t'));
      if (typeof r === 'string') bad.push({ line: i + 1, text: l.slice(0, 200), reason: r });
      else records.push({ ...r, line: i + 1 });
    });
    return { format: 'dat', records, bad };
  }
  const format: PunchFileFormat | null = header.includes('checktime') ? 'att2000' : /(^|[,;\t])\s*"?waktu"?\s*($|[,;\t])/.test(header) ? 'template' : null;
  if (!format) {
    throw new PunchFileError('Format berkas tidak dikenali: baris pertama harus berupa baris ATTLOG (PIN<tab>waktu…), kepala kolom Att2000 (CHECKTIME), atau kepala templat (pin;waktu;status).');
  }
  let rows: string[][];
  try {
    rows = parse(text, { delimiter: delimiterOf(first), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch {
    throw new PunchFileError('Berkas CSV tidak dapat dibaca; simpan ulang sebagai "CSV UTF-8".');
  }
  const head = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  // The first name listed that the header has (Badgenumber before USERID: the badge is the NIP).
  const col = (...names: string[]) => names.map((n) => head.indexOf(n)).find((i) => i >= 0) ?? -1;
  const pinCol = format === 'att2000' ? col('badgenumber', 'userid', 'ac-no.', 'pin') : col('pin', 'nip');
  const timeCol = format === 'att2000' ? col('checktime') : col('waktu');
  const statusCol = format === 'att2000' ? col('checktype') : col('status');
  const verifyCol = format === 'att2000' ? col('verifycode') : -1;
  const workCol = format === 'att2000' ? col('workcode') : -1;
  if (pinCol < 0) throw new PunchFileError(format === 'att2000' ? 'Kolom Badgenumber (atau USERID) tidak ada.' : 'Kolom pin (atau nip) tidak ada.');
  const records: ParsedPunchFile['records'] = [];
  const bad: BadLine[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const raw = cells.join(',').slice(0, 200);
    const pin = (cells[pinCol] ?? '').trim();
    if (!PIN_PATTERN.test(pin)) return void bad.push({ line, text: raw, reason: pin === '' ? 'PIN kosong' : 'PIN harus berupa angka (paling banyak 24 digit)' });
    const localTime = timeOf(cells[timeCol] ?? '');
    if (!localTime) return void bad.push({ line, text: raw, reason: 'waktu tidak valid (yyyy-mm-dd jj:mm[:dd] atau dd/mm/yyyy jj:mm[:dd], tahun 2000–2099)' });
    const statusText = statusCol < 0 ? '' : (cells[statusCol] ?? '').trim();
    const status = statusText === '' ? 0 : (CHECKTYPE[statusText] ?? (/^\d{1,2}$/.test(statusText) ? Number(statusText) : NaN));
    if (Number.isNaN(status)) return void bad.push({ line, text: raw, reason: `status "${statusText.slice(0, 10)}" tidak dikenal` });
    const verifyText = verifyCol < 0 ? '' : (cells[verifyCol] ?? '').trim();
    const verify = /^\d{1,4}$/.test(verifyText) ? Number(verifyText) : 0;
    records.push({ pin, localTime, status, verify, workCode: workCol < 0 ? '' : (cells[workCol] ?? '').trim().slice(0, 20), line });
  });
  return { format, records, bad };
}
