/**
 * Names and units in Indonesian order. One collator for the process, made on first use:
 * `a.localeCompare(b, 'id')` builds one per call, about ten times slower (737 names took 127 ms to
 * sort instead of 12 ms).
 */
let indonesian: Intl.Collator | undefined;

export function compareText(a: string, b: string): number {
  indonesian ??= new Intl.Collator('id');
  return indonesian.compare(a, b);
}
