/**
 * The date formats of our schemas, bounded to core's SUPPORTED_DATES for both validators the
 * server uses: Ajv (every route, via Fastify) and TypeBox's compiler (each pushed sync item).
 */
import { isMonth, isSupportedDate, SUPPORTED_DATES } from '@kinerja/core';
import { Format } from 'typebox/format';

const FIRST_INSTANT = Date.parse(`${SUPPORTED_DATES.min}T00:00:00Z`);
const LAST_INSTANT = Date.parse(`${SUPPORTED_DATES.max}T23:59:59.999Z`);

/** An RFC 3339 date-time whose instant lies inside SUPPORTED_DATES (UTC). */
export function isSupportedDateTime(value: string): boolean {
  if (!Format.IsDateTime(value)) return false;
  const t = Date.parse(value);
  return t >= FIRST_INSTANT && t <= LAST_INSTANT;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface FormatHost {
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean; compare: (a: string, b: string) => number }): unknown;
}

/**
 * Ajv plugin: 'year-month' (yyyy-mm), comparable so that formatMinimum/formatMaximum bound it like
 * 'date' (ajv-formats, which Fastify adds, already bounds 'date' and 'date-time' that way).
 */
export function addYearMonthFormat(ajv: FormatHost): void {
  ajv.addFormat('year-month', { type: 'string', validate: isMonth, compare: compareText });
}

/**
 * TypeBox's compiler ignores formatMinimum and formatMaximum, so its 'date' and 'date-time' carry
 * the bound themselves. It resolves formats when a schema is compiled: http/schemas.ts calls this
 * before any schema that uses them exists.
 */
export function boundTypeBoxDateFormats(): void {
  Format.Set('date', isSupportedDate);
  Format.Set('date-time', isSupportedDateTime);
}
