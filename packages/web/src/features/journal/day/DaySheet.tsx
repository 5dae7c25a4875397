/** The entry sheet over the day page: its code is a lazy chunk, fetched ahead while the user reads the day. */
import { lazy, Suspense } from 'react';
import { ApiError } from '../../../api/client';
import type { Day, JournalContext } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { ErrorBox, LoadBoundary, Loading } from '../../../components/ui';
import { useI18n } from '../../../i18n';

export const sheetChunk = () => import('../sheet/EntrySheet');
const EntrySheet = lazy(sheetChunk);

export function DaySheet({
  date,
  day,
  entryId,
  ctx,
  onClose,
  onDone,
}: {
  date: string;
  day: Day | null;
  entryId: string | undefined;
  ctx: JournalContext;
  onClose: () => void;
  onDone: (day: Day | null, message: string) => void;
}) {
  return (
    <LoadBoundary fallback={(retry) => <ErrorBox error={new ApiError('NETWORK', '', 0)} onRetry={retry} />}>
      <Suspense fallback={<SheetLoading onClose={onClose} />}>
        <EntrySheet key={entryId ?? 'new'} date={date} day={day} entryId={entryId} ctx={ctx} onClose={onClose} onDone={onDone} />
      </Suspense>
    </LoadBoundary>
  );
}

function SheetLoading({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="sheet" role="dialog" aria-modal="true" aria-label={t.app.loading}>
      <div className="sheet__bar">
        <button type="button" className="btn btn--ghost sheet__close" onClick={onClose}>
          <Icon name="back" /> {t.sheet.cancel}
        </button>
      </div>
      <div className="sheet__body">
        <Loading />
      </div>
    </div>
  );
}
