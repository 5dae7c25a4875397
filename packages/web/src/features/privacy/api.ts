/** "Data saya": the archive of everything held about me, and who read my data. */
import type { DataExport, DataReadsAnswer } from '@kinerja/core/api';
import { API_BASE, request } from '../../api/client';

export type { DataExport, DataReadsAnswer };

const enc = encodeURIComponent;

export const privacyApi = {
  reads(signal?: AbortSignal): Promise<DataReadsAnswer> {
    return request('GET', '/me/data-reads', { signal });
  },
  exports(agencyId: string, employeeId: string, signal?: AbortSignal): Promise<{ exports: DataExport[] }> {
    return request('GET', `/agencies/${enc(agencyId)}/employees/${enc(employeeId)}/data-exports`, { signal });
  },
  startExport(agencyId: string, employeeId: string): Promise<{ export: DataExport }> {
    return request('POST', `/agencies/${enc(agencyId)}/employees/${enc(employeeId)}/data-exports`, { json: {} });
  },
  exportStatus(agencyId: string, exportId: string, signal?: AbortSignal): Promise<{ export: DataExport }> {
    return request('GET', `/agencies/${enc(agencyId)}/data-exports/${enc(exportId)}`, { signal });
  },
  fileUrl: (agencyId: string, exportId: string) => `${API_BASE}/agencies/${enc(agencyId)}/data-exports/${enc(exportId)}/file`,
};
