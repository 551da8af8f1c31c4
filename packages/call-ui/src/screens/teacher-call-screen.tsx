import { useT } from '@edutrack/i18n/react';
import { type CallTicket, type DescribeError, systemClock } from '../call-ticket.ts';
import { useDaily } from '@daily-co/daily-react';
import { CallMessagePanel } from '../components/call-message-panel.tsx';
import { DeviceCheck } from '../components/device-check.tsx';
import { CallOutcomePanel } from '../components/call-outcome-panel.tsx';
import { CallScreenFrame } from '../components/call-screen-frame.tsx';
import { EndMeetingControl } from '../components/end-meeting-control.tsx';
import { InCallView } from '../components/in-call-view.tsx';
import { KnockToast } from '../components/knock-toast.tsx';
import { type Knocker, WaitingRoomPanel } from '../components/waiting-room-panel.tsx';
import { detectPlatform } from '../errors/platform.ts';
import { type HostRejoinOptions, useHostJoin } from '../host/use-host-join.ts';
import { useKnockers } from '../host/use-knockers.ts';
import type { LoadLobby } from '../host/use-vouched-knockers.ts';
import { browserMediaDevices, type MediaDevicesLike } from '../media/media-devices.ts';
import type { CallScreenProps } from './call-screen-props.ts';
import { useNow } from '@edutrack/web-kit';

/** `ticket` is `staff.meetings.join`'s answer: the room and an owner token. */
export interface TeacherCallScreenProps extends CallScreenProps {
  /** `staff.meetings.lobby({ id })`: the lobby sessions the server vouches for. Polled while anyone waits. */
  loadLobby: LoadLobby;
  /** `staff.meetings.end({ id })`: closes the meeting; the server removes everyone. */
  onEndForEveryone: () => Promise<unknown>;
  /** Words a failed server call (`describeError(e).message` from @edutrack/web-kit). */
  describeError?: DescribeError;
  lobbyPollMs?: number;
  /** The browser's camera and microphone for the check before joining; tests pass their own. */
  mediaDevices?: MediaDevicesLike;
  /** After a dropped connection: how many times to join again by itself, and how far apart. */
  rejoin?: HostRejoinOptions;
}

/** The teacher hosts: joins as the room's owner, sees and answers knocks, ends the meeting. */
export function TeacherCallScreen(props: TeacherCallScreenProps) {
  return (
    <CallScreenFrame callObject={props.callObject} who="teacher">
      <HostCall {...props} />
    </CallScreenFrame>
  );
}

function HostCall({
  ticket,
  loadLobby,
  onEndForEveryone,
  onLeave,
  describeError,
  now: clock = systemClock,
  timeZone,
  platform,
  lobbyPollMs,
  mediaDevices,
  rejoin,
}: TeacherCallScreenProps) {
  const t = useT();
  const { state, interrupted, join, retry, leave, endedByHost } = useHostJoin(ticket, clock, rejoin);
  const daily = useDaily();
  const now = useNow(1000, clock);
  const { knockers, toast, dismissToast, admit, deny } = useKnockers(ticket, loadLobby, lobbyPollMs);
  const back = t('call.teacher.back');

  switch (state.status) {
    case 'checking':
      return (
        <DeviceCheck
          mediaDevices={mediaDevices ?? browserMediaDevices()}
          platform={platform ?? detectPlatform()}
          otherName={ticket.expectedParent.name}
          joinNote={t('call.teacher.joinNote', { name: ticket.expectedParent.name })}
          canJoin={Boolean(daily)}
          onJoin={(media) => void join(media)}
          onCancel={onLeave}
        />
      );
    case 'joining':
      return (
        <CallMessagePanel
          title={t('call.teacher.joining')}
          actions={<BackButton label={back} onClick={() => void leave().then(onLeave)} />}
        >
          <p>{t('call.teacher.starting')}</p>
        </CallMessagePanel>
      );
    case 'reconnecting':
      return (
        <CallMessagePanel
          title={t('call.teacher.reconnectingTitle')}
          actions={<BackButton label={t('call.leave')} onClick={() => void leave().then(onLeave)} />}
        >
          <p>{t('call.teacher.reconnecting', { attempt: state.attempt, of: state.of })}</p>
        </CallMessagePanel>
      );
    case 'disconnected':
      return (
        <CallMessagePanel
          title={t('call.teacher.disconnectedTitle')}
          tone="problem"
          actions={
            <>
              <button type="button" className="etm-button etm-button--primary" onClick={() => void retry()}>
                {t('call.teacher.rejoin')}
              </button>
              <BackButton label={back} onClick={onLeave} />
            </>
          }
        >
          <p>{t('call.teacher.disconnected', { tries: state.tries })}</p>
        </CallMessagePanel>
      );
    case 'left':
      return <CallMessagePanel title={t('call.leaving')} />;
    case 'ended':
    case 'denied':
    case 'failed':
      return <CallOutcomePanel outcome={state} backLabel={back} onBack={onLeave} onRetry={() => void retry()} />;
    case 'joined':
      return (
        <>
          <KnockToast knocker={toast} onDismiss={dismissToast} />
          {/* Always present, so a screen reader hears the words when they appear. */}
          <p className="etm-call-reconnecting" role="status">
            {interrupted ? t('call.teacher.interrupted') : ''}
          </p>
          <InCallView
            ticket={ticket}
            title={t('call.meetingTitle', { name: ticket.expectedParent.name, student: ticket.student.name })}
            now={now}
            timeZone={timeZone}
            platform={platform ?? detectPlatform()}
            leaveLabel={t('call.leave')}
            onLeave={() => void leave().then(onLeave)}
            whenAlone={<AloneMessage ticket={ticket} knockers={knockers} />}
            aside={<WaitingRoomPanel knockers={knockers} onAdmit={admit} onDeny={deny} />}
            extraControls={
              <EndMeetingControl
                describeError={describeError ?? (() => t('call.error.serverCall'))}
                onEnd={async () => {
                  await onEndForEveryone();
                  await endedByHost();
                }}
              />
            }
          />
        </>
      );
  }
}

/** The main tile while nobody else is in: it must agree with the waiting room beside it. */
function AloneMessage({ ticket, knockers }: { ticket: CallTicket; knockers: Knocker[] }) {
  const t = useT();
  if (knockers.length === 0) return <p>{t('call.teacher.aloneEmpty', { name: ticket.expectedParent.name })}</p>;
  return <p>{t('call.teacher.aloneWaiting', { count: knockers.length, name: knockers[0]!.identity.name })}</p>;
}

function BackButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="etm-button" onClick={onClick}>
      {label}
    </button>
  );
}
