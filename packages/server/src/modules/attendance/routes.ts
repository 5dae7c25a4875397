import {
  AcceptSerialBody,
  AgencyParams,
  AttendanceMachine,
  AttendanceMachinesAnswer,
  MachineCommandsAnswer,
  MachineCommandsBody,
  MachineParams,
  PunchImportResult,
  RegisterMachineBody,
  SerialParams,
  UndecidedSerialsAnswer,
} from '@kinerja/core/api';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { readUpload } from '../imports/index.js';
import { attendanceDayRoutes } from './day-routes.js';
import { selfieRoutes } from './selfie-routes.js';
import { importPunchFile } from './file-import.js';
import { acceptPendingSerial, listMachines, listUndecidedSerials, machineCommands, queueCommands, refusePendingSerial, registerMachine } from './machines.js';

const TAGS = ['attendance'];

/** The admins' side of the attendance machines (JSON, session and CSRF as every /api/v1 route). */
export async function attendanceRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(AttendanceMachine);
  await attendanceDayRoutes(app, ctx);
  await selfieRoutes(app, ctx);

  app.get(
    '/agencies/:agencyId/attendance/machines',
    {
      schema: {
        tags: TAGS,
        summary: 'Mesin presensi instansi: terakhir terlihat, jumlah absen hari ini, selisih jam mesin',
        params: AgencyParams,
        response: { 200: AttendanceMachinesAnswer, ...errorResponses(404) },
      },
    },
    async (request) => ({ items: await listMachines(ctx, principalOf(request), request.params.agencyId) }),
  );

  app.post(
    '/agencies/:agencyId/attendance/machines',
    {
      schema: {
        tags: TAGS,
        summary: 'Daftarkan mesin presensi instansi berdasarkan nomor seri dan zona waktunya (WIB/WITA/WIT)',
        params: AgencyParams,
        body: RegisterMachineBody,
        response: { 201: Type.Ref('AttendanceMachine'), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await registerMachine(ctx, principalOf(request), request.params.agencyId, request.body)),
  );

  app.get(
    '/attendance/pending-serials',
    {
      schema: {
        tags: TAGS,
        summary: 'Nomor seri mesin yang menghubungi server tanpa terdaftar (menunggu keputusan atau ditolak)',
        response: { 200: UndecidedSerialsAnswer, ...errorResponses() },
      },
    },
    async (request) => ({ items: await listUndecidedSerials(ctx, principalOf(request)) }),
  );

  app.post(
    '/attendance/pending-serials/:serialNumber/accept',
    {
      schema: {
        tags: TAGS,
        summary: 'Terima mesin yang menunggu ke dalam sebuah instansi, dengan nama dan zona waktunya',
        params: SerialParams,
        body: AcceptSerialBody,
        response: { 201: Type.Ref('AttendanceMachine'), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await acceptPendingSerial(ctx, principalOf(request), request.params.serialNumber, request.body)),
  );

  app.post(
    '/attendance/pending-serials/:serialNumber/refuse',
    {
      schema: {
        tags: TAGS,
        summary: 'Tolak mesin yang menunggu (tetap ditolak dan tercatat bila menghubungi lagi)',
        params: SerialParams,
        response: { 204: Type.Null(), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await refusePendingSerial(ctx, principalOf(request), request.params.serialNumber);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/agencies/:agencyId/attendance/machines/:machineId/commands',
    {
      schema: {
        tags: TAGS,
        summary: 'Antrean perintah mesin (daftarkan/hapus pegawai) beserta hasilnya',
        params: MachineParams,
        response: { 200: MachineCommandsAnswer, ...errorResponses(404) },
      },
    },
    async (request) => ({ items: await machineCommands(ctx, principalOf(request), request.params.agencyId, request.params.machineId) }),
  );

  app.post(
    '/agencies/:agencyId/attendance/machines/:machineId/commands',
    {
      schema: {
        tags: TAGS,
        summary: 'Antrekan pendaftaran (DATA UPDATE USERINFO) atau penghapusan (DATA DELETE USERINFO) pegawai pada mesin; idempoten per requestId',
        params: MachineParams,
        body: MachineCommandsBody,
        response: { 200: MachineCommandsAnswer, ...errorResponses(404, 409) },
      },
    },
    async (request) => ({ items: await queueCommands(ctx, principalOf(request), request.params.agencyId, request.params.machineId, request.body) }),
  );

  app.post(
    '/agencies/:agencyId/attendance/machines/:machineId/imports',
    {
      schema: {
        tags: TAGS,
        summary: 'Impor data absen dari flashdisk mesin (attlog.dat, CSV Att2000, atau templat CSV); uji coba mendaftar baris yang salah',
        description:
          'multipart/form-data: `file` dan `dryRun` ("true" = uji coba tanpa menyimpan, bawaan; "false" = simpan). Absen yang sudah tersimpan (mesin, PIN, waktu yang sama) tidak disimpan dua kali. Templat CSV: kolom `pin` (atau `nip`), `waktu` (yyyy-mm-dd jj:mm[:dd]), `status` (opsional, 0 masuk, 1 pulang).',
        params: MachineParams,
        consumes: ['multipart/form-data'],
        response: { 200: PunchImportResult, ...errorResponses(404, 413, 415, 422) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const upload = await readUpload(request, ctx.config.importMaxBytes);
      return importPunchFile(ctx, p, request.params.agencyId, request.params.machineId, upload);
    },
  );
}
