import {
  ApproveAllBody,
  BulkDecisionBody,
  BulkDecisionSchema,
  EntryDecisionBody,
  HistorySchema,
  InboxDaySchema,
  InboxEntrySchema,
  InboxQuery,
  InboxSchema,
  IsoDate,
  PersonDayQuery,
  PersonDaySchema,
  RateSchema,
  RatesQuery,
  ReviewDaySchema,
  ReviewEntrySchema,
  SingleDecisionSchema,
  Uuid,
} from '@kinerja/core/api';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { actingEmployee, may, requireAccess, targetAgency } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { recordReads } from '../data-reads/index.js';
import { approveAllUnflagged, decideEntry, decidePerson } from './decide.js';
import { entryHistory } from './history.js';
import { INBOX_PAGE_DEFAULT, loadInbox } from './inbox.js';
import { personDay } from './person-day.js';
import { supervisorRates } from './rates.js';

const PersonParams = Type.Object({ employeeId: Uuid });
const PersonDayParams = Type.Object({ employeeId: Uuid, date: IsoDate });

function asOfOf(raw: string | undefined): Date | undefined {
  if (raw === undefined) return undefined;
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new AppError('VALIDATION', 'Waktu asOf tidak valid.', [{ field: 'asOf', message: 'Tidak valid.' }]);
  return d;
}

/** Supervisor validation: the inbox, decisions, one person's day, an entry's history, on-time rates. */
export async function validationRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(ReviewEntrySchema);
  app.addSchema(ReviewDaySchema);
  app.addSchema(InboxEntrySchema);
  app.addSchema(InboxDaySchema);

  app.get(
    '/validation/inbox',
    {
      schema: {
        tags: ['validation'],
        summary: 'Kotak masuk validasi: kegiatan bawahan yang menunggu, per pegawai lalu per hari, terlama lebih dulu',
        querystring: InboxQuery,
        response: { 200: InboxSchema, ...errorResponses() },
      },
    },
    async (request) => {
      const { cursor, limit, people } = request.query;
      const p = principalOf(request);
      const who = actingEmployee(p);
      const inbox = await loadInbox(ctx, who, cursor, limit ?? INBOX_PAGE_DEFAULT, people);
      // The days on the page are what the supervisor reads; the rest of the list is names and counts.
      await recordReads(ctx, p, who.agencyId, inbox.page.items.map((d) => d.employeeId), 'validation', inbox.today);
      return inbox;
    },
  );

  app.post(
    '/validation/entries/:entryId/decision',
    {
      schema: {
        tags: ['validation'],
        summary: 'Setujui, tolak (alasan wajib), atau kembalikan (catatan wajib) satu kegiatan',
        params: Type.Object({ entryId: Uuid }),
        body: EntryDecisionBody,
        response: { 200: SingleDecisionSchema, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      return decideEntry(ctx, actingEmployee(principalOf(request)), request.params.entryId, request.body);
    },
  );

  app.post(
    '/validation/people/:employeeId/days/:date/decision',
    {
      schema: {
        tags: ['validation'],
        summary: 'Satu keputusan untuk semua kegiatan yang menunggu pada satu hari seorang pegawai',
        params: PersonDayParams,
        body: BulkDecisionBody,
        response: { 200: BulkDecisionSchema, ...errorResponses() },
      },
    },
    async (request) => {
      const { employeeId, date } = request.params;
      const body = request.body;
      const asOf = asOfOf(body.asOf);
      return decidePerson(ctx, actingEmployee(principalOf(request)), { employeeId, date, ...(asOf ? { asOf } : {}) }, body);
    },
  );

  app.post(
    '/validation/people/:employeeId/decision',
    {
      schema: {
        tags: ['validation'],
        summary: 'Satu keputusan untuk semua kegiatan seorang pegawai yang menunggu',
        params: PersonParams,
        body: BulkDecisionBody,
        response: { 200: BulkDecisionSchema, ...errorResponses() },
      },
    },
    async (request) => {
      const { employeeId } = request.params;
      const body = request.body;
      const asOf = asOfOf(body.asOf);
      return decidePerson(ctx, actingEmployee(principalOf(request)), { employeeId, ...(asOf ? { asOf } : {}) }, body);
    },
  );

  app.post(
    '/validation/approve-all',
    {
      schema: {
        tags: ['validation'],
        summary: 'Setujui semua kegiatan bawahan yang menunggu, kecuali yang bertanda',
        body: ApproveAllBody,
        response: { 200: BulkDecisionSchema, ...errorResponses() },
      },
    },
    async (request) => {
      // A POST without a body reaches here with none: approve-all as of now.
      return approveAllUnflagged(ctx, actingEmployee(principalOf(request)), asOfOf(request.body?.asOf));
    },
  );

  app.get(
    '/validation/people/:employeeId/days/:date',
    {
      schema: {
        tags: ['validation'],
        summary: 'Satu hari seorang bawahan: semua kegiatan yang dikirim, tanda, tenggat dan keputusan',
        params: PersonDayParams,
        querystring: PersonDayQuery,
        response: { 200: PersonDaySchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { employeeId, date } = request.params;
      const p = principalOf(request);
      const agencyId = targetAgency(p, request.query.agencyId);
      return personDay(ctx, p, agencyId, employeeId, date);
    },
  );

  app.get(
    '/agencies/:agencyId/entries/:entryId/history',
    {
      schema: {
        tags: ['validation'],
        summary: 'Riwayat satu kegiatan: dibuat, diubah, diajukan, diputuskan, diajukan ulang',
        params: Type.Object({ agencyId: Uuid, entryId: Uuid }),
        response: { 200: HistorySchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId, entryId } = request.params;
      return entryHistory(ctx, principalOf(request), agencyId, entryId);
    },
  );

  app.get(
    '/validation/rates',
    {
      schema: {
        tags: ['validation'],
        summary: 'Ketepatan waktu validasi per atasan dalam sebulan (admin/auditor: semua atasan; atasan: dirinya)',
        querystring: RatesQuery,
        response: { 200: Type.Object({ month: Type.String(), agencyId: Uuid, items: Type.Array(RateSchema) }), ...errorResponses() },
      },
    },
    async (request) => {
      const { month, agencyId: requested } = request.query;
      const p = principalOf(request);
      const agencyId = targetAgency(p, requested);
      if (await may(ctx, p, 'agency.read', { agencyId })) return { month, agencyId, items: await supervisorRates(ctx, agencyId, month) };
      // Anyone else sees only their own rate, as an employee of the agency.
      const self = p.employeeId ?? '';
      await requireAccess(ctx, p, 'validation.rates', { agencyId, ids: [self] });
      return { month, agencyId, items: await supervisorRates(ctx, agencyId, month, { supervisorId: self }) };
    },
  );
}
