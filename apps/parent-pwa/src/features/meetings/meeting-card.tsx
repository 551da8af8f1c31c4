import { useT } from '@edutrack/i18n/react';
import { useId } from 'react';
import { Link } from 'wouter';
import type { Meeting } from '../../api/types.ts';
import { AddToCalendarButton } from './add-to-calendar-button.tsx';
import { JoinCallButton } from './join-call-button.tsx';
import { MeetingSummary } from './meeting-summary.tsx';

/** One meeting in a list, with what can be done with it. */
export function MeetingCard({ meeting, upcoming }: { meeting: Meeting; upcoming: boolean }) {
  const t = useT();
  const headingId = useId();
  const active = upcoming && meeting.status === 'scheduled';
  const changeable = meeting.permissions.cancel || meeting.permissions.reschedule;
  return (
    <article className="meeting-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="card-title">
        {meeting.teacher.displayName}
      </h4>
      <MeetingSummary meeting={meeting} />
      {active && <JoinCallButton meeting={meeting} />}
      <div className="card-actions">
        {active && <AddToCalendarButton meeting={meeting} />}
        <Link
          href={`/meetings/${meeting.id}`}
          className="button secondary"
          aria-label={t(changeable ? 'meetings.changeWith' : 'meetings.detailsWith', {
            teacher: meeting.teacher.displayName,
          })}
        >
          {t(changeable ? 'meetings.change' : 'meetings.details')}
        </Link>
      </div>
    </article>
  );
}
