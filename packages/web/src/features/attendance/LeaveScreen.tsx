/**
 * "Cuti & izin": my requests with their state and the supervisor's note, and the form to ask for
 * one (type, dates, part of the day, reason, attachment). #/presensi/izin[/baru]
 */
import { useState } from 'react';
import { attendanceApi, type LeaveRequest } from '../../api/attendance';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { LeaveForm } from './LeaveForm';
import { LeaveCard } from './LeaveCard';
import { leaveHref } from './links';
import { PersonalTabs } from './PersonalTabs';
import { useAttendanceText } from './text';

export function LeaveScreen({ creating }: { creating: boolean }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText();
  const list = useLoad((signal) => attendanceApi.leaveRequests('mine', null, signal), [], true);
  const [flash, setFlash] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const refused = refusedPage(list.error);
  if (refused) return refused;

  async function cancel(r: LeaveRequest) {
    setFlash(null);
    try {
      await attendanceApi.cancelLeave(r.id);
      setFlash({ kind: 'ok', text: x.leave.cancelled });
      list.retry();
    } catch (err) {
      setFlash({ kind: 'error', text: errorText(err, t, lang) });
    }
  }

  return (
    <div className="stack att">
      <PersonalTabs current="leave" />
      <PageTitle testId="att-leave-title">{creating ? x.leave.new : x.leave.title}</PageTitle>
      {flash && (
        <Notice kind={flash.kind} live>
          <p data-testid="att-leave-flash">{flash.text}</p>
        </Notice>
      )}
      {creating ? (
        <LeaveForm
          onSent={() => {
            setFlash({ kind: 'ok', text: x.leave.sent });
            list.retry();
            navigate(leaveHref(), { replace: true });
          }}
          onCancel={() => navigate(leaveHref(), { replace: true })}
        />
      ) : (
        <>
          <p className="muted">{x.leave.intro}</p>
          <a className="btn btn--primary btn--big btn--block" href={leaveHref(true)} data-testid="att-leave-new">
            <Icon name="plus" /> {x.leave.new}
          </a>
          <section className="stack" aria-labelledby="att-mine-title">
            <h2 id="att-mine-title">{x.leave.mine}</h2>
            {list.error != null && <ErrorBox error={list.error} onRetry={list.retry} />}
            {list.loading && !list.data && <Loading />}
            {list.data && list.data.items.length === 0 && <p className="empty">{x.leave.none}</p>}
            {list.data && list.data.items.length > 0 && (
              <ul className="plain-list cards" data-testid="att-leave-list">
                {list.data.items.map((r) => (
                  <LeaveCard key={r.id} request={r}>
                    {r.status === 'pending' && (
                      <button type="button" className="btn btn--secondary btn--block" onClick={() => void cancel(r)} data-testid="att-leave-cancel">
                        <Icon name="x" /> {x.leave.cancel}
                      </button>
                    )}
                  </LeaveCard>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
