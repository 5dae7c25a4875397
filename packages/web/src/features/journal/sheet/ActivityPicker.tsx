/**
 * Step one of the sheet: find an activity. Results are drawn as the user types; without a query,
 * favourites, recently used and the position's usual activities.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Activity } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { useSession } from '../../../session';
import { loadFavourites, useFavourites } from '../store';
import { PERF, useRecent, useSearchIndex, type Dictionary } from './dictionary';
import { OptionList } from './OptionList';

const RESULT_LIMIT = 30;
/** Results drawn at first; the rest behind "Tampilkan lagi". */
const SHOWN_RESULTS = 8;

export function ActivityPicker({ dict, onPick }: { dict: Dictionary; onPick: (a: Activity) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [query, setQuery] = useState('');
  const [more, setMore] = useState(false);
  const favs = useFavourites();
  const recent = useRecent();
  const search = useSearchIndex(dict.items);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const positionKind = me.position?.kind;

  useEffect(() => {
    void loadFavourites().catch(() => {});
    inputRef.current?.focus({ preventScroll: true });
  }, []);

  // Results are drawn in the key's own event. Measured with the Event Timing API, neither
  // useDeferredValue nor drawing them in the next animation frame reached the screen sooner.
  const typed = query.trim() !== '';
  const results = useMemo(() => {
    if (!typed || !search) return null;
    const t0 = PERF ? performance.now() : 0;
    const found = search.search(query, { favourites: favs, recent, ...(positionKind ? { positionKind } : {}) }, RESULT_LIMIT) as Activity[];
    if (PERF) performance.measure('search-query', { start: t0, end: performance.now() });
    return found;
  }, [typed, search, query, favs, recent, positionKind]);

  // Without a query: favourites, then recently used, then general and position entries (no index needed).
  // They stay mounted (hidden) while the user types, so the first key and clearing the box do not
  // throw away and rebuild two dozen rows.
  const sections = useMemo(() => {
    const seen = new Set<string>();
    const take = (list: (Activity | undefined)[], max: number) => {
      const out: Activity[] = [];
      for (const a of list) {
        if (!a || seen.has(a.code) || out.length >= max) continue;
        seen.add(a.code);
        out.push(a);
      }
      return out;
    };
    const favourites = take([...favs].map((c) => dict.byCode.get(c)), 50);
    const recents = take(
      [...recent].sort((a, b) => b[1] - a[1]).map(([c]) => dict.byCode.get(c)),
      8,
    );
    const mine = positionKind ? dict.items.filter((a) => a.positionKinds.includes(positionKind)) : [];
    const general = dict.items.filter((a) => a.positionKinds.length === 0);
    const forYou = take([...mine, ...general], 15);
    return { favourites, recents, forYou };
  }, [favs, recent, dict, positionKind]);

  // ?perf: a mark per keystroke, measured once the results are on screen.
  useEffect(() => {
    if (!PERF || !typed) return;
    requestAnimationFrame(() => setTimeout(() => performance.measure('search-keystroke', 'search-input')));
  }, [results, typed]);

  return (
    <div className="picker">
      <div className="picker__search">
        <label htmlFor="activity-search" className="field__label">
          {t.sheet.search}
        </label>
        <p id={hintId} className="field__hint">
          {t.sheet.searchHint}
        </p>
        <div className="field__control">
          <input
            ref={inputRef}
            id="activity-search"
            type="search"
            value={query}
            placeholder={t.sheet.searchPlaceholder}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby={hintId}
            aria-controls="activity-results"
            onChange={(e) => {
              if (PERF) performance.mark('search-input');
              setQuery(e.target.value);
              setMore(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && results?.[0]) {
                e.preventDefault();
                onPick(results[0]);
              }
            }}
            data-testid="activity-search"
          />
          {query && (
            <button
              type="button"
              className="btn btn--addon"
              aria-label={t.sheet.clearSearch}
              onClick={() => {
                setQuery('');
                setMore(false);
                inputRef.current?.focus();
              }}
            >
              <Icon name="x" /> <span>{t.sheet.clear}</span>
            </button>
          )}
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {results ? t.sheet.results(results.length) : ''}
      </p>
      <div id="activity-results" className="picker__results" hidden={!typed} data-testid="activity-results" data-query={typed && results ? query : ''}>
        {typed && !search && <Loading label={t.sheet.loadingList} />}
        {results &&
          (results.length === 0 ? (
            <p className="empty">{t.sheet.noResults}</p>
          ) : (
            <OptionList items={results} favs={favs} onPick={onPick} initial={more ? RESULT_LIMIT : SHOWN_RESULTS} onMore={() => setMore(true)} />
          ))}
      </div>
      <div className="picker__sections" hidden={typed}>
        {sections.favourites.length > 0 && (
          <PickerSection title={t.sheet.favourites} icon="star" items={sections.favourites} favs={favs} onPick={onPick} testId="picker-favourites" />
        )}
        {sections.recents.length > 0 && <PickerSection title={t.sheet.recent} icon="clock" items={sections.recents} favs={favs} onPick={onPick} testId="picker-recent" />}
        <PickerSection title={t.sheet.forYou} icon="journal" items={sections.forYou} favs={favs} onPick={onPick} testId="picker-general" />
      </div>
    </div>
  );
}

function PickerSection({
  title,
  icon,
  items,
  favs,
  onPick,
  testId,
}: {
  title: string;
  icon: 'star' | 'clock' | 'journal';
  items: Activity[];
  favs: ReadonlySet<string>;
  onPick: (a: Activity) => void;
  testId: string;
}) {
  return (
    <section className="picker__section" data-testid={testId}>
      <h2 className="picker__heading">
        <Icon name={icon} filled={icon === 'star'} /> {title}
      </h2>
      <OptionList items={items} favs={favs} onPick={onPick} />
    </section>
  );
}
