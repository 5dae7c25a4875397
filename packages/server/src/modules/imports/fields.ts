import {
  isIsoDate,
  isSupportedDate,
  JF_LEVELS,
  KELAS_JABATAN_MAX,
  KELAS_JABATAN_MIN,
  normaliseNip,
  normalisePnsRank,
  normalisePppkRank,
  parseJfLevel,
  parseNip,
  parsePositionKind,
  POSITION_KINDS,
  SUPPORTED_DATES,
  type EmployeeKind,
  type JfLevel,
  type ParsedNip,
  type PositionKind,
  type Sex,
} from '@kinerja/core';

/** The meaning of one cell, or why it has none. Messages are shown to the user as they are. */
export type Field<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Field<T> => ({ ok: true, value });
const bad = (message: string): Field<never> => ({ ok: false, message });

const CODE_MAX = 64;
const CODE_RE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u;

/** Codes are keys other rows refer to, so spaces and odd characters would only cause mismatches. */
export function code(label: string, v: string): Field<string> {
  if (v === '') return bad(`${label} wajib diisi.`);
  if (v.length > CODE_MAX || !CODE_RE.test(v)) {
    return bad(`${label} '${v}' tidak valid: gunakan huruf, angka, titik, garis miring, tanda hubung atau garis bawah tanpa spasi (maks. ${CODE_MAX} karakter).`);
  }
  return ok(v);
}

export function requiredText(label: string, v: string, max = 200): Field<string> {
  if (v === '') return bad(`${label} wajib diisi.`);
  if (v.length > max) return bad(`${label} terlalu panjang (maks. ${max} karakter).`);
  return ok(v.replace(/\s+/g, ' ').trim());
}

/** Empty means "none": the stored value is cleared. */
export function optionalText(label: string, v: string, max = 100): Field<string | null> {
  if (v === '') return ok(null);
  if (v.length > max) return bad(`${label} terlalu panjang (maks. ${max} karakter).`);
  return ok(v.replace(/\s+/g, ' ').trim());
}

export function kelasJabatan(v: string): Field<number> {
  const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
  if (!(n >= KELAS_JABATAN_MIN && n <= KELAS_JABATAN_MAX)) return bad(`Kelas jabatan harus ${KELAS_JABATAN_MIN}–${KELAS_JABATAN_MAX}.`);
  return ok(n);
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'kepala']);
const NO = new Set(['', 'tidak', 't', 'tdk', 'no', 'n', 'false', '0', 'bukan']);

export function yesNo(v: string): Field<boolean> {
  const k = v.trim().toLowerCase();
  if (YES.has(k)) return ok(true);
  if (NO.has(k)) return ok(false);
  return bad(`Kepala unit harus diisi 'ya' atau 'tidak' (bukan '${v}').`);
}

export function positionKind(v: string): Field<PositionKind> {
  if (v === '') return bad('Jenis jabatan wajib diisi.');
  const kind = parsePositionKind(v);
  if (!kind) return bad(`Jenis jabatan '${v}' tidak dikenal; gunakan salah satu: ${POSITION_KINDS.join(', ')} (atau Eselon I–IV, JFT, JFU).`);
  return ok(kind);
}

/** Jenjang belongs to jabatan fungsional only (the database enforces the same). */
export function jfLevel(v: string, kind: PositionKind | undefined): Field<JfLevel | null> {
  if (kind === 'fungsional' && v === '') return bad('Jabatan fungsional wajib mengisi jenjang.');
  if (v === '') return ok(null);
  const level = parseJfLevel(v);
  if (!level) return bad(`Jenjang '${v}' tidak dikenal; gunakan salah satu: ${JF_LEVELS.join(', ')}.`);
  if (kind && kind !== 'fungsional') return bad('Jenjang hanya diisi untuk jabatan fungsional; kosongkan untuk jenis jabatan ini.');
  return ok(level);
}

export function isoDate(label: string, v: string): Field<string> {
  if (!isIsoDate(v)) return bad(`${label} harus berformat yyyy-mm-dd (mis. 2024-01-02), bukan '${v}'.`);
  if (!isSupportedDate(v)) return bad(`${label} harus antara ${SUPPORTED_DATES.min} dan ${SUPPORTED_DATES.max}, bukan '${v}'.`);
  return ok(v);
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function email(v: string): Field<string | null> {
  if (v === '') return ok(null);
  if (v.length > 200 || !EMAIL_RE.test(v)) return bad(`Alamat email '${v}' tidak valid.`);
  return ok(v.toLowerCase());
}

export function phone(v: string): Field<string | null> {
  if (v === '') return ok(null);
  const compact = v.replace(/[\s\-().]/g, '');
  if (!/^\+?\d{6,16}$/.test(compact)) return bad(`Nomor telepon '${v}' tidak valid; gunakan angka, boleh diawali +62.`);
  return ok(compact);
}

/** PNS carry a golongan ruang (III/a), PPPK a Roman golongan (IX); the NIP tells which. */
export function rank(v: string, kind: EmployeeKind | undefined): Field<string | null> {
  if (v === '') return ok(null);
  const pns = normalisePnsRank(v);
  const pppk = normalisePppkRank(v);
  if (kind === 'pns') return pns ? ok(pns) : bad(`Golongan '${v}' tidak dikenal untuk PNS; gunakan bentuk seperti III/a (I/a … IV/e).`);
  if (kind === 'pppk') return pppk ? ok(pppk) : bad(`Golongan '${v}' tidak dikenal untuk PPPK; gunakan angka Romawi I … XVII.`);
  return pns || pppk ? ok(pns ?? pppk!) : bad(`Golongan '${v}' tidak dikenal; gunakan III/a … IV/e (PNS) atau I … XVII (PPPK).`);
}

// "1.98504E+17": a NIP that went through a number column on its way into a CSV.
const SCIENTIFIC = /^\d+([.,]\d+)?e\+?\d+$/i;
const TEXT_HINT = 'NIP tertulis sebagai angka desimal sehingga digitnya hilang; format kolom NIP sebagai Teks lalu ketik ulang NIP.';

/** A NIP with everything parseNip checks: 18 digits, birth date, TMT month/year, sex digit, sequence. */
export function nip(v: string, today: Date): Field<ParsedNip> {
  if (v === '') return bad('NIP wajib diisi.');
  if (SCIENTIFIC.test(v.trim())) return bad(TEXT_HINT);
  const r = parseNip(v, today);
  return r.ok ? ok(r.value) : bad(r.message);
}

/** Only the shape: whether this person exists is a cross-reference question. */
export function supervisorNip(v: string): Field<string | null> {
  if (v === '') return ok(null);
  if (SCIENTIFIC.test(v.trim())) return bad(TEXT_HINT);
  const n = normaliseNip(v);
  if (!/^\d{18}$/.test(n)) return bad('NIP atasan harus terdiri dari 18 angka.');
  return ok(n);
}

export function sex(v: string): Field<Sex> {
  const k = v.trim().toLowerCase();
  if (['l', 'laki-laki', 'laki laki', 'pria'].includes(k)) return ok('L');
  if (['p', 'perempuan', 'wanita'].includes(k)) return ok('P');
  return bad(`Jenis kelamin harus L atau P (bukan '${v}').`);
}

/** An empty cell means "none" (null); anything else must pass `rule`. */
export function emptyOr<T>(rule: (v: string) => Field<T>): (v: string) => Field<T | null> {
  return (v) => (v === '' ? ok(null) : rule(v));
}
