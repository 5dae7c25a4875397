import { describe, expect, it } from 'vitest';
import { canImport, canSeeAdmin } from '../../session';
import { canSeeTppAgency, isFinance, seesProvince } from './access';

describe('the finance role in the web', () => {
  it('reaches the agency TPP screens (runs, nominatif downloads) and nothing else of admin', () => {
    expect([canSeeTppAgency('finance'), isFinance('finance')]).toEqual([true, true]);
    expect([canSeeAdmin('finance'), canImport('finance'), seesProvince('finance')]).toEqual([false, false, false]);
    expect(canSeeTppAgency('employee')).toBe(false);
  });
});
