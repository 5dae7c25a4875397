/** The SKP's RHK import (docs/api.md "SKP"): the template of one draft, and a dry run or a real run of a filled-in file. */
import type { SkpRhkBulkImportResult, SkpRhkImportResult } from '@kinerja/core/api';
import { API_BASE, request } from './client';

export type { SkpRhkImportResult } from '@kinerja/core/api';

const enc = encodeURIComponent;
const base = (agencyId: string, skpId: string) => `/agencies/${enc(agencyId)}/skp/${enc(skpId)}/rhk-import`;

/** The template (XLSX) with the draft's RHK and the penilai's RHK by code; opened as a download link. */
export function rhkTemplateUrl(agencyId: string, skpId: string): string {
  return `${API_BASE}${base(agencyId, skpId)}/template.xlsx`;
}

export function importRhk(agencyId: string, skpId: string, file: File, dryRun: boolean): Promise<SkpRhkImportResult> {
  const form = new FormData();
  // The field before the file, so a streaming server sees dryRun first.
  form.append('dryRun', dryRun ? 'true' : 'false');
  form.append('file', file, file.name);
  return request('POST', base(agencyId, skpId), { form });
}

export type { SkpRhkBulkImportResult } from '@kinerja/core/api';

const bulkBase = (agencyId: string) => `/agencies/${enc(agencyId)}/skp-rhk-import`;

/** The many-employee template (every draft of the year, rows per NIP); opened as a download link. */
export function rhkBulkTemplateUrl(agencyId: string, year: number): string {
  return `${API_BASE}${bulkBase(agencyId)}/template.xlsx?year=${year}`;
}

export function importRhkBulk(agencyId: string, year: number, file: File, dryRun: boolean): Promise<SkpRhkBulkImportResult> {
  const form = new FormData();
  form.append('dryRun', dryRun ? 'true' : 'false');
  form.append('file', file, file.name);
  return request('POST', bulkBase(agencyId), { form, query: { year: String(year) } });
}
