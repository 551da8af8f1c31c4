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
  const back = 'Back to my meetings';
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
          joinNote={`${teacher} will see that you are waiting and let you in.`}
          canJoin={Boolean(daily)}
          onJoin={knockWith}
          onCancel={onLeave}
          connection={(joinSoundOnly) => <ParentConnectionCheck ticket={ticket} onJoinSoundOnly={joinSoundOnly} />}
        />
      );
    case 'connecting':
      return (
        <CallMessagePanel
          title="Connecting to the video room…"
          actions={<Button label="Cancel" onClick={leaveToList} />}
        >
          <p>This takes a few seconds.</p>
        </CallMessagePanel>
      );
    case 'waiting':
      return (
        <WaitingForTeacher
          teacherName={teacher}
          onStop={leaveToList}
          loadTeacherPresence={loadTeacherPresence}
          pollMs={teacherPresencePollMs}
          timeZone={timeZone}
        />
      );
    case 'timed-out':
      return (
        <CallMessagePanel
          title="Nobody has let you in yet"
          actions={
            <>
              <Button label="Knock again" primary onClick={() => knockWith(lastMedia.current)} />
              <Button label={back} onClick={onLeave} />
            </>
          }
        >
          <p>
            {teacher} hasn't answered for a while. They may still be in another meeting. You can knock again, or go back
            and try later.
          </p>
        </CallMessagePanel>
      );
    case 'reconnecting':
      return (
        <CallMessagePanel title="Reconnecting…" actions={<Button label="Leave the call" onClick={leaveToList} />}>
          <p>
            Your connection dropped. We are bringing you back into the call with {teacher}: you won't need to knock
            again.
          </p>
        </CallMessagePanel>
      );
    case 'left':
      return <CallMessagePanel title="Leaving the call…" />;
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
          title={`Meeting with ${teacher} about ${ticket.student.name}`}
          now={now}
          timeZone={timeZone}
          platform={where}
          leaveLabel="Leave the call"
          onLeave={leaveToList}
          whenAlone={<p>{teacher} is not in the call right now. Stay here: you will see them when they come back.</p>}
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
