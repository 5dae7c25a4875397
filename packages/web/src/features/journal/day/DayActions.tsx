/** The day's actions while it is open: add an activity, copy the last working day, routine sets. */
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n';
import { href } from '../../../router';
import { openSheet } from '../links';
import { sheetChunk } from './DaySheet';

export function DayActions({
  date,
  busy,
  setsOpen,
  onCopy,
  onToggleSets,
}: {
  date: string;
  busy: null | 'copy' | 'submit';
  setsOpen: boolean;
  onCopy: () => void;
  onToggleSets: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="dayactions">
      <button
        type="button"
        className="btn btn--primary btn--big btn--block"
        onClick={() => openSheet(href(['jurnal', date, 'tambah']))}
        onPointerEnter={() => void sheetChunk().catch(() => {})}
        data-testid="add-entry"
      >
        <Icon name="plus" size={28} /> {t.journal.add}
      </button>
      <div className="dayactions__row">
        <button type="button" className="btn btn--secondary" disabled={busy !== null} onClick={onCopy} data-testid="copy-yesterday">
          <Icon name="copy" /> {busy === 'copy' ? t.journal.copying : t.journal.copyYesterday}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          aria-expanded={setsOpen}
          aria-controls="sets-panel"
          onClick={onToggleSets}
          data-testid="apply-set"
        >
          <Icon name="repeat" /> {t.journal.sets.open}
        </button>
      </div>
    </div>
  );
}
