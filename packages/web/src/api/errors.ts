/** The one error type of every API failure, including "no connection" (code NETWORK). */
import type { ErrorCode } from '@kinerja/core';

/** Server codes plus two of the client's own: no answer at all, and an answer we cannot read. */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'UNKNOWN';

export interface ApiErrorDetail {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: ApiErrorDetail[];

  constructor(code: ApiErrorCode, message: string, status: number, details: ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** The message of a field-level problem, e.g. `fieldMessage('nip')`. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((d) => d.field === field)?.message;
  }
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
