import { memo, useState } from 'react';
import type { Activity } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { ErrorBox } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { toggleFavourite } from '../store';

/** A list of activities to pick from, each with its favourite star; long lists end in "Tampilkan lagi". */
export function OptionList({
  items,
  favs,
  onPick,
  initial = items.length,
  onMore,
}: {
  items: Activity[];
  favs: ReadonlySet<string>;
  onPick: (a: Activity) => void;
  initial?: number;
  onMore?: () => void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  // A phone shows three or four options at a time: drawing 30 on every keystroke costs more than the search.
  const shown = items.slice(0, initial);
  return (
    <>
      {error != null && <ErrorBox error={error} />}
      <ul className="plain-list options">
        {/* Keyed by place, not by code: as the user types, a row's text changes in place instead of
            a new row (two buttons and an icon) being built for each result that moved. */}
        {shown.map((a, i) => (
          <OptionRow key={i} a={a} fav={favs.has(a.code)} onPick={onPick} onError={setError} />
        ))}
      </ul>
      {shown.length < items.length && onMore && (
        <button type="button" className="btn btn--ghost btn--block" onClick={onMore} data-testid="activity-more">
          {t.sheet.showMore(items.length - shown.length)}
        </button>
      )}
    </>
  );
}

/** One result; unchanged rows are not drawn again while the user types. */
const OptionRow = memo(function OptionRow({
  a,
  fav,
  onPick,
  onError,
}: {
  a: Activity;
  fav: boolean;
  onPick: (a: Activity) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  return (
    <li className="option">
      <button type="button" className="option__pick" onClick={() => onPick(a)} data-testid="activity-option" data-code={a.code}>
        <span className="option__name">{a.name}</span>
        <span className="option__meta">
          <strong>{t.sheet.perUnit(a.standardMinutes, a.unit)}</strong> · <span className="code">{a.code}</span>
        </span>
      </button>
      <button
        type="button"
        className={`option__fav${fav ? ' is-on' : ''}`}
        aria-pressed={fav}
        aria-label={fav ? t.sheet.favOn(a.name) : t.sheet.favOff(a.name)}
        title={fav ? t.sheet.favIs : t.sheet.favMake}
        onClick={() => {
          onError(null);
          toggleFavourite(a.code).catch((e: unknown) => onError(e));
        }}
        data-testid="activity-fav"
      >
        <Icon name="star" size={30} filled={fav} />
      </button>
    </li>
  );
});
