/** Turns JSON-schema (Ajv) validation errors into field-level messages in Bahasa Indonesia. */
import { SUPPORTED_DATES } from '@kinerja/core';

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const PLACE: Record<string, string> = {
  body: 'isi',
  querystring: 'parameter',
  params: 'alamat',
  headers: 'header',
};

function fieldOf(e: AjvError, context?: string): string {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (e.keyword === 'required') {
    const missing = String(e.params.missingProperty ?? '');
    return path ? `${path}.${missing}` : missing;
  }
  if (e.keyword === 'additionalProperties') {
    const extra = String(e.params.additionalProperty ?? '');
    return path ? `${path}.${extra}` : extra;
  }
  return path || PLACE[context ?? ''] || 'isi';
}

const TYPE_NAME: Record<string, string> = {
  string: 'teks',
  integer: 'bilangan bulat',
  number: 'angka',
  boolean: 'benar/salah',
  object: 'objek',
  array: 'daftar',
  null: 'kosong',
};

const FORMAT_MESSAGES: Record<string, string> = {
  uuid: 'Harus berupa ID (UUID) yang valid.',
  // The validators bound dates to SUPPORTED_DATES (http/formats.ts); TypeBox reports that as 'format'.
  date: `Harus berupa tanggal (yyyy-mm-dd) antara ${SUPPORTED_DATES.min} dan ${SUPPORTED_DATES.max}.`,
  'date-time': `Harus berupa waktu ISO 8601 (mis. 2026-11-23T08:00:00+07:00) antara ${SUPPORTED_DATES.min} dan ${SUPPORTED_DATES.max}.`,
  'year-month': 'Harus berupa bulan (yyyy-mm).',
};

function messageOf(e: AjvError): string {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return 'Wajib diisi.';
    case 'type':
      return `Harus berupa ${String(p.type).split(',').map((t) => TYPE_NAME[t] ?? t).join(' atau ')}.`;
    case 'minLength':
      return Number(p.limit) === 1 ? 'Tidak boleh kosong.' : `Minimal ${p.limit} karakter.`;
    case 'maxLength':
      return `Maksimal ${p.limit} karakter.`;
    case 'minimum':
      return `Tidak boleh kurang dari ${p.limit}.`;
    case 'maximum':
      return `Tidak boleh lebih dari ${p.limit}.`;
    case 'exclusiveMinimum':
      return `Harus lebih dari ${p.limit}.`;
    case 'exclusiveMaximum':
      return `Harus kurang dari ${p.limit}.`;
    case 'pattern':
      return 'Formatnya tidak sesuai.';
    case 'format':
      return FORMAT_MESSAGES[String(p.format)] ?? `Format ${p.format} tidak sesuai.`;
    case 'formatMinimum':
      return `Tidak boleh sebelum ${p.limit}.`;
    case 'formatMaximum':
      return `Tidak boleh setelah ${p.limit}.`;
    case 'enum':
    case 'const':
      return `Harus salah satu dari: ${((p.allowedValues as unknown[]) ?? [p.allowedValue]).join(', ')}.`;
    case 'anyOf':
    case 'oneOf':
      return 'Nilai tidak sesuai dengan bentuk yang diizinkan.';
    case 'additionalProperties':
      return 'Kolom ini tidak dikenal.';
    case 'maxItems':
      return `Maksimal ${p.limit} butir.`;
    case 'minItems':
      return `Minimal ${p.limit} butir.`;
    default:
      return 'Nilai tidak valid.';
  }
}

export function translateValidation(errors: readonly AjvError[] | unknown, context?: string): { field: string; message: string }[] {
  const list = Array.isArray(errors) ? (errors as AjvError[]) : [];
  // anyOf produces one error per branch plus a summary; the summary alone is clearer.
  const meaningful = list.some((e) => e.keyword === 'anyOf') ? list.filter((e) => e.keyword === 'anyOf' || e.keyword === 'required') : list;
  const seen = new Set<string>();
  const out: { field: string; message: string }[] = [];
  for (const e of meaningful) {
    const item = { field: fieldOf(e, context), message: messageOf(e) };
    const key = `${item.field}|${item.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
