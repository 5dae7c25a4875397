import { describe, expect, it } from 'vitest';
import en from '../../i18n/en';
import id from '../../i18n/id';
import { flagBadge, flagText } from './labels';

describe('flag badges', () => {
  const late = { code: 'LATE_ON_DEVICE_TIME', message: 'Diterima server … setelah batas pengisian ditutup …' } as const;

  it('an entry accepted late on the phone’s time carries a short Indonesian badge before the server’s sentence', () => {
    expect(flagBadge(late, id)).toBe('Terlambat · jam perangkat');
    expect(flagText(late, id, 'id')).toBe(late.message);
    expect(flagBadge(late, en)).toBe('Late · phone time');
  });

  it('other flags have no badge', () => {
    expect(flagBadge({ code: 'CLOCK_SKEW', message: '' }, id)).toBeUndefined();
  });
});
