/**
 * How fast photos are ingested and how much disk they take. Not a test: run it by hand.
 *
 *   npx tsx packages/server/src/modules/evidence/evidence.bench.ts [photos=100] [parallel=4]
 *
 * Uses an in-memory PGlite, or the PostgreSQL of TEST_DATABASE_URL. The photos imitate a 12 MP phone
 * camera: 4000 × 3000, large smooth areas, mid-scale texture and sensor noise, 3–4 MB at quality 92.
 * Pure noise would be the wrong model: it averages away when shrunk and stores unrealistically small.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createTestApp } from '../../testing/index.js';
import { ingestEvidence, sha256Hex, type Uploader } from './store.js';

const COUNT = Number(process.argv[2] ?? 100);
const PARALLEL = Number(process.argv[3] ?? 4);
/** Distinct scenes; each is sent as several files that differ only in a JPEG comment (distinct hashes, same decoding work). */
const SCENES = 10;
const W = 4000;
const H = 3000;

async function layer(width: number, sigma: number): Promise<Buffer> {
  const small = await sharp({
    create: { width, height: Math.round((width * H) / W), channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma } },
  })
    .png()
    .toBuffer();
  return sharp(small).resize(W, H, { kernel: 'cubic' }).raw().toBuffer();
}

/** Walls and sky (16 px noise blown up), objects (250 px), sensor grain (full resolution). */
async function phonePhoto(): Promise<Buffer> {
  const layers = await Promise.all([layer(16, 70), layer(250, 18), layer(W, 7)]);
  const px = Buffer.alloc(W * H * 3);
  for (let i = 0; i < px.length; i++) {
    let v = 128;
    for (const l of layers) v += l[i]! - 128;
    px[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return sharp(px, { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality: 92 })
    .withExif({ IFD0: { Make: 'Bench', Model: 'Phone' }, IFD2: { DateTimeOriginal: '2026:11:20 09:15:00' } })
    .toBuffer();
}

/** The same JPEG with a COM segment after SOI: another file to the hash, the same photo to the decoder. */
function withComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

async function diskBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const s = await stat(join(dir, name));
    if (s.isFile()) total += s.size;
  }
  return total;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kinerja-evidence-bench-'));
  const t = await createTestApp({ dataDir });
  try {
    const staff = t.fixture.people.staff1!;
    const uploader: Uploader = { accountId: staff.accountId, timeZone: 'Asia/Pontianak' };

    process.stdout.write(`Membuat ${SCENES} foto 4000×3000… `);
    const started = Date.now();
    const scenes: Buffer[] = [];
    for (let i = 0; i < SCENES; i++) scenes.push(await phonePhoto());
    console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
    const batch = (tag: string) => Array.from({ length: COUNT }, (_, i) => withComment(scenes[i % SCENES]!, `${tag}-${i}`));

    async function run(files: Buffer[], parallel: number) {
      const ms: number[] = [];
      let stored = 0;
      let created = 0;
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          while (next < files.length) {
            const bytes = files[next++]!;
            const s = performance.now();
            const r = await ingestEvidence(t.ctx, uploader, bytes, sha256Hex(bytes));
            ms.push(performance.now() - s);
            stored += r.meta.storedSize;
            if (r.created) created++;
          }
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      ms.sort((a, b) => a - b);
      const input = files.reduce((n, f) => n + f.length, 0);
      return { seconds, ms, stored, created, input };
    }

    function report(label: string, r: Awaited<ReturnType<typeof run>>, n: number) {
      console.log(
        `${label}: ${n} berkas dalam ${r.seconds.toFixed(1)} s = ${(n / r.seconds).toFixed(2)} berkas/s; ` +
          `ms p50 ${percentile(r.ms, 50).toFixed(0)}, p99 ${percentile(r.ms, 99).toFixed(0)}, maks ${r.ms.at(-1)!.toFixed(0)}; ` +
          `baru ${r.created}; masuk rata-rata ${mb(r.input / n)} MB, tersimpan rata-rata ${(r.stored / n / 1024).toFixed(0)} KB`,
      );
    }

    const first = batch('seq');
    report('Berurutan (1 sekaligus)', await run(first, 1), COUNT);
    report(`Paralel (${PARALLEL} sekaligus)`, await run(batch('par'), PARALLEL), COUNT);
    report('Unggah ulang berkas yang sama (dedup)', await run(first, 1), COUNT);

    const disk = await diskBytes(join(dataDir, 'evidence'));
    const files = (await readdir(join(dataDir, 'evidence'), { recursive: true })).filter((n) => n.endsWith('.jpg')).length;
    console.log(`Disk: ${files} berkas, ${mb(disk)} MB (${(disk / files / 1024).toFixed(0)} KB per foto) dari ${mb(first[0]!.length * files)} MB yang diunggah`);
  } finally {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
