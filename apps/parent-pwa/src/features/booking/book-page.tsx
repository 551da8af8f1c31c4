import { useState } from 'react';
import { useLocation } from 'wouter';
import { formatMeetingTime } from '@edutrack/web-kit';
import type { Child, OpenSlot } from '../../api/types.ts';
import { useOpenSlots } from '../../api/use-booking.ts';
import { useChildren } from '../../api/use-meetings.ts';
import { BookSlotForm } from './book-slot-form.tsx';
import { EveningCards } from '../evenings/evening-cards.tsx';
import { SlotPicker } from './slot-picker.tsx';
import { OfflineHint } from '../../components/offline-hint.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useOnline } from '../../hooks/use-online.ts';
import { useShowNotice } from '../../layout/notice.tsx';

/** The open times of the children's teachers; choosing one leads to a short confirmation. */
export function BookPage() {
  const slots = useOpenSlots();
  const children = useChildren();
  const online = useOnline();
  const [chosen, setChosen] = useState<OpenSlot | null>(null);
  const [, navigate] = useLocation();
  const showNotice = useShowNotice();

  if (chosen && children.data) {
    return (
      <>
        <PageHeading title="Book a meeting">Book a meeting</PageHeading>
        <BookSlotForm
          key={chosen.id}
          slot={chosen}
          family={children.data}
          onBack={() => setChosen(null)}
          onBooked={(meeting) => {
            const when = formatMeetingTime(meeting.startsAt, meeting.endsAt, meeting.branch.timeZone).branch;
            showNotice(`Booked: ${meeting.teacher.displayName}, ${when}. It's in your meetings below.`, '/');
            navigate('/');
          }}
        />
      </>
    );
  }
  return (
    <>
      <PageHeading title="Book a meeting">Book a meeting</PageHeading>
      <EveningCards />
      <p>Choose a time with one of your children's teachers.</p>
      {!online && <OfflineHint action="Booking" />}
      <QueryView query={slots} what="the open times">
        {(list) =>
          list.length === 0 ? (
            <p className="message">
              There are no open times right now. Teachers publish new times regularly; please check again later.
            </p>
          ) : (
            <SlotPicker
              slots={list}
              onPick={setChosen}
              disabled={!online || !children.data}
              describeTeacher={(ids) => teachesLine(ids, children.data)}
            />
          )
        }
      </QueryView>
    </>
  );
}

function teachesLine(studentIds: string[], children: Child[] | undefined): string | null {
  const names = children?.filter((c) => studentIds.includes(c.id)).map((c) => c.name.split(' ')[0]);
  return names?.length ? `Teaches ${names.join(' and ')}` : null;
}
