/** The chosen activity at the top of the form, with "Ganti" (back to the picker) and the favourite toggle. */
import type { RefObject } from 'react';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n';
import { toggleFavourite } from '../store';
import type { Picked } from './entryForm';

export function ChosenActivity({
  activity,
  fav,
  error,
  nameRef,
  onChange,
}: {
  activity: Picked;
  fav: boolean;
  error: string | undefined;
  nameRef: RefObject<HTMLParagraphElement | null>;
  onChange: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className={`chosen${error ? ' chosen--invalid' : ''}`} aria-label={t.sheet.activity} data-testid="entry-activity" data-code={activity.code}>
      <p className="chosen__label">{t.sheet.activity}</p>
      <p className="chosen__name" ref={nameRef} tabIndex={-1}>
        {activity.name}
      </p>
      <p className="chosen__meta">
        {t.sheet.perUnit(activity.standardMinutes, activity.unit)} · <span className="code">{activity.code}</span>
      </p>
      {error && (
        <p className="field__error" id="entry-error-activity" data-testid="entry-error-activity">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
      <div className="chosen__actions">
        <button type="button" className="btn btn--secondary" onClick={onChange} aria-label={t.sheet.changeLabel} data-testid="entry-change">
          <Icon name="search" /> {t.sheet.change}
        </button>
        <button
          type="button"
          className={`btn btn--secondary favtoggle${fav ? ' is-on' : ''}`}
          aria-pressed={fav}
          onClick={() => void toggleFavourite(activity.code).catch(() => {})}
          data-testid="entry-fav"
        >
          <Icon name="star" filled={fav} /> {fav ? t.sheet.favIs : t.sheet.favMake}
        </button>
      </div>
    </section>
  );
}
