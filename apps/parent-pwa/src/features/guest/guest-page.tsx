import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { RouterOutputs } from '@edutrack/api';
import { createCallObjectFor, JoinGate, ParentCallScreen, useManagedCallObject } from '@edutrack/call-ui';
import '@edutrack/call-ui/styles.css';
import { useT } from '@edutrack/i18n/react';
import { useTRPCClient } from '@edutrack/web-kit';
import { ErrorMessage, useErrorWords } from '../../components/error-message.tsx';
import { MeetingTime } from '../../components/meeting-time.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { takeInviteToken } from './invite-token.ts';

type Preview = RouterOutputs['guest']['meeting'];
type Ticket = RouterOutputs['guest']['join'];

/**
 * Where a parent's invitee lands from their email: the meeting they were invited to, then the same
 * device check and knock as a parent. No sign-in: the link's token is their only key, for this meeting.
 */
export function GuestPage() {
  const t = useT();
  const [token] = useState(takeInviteToken);
  const client = useTRPCClient();
  const preview = useMutation({ mutationFn: (t: string) => client.guest.meeting.mutate({ token: t }) });
  const [inCall, setInCall] = useState(false);
  const { mutate } = preview;
  useEffect(() => {
    if (token) mutate(token);
  }, [token, mutate]);

  if (!token) {
    return (
      <>
        <PageHeading title={t('guest.title')}>{t('guest.title')}</PageHeading>
        <p>{t('guest.openFromEmail')}</p>
      </>
    );
  }
  if (inCall) return <GuestCall token={token} timeZone={preview.data?.timeZone} onLeave={() => setInCall(false)} />;
  return (
    <>
      <PageHeading title={t('guest.title')}>{t('guest.title')}</PageHeading>
      {preview.isError && <ErrorMessage error={preview.error} />}
      {preview.isPending && <p role="status">{t('guest.loading')}</p>}
      {preview.data && <Invitation meeting={preview.data} onJoin={() => setInCall(true)} />}
    </>
  );
}

function Invitation({ meeting, onJoin }: { meeting: Preview; onJoin: () => void }) {
  const t = useT();
  const teacher = meeting.teacher.displayName;
  return (
    <div className="stack">
      <p>{t('guest.invitedYou', { inviter: meeting.invitedBy, teacher, child: meeting.student.name })}</p>
      <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} branch={{ timeZone: meeting.timeZone }} />
      <p>{t('guest.seenAs', { teacher, role: meeting.youJoinAs })}</p>
      <button type="button" className="button primary" onClick={onJoin}>
        {t('guest.join')}
      </button>
      <p className="hint">{t('guest.roomOpens')}</p>
    </div>
  );
}

function GuestCall({ token, timeZone, onLeave }: { token: string; timeZone?: string; onLeave: () => void }) {
  const client = useTRPCClient();
  const wordsFor = useErrorWords();
  return (
    <JoinGate join={() => client.guest.join.mutate({ token })} describeError={wordsFor} onBack={onLeave}>
      {(ticket) => <KnockAndCall token={token} ticket={ticket} timeZone={timeZone} onLeave={onLeave} />}
    </JoinGate>
  );
}

function KnockAndCall({
  token,
  ticket,
  timeZone,
  onLeave,
}: {
  token: string;
  ticket: Ticket;
  timeZone?: string;
  onLeave: () => void;
}) {
  const client = useTRPCClient();
  const callObject = useManagedCallObject(() => createCallObjectFor(ticket));
  return (
    <ParentCallScreen
      ticket={ticket}
      callObject={callObject}
      onKnocking={(sessionId) => client.guest.knocking.mutate({ token, sessionId })}
      onLeave={onLeave}
      timeZone={timeZone}
    />
  );
}
