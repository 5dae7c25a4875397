/**
 * The add/edit sheet of the journal (a lazy chunk, with the activity search index): pick an activity,
 * check the times and amount, add evidence, save. Full screen on a phone; a panel on a wide screen.
 */
import { createActivitySearch, creditedMinutes, type ActivitySearch } from '@kinerja/core';

import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { evidenceUrl, journalApi, type Activity, type Day, type Entry, type JournalContext } from '../../api/journal';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice } from '../../components/ui';
import { errorText } from '../../errors';
import { shownName, shownText } from '../../format';
import { useI18n, type Dict, type Lang } from '../../i18n';
import { useSession } from '../../session';
import { formatHm, parseHm, showHm } from '../../lib/dates';
import { PrepareError, prepareEvidence } from './evidence';
import { EntryStatusChip, formatVolume } from './parts';
import { loadDictionary, loadFavourites, toggleFavourite, useFavourites } from './store';
import { uuidv7 } from '../../lib/uuid';
import { DecisionNote } from './DecisionNote';
import { HistoryLink } from '../../validation/HistoryLink';
import { withCache, isOfflineError } from '../offline/cache';
import { saveBlob } from '../offline/outbox';
import { uploadFile } from '../offline/upload';
import { queueDelete, queueEntryPut } from '../offline/queue';
import { discard, sendNow } from '../offline/engine';
import { offlineText } from '../offline/i18n';

const DEFAULT_START = '07:30';
const MAX_EVIDENCE = 5;
const DESCRIPTION_MAX = 2000;
const RESULT_LIMIT = 30;
/** Results drawn at first; the rest behind "Tampilkan lagi". */
const SHOWN_RESULTS = 8;
const PERF = typeof location !== 'undefined' && new URLSearchParams(location.search).has('perf');

interface Props {
  date: string;
  day: Day | null;
  entryId?: string | undefined;
  ctx: JournalContext;
  onClose: () => void;
  onDone: (day: Day | null, message: string) => void;
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
  else if (entry && !canChange) body = <EntryDetails entry={entry} day={day} />;
  else if (!day.windowOpen) body = <Notice kind="warn">{date > ctx.today ? t.journal.future : t.journal.closed('')}</Notice>;
  else body = <EntryForm date={date} day={day} entry={entry} ctx={ctx} onDone={onDone} />;

  return (
    <SheetFrame title={title} onClose={onClose} closeLabel={canChange ? t.sheet.cancel : t.sheet.close}>
      {body}
    </SheetFrame>
  );
}

function SheetFrame({ title, onClose, closeLabel, children }: { title: string; onClose: () => void; closeLabel: string; children: ReactNode }) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The page below neither scrolls nor takes focus while the sheet is open (inert); focus returns to
    // where it was when the sheet closes.
    const before = document.activeElement as HTMLElement | null;
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    const sheet = ref.current;
    const behind = [
      ...Array.from(sheet?.parentElement?.children ?? []).filter((el) => el !== sheet),
      ...Array.from(document.querySelectorAll('.topbar, .bottomnav, .skiplink')),
    ].filter((el): el is HTMLElement => el instanceof HTMLElement && !el.inert);
    for (const el of behind) el.inert = true;
    const id = requestAnimationFrame(() => {
      if (!sheet?.contains(document.activeElement)) titleRef.current?.focus({ preventScroll: true });
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(id);
      root.style.overflow = overflow;
      for (const el of behind) el.inert = false;
      document.removeEventListener('keydown', onKey);
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [onClose]);
  return (
    <div className="sheet" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={ref} data-testid="entry-sheet">
      <div className="sheet__bar">
        <button type="button" className="btn btn--ghost sheet__close" onClick={onClose} data-testid="sheet-close">
          <Icon name="back" /> {closeLabel}
        </button>
        <h1 id={titleId} ref={titleRef} className="sheet__title" tabIndex={-1}>
          {title}
        </h1>
      </div>
      {children}
    </div>
  );
}

// ---------- dictionary and search index (kept for the session) ----------

interface Dictionary {
  items: Activity[];
  byCode: Map<string, Activity>;
}
let dictionaryCache: Dictionary | null = null;
let indexCache: { items: Activity[]; search: ActivitySearch } | null = null;

