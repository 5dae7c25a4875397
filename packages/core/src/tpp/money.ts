/**
 * Rupiah arithmetic for TPP: integers only. A percentage (1.25 = 1,25 %) becomes hundredths of a
 * percent (125), so "1,25 % of Rp 2.340.000" is 2_340_000 × 125 / 10_000 computed in integers and
 * rounded once, as the Perkada says ('half_up' or 'down'). Amounts stay far below 2^53 / 10^4.
 */

export type LineRounding = 'half_up' | 'down';

/** Hundredths of a percent; the schema allows at most two decimals. */
export function basisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** Integer division of a non-negative numerator, rounded as asked. */
export function divRound(numerator: number, denominator: number, mode: LineRounding): number {
  if (numerator < 0) return -divRound(-numerator, denominator, mode);
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return mode === 'half_up' && r * 2 >= denominator ? q + 1 : q;
}

/** percent % of amount, in whole rupiah. */
export function percentOf(amount: number, percent: number, mode: LineRounding): number {
  return divRound(amount * basisPoints(percent), 10_000, mode);
}

/** amount × numerator / denominator (a fraction such as minutes over target), in whole rupiah. */
export function fractionOf(amount: number, numerator: number, denominator: number, mode: LineRounding): number {
  if (denominator <= 0) return 0;
  if (amount * numerator <= Number.MAX_SAFE_INTEGER) return divRound(amount * numerator, denominator, mode);
  // BigInt only when amount × minutes passes 2^53 (a large ceiling and a long month).
  const n = BigInt(amount) * BigInt(numerator);
  const d = BigInt(denominator);
  let q = n / d;
  const r = n - q * d;
  if (mode === 'half_up' && r * 2n >= d) q += 1n;
  return Number(q);
}

/**
 * Splits `total` over `weights` (e.g. component shares) so the parts add up to `total` exactly:
 * each part is rounded down, and the rupiah left go to the largest remainders (ties: first listed).
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  if (total * sum > Number.MAX_SAFE_INTEGER) throw new RangeError('jumlah terlalu besar untuk dibagi');
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  if (left > 0) {
    const order = weights.map((w, i) => ({ i, r: (total * w) % sum })).sort((a, b) => b.r - a.r || a.i - b.i);
    for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k]!.i]! += 1;
  }
  return parts;
}

function thousands(n: number): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += '.';
    out += s[i];
  }
  return out;
}

/** "Rp 23.400", "−Rp 23.400" (Indonesian grouping, a real minus sign). */
export function formatRupiah(amount: number, signed = false): string {
  const sign = amount < 0 ? '−' : signed && amount > 0 ? '+' : '';
  return `${sign}Rp ${thousands(Math.abs(amount))}`;
}

/** "1,25 %", "80 %". */
export function formatPercent(percent: number): string {
  const s = (Math.round(percent * 100) / 100).toString().replace('.', ',');
  return `${s} %`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "12 Nov" for 2026-11-12. */
export function formatDay(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${Number(date.slice(8, 10))} ${MONTHS[m - 1] ?? '?'}`;
}
