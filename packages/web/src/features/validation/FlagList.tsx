import type { Flag } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { flagBadge, flagText } from './labels';

/** Flags as readable hints (the server's Indonesian sentence; a translation in English). */
export function FlagList({ flags, testId }: { flags: readonly Flag[]; testId: string }) {
  const { t, lang } = useI18n();
  if (flags.length === 0) return null;
  return (
    <ul className="plain-list flags" aria-label={t.validation.flagsTitle} data-testid={testId}>
      {flags.map((f, i) => {
        const badge = flagBadge(f, t);
        return (
          <li key={i} data-code={f.code}>
            <Icon name="alert" size={20} />{' '}
            <span>
              {badge ? (
                <>
                  <span className="badge badge--warn" data-testid="flag-badge">
                    {badge}
                  </span>{' '}
                </>
              ) : null}
              {flagText(f, t, lang)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
