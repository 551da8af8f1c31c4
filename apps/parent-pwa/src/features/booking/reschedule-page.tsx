import { useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { formatMeetingTime } from '@edutrack/web-kit';
import type { Meeting, OpenSlot } from '../../api/types.ts';
import { useMeeting } from '../../api/use-meetings.ts';
import { useOpenSlots } from '../../api/use-booking.ts';
import { SlotPicker } from './slot-picker.tsx';
import { MoveMeetingForm } from './move-meeting-form.tsx';
import { OfflineHint } from '../../components/offline-hint.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useOnline } from '../../hooks/use-online.ts';
import { useShowNotice } from '../../layout/notice.tsx';

/** Move a booking to another open time of the same teacher. */
export function ReschedulePage() {
  const { id } = useParams<{ id: string }>();
  const meeting = useMeeting(id);
  return (
    <>
      <PageHeading title="Choose another time">Choose another time</PageHeading>
      <QueryView query={meeting} what="this meeting">
        {(m) =>
          m.permissions.reschedule ? (
            <RescheduleChoice meeting={m} />
          ) : (
            <p className="message">This meeting can no longer be moved here. Please contact the school office.</p>
          )
        }
      </QueryView>
    </>
  );
}

function RescheduleChoice({ meeting }: { meeting: Meeting }) {
  const slots = useOpenSlots({ teacherId: meeting.teacher.id, studentId: meeting.student.id });
  const online = useOnline();
  const [chosen, setChosen] = useState<OpenSlot | null>(null);
  const [, navigate] = useLocation();
  const showNotice = useShowNotice();
  const now = formatMeetingTime(meeting.startsAt, meeting.endsAt, meeting.branch.timeZone).branch;

  if (chosen) {
    return (
      <MoveMeetingForm
        key={chosen.id}
        meeting={meeting}
        slot={chosen}
        onBack={() => setChosen(null)}
        onMoved={(moved) => {
          const when = formatMeetingTime(moved.startsAt, moved.endsAt, moved.branch.timeZone).branch;
          showNotice(`Moved: your meeting with ${moved.teacher.displayName} is now ${when}.`, '/');
          navigate('/');
        }}
      />
    );
  }
  return (
    <>
      <p>
        Your meeting with {meeting.teacher.displayName} is {now}. Pick a new time:
      </p>
      {!online && <OfflineHint action="Moving a meeting" />}
      <QueryView query={slots} what="the open times">
        {(list) =>
          list.length === 0 ? (
            <p className="message">{meeting.teacher.displayName} has no other open times right now.</p>
          ) : (
            <SlotPicker slots={list} onPick={setChosen} disabled={!online} />
          )
        }
      </QueryView>
    </>
  );
}
