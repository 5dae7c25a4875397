/**
 * Which RHK of the user's approved SKP the entry serves (issue 16 item 6): the RHK whose SKP period
 * covers the entry's date, from the kept journal context (offline too), and "Tanpa RHK". The agency's
 * rhkLink setting in force on the date decides whether none is fine, warned about or refused (the
 * refusal itself comes from the entry rules on Save, like the server's).
 */
import { rhkLinkNotice, type RhkLink } from '@kinerja/core';
import type { OfferedRhk } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { Notice } from '../../../components/ui';
import { useI18n } from '../../../i18n';

export function RhkField({
  offered,
  value,
  link,
  date,
  error,
  onChange,
}: {
  /** The RHK covering the entry's date. */
  offered: readonly OfferedRhk[];
  value: string | null;
  link: RhkLink;
  date: string;
  error: string | undefined;
  onChange: (rhkId: string | null) => void;
}) {
  const { t } = useI18n();
  const notice = rhkLinkNotice(value, date, link, offered);
  // Nothing to choose and nothing to say: the field stays out of the way (most agencies, before the SKP is approved).
  if (offered.length === 0 && !notice && !value && !error) return null;
  const current = value && !offered.some((r) => r.id === value) ? value : null;
  return (
    <fieldset className={`rhkfield${error ? ' field--invalid' : ''}`} aria-describedby={error ? 'entry-error-rhk' : undefined} data-testid="entry-rhk">
      <legend className="field__label">{t.sheet.rhk}</legend>
      {offered.length > 0 && <p className="field__hint">{t.sheet.rhkHint}</p>}
      <ul className="plain-list rhkfield__list">
        {offered.map((r) => (
          <li key={r.id}>
            <label className={`rhkfield__option${value === r.id ? ' is-on' : ''}`}>
              <input className="visually-hidden" type="radio" name="entry-rhk" checked={value === r.id} onChange={() => onChange(r.id)} data-testid="entry-rhk-option" data-rhk={r.id} />
              <span className="rhkfield__dot" aria-hidden="true" />
              <span className="rhkfield__text">
                {r.text}
                {r.jenis === 'tambahan' && <span className="rhkfield__tag"> · {t.sheet.rhkTambahan}</span>}
              </span>
            </label>
          </li>
        ))}
        {current && (
          // An entry opened for editing may name an RHK no longer offered (the SKP was revised): shown, so it is not lost silently.
          <li>
            <label className="rhkfield__option is-on">
              <input className="visually-hidden" type="radio" name="entry-rhk" checked onChange={() => onChange(current)} />
              <span className="rhkfield__dot" aria-hidden="true" />
              <span className="rhkfield__text">{t.sheet.rhkGone}</span>
            </label>
          </li>
        )}
        {offered.length > 0 && (
          <li>
            <label className={`rhkfield__option${value === null ? ' is-on' : ''}`}>
              <input className="visually-hidden" type="radio" name="entry-rhk" checked={value === null} onChange={() => onChange(null)} data-testid="entry-rhk-none" />
              <span className="rhkfield__dot" aria-hidden="true" />
              <span className="rhkfield__text">{t.sheet.rhkNone}</span>
            </label>
          </li>
        )}
      </ul>
      {notice && (
        <Notice kind="warn">
          <p data-testid="entry-rhk-notice">{notice === 'warn' ? t.sheet.rhkWarn : t.sheet.rhkNoSkp}</p>
        </Notice>
      )}
      {error && (
        <p className="field__error" id="entry-error-rhk" data-testid="entry-error-rhk" role="alert">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
    </fieldset>
  );
}
