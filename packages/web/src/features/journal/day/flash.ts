/** A message shown on the day page (and in the routine sets panel) after an action. */
export interface Flash {
  kind: 'ok' | 'info' | 'warn' | 'error';
  text: string;
  lines?: string[];
  /** "… sent automatically when there is internet": gone once the connection is back. */
  untilOnline?: boolean;
}
