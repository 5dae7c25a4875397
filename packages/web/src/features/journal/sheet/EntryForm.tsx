/**
 * The add/edit form: pick an activity (step one), then times, amount, description and evidence.
 * The end time follows the start and the amount until the user sets it.
 */
import { creditedMinutes, rhkOn } from '@kinerja/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Activity, Day, Entry, JournalContext } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { ErrorBox, Loading } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { formatHm, parseHm } from '../../../lib/dates';
import { uuidv7 } from '../../../lib/uuid';
import { HistoryLink } from '../../validation';
import { entryRefusal, rememberedRhk, settingsOn, type EntryToCheck } from '../../offline';
import { DecisionNote } from '../DecisionNote';
import { useFavourites } from '../store';
import { ActivityPicker } from './ActivityPicker';
import { ChosenActivity } from './ChosenActivity';
import { useDictionary } from './dictionary';
import { DescriptionField, TimeFields, VolumeField } from './EntryFields';
import { RhkField } from './RhkField';
import { addMinutes, computedEnd, DEFAULT_START, parseVolume, type Errors, type Picked } from './entryForm';
import { EvidenceSection } from './EvidenceSection';
import { DeleteBox, SaveBar } from './SheetActions';
import { useEntrySave, type OnDone } from './useEntrySave';
import { useEvidenceUploads } from './useEvidenceUploads';

export function EntryForm({ date, day, entry, ctx, onDone }: { date: string; day: Day; entry: Entry | undefined; ctx: JournalContext; onDone: OnDone }) {
  const { t } = useI18n();
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
  const [rhkId, setRhkId] = useState<string | null>(entry?.rhkId ?? null);
  // The RHK of the user's approved SKP covering this date, from the kept context (offline too).
  const offeredRhk = useMemo(() => rhkOn(ctx.rhk ?? [], date), [ctx.rhk, date]);
  const [errors, setErrors] = useState<Errors>({});
  const evidence = useEvidenceUploads(entry, setErrors);
  const refusalOf = (e: EntryToCheck) =>
    entryRefusal(e, { ctx, knownCodes: dict ? new Set(dict.byCode.keys()) : undefined, dayEntries: day.entries ?? [], ...(entry ? { status: entry.status } : {}) });
  const { busy, confirmDelete, setConfirmDelete, save, remove } = useEntrySave(entry?.version, setErrors, () => setStep('pick'), onDone, refusalOf);
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

  const volume = parseVolume(volumeText);

  function pick(a: Activity) {
    const p = { code: a.code, name: a.name, unit: a.unit, standardMinutes: a.standardMinutes };
    setActivity(p);
    // A new entry starts from the RHK last chosen for this activity, while it is still offered on this date.
    if (!entry && offeredRhk.length) {
      void rememberedRhk(a.code).then((remembered) => {
        if (remembered !== undefined && (remembered === null || offeredRhk.some((r) => r.id === remembered))) setRhkId(remembered);
      });
    }
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
  function changeEnd(value: string) {
    setEnd(value);
    setEndTouched(true);
    setErrors((x) => ({ ...x, time: undefined }));
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
    // Credited under the work date's settings (its credit mode), as the server credits it.
    return creditedMinutes(timing, settingsOn(ctx, date), activity);
  }, [activity, start, end, volume, ctx, date]);

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

  return (
    <>
      <div className="sheet__body" ref={bodyRef}>
        <form
          className="entryform"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save({ id, date, activity, start, end, volume, description, rhkId, credited, evidence });
          }}
          id="entry-form"
        >
          {entry && entry.status === 'returned' && (
            <p className="sheet__decision">
              <DecisionNote entry={entry} />
              <HistoryLink entryId={entry.id} />
            </p>
          )}
          <ChosenActivity activity={activity} fav={favs.has(activity.code)} error={errors.activity} nameRef={nameRef} onChange={() => setStep('pick')} />
          <TimeFields ids={ids} start={start} end={end} error={errors.time} onStart={changeStart} onEnd={changeEnd} />
          <VolumeField id={ids.volume} unit={activity.unit} volume={volume} text={volumeText} error={errors.volume} onChange={changeVolume} onStep={step1} />
          <p className="credited" aria-live="polite">
            {t.sheet.credited}: <strong data-testid="entry-credited">{t.sheet.creditedValue(credited)}</strong>
          </p>
          <RhkField
            offered={offeredRhk}
            value={rhkId}
            link={settingsOn(ctx, date).rhkLink ?? 'allowed'}
            date={date}
            error={errors.rhk}
            onChange={(v) => {
              setRhkId(v);
              setErrors((e) => ({ ...e, rhk: undefined }));
            }}
          />
          <DescriptionField id={ids.description} value={description} error={errors.description} onChange={setDescription} />
          <EvidenceSection evidence={evidence} />
          {entry && <DeleteBox busy={busy} confirmDelete={confirmDelete} setConfirmDelete={setConfirmDelete} remove={() => remove(id, date)} />}
        </form>
      </div>
      <SaveBar busy={busy} error={errors.form} />
    </>
  );
}