function useDictionary(): { dict?: Dictionary; error?: unknown; retry: () => void } {
  const [state, setState] = useState<{ dict?: Dictionary; error?: unknown }>(() => (dictionaryCache ? { dict: dictionaryCache } : {}));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadDictionary().then(
      (r) => {
        if (!dictionaryCache || dictionaryCache.items !== r.items) dictionaryCache = { items: r.items, byCode: new Map(r.items.map((a) => [a.code, a])) };
        if (live) setState({ dict: dictionaryCache });
      },
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

/** The search index, built once per session right after the sheet is first painted. */
function useSearchIndex(items: Activity[] | undefined): ActivitySearch | null {
  const cached = items && indexCache?.items === items ? indexCache.search : null;
  const [search, setSearch] = useState<ActivitySearch | null>(cached);
  useEffect(() => {
    if (!items) return;
    if (indexCache?.items === items) {
      setSearch(indexCache.search);
      return;
    }
    const id = setTimeout(() => {
      const t0 = performance.now();
      const s = createActivitySearch(items);
      if (PERF) performance.measure('search-index-build', { start: t0, end: performance.now() });
      indexCache = { items, search: s };
      setSearch(s);
    }, 0);
    return () => clearTimeout(id);
  }, [items]);
  return search;
}

function useRecent(): Map<string, number> {
  const [recent, setRecent] = useState<Map<string, number>>(() => new Map());
  useEffect(() => {
    const ctrl = new AbortController();
    withCache('recent', () => journalApi.recent(ctrl.signal)).then(
      (r) => setRecent(new Map(r.items.map((x) => [x.code, Date.parse(x.lastUsed)]))),
      () => {},
    );
    return () => ctrl.abort();
  }, []);
  return recent;
}

// ---------- picker ----------

interface Picked {
  code: string;
  name: string;
  unit: string;
  standardMinutes: number;
}

function ActivityPicker({ dict, onPick }: { dict: Dictionary; onPick: (a: Activity) => void }) {
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

function OptionList({
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

// ---------- form ----------

type FieldKey = 'activity' | 'time' | 'volume' | 'description' | 'form';
type Errors = Partial<Record<FieldKey, string>>;

interface NewEvidence {
  key: string;
  file: File;
  fileName: string;
  phase: 'preparing' | 'uploading' | 'uploaded' | 'failed' | 'attached';
  progress: number;
  sha256?: string;
  mediaType?: string;
  previewUrl?: string;
  error?: string;
}

function prepareMessage(err: unknown, t: Dict, lang: Lang): string {
  if (err instanceof PrepareError) return t.sheet[err.problem];
  return errorText(err, t, lang);
}

function addMinutes(start: string, minutes: number): string {
  const s = parseHm(start);
  return s === undefined ? '' : formatHm(Math.min(23 * 60 + 59, s + Math.round(minutes)));
}

function parseVolume(text: string): number {
  const v = Number(text.replace(',', '.').trim());
  return Number.isFinite(v) ? v : NaN;
}

/** The field a server answer is about, and the words to show there. */
function fieldOf(err: ApiError): FieldKey {
  if (err.code === 'OVERLAP') return 'time';
  if (err.code === 'UNKNOWN_ACTIVITY') return 'activity';
  const f = err.details[0]?.field;
  if (f === 'startTime' || f === 'endTime' || f === 'durationMinutes') return 'time';
  if (f === 'volume') return 'volume';
  if (f === 'activityCode') return 'activity';
  if (f === 'description') return 'description';
  return 'form';
}

function EntryForm({ date, day, entry, ctx, onDone }: { date: string; day: Day; entry: Entry | undefined; ctx: JournalContext; onDone: Props['onDone'] }) {
  const { t, lang } = useI18n();
  const { dict, error: dictError, retry: retryDict } = useDictionary();
  const favs = useFavourites();
  const [id] = useState(() => entry?.id ?? uuidv7());
  const [step, setStep] = useState<'pick' | 'form'>(entry ? 'form' : 'pick');
  const [activity, setActivity] = useState<Picked | null>(() =>
    entry
      ? {
          code: entry.activityCode,
          name: entry.activityName,
          unit: entry.activityUnit,
          standardMinutes: entry.volume > 0 ? Math.round(entry.creditedMinutes / entry.volume) : 0,
        }
      : null,
  );
  // Start where the day's last activity ended, or at the start of office hours.
  const defaultStart = useMemo(() => {
    let latest: number | undefined;
    for (const e of day.entries ?? []) {
      if (e.id === entry?.id || e.status === 'rejected') continue;
      const end = parseHm(e.endTime);
      if (end !== undefined && (latest === undefined || end > latest)) latest = end;
    }
    return latest !== undefined ? formatHm(latest) : DEFAULT_START;
  }, [day, entry]);
  const [start, setStart] = useState(entry ? (entry.startTime ?? '') : defaultStart);
  const [end, setEnd] = useState(entry?.endTime ?? '');
  const [endTouched, setEndTouched] = useState(false);
  const [volumeText, setVolumeText] = useState(entry ? String(entry.volume) : '1');
  const [description, setDescription] = useState(entry?.description ?? '');
  const [existing, setExisting] = useState(() => (entry?.evidence ?? []).map((e) => ({ ...e, remove: false })));
  const [added, setAdded] = useState<NewEvidence[]>([]);
  const uploads = useRef(new Map<string, Promise<boolean>>());
  const previews = useRef<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState<null | 'waiting' | 'saving' | 'deleting'>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | undefined>(entry?.version);
  const nameRef = useRef<HTMLParagraphElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const ids = { start: useId(), end: useId(), volume: useId(), description: useId(), time: useId() };

  // The dictionary knows the real standard minutes of an entry opened for editing.
  useEffect(() => {
    if (!dict || !activity) return;
    const a = dict.byCode.get(activity.code);
    if (a && a.standardMinutes !== activity.standardMinutes) setActivity({ code: a.code, name: a.name, unit: a.unit, standardMinutes: a.standardMinutes });
  }, [dict, activity]);

  // An entry opened for editing keeps its own end time unless it was the computed one.
  useEffect(() => {
    if (!entry || !activity) return;
    setEndTouched(entry.endTime !== addMinutes(entry.startTime ?? '', activity.standardMinutes * entry.volume));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => () => previews.current.forEach((u) => URL.revokeObjectURL(u)), []);

  const volume = parseVolume(volumeText);
  const computedEnd = (s: string, v: number, a: Picked | null) => (a && Number.isFinite(v) && v > 0 ? addMinutes(s, a.standardMinutes * v) : '');

  function pick(a: Activity) {
    const p = { code: a.code, name: a.name, unit: a.unit, standardMinutes: a.standardMinutes };
    setActivity(p);
    setErrors((e) => ({ ...e, activity: undefined }));
    const s = start || defaultStart;
    setStart(s);
    if (!endTouched) setEnd(computedEnd(s, volume, p));
    setStep('form');
    requestAnimationFrame(() => {
      bodyRef.current?.scrollTo(0, 0);
      nameRef.current?.focus({ preventScroll: true });
    });
  }

  function changeStart(s: string) {
    setStart(s);
    if (!endTouched) setEnd(computedEnd(s, volume, activity));
    setErrors((e) => ({ ...e, time: undefined }));
  }
  function changeVolume(text: string) {
    setVolumeText(text);
    const v = parseVolume(text);
    if (!endTouched) setEnd(computedEnd(start, v, activity));
    setErrors((e) => ({ ...e, volume: undefined }));
  }
  function step1(by: number) {
    const v = Number.isFinite(volume) ? volume : 1;
    const next = Math.min(1000, Math.max(1, Math.round((v + by) * 100) / 100));
    changeVolume(String(next));
  }

  const credited = useMemo(() => {
    if (!activity) return 0;
    const timing = {
      ...(start ? { startTime: start } : {}),
      ...(end ? { endTime: end } : {}),
      volume: Number.isFinite(volume) ? volume : 0,
    };
    return creditedMinutes(timing, ctx.settings, activity);
  }, [activity, start, end, volume, ctx.settings]);

  // ---------- evidence ----------

  const live = existing.filter((e) => !e.remove).length + added.filter((a) => a.phase !== 'failed').length;

  const update = useCallback((key: string, patch: Partial<NewEvidence>) => {
    setAdded((list) => list.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  }, []);

  const startUpload = useCallback(
    (key: string, file: File) => {
      const run = (async () => {
        update(key, { phase: 'preparing', progress: 0, error: undefined });
        let prepared;
        try {
          prepared = await prepareEvidence(file);
        } catch (err) {
          update(key, { phase: 'failed', error: prepareMessage(err, t, lang) });
          return false;
        }
        let previewUrl: string | undefined;
        if (prepared.mediaType === 'image/jpeg') {
          previewUrl = URL.createObjectURL(prepared.body);
          previews.current.push(previewUrl);
        }
        // The file is kept on the phone first (the outbox sends it if the upload below cannot).
        try {
          await saveBlob({ sha256: prepared.sha256, blob: prepared.body, mediaType: prepared.mediaType, fileName: prepared.fileName, uploaded: false });
        } catch (err) {
          update(key, { phase: 'failed', error: errorText(err, t, lang) });
          return false;
        }
        const ready = { sha256: prepared.sha256, mediaType: prepared.mediaType, fileName: prepared.fileName, ...(previewUrl ? { previewUrl } : {}) };
        if (!navigator.onLine) {
          update(key, { ...ready, phase: 'uploaded', progress: 0 });
          return true;
        }
        update(key, { ...ready, phase: 'uploading' });
        try {
          await uploadFile(prepared.sha256, (p) => update(key, { progress: p }));
          update(key, { phase: 'uploaded', progress: 1 });
          return true;
        } catch (err) {
          // No connection: it goes with the entry later. A refusal (type, size) is final.
          if (isOfflineError(err)) {
            update(key, { phase: 'uploaded', progress: 0 });
            return true;
          }
          update(key, { phase: 'failed', error: errorText(err, t, lang) });
          return false;
        }
      })();
      uploads.current.set(key, run);
    },
    [t, lang, update],
  );

  function addFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    const room = MAX_EVIDENCE - live;
    const list = [...files].slice(0, Math.max(0, room));
    setErrors((e) => ({ ...e, form: files.length > room ? t.sheet.tooMany : undefined }));
    const items: NewEvidence[] = list.map((file) => ({ key: uuidv7(), file, fileName: file.name, phase: 'preparing', progress: 0 }));
    setAdded((a) => [...a, ...items]);
    for (const it of items) startUpload(it.key, it.file);
  }

  // ---------- save / delete ----------

  async function save() {
    if (!activity) {
      setErrors({ activity: t.sheet.pickFirst });
      setStep('pick');
      return;
    }
    setErrors({});
    setBusy('waiting');
    const results = await Promise.all(added.filter((a) => a.phase !== 'attached').map((a) => uploads.current.get(a.key) ?? Promise.resolve(false)));
    if (results.some((ok) => !ok)) {
      setBusy(null);
      showFormError(t.sheet.uploadsFailed);
      return;
    }
    setBusy('saving');
    const files = added
      .filter((a) => a.phase !== 'failed' && a.sha256)
      .map((a) => ({ sha256: a.sha256!, fileName: a.fileName, mediaType: a.mediaType ?? 'image/jpeg' }));
    let outcome;
    let itemId = '';
    try {
      const item = await queueEntryPut({
        entryId: id,
        baseVersion: savedVersion !== undefined && savedVersion > 0 ? savedVersion : null,
        entry: {
          workDate: date,
          startTime: start || null,
          endTime: end || null,
          activityCode: activity.code,
          volume: Number.isFinite(volume) ? volume : 0,
          description: description.trim(),
          evidence: [...existing.filter((e) => !e.remove).map((e) => e.sha256), ...files.map((f) => f.sha256)],
        },
        files,
        display: { activityName: activity.name, activityUnit: activity.unit, creditedMinutes: credited, status: 'draft' },
      });
      itemId = item.itemId;
      outcome = await sendNow(item.itemId);
    } catch (err) {
      setBusy(null);
      showFormError(errorText(err, t, lang));
      return;
    }
    if (outcome.kind === 'attention' && outcome.result.status === 'rejected') {
      // The form still holds everything: show the server's words next to the field, queue nothing.
      await discard(itemId).catch(() => {});
      setBusy(null);
      const r = outcome.result;
      const err = new ApiError((r.code ?? 'UNKNOWN') as ApiError['code'], r.message ?? '', 422, r.details ?? []);
      const field = fieldOf(err);
      const text = fieldText(err, t, lang);
      if (field === 'form') showFormError(text);
      else setErrors({ [field]: text });
      if (field !== 'form') requestAnimationFrame(() => revealInSheet(document.getElementById(`entry-error-${field}`)));
      return;
    }
    if (outcome.kind === 'sent' && outcome.result.entry) setSavedVersion(outcome.result.entry.version);
    for (const a of added) if (a.phase === 'uploaded') update(a.key, { phase: 'attached' });
    setBusy(null);
    onDone(null, outcome.kind === 'sent' ? t.journal.saved : outcome.kind === 'queued' ? offlineText(lang).savedLocal : `${t.journal.saved} ${outcome.result.message ?? ''}`);
  }

  // The form-level error sits in the footer, right above the Save button: always in view.
  function showFormError(text: string) {
    setErrors((e) => ({ ...e, form: text }));
  }

  async function remove() {
    setBusy('deleting');
    try {
      const item = await queueDelete(id, date, savedVersion ?? 0);
      const out = item ? await sendNow(item.itemId) : null;
      if (item && out?.kind === 'attention') {
        await discard(item.itemId).catch(() => {});
        throw new ApiError((out.result.code ?? 'UNKNOWN') as ApiError['code'], out.result.message ?? '', 422);
      }
      onDone(null, !out || out.kind === 'sent' ? t.journal.deleted : offlineText(lang).deletedLocal);
    } catch (err) {
      setBusy(null);
      setConfirmDelete(false);
      showFormError(errorText(err, t, lang));
    }
  }

  // ---------- render ----------

  if (step === 'pick' || !activity) {
    return (
      <div className="sheet__body" ref={bodyRef}>
        {errors.activity && (
          <p className="field__error" id="entry-error-activity" data-testid="entry-error-activity">
            <Icon name="alert" size={20} /> {errors.activity}
          </p>
        )}
        {dictError != null && <ErrorBox error={dictError} onRetry={retryDict} />}
        {!dict && dictError == null && <Loading label={t.sheet.loadingList} />}
        {dict && <ActivityPicker dict={dict} onPick={pick} />}
        {activity && (
          <button type="button" className="btn btn--ghost btn--block" onClick={() => setStep('form')}>
            <Icon name="back" /> {t.app.back}
          </button>
        )}
      </div>
    );
  }

  const fav = favs.has(activity.code);
  return (
    <>
      <div className="sheet__body" ref={bodyRef}>
        <form
          className="entryform"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          id="entry-form"
        >
          {entry && entry.status === 'returned' && (
            <p className="sheet__decision">
              <DecisionNote entry={entry} />
              <HistoryLink entryId={entry.id} />
            </p>
          )}
          <section className={`chosen${errors.activity ? ' chosen--invalid' : ''}`} aria-label={t.sheet.activity} data-testid="entry-activity" data-code={activity.code}>
            <p className="chosen__label">{t.sheet.activity}</p>
            <p className="chosen__name" ref={nameRef} tabIndex={-1}>
              {activity.name}
            </p>
            <p className="chosen__meta">
              {t.sheet.perUnit(activity.standardMinutes, activity.unit)} · <span className="code">{activity.code}</span>
            </p>
            {errors.activity && (
              <p className="field__error" id="entry-error-activity" data-testid="entry-error-activity">
                <Icon name="alert" size={20} /> {errors.activity}
              </p>
            )}
            <div className="chosen__actions">
              <button type="button" className="btn btn--secondary" onClick={() => setStep('pick')} aria-label={t.sheet.changeLabel} data-testid="entry-change">
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

          <fieldset className={`timerow${errors.time ? ' field--invalid' : ''}`} aria-describedby={errors.time ? 'entry-error-time' : undefined}>
            <div className="timerow__field">
              <label htmlFor={ids.start} className="field__label">
                {t.sheet.start}
              </label>
              <input id={ids.start} type="time" step={60} value={start} onChange={(e) => changeStart(e.target.value)} aria-invalid={errors.time ? true : undefined} data-testid="entry-start" />
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
                onChange={(e) => {
                  setEnd(e.target.value);
                  setEndTouched(true);
                  setErrors((x) => ({ ...x, time: undefined }));
                }}
                aria-invalid={errors.time ? true : undefined}
                data-testid="entry-end"
              />
            </div>
          </fieldset>
          {errors.time && (
            <p className="field__error" id="entry-error-time" data-testid="entry-error-time" role="alert">
              <Icon name="alert" size={20} /> {errors.time}
            </p>
          )}

          <div className={`field${errors.volume ? ' field--invalid' : ''}`}>
            <label htmlFor={ids.volume} className="field__label">
              {t.sheet.volume} ({activity.unit})
            </label>
            <div className="stepper">
              <button type="button" className="btn btn--secondary stepper__btn" aria-label={t.sheet.less} title={t.sheet.less} disabled={!(volume > 1)} onClick={() => step1(-1)} data-testid="volume-minus">
                <Icon name="minus" size={30} />
              </button>
              <input
                id={ids.volume}
                className="stepper__input"
                type="text"
                inputMode="decimal"
                value={volumeText}
                onChange={(e) => changeVolume(e.target.value)}
                aria-invalid={errors.volume ? true : undefined}
                aria-describedby={errors.volume ? 'entry-error-volume' : undefined}
                data-testid="entry-volume"
              />
              <button type="button" className="btn btn--secondary stepper__btn" aria-label={t.sheet.more} title={t.sheet.more} onClick={() => step1(1)} data-testid="volume-plus">
                <Icon name="plus" size={30} />
              </button>
            </div>
            {errors.volume && (
              <p className="field__error" id="entry-error-volume" data-testid="entry-error-volume" role="alert">
                <Icon name="alert" size={20} /> {errors.volume}
              </p>
            )}
          </div>

          <p className="credited" aria-live="polite">
            {t.sheet.credited}: <strong data-testid="entry-credited">{t.sheet.creditedValue(credited)}</strong>
          </p>

          <div className={`field${errors.description ? ' field--invalid' : ''}`}>
            <label htmlFor={ids.description} className="field__label">
              {t.sheet.description}
            </label>
            <p className="field__hint" id={`${ids.description}-hint`}>
              {t.sheet.descriptionHint}
            </p>
            <textarea
              id={ids.description}
              rows={3}
              maxLength={DESCRIPTION_MAX}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              aria-describedby={`${ids.description}-hint`}
              data-testid="entry-description"
            />
            {description.length > DESCRIPTION_MAX - 200 && <p className="field__hint">{t.sheet.descriptionCount(description.length, DESCRIPTION_MAX)}</p>}
            {errors.description && (
              <p className="field__error" id="entry-error-description" data-testid="entry-error-description">
                <Icon name="alert" size={20} /> {errors.description}
              </p>
            )}
          </div>

          <section className="evidence" aria-labelledby="evidence-title">
            <h2 id="evidence-title" className="evidence__title">
              {t.sheet.evidence}
            </h2>
            <p className="field__hint">{t.sheet.evidenceHint}</p>
            {(existing.length > 0 || added.length > 0) && (
              <ul className="plain-list evlist" data-testid="evidence-list">
                {existing.map((e) => (
                  <li key={e.sha256} className={`evtile${e.remove ? ' is-removed' : ''}`} data-testid="evidence-item" data-phase={e.remove ? 'remove' : 'attached'}>
                    <a className="evtile__thumb" href={evidenceUrl(e.sha256)} target="_blank" rel="noreferrer" aria-label={t.sheet.openFile(shownName(e.fileName))}>
                      {e.mediaType === 'application/pdf' ? <span className="evtile__pdf">{t.sheet.pdf}</span> : <img src={evidenceUrl(e.sha256)} alt="" width={72} height={72} />}
                    </a>
                    <div className="evtile__body">
                      <span className="evtile__name">{shownName(e.fileName) || e.sha256.slice(0, 12)}</span>
                      <span className="evtile__state">{e.remove ? t.sheet.removeOnSave : t.sheet.attached}</span>
                      <button
                        type="button"
                        className="btn btn--ghost evtile__btn"
                        aria-label={e.remove ? undefined : t.sheet.removeEvidence(shownName(e.fileName))}
                        onClick={() => setExisting((l) => l.map((x) => (x.sha256 === e.sha256 ? { ...x, remove: !x.remove } : x)))}
                      >
                        {e.remove ? t.sheet.undoRemove : <><Icon name="trash" /> {t.sheet.remove}</>}
                      </button>
                    </div>
                  </li>
                ))}
                {added.map((a) => (
                  <li key={a.key} className={`evtile evtile--${a.phase}`} data-testid="evidence-item" data-phase={a.phase}>
                    <span className="evtile__thumb">
                      {a.previewUrl ? (
                        <img src={a.previewUrl} alt="" width={72} height={72} />
                      ) : a.mediaType === 'application/pdf' ? (
                        <span className="evtile__pdf">{t.sheet.pdf}</span>
                      ) : a.phase === 'failed' ? (
                        <Icon name="alert" />
                      ) : (
                        <span className="spinner" aria-hidden="true" />
                      )}
                    </span>
                    <div className="evtile__body">
                      <span className="evtile__name">{shownName(a.fileName)}</span>
                      <span className="evtile__state" aria-live="polite">
                        {a.phase === 'preparing'
                          ? t.sheet.shrinking
                          : a.phase === 'uploading'
                            ? t.sheet.uploading(Math.round(a.progress * 100))
                            : a.phase === 'uploaded'
                              ? t.sheet.attachOnSave
                              : a.phase === 'attached'
                                ? t.sheet.attached
                                : null}
                      </span>
                      {a.phase === 'uploading' && (
                        <div className="progress" aria-hidden="true">
                          <div className="progress__bar" style={{ width: `${Math.round(a.progress * 100)}%` }} />
                        </div>
                      )}
                      {a.phase === 'failed' && (
                        <p className="field__error" data-testid="evidence-error">
                          <Icon name="alert" size={20} /> {a.error}
                        </p>
                      )}
                      <div className="evtile__actions">
                        {a.phase === 'failed' && (
                          <button type="button" className="btn btn--secondary evtile__btn" onClick={() => startUpload(a.key, a.file)}>
                            {t.sheet.retryUpload}
                          </button>
                        )}
                        {a.phase !== 'attached' && (
                          <button
                            type="button"
                            className="btn btn--ghost evtile__btn"
                            aria-label={t.sheet.removeEvidence(shownName(a.fileName))}
                            onClick={() => {
                              uploads.current.delete(a.key);
                              setAdded((l) => l.filter((x) => x.key !== a.key));
                            }}
                          >
                            <Icon name="trash" /> {t.sheet.remove}
                          </button>
                        )}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {live < MAX_EVIDENCE && (
              <div className="evpick">
                <div className="filepick">
                  <input
                    id="evidence-camera"
                    className="filepick__input"
                    type="file"
                    accept="image/*"
                    capture="environment"
                    onChange={(e) => {
                      addFiles(e.target.files);
                      e.target.value = '';
                    }}
                    data-testid="evidence-camera"
                  />
                  <label htmlFor="evidence-camera" className="btn btn--secondary btn--block filepick__label">
                    <Icon name="camera" /> {t.sheet.takePhoto}
                  </label>
                </div>
                <div className="filepick">
                  <input
                    id="evidence-file"
                    className="filepick__input"
                    type="file"
                    accept="image/*,application/pdf"
                    multiple
                    onChange={(e) => {
                      addFiles(e.target.files);
                      e.target.value = '';
                    }}
                    data-testid="evidence-input"
                  />
                  <label htmlFor="evidence-file" className="btn btn--secondary btn--block filepick__label">
                    <Icon name="file" /> {t.sheet.pickFile}
                  </label>
                </div>
              </div>
            )}
          </section>

          {entry && (
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
          )}
        </form>
      </div>
      <div className="sheet__foot">
        <div className="form-error-slot" id="entry-error-form">
          {errors.form && (
            <p className="form-error" role="alert" data-testid="entry-error">
              <Icon name="alert" size={20} /> <span>{errors.form}</span>
            </p>
          )}
        </div>
        <button type="submit" form="entry-form" className="btn btn--primary btn--big btn--block" disabled={busy !== null} data-testid="entry-save">
          <Icon name="check" /> {busy === 'waiting' ? t.sheet.waitUploads : busy === 'saving' ? t.sheet.saving : t.sheet.save}
        </button>
      </div>
    </>
  );
}

/**
 * Scrolls the sheet (not the page under it, which scrollIntoView would also move) so the element
 * sits in its upper third.
 */
function revealInSheet(el: HTMLElement | null): void {
  const body = el?.closest<HTMLElement>('.sheet__body');
  if (!el || !body) return;
  const r = el.getBoundingClientRect();
  const b = body.getBoundingClientRect();
  if (r.top < b.top || r.bottom > b.bottom) body.scrollTop += r.top - b.top - b.height / 3;
}

/** In Indonesian the server's own words; in English a translation, except for validation details. */
function fieldText(err: ApiError, t: Dict, lang: Lang): string {
  if (lang === 'id') return err.message || err.details[0]?.message || errorText(err, t, lang);
  if (err.code === 'VALIDATION' || err.code === 'OVERLAP') return err.details[0]?.message ?? err.message;
  return errorText(err, t, lang);
}

// ---------- read-only ----------

function EntryDetails({ entry: e, day }: { entry: Entry; day: Day }) {
  const { t } = useI18n();
  const time = e.startTime && e.endTime ? `${showHm(e.startTime, t.locale)}–${showHm(e.endTime, t.locale)}` : t.journal.noTime;
  return (
    <div className="sheet__body">
      <div className="stack">
        <Notice kind="info">
          <p data-testid="entry-readonly">{day.windowOpen ? t.sheet.readOnly(t.journal.entryStatus[e.status]) : t.journal.closed('')}</p>
        </Notice>
        {e.status !== 'draft' && (
          <p className="sheet__decision">
            <DecisionNote entry={e} />
            <HistoryLink entryId={e.id} />
          </p>
        )}
        <section className="chosen">
          <p className="chosen__label">{t.sheet.activity}</p>
          <p className="chosen__name">{e.activityName}</p>
          <p className="chosen__meta">{e.activityCode}</p>
          <p>
            <EntryStatusChip status={e.status} />
          </p>
        </section>
        <dl className="facts">
          <div className="fact fact--half">
            <dt>{t.sheet.start}–{t.sheet.end.toLowerCase()}</dt>
            <dd>{time}</dd>
          </div>
          <div className="fact fact--half">
            <dt>{t.sheet.volume}</dt>
            <dd>
              {formatVolume(e.volume, t.locale)} {e.activityUnit}
            </dd>
          </div>
          <div className="fact">
            <dt>{t.sheet.credited}</dt>
            <dd>{t.sheet.creditedValue(e.creditedMinutes)}</dd>
          </div>
          {e.description && (
            <div className="fact">
              <dt>{t.sheet.description}</dt>
              <dd className="prewrap">{shownText(e.description)}</dd>
            </div>
          )}
        </dl>
        {e.evidence.length > 0 && (
          <section aria-labelledby="evidence-ro-title">
            <h2 id="evidence-ro-title">{t.sheet.evidence}</h2>
            <ul className="plain-list evgrid">
              {e.evidence.map((ev) => (
                <li key={ev.sha256}>
                  <a className="evtile__thumb evtile__thumb--big" href={evidenceUrl(ev.sha256)} target="_blank" rel="noreferrer" aria-label={t.sheet.openFile(shownName(ev.fileName))}>
                    {ev.mediaType === 'application/pdf' ? <span className="evtile__pdf">{t.sheet.pdf}</span> : <img src={evidenceUrl(ev.sha256)} alt="" />}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
