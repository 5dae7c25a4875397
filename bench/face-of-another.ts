/**
 * The server's face-of-another check per selfie check-in (issue 18): core's faceOfAnother, one
 * submitted 1024-number descriptor against an agency's approved references (100, 1,000, 5,000), in
 * process. What a check-in adds besides one small read (the references' stamp); the references are
 * cached per agency. Prints per-check-in time (median and p99 of 200 runs each).
 * `npx tsx bench/face-of-another.ts`
 */
import { faceOfAnother, type ReferenceDescriptor } from '@kinerja/core';

const DIM = 1024;
let seed = 20261207;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) / 5;
const face = () => Array.from({ length: DIM }, rand);

for (const n of [100, 1_000, 5_000]) {
  const refs: ReferenceDescriptor[] = Array.from({ length: n }, (_, i) => ({ employeeId: `e-${String(i).padStart(5, '0')}`, descriptor: face() }));
  const probe = refs[n >> 1]!.descriptor.map((x) => x + rand() / 10);
  for (let i = 0; i < 20; i++) faceOfAnother(probe, 'e-00000', refs[0]!.descriptor, refs);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    faceOfAnother(probe, 'e-00000', refs[0]!.descriptor, refs);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${n} references: median ${times[100]!.toFixed(2)} ms, p99 ${times[197]!.toFixed(2)} ms per check-in`);
}
