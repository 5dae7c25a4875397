import { createReadStream } from 'node:fs';
import {
  AgencyParams,
  AnomaliesAnswer,
  AnomaliesQuery,
  CheckinAnswer,
  CheckinBody,
  CheckinPhotoParams,
  DisputesAnswer,
  DisputesQuery,
  EnrolmentBody,
  EnrolmentDecisionBody,
  EnrolmentParams,
  EnrolmentState,
  EnrolmentsAnswer,
  GeofenceBody,
  GeofenceItem,
  GeofenceParams,
  GeofencesAnswer,
  ResolutionAnswer,
  ResolutionBody,
  SelfieSetupAnswer,
  Uuid,
} from '@kinerja/core/api';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { principalOf } from '../auth/index.js';
import { evidenceDownloadHeaders, pathOf } from '../evidence/index.js';
import { listDisputes, resolveDispute } from './selfie-disputes.js';
import { decideEnrolment, listEnrolments, listGeofences, putGeofence, recordCheckin, removeGeofence, selfieAnomalies, selfiePhoto, selfieSetup, submitEnrolment } from './selfie.js';

const TAGS = ['attendance'];
const Decided = Type.Object({ id: Uuid, state: EnrolmentState });

/** The selfie check-in's routes (issue 18 item 3). */
export async function selfieRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.get(
    '/agencies/:agencyId/attendance/geofences',
    { schema: { tags: TAGS, summary: 'Area kantor instansi untuk presensi swafoto (lingkaran atau poligon)', params: AgencyParams, response: { 200: GeofencesAnswer, ...errorResponses() } } },
    async (request) => ({ items: await listGeofences(ctx, principalOf(request), request.params.agencyId) }),
  );

  app.put(
    '/agencies/:agencyId/attendance/geofences/:geofenceId',
    {
      schema: {
        tags: TAGS,
        summary: 'Simpan area kantor (baru atau ganti): titik pusat dan radius, atau titik-titik sudut poligon',
        params: GeofenceParams,
        body: GeofenceBody,
        response: { 200: GeofenceItem, 201: GeofenceItem, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const { item, created } = await putGeofence(ctx, principalOf(request), request.params.agencyId, request.params.geofenceId, request.body);
      return reply.status(created ? 201 : 200).send(item);
    },
  );

  app.delete(
    '/agencies/:agencyId/attendance/geofences/:geofenceId',
    { schema: { tags: TAGS, summary: 'Hapus area kantor', params: GeofenceParams, response: { 204: Type.Null(), ...errorResponses(404) } } },
    async (request, reply) => {
      await removeGeofence(ctx, principalOf(request), request.params.agencyId, request.params.geofenceId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/attendance/selfie/me',
    {
      schema: {
        tags: TAGS,
        summary: 'Yang diperlukan ponsel untuk presensi swafoto: foto acuan wajah yang disetujui, area kantor, batas akurasi dan skor',
        response: { 200: SelfieSetupAnswer, ...errorResponses() },
      },
    },
    async (request) => selfieSetup(ctx, principalOf(request)),
  );

  app.post(
    '/attendance/selfie/enrolment',
    {
      schema: {
        tags: TAGS,
        summary: 'Ajukan foto acuan wajah (foto sudah diunggah ke /evidence, deskriptor wajah dari ponsel); menunggu persetujuan admin',
        body: EnrolmentBody,
        response: { 202: Type.Object({ id: Uuid, state: Type.Literal('pending') }), ...errorResponses() },
      },
    },
    async (request, reply) => reply.status(202).send(await submitEnrolment(ctx, principalOf(request), request.body)),
  );

  app.get(
    '/agencies/:agencyId/attendance/selfie/enrolments',
    {
      schema: {
        tags: TAGS,
        summary: 'Pengajuan foto acuan wajah pegawai instansi menurut statusnya (bawaan: menunggu)',
        params: AgencyParams,
        querystring: Type.Object({ state: Type.Optional(EnrolmentState) }, { additionalProperties: false }),
        response: { 200: EnrolmentsAnswer, ...errorResponses() },
      },
    },
    async (request) => ({ items: await listEnrolments(ctx, principalOf(request), request.params.agencyId, request.query.state ?? 'pending') }),
  );

  app.post(
    '/agencies/:agencyId/attendance/selfie/enrolments/:enrolmentId/decision',
    {
      schema: {
        tags: TAGS,
        summary: 'Setujui atau tolak foto acuan wajah; yang disetujui menggantikan acuan sebelumnya',
        params: EnrolmentParams,
        body: EnrolmentDecisionBody,
        response: { 200: Decided, ...errorResponses(404) },
      },
    },
    async (request) => decideEnrolment(ctx, principalOf(request), request.params.agencyId, request.params.enrolmentId, request.body.approve, request.body.note),
  );

  app.post(
    '/attendance/selfie/checkins',
    {
      schema: {
        tags: TAGS,
        summary: 'Presensi swafoto: lokasi dan akurasinya, skor kecocokan dan keaktifan wajah dari ponsel, foto (sudah diunggah), waktu perangkat',
        description:
          'Idempoten menurut id: presensi yang dikirim ulang dari antrean luring tidak tercatat dua kali (201 bila baru, 200 bila sudah ada). Waktu yang dinilai adalah waktu perangkat dikoreksi selisih jam; di luar toleransi instansi dipakai waktu terima dan ditandai.',
        body: CheckinBody,
        response: { 200: CheckinAnswer, 201: CheckinAnswer, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const { answer, created } = await recordCheckin(ctx, principalOf(request), request.body);
      return reply.status(created ? 201 : 200).send(answer);
    },
  );

  app.get(
    '/agencies/:agencyId/attendance/selfie/anomalies',
    {
      schema: {
        tags: TAGS,
        summary: 'Laporan kejanggalan presensi swafoto: koordinat sama dipakai banyak orang, perpindahan mustahil, akurasi terlalu sempurna, di luar area',
        params: AgencyParams,
        querystring: AnomaliesQuery,
        response: { 200: AnomaliesAnswer, ...errorResponses() },
      },
    },
    async (request) => selfieAnomalies(ctx, principalOf(request), request.params.agencyId, request.query.from, request.query.to),
  );

  app.get(
    '/agencies/:agencyId/attendance/selfie/disputes',
    {
      schema: {
        tags: TAGS,
        summary: 'Presensi swafoto yang dipersoalkan (ditolak atau janggal) untuk diputus admin instansi: alasan, lokasi, skor, wajah yang lebih cocok dengan pegawai lain',
        description: 'Bawaan: yang belum diputus dalam 31 hari terakhir (state=open); state=resolved untuk yang sudah diputus. Rentang paling lama 31 hari. Hanya admin instansi itu sendiri (yang juga boleh membuka fotonya).',
        params: AgencyParams,
        querystring: DisputesQuery,
        response: { 200: DisputesAnswer, ...errorResponses() },
      },
    },
    async (request) => listDisputes(ctx, principalOf(request), request.params.agencyId, request.query.state ?? 'open', request.query.from, request.query.to),
  );

  app.post(
    '/agencies/:agencyId/attendance/selfie/checkins/:checkinId/resolution',
    {
      schema: {
        tags: TAGS,
        summary: 'Putus presensi swafoto yang dipersoalkan: terima (menjadi presensi sah) atau tetapkan ditolak, dengan catatan',
        description:
          'Sekali saja: mengulang keputusan yang sama menjawab keputusan yang tersimpan (200), keputusan lain ditolak (409). Setelah diputus, foto mengikuti masa simpan biasa. Dicatat di jejak audit.',
        params: CheckinPhotoParams,
        body: ResolutionBody,
        response: { 200: ResolutionAnswer, ...errorResponses(404, 409) },
      },
    },
    async (request) => (await resolveDispute(ctx, principalOf(request), request.params.agencyId, request.params.checkinId, request.body)).answer,
  );

  for (const kind of ['checkin', 'reference'] as const) {
    const url = kind === 'checkin' ? '/agencies/:agencyId/attendance/selfie/checkins/:checkinId/photo' : '/agencies/:agencyId/attendance/selfie/enrolments/:enrolmentId/photo';
    app.get(
      url,
      {
        schema: {
          tags: TAGS,
          summary: kind === 'checkin' ? 'Foto presensi swafoto (pegawai itu, atasannya, dan admin instansinya saja)' : 'Foto acuan wajah (pegawai itu, atasannya, dan admin instansinya saja)',
          params: kind === 'checkin' ? CheckinPhotoParams : EnrolmentParams,
          produces: ['image/jpeg'],
          response: { ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        const params = request.params as { agencyId: string; checkinId?: string; enrolmentId?: string };
        const file = await selfiePhoto(ctx, principalOf(request), params.agencyId, kind, (params.checkinId ?? params.enrolmentId)!);
        return reply
          .headers(evidenceDownloadHeaders(file.mediaType, file.sha256))
          .header('cache-control', 'private, no-store')
          .send(createReadStream(pathOf(ctx, { sha256: file.sha256, media_type: file.mediaType })));
      },
    );
  }
}
