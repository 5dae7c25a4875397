/**
 * The supervisor's decision on one of my entries, as the employee reads it: what was decided, by whom
 * and when, and the reason (rejected) or what to fix (returned). Spans only: it sits inside the day
 * view's entry link as well as in the entry sheet.
 */
import type { EntryStatus } from '../../api/journal';
import type { EntryDecision } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { shownText } from '../../format';
import { useI18n, type Dict } from '../../i18n';

const instantFormats = new Map<string, Intl.DateTimeFormat>();
/** "24 Nov 2026 10.05" on this device's clock. */
export function shortInstant(iso: string, locale: string): string {
  let f = instantFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    instantFormats.set(locale, f);
  }
  return f.format(new Date(iso)).replace(',', '');
}

/** "Ditolak oleh Budi (Plt), 24 Nov 2026 10.05" or "Disetujui otomatis oleh sistem, …". */
export function decidedByText(d: EntryDecision, t: Dict): string {
  const label = t.decision.label[d.decision];
  const when = shortInstant(d.decidedAt, t.locale);
  return d.decidedBy ? t.decision.by(label, `${d.decidedBy.name}${t.decision.asActing[d.capacity]}`, when) : t.decision.automatic(label, when);
}

export function DecisionNote({ entry }: { entry: { status: EntryStatus; decision?: EntryDecision | null | undefined } }) {
  const { t } = useI18n();
  const d = entry.decision ?? null;
  // A resubmitted entry still carries the decision before it; the employee's concern is the new one.
  if (entry.status !== 'returned' && entry.status !== 'rejected' && entry.status !== 'approved') return null;
  const current = d && d.decision === entry.status ? d : null;
  const kind = entry.status;
  const hint = kind === 'returned' ? t.journal.returnedHint : kind === 'rejected' ? t.journal.rejectedHint : null;
  const noteLabel = kind === 'rejected' ? t.decision.reason : t.decision.note;
  const note = shownText(current?.note ?? '') || (current?.autoReason ? t.decision.autoReason[current.autoReason] : '');
  return (
    <span
      className={`entry__note entry__note--${kind}`}
      data-testid={kind === 'returned' ? 'entry-returned' : 'entry-decision'}
      data-decision={kind}
    >
      <Icon name={kind === 'approved' ? 'check' : kind === 'rejected' ? 'x' : 'alert'} size={20} />
      <span>
        {hint}
        {current && (
          <>
            {hint && <br />}
            <span data-testid="entry-decision-by">{decidedByText(current, t)}</span>
          </>
        )}
        {note && (
          <>
            <br />
            <strong>{noteLabel}:</strong> <span data-testid="entry-decision-note">{note}</span>
          </>
        )}
      </span>
    </span>
  );
}
