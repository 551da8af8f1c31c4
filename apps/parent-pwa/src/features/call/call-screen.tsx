import { useLocation, useParams } from 'wouter';
import { createCallObjectFor, JoinGate, ParentCallScreen, useManagedCallObject } from '@edutrack/call-ui';
import '@edutrack/call-ui/styles.css';
import type { RouterOutputs } from '@edutrack/api';
import { useTRPCClient } from '@edutrack/web-kit';
import { useMeeting } from '../../api/use-meetings.ts';
import { useErrorWords } from '../../components/error-message.tsx';
import { NextMeeting } from './next-meeting.tsx';

type Ticket = RouterOutputs['parent']['meetings']['join'];

/**
 * The call route, loaded on demand (React.lazy in app-routes.tsx) so daily-js and the call UI never
 * weigh on the first screen. Gets the room and a knocking token, then the device check and the knock.
 */
export function CallScreen() {
  const { id } = useParams<{ id: string }>();
  const client = useTRPCClient();
  const meeting = useMeeting(id);
  const [, navigate] = useLocation();
  const toMeetings = () => navigate('/');
  const wordsFor = useErrorWords();
  return (
    // Keyed by the meeting: "Next: … Join Video Call" after a call opens the next one on this same route.
    <JoinGate
      key={id}
      join={() => client.parent.meetings.join.mutate({ id })}
      describeError={wordsFor}
      onBack={toMeetings}
    >
      {(ticket) => (
        <KnockAndCall id={id} ticket={ticket} timeZone={meeting.data?.branch.timeZone} onLeave={toMeetings} />
      )}
    </JoinGate>
  );
}

function KnockAndCall({
  id,
  ticket,
  timeZone,
  onLeave,
}: {
  id: string;
  ticket: Ticket;
  timeZone: string | undefined;
  onLeave: () => void;
}) {
  const client = useTRPCClient();
  const callObject = useManagedCallObject(() => createCallObjectFor(ticket));
  return (
    <ParentCallScreen
      ticket={ticket}
      callObject={callObject}
      onKnocking={(sessionId) => client.parent.meetings.knocking.mutate({ id, sessionId })}
      loadTeacherPresence={() => client.parent.meetings.teacherPresence.query({ id })}
      rejoin={() => client.parent.meetings.rejoin.mutate({ id })}
      onLeave={onLeave}
      timeZone={timeZone}
      afterCall={<NextMeeting after={id} />}
    />
  );
}
