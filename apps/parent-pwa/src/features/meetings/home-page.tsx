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
  const parent = useParent();
  const children = useChildren();
  const upcoming = useUpcomingMeetings();
  const past = usePastMeetings();
  return (
    <>
      <PageHeading title="My meetings">Hello, {parent.name}</PageHeading>
      <QueryView query={children} what="your children">
        {(list) =>
          list.length === 0 ? (
            <p className="message">No children are linked to your account yet. Please contact the school office.</p>
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
        <QueryView query={upcoming} what="your meetings">
          {() => null}
        </QueryView>
      )}
      <AccountSection />
    </>
  );
}

function ChildMeetings({ child, upcoming, past }: { child: Child; upcoming?: Meeting[]; past?: Meeting[] }) {
  const headingId = `child-${child.id}`;
  return (
    <section className="child-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {child.name} {child.classes.length > 0 && <span className="muted">· {child.classes.join(', ')}</span>}
      </h2>
      <h3>Upcoming</h3>
      {upcoming && upcoming.length === 0 && (
        <p>
          No upcoming meetings. <Link href="/book">Book a meeting</Link>
        </p>
      )}
      <div className="card-list">
        {upcoming?.map((m) => (
          <MeetingCard key={m.id} meeting={m} upcoming />
        ))}
      </div>
      {past && past.length > 0 && (
        <details className="past-meetings">
          <summary>Past meetings ({past.length})</summary>
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
