/**
 * The rule sets Kinerja ships (docs/tpp.md): a Kalbar-like default and the Tulang Bawang and TTU
 * tables of DOMAIN.md §3. Raw JSON: read them with parseTppRuleSet like any imported file.
 */
import kalbarDefault from './rule-sets/kalbar-default.json' with { type: 'json' };
import tulangBawang from './rule-sets/tulang-bawang.json' with { type: 'json' };
import timorTengahUtara from './rule-sets/timor-tengah-utara.json' with { type: 'json' };

export const SHIPPED_TPP_RULE_SETS = {
  'kalbar-default': kalbarDefault as unknown,
  'tulang-bawang': tulangBawang as unknown,
  'timor-tengah-utara': timorTengahUtara as unknown,
} as const;

export type ShippedTppRuleSetName = keyof typeof SHIPPED_TPP_RULE_SETS;
