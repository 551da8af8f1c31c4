import { useT } from '@edutrack/i18n/react';
import type { ParentEvening, Proposal } from '../../api/types.ts';
import { childName } from './family-view.ts';
import { JoinWaitingListButton } from './join-waiting-list-button.tsx';

/** Meetings the server could not fit, each in the server's words, with the waiting list where it can help. */
export function UnservedRequests({ evening, unserved }: { evening: ParentEvening; unserved: Proposal['unserved'] }) {
  const t = useT();
  if (unserved.length === 0) return null;
  return (
    <div className="message unserved">
      <h3>{t('evenings.notBooked')}</h3>
      <ul className="plain-list stack">
        {unserved.map((u) => (
          <li key={`${u.target.id}-${u.studentId}`} className="stack">
            <p>{u.message}</p>
            {u.canJoinWaitlist && (
              <JoinWaitingListButton
                eveningId={evening.id}
                studentId={u.studentId}
                target={u.target}
                childName={childName(evening, u.studentId)}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
