/** Load shapes for the scenario benches: a closed loop (N in flight) and an open loop (fixed rate). */

export interface Sample {
  ms: number;
  ok: boolean;
  bytes?: number;
  detail?: string | undefined;
}

export interface StepResult {
  label: string;
  count: number;
  errors: number;
  seconds: number;
  throughput: number;
  samples: Sample[];
  firstErrors: string[];
  unit?: string;
  serverCpuMs?: number;
  dbCpuMs?: number;
}

/** Produces the i-th task, or null when there are no more. */
export type TaskSource = (i: number) => (() => Promise<Sample>) | null;

async function guarded(task: () => Promise<Sample>): Promise<Sample> {
  const t = performance.now();
  try {
    return await task();
  } catch (e) {
    return { ms: performance.now() - t, ok: false, detail: String(e) };
  }
}

function result(label: string, samples: Sample[], seconds: number): StepResult {
  const failed = samples.filter((s) => !s.ok);
  return {
    label,
    count: samples.length,
    errors: failed.length,
    seconds,
    throughput: samples.length / seconds,
    samples,
    firstErrors: [...new Set(failed.map((s) => s.detail ?? 'error'))].slice(0, 3),
  };
}

/** Runs tasks with `concurrency` in flight until the source is empty or `capMs` has passed. */
export async function closedLoop(label: string, capMs: number, concurrency: number, source: TaskSource): Promise<StepResult> {
  const samples: Sample[] = [];
  const started = performance.now();
  let next = 0;
  let done = false;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!done && performance.now() - started < capMs) {
        const task = source(next++);
        if (!task) {
          done = true;
          break;
        }
        samples.push(await guarded(task));
      }
    }),
  );
  return result(label, samples, (performance.now() - started) / 1000);
}

/**
 * Starts `rate` tasks a second for `durationMs`, however slowly they finish, and counts each
 * latency from when it was due, so a stalled server cannot hide its queue (no coordinated omission).
 */
const MAX_IN_FLIGHT = 64;

export async function openLoop(label: string, durationMs: number, rate: number, source: TaskSource): Promise<StepResult> {
  const samples: Sample[] = [];
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; ; i++) {
    const due = started + (i * 1000) / rate;
    if (due - started >= durationMs) break;
    const task = source(i);
    if (!task) break;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // Past this many in flight the server is saturated: later requests wait here, and their latency
    // still counts from when they were due.
    while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    const p = guarded(task).then((s) => {
      samples.push({ ...s, ms: performance.now() - due });
      inFlight.delete(p);
    });
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  return result(label, samples, (performance.now() - started) / 1000);
}
