/** The form's own fields: start and end time, the amount with its steppers, the description. */
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n';
import { DESCRIPTION_MAX } from './entryForm';

export function TimeFields({
  ids,
  start,
  end,
  error,
  onStart,
  onEnd,
}: {
  ids: { start: string; end: string };
  start: string;
  end: string;
  error: string | undefined;
  onStart: (value: string) => void;
  onEnd: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <fieldset className={`timerow${error ? ' field--invalid' : ''}`} aria-describedby={error ? 'entry-error-time' : undefined}>
        <div className="timerow__field">
          <label htmlFor={ids.start} className="field__label">
            {t.sheet.start}
          </label>
          <input id={ids.start} type="time" step={60} value={start} onChange={(e) => onStart(e.target.value)} aria-invalid={error ? true : undefined} data-testid="entry-start" />
        </div>
        <div className="timerow__field">
          <label htmlFor={ids.end} className="field__label">
            {t.sheet.end}
          </label>
          <input
            id={ids.end}
            type="time"
            step={60}
            value={end}
            onChange={(e) => onEnd(e.target.value)}
            aria-invalid={error ? true : undefined}
            data-testid="entry-end"
          />
        </div>
      </fieldset>
      {error && (
        <p className="field__error" id="entry-error-time" data-testid="entry-error-time" role="alert">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
    </>
  );
}

export function VolumeField({
  id,
  unit,
  volume,
  text,
  error,
  onChange,
  onStep,
}: {
  id: string;
  unit: string;
  volume: number;
  text: string;
  error: string | undefined;
  onChange: (text: string) => void;
  onStep: (by: number) => void;
}) {
  const { t } = useI18n();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {t.sheet.volume} ({unit})
      </label>
      <div className="stepper">
        <button type="button" className="btn btn--secondary stepper__btn" aria-label={t.sheet.less} title={t.sheet.less} disabled={!(volume > 1)} onClick={() => onStep(-1)} data-testid="volume-minus">
          <Icon name="minus" size={30} />
        </button>
        <input
          id={id}
          className="stepper__input"
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'entry-error-volume' : undefined}
          data-testid="entry-volume"
        />
        <button type="button" className="btn btn--secondary stepper__btn" aria-label={t.sheet.more} title={t.sheet.more} onClick={() => onStep(1)} data-testid="volume-plus">
          <Icon name="plus" size={30} />
        </button>
      </div>
      {error && (
        <p className="field__error" id="entry-error-volume" data-testid="entry-error-volume" role="alert">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
    </div>
  );
}

export function DescriptionField({ id, value, error, onChange }: { id: string; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {t.sheet.description}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t.sheet.descriptionHint}
      </p>
      <textarea
        id={id}
        rows={3}
        maxLength={DESCRIPTION_MAX}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
        data-testid="entry-description"
      />
      {value.length > DESCRIPTION_MAX - 200 && <p className="field__hint">{t.sheet.descriptionCount(value.length, DESCRIPTION_MAX)}</p>}
      {error && (
        <p className="field__error" id="entry-error-description" data-testid="entry-error-description">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
    </div>
  );
}
