/**
 * NIP (Nomor Induk Pegawai) parsing.
 *
 * PNS NIP, 18 digits: YYYYMMDD birth date, YYYYMM TMT CPNS, sex digit (1 = male, 2 = female),
 * 3-digit sequence. NI PPPK, 18 digits: YYYYMMDD birth date, YYYY year of appointment, the
 * code "21" where a PNS NIP has its TMT month (so the two can never collide), sex digit,
 * 3-digit sequence.
 */
export type EmployeeKind = 'pns' | 'pppk';
export type Sex = 'L' | 'P';

export interface ParsedNip {
  nip: string;
  kind: EmployeeKind;
  birthDate: string; // ISO yyyy-mm-dd
  /** PNS: TMT CPNS as yyyy-mm; PPPK: year of appointment as yyyy */
  appointed: string;
  sex: Sex;
  sequence: number;
}

export type NipErrorCode =
  | 'NIP_FORMAT'
  | 'NIP_BIRTH_DATE'
  | 'NIP_TMT'
  | 'NIP_SEX'
  | 'NIP_SEQUENCE'
  | 'NIP_AGE';

export type NipResult =
  | { ok: true; value: ParsedNip }
  | { ok: false; code: NipErrorCode; message: string };

/** Youngest and oldest age at appointment accepted as plausible. */
const MIN_AGE_AT_APPOINTMENT = 17;
const MAX_AGE_AT_APPOINTMENT = 60;

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function normaliseNip(input: string): string {
  // People paste NIPs with spaces or dots ("19800101 200501 1 001").
  return input.replace(/[\s.\-]/g, '');
}

export function parseNip(input: string, today: Date = new Date()): NipResult {
  const nip = normaliseNip(input);
  if (!/^\d{18}$/.test(nip)) {
    return { ok: false, code: 'NIP_FORMAT', message: 'NIP harus terdiri dari 18 angka.' };
  }
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  if (!isValidDate(by, bm, bd) || by < 1940) {
    return { ok: false, code: 'NIP_BIRTH_DATE', message: 'Tanggal lahir dalam NIP (digit 1–8) tidak valid.' };
  }
  const birthDate = `${by}-${pad(bm)}-${pad(bd)}`;
  const ay = Number(nip.slice(8, 12));
  const am = Number(nip.slice(12, 14));
  const kind: EmployeeKind = am === 21 ? 'pppk' : 'pns';
  if (kind === 'pns' && (am < 1 || am > 12)) {
    return { ok: false, code: 'NIP_TMT', message: 'Bulan TMT dalam NIP (digit 13–14) harus 01–12, atau 21 untuk PPPK.' };
  }
  const thisYear = today.getUTCFullYear();
  if (ay > thisYear + 1) {
    return { ok: false, code: 'NIP_TMT', message: 'Tahun TMT dalam NIP (digit 9–12) berada di masa depan.' };
  }
  const ageAtAppointment = ay - by;
  if (ageAtAppointment < MIN_AGE_AT_APPOINTMENT || ageAtAppointment > MAX_AGE_AT_APPOINTMENT) {
    return {
      ok: false,
      code: 'NIP_AGE',
      message: `Usia saat pengangkatan menurut NIP (${ageAtAppointment} tahun) tidak wajar.`,
    };
  }
  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2') {
    return { ok: false, code: 'NIP_SEX', message: 'Digit jenis kelamin dalam NIP (digit 15) harus 1 atau 2.' };
  }
  const sequence = Number(nip.slice(15, 18));
  if (sequence === 0) {
    return { ok: false, code: 'NIP_SEQUENCE', message: 'Nomor urut dalam NIP (digit 16–18) tidak boleh 000.' };
  }
  return {
    ok: true,
    value: {
      nip,
      kind,
      birthDate,
      appointed: kind === 'pns' ? `${ay}-${pad(am)}` : String(ay),
      sex: sexDigit === '1' ? 'L' : 'P',
      sequence,
    },
  };
}

export interface NipParts {
  birthDate: string; // yyyy-mm-dd
  appointed: string; // yyyy-mm (PNS) or yyyy (PPPK)
  kind: EmployeeKind;
  sex: Sex;
  sequence: number;
}

/** The inverse of parseNip: used by the demo generator and tests. */
export function formatNip(p: NipParts): string {
  const birth = p.birthDate.replace(/-/g, '');
  const appointed = p.kind === 'pns' ? p.appointed.replace('-', '') : `${p.appointed}21`;
  return `${birth}${appointed}${p.sex === 'L' ? '1' : '2'}${pad(p.sequence, 3)}`;
}
