/// <reference types="node" />
/** Test helpers: the shipped rule sets, read and checked, and an employee with plain defaults. */
import { readFileSync } from 'node:fs';
import { parseTppRuleSet } from './rule-set.js';
import type { TppAttendanceDay, TppEmployeeInput, TppRuleSet } from './schema.js';

export const SHIPPED_RULE_SETS = ['kalbar-default', 'tulang-bawang', 'timor-tengah-utara'] as const;

export function shippedRuleSetRaw(name: (typeof SHIPPED_RULE_SETS)[number]): unknown {
  return JSON.parse(readFileSync(new URL(`./rule-sets/${name}.json`, import.meta.url), 'utf8'));
}

export function shippedRuleSet(name: (typeof SHIPPED_RULE_SETS)[number]): TppRuleSet {
  const r = parseTppRuleSet(shippedRuleSetRaw(name));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** A PNS, not CPNS, with a full journal, predikat Baik, SKP done, and no attendance events. */
export function employee(over: Partial<TppEmployeeInput> & Pick<TppEmployeeInput, 'employeeId' | 'kelas' | 'golongan'>): TppEmployeeInput {
  return {
    kind: 'pns',
    cpns: false,
    journal: { approvedOnTimeMinutes: 10_710, targetMinutes: 10_710 },
    predikat: 'baik',
    skpFinished: true,
    attendance: [],
    ...over,
  };
}

export const late = (date: string, minutes: number | null, point = 'masuk'): TppAttendanceDay => ({
  date,
  status: 'present',
  checks: [{ point, minutesOff: minutes }],
});
export const tk = (date: string): TppAttendanceDay => ({ date, status: 'tk' });
