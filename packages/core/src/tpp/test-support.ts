/** Test helpers: the shipped rule sets, read and checked, and an employee with plain defaults. */
import { parseTppRuleSet } from './rule-set.js';
import { SHIPPED_TPP_RULE_SETS, type ShippedTppRuleSetName } from './shipped.js';
import type { TppAttendanceDay, TppEmployeeInput, TppRuleSet } from './schema.js';

export const SHIPPED_RULE_SETS = Object.keys(SHIPPED_TPP_RULE_SETS) as ShippedTppRuleSetName[];

/** A deep copy: a test may change it freely. */
export function shippedRuleSetRaw(name: ShippedTppRuleSetName): unknown {
  return structuredClone(SHIPPED_TPP_RULE_SETS[name]);
}

export function shippedRuleSet(name: ShippedTppRuleSetName): TppRuleSet {
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
