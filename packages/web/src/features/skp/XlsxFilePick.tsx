/** The file picker of the SKP's Excel imports (one SKP's RHK, many employees' RHK): a 48 px label over a hidden input. */
import { Icon } from '../../components/Icon';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function XlsxFilePick({ id, file, disabled, error, pick, pickAgain, onPick }: { id: string; file: File | null; disabled: boolean; error: string | null; pick: string; pickAgain: string; onPick: (f: File | null) => void }) {
  return (
    <div className="filepick">
      <input
        id={id}
        className="filepick__input"
        type="file"
        accept={XLSX}
        disabled={disabled}
        onChange={(e) => {
          onPick(e.target.files?.[0] ?? null);
          // The same file chosen again (after fixing it in Excel) must still fire a change.
          e.target.value = '';
        }}
        data-testid={`${id}`}
      />
      <label htmlFor={id} className="btn btn--primary btn--block btn--big filepick__label">
        <Icon name="upload" /> {file ? pickAgain : pick}
      </label>
      {file && (
        <p className="filepick__name" data-testid={`${id}-name`}>
          <strong>{file.name}</strong>
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
    </div>
  );
}
