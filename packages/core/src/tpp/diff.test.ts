import { describe, expect, it } from 'vitest';
import { diffTppRuleSets, formatTppRuleChanges } from './diff.js';
import { shippedRuleSet } from './test-support.js';

describe('diffTppRuleSets', () => {
  const v1 = shippedRuleSet('tulang-bawang');

  it('names nothing for the same rule set', () => {
    expect(diffTppRuleSets(v1, structuredClone(v1))).toEqual([]);
    expect(formatTppRuleChanges([])).toBe('Tidak ada perubahan.');
  });

  it('names a changed TL band by its ids, an added hukdis, a removed Plt rule and a changed list', () => {
    const v2 = structuredClone(v1);
    v2.version = 2;
    v2.discipline.bandGroups[0]!.bands[1]!.percent = 1.25;
    v2.discipline.bandGroups[0]!.bands.reverse(); // order alone is no change
    v2.modifiers.hukdis.push({ id: 'berat', name: 'berat', percent: 100 });
    v2.modifiers.plt = null;
    v2.modifiers.nonTpp[0]!.types = ['cuti_besar', 'tugas_belajar'];
    expect(formatTppRuleChanges(diffTppRuleSets(v1, v2)).split('\n')).toEqual([
      '/version: 1 → 2',
      '/discipline/bandGroups/tl/bands/TL2/percent: 1 → 1.25',
      '/modifiers/plt: {"mode":"add_percent","percent":20,"source":"asumsi"} → null',
      '/modifiers/nonTpp/0/types: ["cuti_besar","tugas_belajar","cltn"] → ["cuti_besar","tugas_belajar"]',
      '/modifiers/hukdis/berat: ditambah {"id":"berat","name":"berat","percent":100}',
    ]);
  });
});
