#!/usr/bin/env node
// Every locked dependency must run on the oldest Node the project promises (package.json "engines").
// npm ci already refuses a mismatch on the machine it runs on (.npmrc engine-strict); this also catches
// a dependency that needs a newer Node than the promise while the machine happens to have one.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const root = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const oldest = semver.minVersion(root.engines.node);
const bad = Object.entries(lock.packages)
  .filter(([path, p]) => path && p.engines?.node && !semver.satisfies(oldest, p.engines.node))
  .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${p.engines.node}`);
if (bad.length) {
  console.error(`Dependencies that do not run on Node ${oldest} (package.json engines "${root.engines.node}"):\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
console.log(`Every locked dependency runs on Node ${oldest}.`);
