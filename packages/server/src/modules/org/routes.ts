import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { requireAccess, visibleAgencies } from '../access/index.js';
import { principalOf } from '../auth/index.js';
import { recordReads } from '../data-reads/index.js';
import { createActingAssignment, resetPassword, setSupervisorOverride } from './changes.js';
import { describePeople } from './people.js';
import { agencySummaries, employeeNip, employeeRow, employeeRows, positionHistory, unitRows } from './queries.js';
import { agencyToday } from './today-chart.js';
import {
  ActingAssignmentBody,
  AgencyParams,
  AgencySummary,
  EmployeeDetail,
  EmployeeListQuery,
  EmployeePage,
  EmployeeParams,
  SupervisorOverrideBody,
  UnitRow,
} from '@kinerja/core/api';

export async function orgRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(AgencySummary);
  app.addSchema(EmployeeDetail);

  async function employeeDetail(agencyId: string, employeeId: string) {
    const { today, orgVersion } = await agencyToday(ctx, agencyId);
    const row = await employeeRow(ctx.db, agencyId, employeeId, today);
    if (!row) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan.');
    const chart = await ctx.charts.get(agencyId, today, orgVersion);
    const sup = chart.supervisorOf(employeeId);
    const appr = chart.atasanPejabatPenilaiOf(employeeId);
    const [supervisor, appraiser, history] = await Promise.all([
      describePeople(ctx.db, agencyId, chart, sup ? [sup] : []),
      describePeople(ctx.db, agencyId, chart, appr ? [appr] : []),
      positionHistory(ctx.db, agencyId, employeeId),
    ]);
    return { ...row, agencyId, supervisor: supervisor[0] ?? null, appraiser: appraiser[0] ?? null, positionHistory: history };
  }

  app.get(
    '/agencies',
    {
      schema: {
        tags: ['org'],
        summary: 'Daftar instansi (OPD) yang boleh dilihat',
        response: { 200: Type.Object({ items: Type.Array(Type.Ref('AgencySummary')) }), ...errorResponses() },
      },
    },
    async (request) => {
      const p = principalOf(request);
      return { items: await agencySummaries(ctx.db, visibleAgencies(p)) };
    },
  );

  app.get(
    '/agencies/:agencyId',
    {
      schema: {
        tags: ['org'],
        summary: 'Satu instansi',
        params: AgencyParams,
        response: { 200: Type.Ref('AgencySummary'), ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId } = request.params;
      await requireAccess(ctx, principalOf(request), 'agency.see', { agencyId });
      const [agency] = await agencySummaries(ctx.db, [agencyId]);
      if (!agency) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
      return agency;
    },
  );

  app.get(
    '/agencies/:agencyId/units',
    {
      schema: {
        tags: ['org'],
        summary: 'Unit kerja instansi (daftar datar; susun pohon dari parentId)',
        params: AgencyParams,
        response: { 200: Type.Object({ items: Type.Array(UnitRow) }), ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId } = request.params;
      await requireAccess(ctx, principalOf(request), 'agency.read', { agencyId });
      const { today } = await agencyToday(ctx, agencyId);
      return { items: await unitRows(ctx.db, agencyId, today) };
    },
  );

  app.get(
    '/agencies/:agencyId/employees',
    {
      schema: {
        tags: ['org'],
        summary: 'Cari pegawai instansi menurut nama atau NIP',
        params: AgencyParams,
        querystring: EmployeeListQuery,
        response: { 200: EmployeePage, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId } = request.params;
      await requireAccess(ctx, principalOf(request), 'agency.read', { agencyId });
      const query = request.query;
      const { today } = await agencyToday(ctx, agencyId);
      return employeeRows(ctx.db, agencyId, today, { q: query.q, unitId: query.unitId, limit: query.limit ?? 25, offset: query.offset ?? 0 });
    },
  );

  app.get(
    '/agencies/:agencyId/employees/:employeeId',
    {
      schema: {
        tags: ['org'],
        summary: 'Data pegawai: jabatan, atasan, riwayat jabatan',
        params: EmployeeParams,
        response: { 200: Type.Ref('EmployeeDetail'), ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId, employeeId } = request.params;
      const p = principalOf(request);
      await requireAccess(ctx, p, 'employee.read', { agencyId, ids: [employeeId] });
      const detail = await employeeDetail(agencyId, employeeId);
      await recordReads(ctx, p, agencyId, [employeeId], 'profile');
      return detail;
    },
  );

  app.put(
    '/agencies/:agencyId/employees/:employeeId/supervisor-override',
    {
      schema: {
        tags: ['org'],
        summary: 'Tetapkan atasan langsung secara khusus (atau null untuk mengikuti struktur)',
        params: EmployeeParams,
        body: SupervisorOverrideBody,
        response: { 200: Type.Ref('EmployeeDetail'), ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId, employeeId } = request.params;
      const p = principalOf(request);
      await requireAccess(ctx, p, 'agency.manage', { agencyId });
      const { supervisorEmployeeId } = request.body;
      await setSupervisorOverride(ctx, p, agencyId, employeeId, supervisorEmployeeId);
      return employeeDetail(agencyId, employeeId);
    },
  );

  app.post(
    '/agencies/:agencyId/acting-assignments',
    {
      schema: {
        tags: ['org'],
        summary: 'Tunjuk Plt/Plh untuk sebuah jabatan dengan tanggal mulai dan selesai',
        params: AgencyParams,
        body: ActingAssignmentBody,
        response: { 201: Type.Object({ id: Type.String() }), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const { agencyId } = request.params;
      const p = principalOf(request);
      await requireAccess(ctx, p, 'agency.manage', { agencyId });
      const id = await createActingAssignment(ctx, p, agencyId, request.body);
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/agencies/:agencyId/employees/:employeeId/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Atur ulang kata sandi pegawai; pegawai wajib menggantinya saat masuk',
        params: EmployeeParams,
        response: { 200: Type.Object({ temporaryPassword: Type.String() }), ...errorResponses(404) },
      },
    },
    async (request) => {
      const { agencyId, employeeId } = request.params;
      const p = principalOf(request);
      await requireAccess(ctx, p, 'agency.manage', { agencyId });
      const employee = await employeeNip(ctx.db, agencyId, employeeId);
      if (!employee) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan.');
      return { temporaryPassword: await resetPassword(ctx, p, agencyId, employee.nip) };
    },
  );
}
