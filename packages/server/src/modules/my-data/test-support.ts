import JSZip from 'jszip';
import { expect } from 'vitest';
import type { DataExport } from '@kinerja/core/api';
import type { Client } from '../../testing/index.js';

/** Asks for a person's "my data" archive as `c`, waits until it is ready, and opens the ZIP. */
export async function archiveOf(c: Client, agencyId: string, employeeId: string): Promise<JSZip> {
  const asked = await c.send('POST', `/api/v1/agencies/${agencyId}/employees/${employeeId}/data-exports`, {});
  expect(asked.statusCode, asked.body).toBe(202);
  const id = (asked.json().export as DataExport).id;
  for (let i = 0; i < 400; i++) {
    const e = (await c.get(`/api/v1/agencies/${agencyId}/data-exports/${id}`)).json().export as DataExport;
    if (e.status === 'failed') throw new Error(e.error ?? 'failed');
    if (e.status === 'ready') return JSZip.loadAsync((await c.get(`/api/v1/agencies/${agencyId}/data-exports/${id}/file`)).rawPayload);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the archive was never finished');
}
