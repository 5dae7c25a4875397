/** The sending state of a change not yet on the server, shown on its entry card. */
import { Icon, type IconName } from '../../components/Icon';
import { useOfflineText } from './i18n';
import type { LocalMark } from './merge';

const ICON: Record<LocalMark['state'], IconName> = { waiting: 'clock', sending: 'send', sent: 'check', attention: 'alert' };

export function EntrySyncState({ mark }: { mark: LocalMark }) {
  const ot = useOfflineText();
  return (
    <span className={`syncstate syncstate--${mark.state}`} data-testid="entry-sync" data-state={mark.state}>
      <Icon name={ICON[mark.state]} size={18} />
      <span>
        {mark.state === 'attention' && mark.status === 'conflict' ? ot.conflictTitle : ot.state[mark.state]}
        {mark.state === 'attention' && mark.message ? `: ${mark.message}` : ''}
      </span>
    </span>
  );
}
