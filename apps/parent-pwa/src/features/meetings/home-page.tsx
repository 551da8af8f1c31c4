import { useLocale, useT } from '@edutrack/i18n/react';
import { Link } from 'wouter';
import type { Child, Meeting } from '../../api/types.ts';
import { useChildren, usePastMeetings, useUpcomingMeetings } from '../../api/use-meetings.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { MeetingCard } from './meeting-card.tsx';
import { useParent } from '../../session/require-parent.tsx';
import { AccountSection } from '../account/account-section.tsx';

/** Each child with their upcoming and past meetings. */
export function HomePage() {
  const t = useT();
  const parent = useParent();
  const children = useChildren();
  const upcoming = useUpcomingMeetings();
  const past = usePastMeetings();
  return (
    <>
      <PageHeading title={t('meetings.title')}>{t('meetings.hello', { name: parent.name })}</PageHeading>
      <QueryView query={children} what={t('meetings.yourChildren')}>
        {(list) =>
          list.length === 0 ? (
            <p className="message">{t('meetings.noChildren')}</p>
          ) : (
            list.map((child) => (
              <ChildMeetings
                key={child.id}
                child={child}
                upcoming={upcoming.data?.items.filter((m) => m.student.id === child.id)}
                past={past.data?.items.filter((m) => m.student.id === child.id)}
              />
            ))
          )
        }
      </QueryView>
      {upcoming.data === undefined && (
        <QueryView query={upcoming} what={t('meetings.yourMeetings')}>
          {() => null}
        </QueryView>
      )}
      <AccountSection />
    </>
  );
}

function ChildMeetings({ child, upcoming, past }: { child: Child; upcoming?: Meeting[]; past?: Meeting[] }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `child-${child.id}`;
  return (
    <section className="child-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {child.name}{' '}
        {child.classes.length > 0 && (
          <span className="muted">· {new Intl.ListFormat(locale).format(child.classes)}</span>
        )}
      </h2>
      <h3>{t('meetings.upcoming')}</h3>
      {upcoming && upcoming.length === 0 && (
        <p>
          {t('meetings.noUpcoming')} <Link href="/book">{t('layout.bookMeeting')}</Link>
        </p>
      )}
      <div className="card-list">
        {upcoming?.map((m) => (
          <MeetingCard key={m.id} meeting={m} upcoming />
        ))}
      </div>
      {past && past.length > 0 && (
        <details className="past-meetings">
          <summary>{t('meetings.past', { count: past.length })}</summary>
          <div className="card-list">
            {past.map((m) => (
              <MeetingCard key={m.id} meeting={m} upcoming={false} />
            ))}
          </div>
        </details>
      )}
    </section>
  );
}
