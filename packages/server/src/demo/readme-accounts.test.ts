import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickDemoAccounts } from './seed.js';

// The README promises these sign-ins; if the demo generator changes, this test says the README is stale.
describe('README demo sign-ins', () => {
  it('lists exactly the demo accounts the generator creates, in the same order', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const block = /<!-- demo-accounts -->([\s\S]*?)<!-- \/demo-accounts -->/.exec(readme)?.[1] ?? '';
    const listed = [...block.matchAll(/^\| (\d{18}) \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(pickDemoAccounts().map((a) => a.nip));
  });
});
