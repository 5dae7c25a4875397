import { createHash } from 'node:crypto';
import type { Principal } from '@kinerja/core';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { ImportJobsTable } from '../../db/schema.js';
import { applyImport, failedSummary } from './apply.js';
import { parseImportFile, type ParseOptions } from './parse.js';
import { finishImportJob, insertImportJob, markImportJobRunning } from './queries.js';
import { FILE_SHEET, type FileFormat, type Problem } from './types.js';
import { yieldToEventLoop } from './write.js';

/** Enough to fix a file; a file that is wrong on every row does not need 100,000 lines of it. */
export const MAX_STORED_PROBLEMS = 1000;

export type JobStatus = ImportJobsTable['status'];

export interface ImportJob {
  id: string;
  fileName: string;
  dryRun: boolean;
  status: JobStatus;
  totalRows: number;
  processedRows: number;
  problems: Problem[];
  summary: Record<string, unknown>;
  createdAt: string;
  finishedAt: string | null;
}

interface Live {
  status: JobStatus;
  totalRows: number;
  processedRows: number;
}

export interface NewJob {
  principal: Principal;
  fileName: string;
  format: FileFormat;
  buffer: Buffer;
  dryRun: boolean;
  /** Turn off the active staff of the named agencies missing from the file (imports/leavers.ts). */
  disableMissing?: boolean;
}

type JobRow = {
  id: string;
  account_id: string;
  file_name: string;
  dry_run: boolean;
  status: JobStatus;
  total_rows: number;
  processed_rows: number;
  problems: unknown;
  summary: unknown;
  created_at: Date;
  finished_at: Date | null;
};

const json = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : ((v as T) ?? fallback));

export function toImportJob(r: JobRow, live?: Live): ImportJob {
  return {
    id: r.id,
    fileName: r.file_name,
    dryRun: r.dry_run,
    status: live?.status ?? r.status,
    totalRows: live?.totalRows ?? r.total_rows,
    processedRows: live?.processedRows ?? r.processed_rows,
    problems: json<Problem[]>(r.problems, []),
    summary: json<Record<string, unknown>>(r.summary, {}),
    createdAt: new Date(r.created_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
  };
}

/** A database error that means another import got there first (same new codes, same NIPs). */
function isConflict(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === '23505' || code === '40001' || code === '40P01';
}

/**
 * Runs import jobs one at a time in the background of this server process. While a job runs, its
 * progress lives here in memory: the job's own writes happen in one transaction that pollers on
 * PostgreSQL cannot see into, and on PGlite they could not even run a query meanwhile. The final
 * state is written to import_jobs when the job ends.
 */
export class ImportJobs {
  private readonly live = new Map<string, Live>();
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: AppContext,
    private readonly log: FastifyBaseLogger,
    private readonly parseOptions: ParseOptions = {},
  ) {}

  /** Stores the job as queued and starts it after the jobs before it; does not wait for it. */
  async start(job: NewJob): Promise<ImportJob> {
    const id = newId();
    const row = await insertImportJob(this.ctx.db, {
      id,
      account_id: job.principal.accountId,
      agency_id: job.principal.role === 'agency_admin' ? job.principal.agencyId : null,
      file_name: job.fileName,
      file_sha256: createHash('sha256').update(job.buffer).digest('hex'),
      file_format: job.format,
      dry_run: job.dryRun,
      status: 'queued',
      problems: '[]',
      summary: '{}',
      created_at: this.ctx.now(),
    });
    this.live.set(id, { status: 'queued', totalRows: 0, processedRows: 0 });
    // run() reports its own failures; the catch only keeps one unexpected error from stopping the queue.
    this.tail = this.tail.then(() => this.run(id, job)).catch((e: unknown) => this.log.error({ err: e, importId: id }, 'import queue error'));
    return toImportJob(row, this.live.get(id));
  }

  progressOf(id: string): Live | undefined {
    return this.live.get(id);
  }

  /** Resolves when every queued job has finished (server shutdown, tests). */
  async idle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }

  private async run(id: string, job: NewJob): Promise<void> {
    const live = this.live.get(id)!;
    live.status = 'running';
    let problems: Problem[] = [];
    let summary: Record<string, unknown> = {};
    try {
      await markImportJobRunning(this.ctx.db, id);
      const parsed = await parseImportFile(job.buffer, job.format, job.fileName, this.parseOptions);
      live.totalRows = parsed.totalRows;
      await yieldToEventLoop();
      // Without a readable sheet there is nothing to validate; otherwise reading problems join validation's.
      if (!Object.keys(parsed.sheets).length) {
        problems = parsed.problems;
        summary = { dryRun: job.dryRun, totalRows: parsed.totalRows, ...failedSummary(problems.length) };
      } else {
        ({ problems, summary } = await applyImport(this.ctx, {
          parsed,
          principal: job.principal,
          dryRun: job.dryRun,
          disableMissing: job.disableMissing ?? false,
          jobId: id,
          onProgress: (n) => (live.processedRows = n),
        }));
      }
    } catch (e) {
      const conflict = isConflict(e);
      if (!conflict) this.log.error({ err: e, importId: id }, 'import job failed');
      problems = [
        {
          sheet: FILE_SHEET,
          row: 0,
          column: '',
          message: conflict
            ? 'Data yang sama sedang diubah oleh proses lain; tidak ada data yang disimpan. Coba impor lagi.'
            : 'Terjadi kesalahan pada server saat mengimpor; tidak ada data yang disimpan. Silakan coba lagi.',
        },
      ];
      summary = { dryRun: job.dryRun, errorCode: conflict ? 'CONFLICT' : 'INTERNAL', problemCount: 1 };
    }
    await this.finish(id, live, problems, summary);
  }

  private async finish(id: string, live: Live, problems: Problem[], summary: Record<string, unknown>): Promise<void> {
    const status: JobStatus = problems.length ? 'failed' : 'succeeded';
    try {
      await finishImportJob(this.ctx.db, id, {
        status,
        total_rows: live.totalRows,
        processed_rows: status === 'succeeded' ? live.totalRows : live.processedRows,
        problems: JSON.stringify(problems.slice(0, MAX_STORED_PROBLEMS)),
        summary: JSON.stringify(summary),
        finished_at: this.ctx.now(),
      });
    } catch (e) {
      this.log.error({ err: e, importId: id }, 'could not store the result of an import job');
    } finally {
      this.live.delete(id);
    }
  }
}
