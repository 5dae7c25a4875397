import { describe, expect, it } from 'vitest';
import { applyRetention } from './modules/retention/index.js';
import { SCHEDULED_WORK } from './scheduled-work.js';

describe('the periodic work', () => {
  it('applies the retention rules of docs/data-inventory.md', () => {
    expect(SCHEDULED_WORK).toContain(applyRetention);
  });
});
