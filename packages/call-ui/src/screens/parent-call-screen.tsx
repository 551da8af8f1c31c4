import { useT } from '@edutrack/i18n/react';
import { useDaily } from '@daily-co/daily-react';
import { useRef, type ReactNode } from 'react';
import { type CallTicket, systemClock } from '../call-ticket.ts';
import { CallMessagePanel } from '../components/call-message-panel.tsx';
import { CallOutcomePanel } from '../components/call-outcome-panel.tsx';
import { CallScreenFrame } from '../components/call-screen-frame.tsx';
import { ConnectionCheck } from '../connection/connection-check.tsx';
import { useConnectionTest } from '../connection/use-connection-test.ts';
import { DeviceCheck } from '../components/device-check.tsx';
import { InCallView } from '../components/in-call-view.tsx';
import { WaitingForTeacher } from '../components/waiting-for-teacher.tsx';
import { detectPlatform } from '../errors/platform.ts';
import { type JoinMedia, useKnock } from '../knock/use-knock.ts';
import type { LoadTeacherPresence } from '../knock/use-teacher-present.ts';
import { browserMediaDevices, type MediaDevicesLike } from '../media/media-devices.ts';
import type { CallScreenProps } from './call-screen-props.ts';
import { useNow } from '@edutrack/web-kit';

/** `ticket` is `parent.meetings.join`'s answer: the room and a knocking token under the parent's name. */
export interface ParentCallScreenProps extends CallScreenProps {
  /** `parent.meetings.knocking({ id, sessionId })`: "this knock is me", so the teacher sees the expected parent. */
  onKnocking?: (sessionId: string) => unknown;
  /** `parent.meetings.teacherPresence({ id })`: the knock screen's "is the teacher in the call yet?". */
  loadTeacherPresence?: LoadTeacherPresence;
  /** How often to ask it (5 s); tests pass less. */
  teacherPresencePollMs?: number;
  /** The browser's camera and microphone; tests pass their own. */
  mediaDevices?: MediaDevicesLike;
  /** How long to wait for the teacher before saying nobody answered (10 minutes). */
  knockTimeoutMs?: number;
  /** Shown once the call has ended: the parent's next meeting, to go straight on to it. */
  afterCall?: ReactNode;
  /** `parent.meetings.rejoin({ id })`: back into the call after a dropped connection, without knocking. */
  rejoin?: () => Promise<CallTicket>;
  /** Between attempts to come back (5 s); tests pass less. */
  rejoinRetryMs?: number;
}

/** The parent checks their devices, knocks, waits to be let in, and then is in the call. */
export function ParentCallScreen(props: ParentCallScreenProps) {
  return (
    <CallScreenFrame callObject={props.callObject} who="parent">
      <ParentCall {...props} />
    </CallScreenFrame>
  );
}

function ParentCall({
  ticket,
  onKnocking,
  loadTeacherPresence,
  teacherPresencePollMs,
  onLeave,
  mediaDevices,
  platform,
  knockTimeoutMs,
  now: clock = systemClock,
  timeZone,
  afterCall,
  rejoin,
  rejoinRetryMs,
}: ParentCallScreenProps) {
  const t = useT();
  const daily = useDaily();
  const { state, knock, leave, reset } = useKnock({
    ticket,
    onKnocking,
    timeoutMs: knockTimeoutMs,
    now: clock,
    rejoin,
    rejoinRetryMs,
  });
  const now = useNow(1000, clock);
  const lastMedia = useRef<JoinMedia>({ audioSource: true, videoSource: true });
  const teacher = ticket.teacher.displayName;
  const back = t('call.parent.back');
  const where = platform ?? detectPlatform();
  const knockWith = (media: JoinMedia) => {
    lastMedia.current = media;
    void knock(media);
  };
  const leaveToList = () => void leave().then(onLeave);

  switch (state.status) {
    case 'idle':
      return (
        <DeviceCheck
          mediaDevices={mediaDevices ?? browserMediaDevices()}
          platform={where}
          otherName={teacher}
          joinNote={t('call.parent.joinNote', { name: teacher })}
          canJoin={Boolean(daily)}
          onJoin={knockWith}
          onCancel={onLeave}
          connection={(joinSoundOnly) => <ParentConnectionCheck ticket={ticket} onJoinSoundOnly={joinSoundOnly} />}
        />
      );
    case 'connecting':
      return (
        <CallMessagePanel
          title={t('call.parent.connecting')}
          actions={<Button label={t('call.parent.cancel')} onClick={leaveToList} />}
        >
          <p>{t('call.parent.fewSeconds')}</p>
        </CallMessagePanel>
      );
    case 'waiting':
      return (
        <WaitingForTeacher
          teacherName={teacher}
          onStop={leaveToList}
          loadTeacherPresence={loadTeacherPresence}
          pollMs={teacherPresencePollMs}
          school={ticket.school}
          timeZone={timeZone}
        />
      );
    case 'timed-out':
      return (
        <CallMessagePanel
          title={t('call.parent.timedOutTitle')}
          actions={
            <>
              <Button label={t('call.parent.knockAgain')} primary onClick={() => knockWith(lastMedia.current)} />
              <Button label={back} onClick={onLeave} />
            </>
          }
        >
          <p>{t('call.parent.timedOut', { name: teacher })}</p>
        </CallMessagePanel>
      );
    case 'reconnecting':
      return (
        <CallMessagePanel
          title={t('call.parent.reconnectingTitle')}
          actions={<Button label={t('call.leave')} onClick={leaveToList} />}
        >
          <p>{t('call.parent.reconnecting', { name: teacher })}</p>
        </CallMessagePanel>
      );
    case 'left':
      return <CallMessagePanel title={t('call.leaving')} />;
    case 'ended':
    case 'denied':
    case 'failed':
      return (
        <CallOutcomePanel
          outcome={state}
          backLabel={back}
          onBack={onLeave}
          onRetry={() => {
            reset();
            knockWith(lastMedia.current);
          }}
        >
          {state.status === 'ended' ? afterCall : null}
        </CallOutcomePanel>
      );
    case 'admitted':
      return (
        <InCallView
          ticket={ticket}
          title={t('call.meetingTitle', { name: teacher, student: ticket.student.name })}
          now={now}
          timeZone={timeZone}
          platform={where}
          leaveLabel={t('call.leave')}
          onLeave={leaveToList}
          whenAlone={<p>{t('call.parent.teacherAway', { name: teacher })}</p>}
        />
      );
  }
}

/** Its own component, so the test starts with the device check and stops when it goes. */
function ParentConnectionCheck({ ticket, onJoinSoundOnly }: { ticket: CallTicket; onJoinSoundOnly: () => void }) {
  const { test, retest } = useConnectionTest(ticket);
  return <ConnectionCheck test={test} onRetest={retest} onJoinSoundOnly={onJoinSoundOnly} />;
}

function Button({ label, onClick, primary = false }: { label: string; onClick: () => void; primary?: boolean }) {
  return (
    <button type="button" className={primary ? 'etm-button etm-button--primary' : 'etm-button'} onClick={onClick}>
      {label}
    </button>
  );
}
