import { useState } from 'react';
import { useLocation } from 'wouter';
import { formatMeetingSpan } from '@edutrack/i18n';
import { useLocale, useT } from '@edutrack/i18n/react';
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
import { useTimeStyleOf } from '../../i18n/use-time-style.ts';
import { useShowNotice } from '../../layout/notice.tsx';

/** The open times of the children's teachers; choosing one leads to a short confirmation. */
export function BookPage() {
  const t = useT();
  const locale = useLocale();
  const timeStyleOf = useTimeStyleOf();
  const slots = useOpenSlots();
  const children = useChildren();
  const online = useOnline();
  const [chosen, setChosen] = useState<OpenSlot | null>(null);
  const [, navigate] = useLocation();
  const showNotice = useShowNotice();
  const heading = <PageHeading title={t('booking.title')}>{t('booking.title')}</PageHeading>;

  if (chosen && children.data) {
    return (
      <>
        {heading}
        <BookSlotForm
          key={chosen.id}
          slot={chosen}
          family={children.data}
          onBack={() => setChosen(null)}
          onBooked={(meeting) => {
            const time = formatMeetingSpan(meeting.startsAt, meeting.endsAt, timeStyleOf(meeting.branch));
            showNotice(t('booking.booked', { teacher: meeting.teacher.displayName, time }), '/');
            navigate('/');
          }}
        />
      </>
    );
  }
  return (
    <>
      {heading}
      <EveningCards />
      <p>{t('booking.intro')}</p>
      {!online && <OfflineHint action={t('booking.action', { change: 'book' })} />}
      <QueryView query={slots} what={t('booking.openTimes')}>
        {(list) =>
          list.length === 0 ? (
            <p className="message">{t('booking.noOpenTimes')}</p>
          ) : (
            <SlotPicker
              slots={list}
              onPick={setChosen}
              disabled={!online || !children.data}
              describeTeacher={(ids) => {
                const names = firstNamesOf(ids, children.data);
                return names.length
                  ? t('booking.teaches', { children: new Intl.ListFormat(locale).format(names) })
                  : null;
              }}
            />
          )
        }
      </QueryView>
    </>
  );
}

/** "Maya", "Sam": the children of this family a teacher teaches. */
function firstNamesOf(studentIds: string[], children: Child[] | undefined): string[] {
  return children?.filter((c) => studentIds.includes(c.id)).map((c) => c.name.split(' ')[0]!) ?? [];
}
