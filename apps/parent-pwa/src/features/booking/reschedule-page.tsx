import { useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { formatMeetingSpan } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import type { Meeting, OpenSlot } from '../../api/types.ts';
import { useMeeting } from '../../api/use-meetings.ts';
import { useOpenSlots } from '../../api/use-booking.ts';
import { SlotPicker } from './slot-picker.tsx';
import { MoveMeetingForm } from './move-meeting-form.tsx';
import { OfflineHint } from '../../components/offline-hint.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useOnline } from '../../hooks/use-online.ts';
import { useTimeStyle, useTimeStyleOf } from '../../i18n/use-time-style.ts';
import { useShowNotice } from '../../layout/notice.tsx';

/** Move a booking to another open time of the same teacher. */
export function ReschedulePage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const meeting = useMeeting(id);
  return (
    <>
      <PageHeading title={t('booking.rescheduleTitle')}>{t('booking.rescheduleTitle')}</PageHeading>
      <QueryView query={meeting} what={t('booking.thisMeeting')}>
        {(m) =>
          m.permissions.reschedule ? (
            <RescheduleChoice meeting={m} />
          ) : (
            <p className="message">{t('booking.cannotMove')}</p>
          )
        }
      </QueryView>
    </>
  );
}

function RescheduleChoice({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const slots = useOpenSlots({ teacherId: meeting.teacher.id, studentId: meeting.student.id });
  const online = useOnline();
  const [chosen, setChosen] = useState<OpenSlot | null>(null);
  const [, navigate] = useLocation();
  const showNotice = useShowNotice();
  const timeStyleOf = useTimeStyleOf();
  const now = formatMeetingSpan(meeting.startsAt, meeting.endsAt, useTimeStyle(meeting.branch));
  const teacher = meeting.teacher.displayName;

  if (chosen) {
    return (
      <MoveMeetingForm
        key={chosen.id}
        meeting={meeting}
        slot={chosen}
        onBack={() => setChosen(null)}
        onMoved={(moved) => {
          const time = formatMeetingSpan(moved.startsAt, moved.endsAt, timeStyleOf(moved.branch));
          showNotice(t('booking.moved', { teacher: moved.teacher.displayName, time }), '/');
          navigate('/');
        }}
      />
    );
  }
  return (
    <>
      <p>{t('booking.currentTime', { teacher, time: now })}</p>
      {!online && <OfflineHint action={t('booking.action', { change: 'move' })} />}
      <QueryView query={slots} what={t('booking.openTimes')}>
        {(list) =>
          list.length === 0 ? (
            <p className="message">{t('booking.noOtherTimes', { teacher })}</p>
          ) : (
            <SlotPicker slots={list} onPick={setChosen} disabled={!online} />
          )
        }
      </QueryView>
    </>
  );
}
