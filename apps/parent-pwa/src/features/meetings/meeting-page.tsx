import { useT } from '@edutrack/i18n/react';
import { Link, useLocation, useParams } from 'wouter';
import { useMeeting } from '../../api/use-meetings.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useShowNotice } from '../../layout/notice.tsx';
import { AddToCalendarButton } from './add-to-calendar-button.tsx';
import { CancelMeetingForm } from './cancel-meeting-form.tsx';
import { JoinCallButton } from './join-call-button.tsx';
import { MeetingSummary } from './meeting-summary.tsx';
import { MeetingGuestsSection } from '../guests/meeting-guests-section.tsx';
import { useNow } from '@edutrack/web-kit';

/** One meeting: join, add to the calendar, invite one more person, and (before it starts) move or cancel it. */
export function MeetingPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const meeting = useMeeting(id);
  const [, navigate] = useLocation();
  const showNotice = useShowNotice();
  const now = useNow(10_000);
  return (
    <>
      <PageHeading title={t('meetings.meetingTitle')}>{t('meetings.meetingDetails')}</PageHeading>
      <QueryView query={meeting} what={t('meetings.thisMeeting')}>
        {(m) => {
          const upcoming = m.status === 'scheduled' && new Date(m.joinClosesAt) > now;
          return (
            <div className="stack">
              <MeetingSummary meeting={m} />
              {upcoming && <JoinCallButton meeting={m} />}
              {upcoming && <AddToCalendarButton meeting={m} />}
              {upcoming && <MeetingGuestsSection meeting={m} />}
              {m.permissions.reschedule && (
                <Link href={`/meetings/${m.id}/reschedule`} className="button secondary">
                  {t('meetings.chooseAnotherTime')}
                </Link>
              )}
              {m.permissions.cancel && (
                <CancelMeetingForm
                  meeting={m}
                  onCancelled={() => {
                    showNotice(t('meetings.cancelledNotice', { teacher: m.teacher.displayName }), '/');
                    navigate('/');
                  }}
                />
              )}
              {m.status === 'scheduled' && !m.permissions.reschedule && m.permissions.cancel && (
                <p className="hint">{t('meetings.schoolSetTime', { teacher: m.teacher.displayName })}</p>
              )}
              <Link href="/">{t('meetings.back')}</Link>
            </div>
          );
        }}
      </QueryView>
    </>
  );
}
