/**
 * Sign-in and GET /api/v1/me: throughput and latency on PGlite and on PostgreSQL, each with the demo
 * province (5,200 employees). The server runs in its own process; autocannon drives it over loopback.
 */
import autocannon from 'autocannon';
import { pickDemoAccounts } from '../packages/server/src/demo/seed.js';
import { machineLine, writeSection } from './lib/report.js';
import { startBenchServer } from './lib/server-process.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const DEMO_PASSWORD = 'kinerja-demo';

interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(opts: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ duration: DURATION_S, ...opts });
  return {
    requests: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

/** The demo is deterministic, so its employee sign-in is known before the server starts. */
function demoEmployeeNip(): string {
  return pickDemoAccounts().find((a) => a.role === 'employee')!.nip;
}

const rows: string[] = [];
for (const kind of ['pglite', 'postgres'] as const) {
  const server = await startBenchServer(kind, 3900 + rows.length);
  try {
    const nip = demoEmployeeNip();
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nip, password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

    const signIn = await load({
      url: `${server.url}/api/v1/auth/login`,
      method: 'POST',
      connections: 4,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nip, password: DEMO_PASSWORD }),
    });
    const me = await load({ url: `${server.url}/api/v1/me`, connections: 10, headers: { cookie } });
    for (const [name, f, conns] of [['POST /auth/login', signIn, 4], ['GET /me', me, 10]] as const) {
      const line = `| ${kind} | ${name} | ${conns} | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.errors} |`;
      console.log(line);
      rows.push(line);
    }
  } finally {
    await server.stop();
  }
}

writeSection(
  'auth-me',
  [
    `Machine: ${machineLine()}. ${DURATION_S} s per run, server in its own process, demo province loaded.`,
    '',
    '| database | route | connections | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
