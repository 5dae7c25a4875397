import { describe, expect, it } from 'vitest';
import { annualDeadlineOf, DEFAULT_EVALUATION_SETTINGS, isAnnualDeadline, resolveEvaluationSettings } from './settings.js';

describe('evaluation settings', () => {
  it('reads the defaults from nothing, from junk, and from a partly set section', () => {
    expect(resolveEvaluationSettings(undefined)).toEqual(DEFAULT_EVALUATION_SETTINGS);
    expect(resolveEvaluationSettings('x')).toEqual(DEFAULT_EVALUATION_SETTINGS);
    expect(resolveEvaluationSettings({ frequency: 'tahunan', curvePolicy: 'stop', annualDeadline: '02-30' })).toEqual(DEFAULT_EVALUATION_SETTINGS);
    expect(resolveEvaluationSettings({ curvePolicy: 'block' })).toEqual({ ...DEFAULT_EVALUATION_SETTINGS, curvePolicy: 'block' });
    expect(resolveEvaluationSettings({ frequency: 'bulanan', curvePolicy: 'warn', annualDeadline: '04-30' })).toEqual({ frequency: 'bulanan', curvePolicy: 'warn', annualDeadline: '04-30' });
  });

  it('accepts only real month-days as the annual deadline', () => {
    expect(['01-10', '02-29', '12-31', '04-30'].every(isAnnualDeadline)).toBe(true);
    expect(['1-10', '00-10', '13-01', '04-31', '02-30', '01-00', '2025-01-10'].some(isAnnualDeadline)).toBe(false);
  });

  it('puts the annual deadline in the year after', () => {
    expect(annualDeadlineOf(2026, { annualDeadline: '01-10' })).toBe('2027-01-10');
  });
});
