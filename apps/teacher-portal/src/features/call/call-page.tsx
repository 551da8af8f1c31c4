import { useLocation } from 'wouter';
import { createCallObjectFor, JoinGate, TeacherCallScreen, useManagedCallObject } from '@edutrack/call-ui';
import '@edutrack/call-ui/styles.css';
import type { RouterOutputs } from '@edutrack/api';
import { describeError, useTRPCClient } from '@edutrack/web-kit';
import { useMeeting } from '../../api/use-meetings.ts';

type Ticket = RouterOutputs['staff']['meetings']['join'];
const messageOf = (error: unknown) => describeError(error).message;

/**
 * The teacher's video call (loaded on demand: daily-js stays out of the portal's main bundle).
 * Asks the server for the room and a fresh owner token, then hosts the call.
 */
export function CallPage({ id }: { id: string }) {
  const client = useTRPCClient();
  const meeting = useMeeting(id);
  const [, navigate] = useLocation();
  const toAgenda = () => navigate('/');
  return (
    <JoinGate join={() => client.staff.meetings.join.mutate({ id })} describeError={messageOf} onBack={toAgenda}>
      {(ticket) => <HostedCall id={id} ticket={ticket} timeZone={meeting.data?.branch.timeZone} onLeave={toAgenda} />}
    </JoinGate>
  );
}

function HostedCall({
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
    <TeacherCallScreen
      ticket={ticket}
      callObject={callObject}
      loadLobby={() => client.staff.meetings.lobby.query({ id })}
      onEndForEveryone={() => client.staff.meetings.end.mutate({ id })}
      onLeave={onLeave}
      describeError={messageOf}
      timeZone={timeZone}
    />
  );
}
