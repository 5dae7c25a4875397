/** The sheet's actions: deleting the entry (asked twice) and the footer with the form's error and Save. */
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n';

type Busy = null | 'waiting' | 'saving' | 'deleting';

export function DeleteBox({
  busy,
  confirmDelete,
  setConfirmDelete,
  remove,
}: {
  busy: Busy;
  confirmDelete: boolean;
  setConfirmDelete: (on: boolean) => void;
  remove: () => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <div className="deletebox">
      {!confirmDelete ? (
        <button type="button" className="btn btn--ghost btn--block btn--danger-ghost" onClick={() => setConfirmDelete(true)} disabled={busy !== null} data-testid="entry-delete">
          <Icon name="trash" /> {t.sheet.delete}
        </button>
      ) : (
        <div className="stack" role="group" aria-label={t.sheet.delete}>
          <p>{t.sheet.deleteConfirm}</p>
          <button type="button" className="btn btn--danger btn--block" disabled={busy !== null} onClick={() => void remove()} data-testid="entry-delete-yes">
            {busy === 'deleting' ? t.sheet.deleting : t.sheet.deleteYes}
          </button>
          <button type="button" className="btn btn--ghost btn--block" disabled={busy !== null} onClick={() => setConfirmDelete(false)}>
            {t.sheet.deleteNo}
          </button>
        </div>
      )}
    </div>
  );
}

export function SaveBar({ busy, error }: { busy: Busy; error: string | undefined }) {
  const { t } = useI18n();
  return (
    <div className="sheet__foot">
      <div className="form-error-slot" id="entry-error-form">
        {error && (
          <p className="form-error" role="alert" data-testid="entry-error">
            <Icon name="alert" size={20} /> <span>{error}</span>
          </p>
        )}
      </div>
      <button type="submit" form="entry-form" className="btn btn--primary btn--big btn--block" disabled={busy !== null} data-testid="entry-save">
        <Icon name="check" /> {busy === 'waiting' ? t.sheet.waitUploads : busy === 'saving' ? t.sheet.saving : t.sheet.save}
      </button>
    </div>
  );
}
