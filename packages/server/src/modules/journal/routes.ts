import { fromDayNumber, localDateOf, toDayNumber } from '@kinerja/core';
import {
  AttachEvidenceBody,
  CopyDayBody,
  DateParams,
  DaySchema,
  EntryBody,
  EntryEvidenceParams,
  EntryParams,
  EntrySchema,
  JournalContextSchema,
  RangeQuery,
} from '@kinerja/core/api';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { errorResponses, type ApiApp } from '../../http/schemas.js';
import { strictValidatorCompiler } from '../../http/strict-validator.js';
import { loadJournalContext } from './context.js';
import { attachEvidence, detachEvidence } from './attach.js';
import { copyDay, deleteEntry, submitDay } from './day-actions.js';
import { daysBetween } from './days.js';
import { writeEntry } from './entry-writes.js';
import { entryById } from './queries.js';
import { approvedRhkBetween } from './rhk-link.js';
import { journalistOf } from './who.js';

const MAX_RANGE_DAYS = 62;

export async function journalRoutes(app: ApiApp, ctx: AppContext): Promise<void> {
  app.addSchema(EntrySchema);
  app.addSchema(DaySchema);

  async function oneDay(request: Parameters<typeof journalistOf>[0], date: string) {
    const [day] = await daysBetween(ctx, journalistOf(request), date, date, true);
    return day!;
  }

  app.get(
    '/journal/context',
    {
      schema: {
        tags: ['journal'],
        summary: 'Pengaturan jurnal instansi saya, hari ini, hari libur, gangguan layanan dan RHK SKP saya yang disetujui',
        response: {
          200: JournalContextSchema,
          ...errorResponses(),
        },
      },
    },
    async (request) => {
      const who = journalistOf(request);
      const jc = await loadJournalContext(ctx, who.agencyId);
      const today = localDateOf(ctx.now(), jc.timeZone);
      const year = Number(today.slice(0, 4));
      const holidays: { date: string; name: string; kind: string }[] = [];
      for (let day = toDayNumber(`${year - 1}-01-01`), last = toDayNumber(`${year + 1}-12-31`); day <= last; day++) {
        const d = fromDayNumber(day);
        const h = jc.calendar.holidayOn(d);
        if (h) holidays.push({ date: d, name: h.name, kind: h.kind });
      }
      // The reporting window reaches at most 30 working days back (REPORTING_WINDOW_MAX): 62 days covers it.
      const rhk = await approvedRhkBetween(ctx, who, fromDayNumber(toDayNumber(today) - 62), fromDayNumber(toDayNumber(today) + 31));
      return {
        today,
        timeZone: jc.timeZone,
        settings: jc.settings,
        settingsVersions: [...jc.settingsVersions],
        holidays,
        outages: jc.outages.map((o) => ({ id: o.id, startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString(), reason: o.reason })),
        rhk,
      };
    },
  );

  app.get(
    '/journal/days',
    {
      schema: {
        tags: ['journal'],
        summary: 'Ringkasan hari-hari saya (minggu/bulan): menit, target, status',
        querystring: RangeQuery,
        response: { 200: Type.Object({ days: Type.Array(Type.Ref('JournalDay')) }), ...errorResponses() },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      if (to < from) throw new AppError('VALIDATION', 'Tanggal akhir tidak boleh sebelum tanggal awal.', [{ field: 'to', message: 'Sebelum tanggal awal.' }]);
      if (toDayNumber(to) - toDayNumber(from) >= MAX_RANGE_DAYS) {
        throw new AppError('VALIDATION', `Rentang paling panjang ${MAX_RANGE_DAYS} hari.`, [{ field: 'to', message: 'Rentang terlalu panjang.' }]);
      }
      return { days: await daysBetween(ctx, journalistOf(request), from, to, false) };
    },
  );

  app.get(
    '/journal/days/:date',
    {
      schema: {
        tags: ['journal'],
        summary: 'Satu hari saya dengan semua kegiatannya',
        params: DateParams,
        response: { 200: Type.Ref('JournalDay'), ...errorResponses() },
      },
    },
    async (request) => oneDay(request, request.params.date),
  );

  app.put(
    '/journal/entries/:entryId',
    {
      schema: {
        tags: ['journal'],
        summary: 'Simpan kegiatan (buat atau ubah; ID dibuat oleh perangkat, aman diulang)',
        params: EntryParams,
        body: EntryBody,
        response: {
          200: Type.Object({ entry: Type.Ref('JournalEntry'), day: Type.Ref('JournalDay') }),
          201: Type.Object({ entry: Type.Ref('JournalEntry'), day: Type.Ref('JournalDay') }),
          ...errorResponses(404, 409, 422),
        },
      },
      // "60" is not 60 minutes, and 0 minutes is not "no duration": the body is taken as sent.
      validatorCompiler: strictValidatorCompiler,
    },
    async (request, reply) => {
      const who = journalistOf(request);
      const { entryId } = request.params;
      const { entry, created } = await writeEntry(ctx, who, entryId, request.body);
      return reply.status(created ? 201 : 200).send({ entry, day: await oneDay(request, entry.workDate) });
    },
  );

  app.delete(
    '/journal/entries/:entryId',
    {
      schema: { tags: ['journal'], summary: 'Hapus kegiatan yang belum dikirim', params: EntryParams, response: { 204: Type.Null(), ...errorResponses(404, 409, 422) } },
    },
    async (request, reply) => {
      await deleteEntry(ctx, journalistOf(request), request.params.entryId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/journal/days/:date/submit',
    {
      schema: {
        tags: ['journal'],
        summary: 'Kirim hari ini ke atasan untuk divalidasi',
        params: DateParams,
        response: { 200: Type.Object({ submitted: Type.Integer(), day: Type.Ref('JournalDay') }), ...errorResponses(422) },
      },
    },
    async (request) => {
      const { date } = request.params;
      const submitted = await submitDay(ctx, journalistOf(request), date);
      return { submitted, day: await oneDay(request, date) };
    },
  );

  app.post(
    '/journal/days/:date/copy',
    {
      schema: {
        tags: ['journal'],
        summary: 'Salin kegiatan dari hari lain (mis. kemarin) sebagai draf',
        params: DateParams,
        body: CopyDayBody,
        response: { 200: Type.Object({ copied: Type.Integer(), skipped: Type.Integer(), day: Type.Ref('JournalDay') }), ...errorResponses(422) },
      },
    },
    async (request) => {
      const { date } = request.params;
      const { fromDate } = request.body;
      const result = await copyDay(ctx, journalistOf(request), fromDate, date);
      return { ...result, day: await oneDay(request, date) };
    },
  );

  app.post(
    '/journal/entries/:entryId/evidence',
    {
      schema: {
        tags: ['journal'],
        summary: 'Lampirkan berkas bukti yang sudah diunggah ke kegiatan',
        params: EntryParams,
        body: AttachEvidenceBody,
        response: { 200: Type.Object({ entry: Type.Ref('JournalEntry') }), ...errorResponses(404, 409, 422) },
      },
    },
    async (request) => {
      const who = journalistOf(request);
      const { entryId } = request.params;
      const { sha256, fileName } = request.body;
      await attachEvidence(ctx, who, entryId, sha256, fileName ?? '');
      return { entry: (await entryById(ctx.db, who.agencyId, who.employeeId, entryId))! };
    },
  );

  app.delete(
    '/journal/entries/:entryId/evidence/:sha256',
    {
      schema: {
        tags: ['journal'],
        summary: 'Lepaskan berkas bukti dari kegiatan',
        params: EntryEvidenceParams,
        response: { 204: Type.Null(), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const { entryId, sha256 } = request.params;
      await detachEvidence(ctx, journalistOf(request), entryId, sha256);
      return reply.status(204).send(null);
    },
  );
}
