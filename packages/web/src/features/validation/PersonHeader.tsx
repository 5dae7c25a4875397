/** A subordinate's heading in the inbox, with decisions for everything they have waiting. */
import type { Decision, InboxPerson } from '../../api/validation';
import { CapacityBadge, initials } from '../../components/ui';
import { formatNip } from '../../format';
import { useI18n } from '../../i18n';
import { BulkActions } from './BulkActions';

export function PersonHeader({
  person,
  busy,
  onDecidePerson,
}: {
  person: InboxPerson;
  busy: boolean;
  onDecidePerson: (person: InboxPerson, decision: Decision, note: string) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const p = person.employee;
  return (
    <header className="card reviewperson" data-testid="review-person" data-employee={p.employeeId}>
      <div className="reviewperson__who">
        <span className="person__avatar" aria-hidden="true">
          {initials(p.name)}
        </span>
        <span className="person__body">
          <h2 className="reviewperson__name" data-testid="review-person-name">
            {p.name}
          </h2>
          {p.positionName && <span className="person__position">{p.positionName}</span>}
          <span className="person__meta">
            <span className="nip">{formatNip(p.nip)}</span>
            <CapacityBadge capacity={person.capacity} />
          </span>
        </span>
      </div>
      <p className="reviewperson__count" data-testid="review-person-count">
        {t.validation.personPending(person.pendingCount)}
      </p>
      {/* With one day waiting, that day's own buttons do the same. */}
      {person.pendingCount > 1 && person.days.length > 1 && (
        <BulkActions
          count={person.pendingCount}
          approveLabel={t.validation.approvePerson(person.pendingCount)}
          otherLabel={t.validation.otherPerson}
          initial="returned"
          busy={busy}
          testId="person"
          onDecide={(decision, note) => onDecidePerson(person, decision, note)}
        />
      )}
    </header>
  );
}
