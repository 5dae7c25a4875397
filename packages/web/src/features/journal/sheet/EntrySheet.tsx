/**
 * The add/edit sheet of the journal (a lazy chunk, with the activity search index): pick an activity,
 * check the times and amount, add evidence, save. Full screen on a phone; a panel on a wide screen.
 */
import type { ReactNode } from 'react';
import type { Day, Entry, JournalContext } from '../../../api/journal';
import { Loading, Notice } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { EntryDetails } from './EntryDetails';
import { EntryForm } from './EntryForm';
import { SheetFrame } from './SheetFrame';
import type { OnDone } from './useEntrySave';
import './sheet.css';

interface Props {
  date: string;
  day: Day | null;
  entryId?: string | undefined;
  ctx: JournalContext;
  onClose: () => void;
  onDone: OnDone;
}

const isEditable = (e: Entry) => e.status === 'draft' || e.status === 'returned';

export default function EntrySheet({ date, day, entryId, ctx, onClose, onDone }: Props) {
  const { t } = useI18n();
  const entry = entryId ? day?.entries?.find((e) => e.id === entryId) : undefined;
  const canChange = !!day && day.windowOpen && (!entry || isEditable(entry));
  const title = !entryId ? t.sheet.addTitle : entry && canChange ? t.sheet.editTitle : t.sheet.viewTitle;

  let body: ReactNode;
  if (!day) body = <Loading />;
  else if (entryId && !entry) body = <Notice kind="warn">{t.sheet.notFound}</Notice>;
  else if (entry && !canChange) body = <EntryDetails entry={entry} day={day} rhkText={ctx.rhk?.find((r) => r.id === entry.rhkId)?.text} />;
  else if (!day.windowOpen) body = <Notice kind="warn">{date > ctx.today ? t.journal.future : t.journal.closed('')}</Notice>;
  else body = <EntryForm date={date} day={day} entry={entry} ctx={ctx} onDone={onDone} />;

  return (
    <SheetFrame title={title} onClose={onClose} closeLabel={canChange ? t.sheet.cancel : t.sheet.close}>
      {body}
    </SheetFrame>
  );
}
