import { useT } from '@edutrack/i18n/react';
import { type ReactNode, useState } from 'react';
import { describeDeviceProblem } from '../errors/describe-device-problem.ts';
import type { Platform } from '../errors/platform.ts';
import type { JoinMedia } from '../knock/use-knock.ts';
import type { MediaDevicesLike } from '../media/media-devices.ts';
import { type DeviceChoice, useDevicePreview } from '../media/use-device-preview.ts';
import { DeviceProblemHelp } from './device-problem-help.tsx';
import { DeviceSelect } from './device-select.tsx';
import { FocusHeading } from './focus-on-mount-heading.tsx';
import { MicrophoneMeter } from './microphone-meter.tsx';
import { SelfPreview } from './self-preview.tsx';

/**
 * Before joining (the parent before knocking, the teacher before opening the room): they see
 * themselves, see the microphone level, can pick devices, and are told plainly how to fix a blocked
 * or missing device. Joining is possible without them: the other person can still be seen and heard.
 */
export function DeviceCheck({
  mediaDevices,
  platform,
  otherName,
  joinNote,
  canJoin,
  onJoin,
  onCancel,
  connection,
}: {
  mediaDevices: MediaDevicesLike | undefined;
  platform: Platform;
  /** Who will see and hear them: the teacher, or the parent the meeting is with. */
  otherName: string;
  /** What happens after "Join Video Call", in one sentence. */
  joinNote: string;
  /** False until the call object exists. */
  canJoin: boolean;
  onJoin: (media: JoinMedia) => void;
  onCancel: () => void;
  /** The connection test (the parent's, before knocking), given `joinSoundOnly` for its advice. */
  connection?: (joinSoundOnly: () => void) => ReactNode;
}) {
  const t = useT();
  const [choice, setChoice] = useState<DeviceChoice>({});
  const preview = useDevicePreview(mediaDevices, choice);
  const help = describeDeviceProblem({ camera: preview.cameraIssue, microphone: preview.microphoneIssue }, platform, t);
  const starting = preview.status === 'starting';
  const withoutBoth = Boolean(preview.cameraIssue && preview.microphoneIssue);

  const join = (soundOnly = false) => {
    const media: JoinMedia = {
      videoSource: preview.cameraIssue ? false : (preview.cameraId ?? true),
      audioSource: preview.microphoneIssue ? false : (preview.microphoneId ?? true),
      startVideoOff: soundOnly,
    };
    // Free the devices for the call: some phones can't open a camera twice.
    preview.stream?.getTracks().forEach((track) => track.stop());
    onJoin(media);
  };

  return (
    <section className="etm-device-check" aria-labelledby="etm-device-check-title">
      <FocusHeading id="etm-device-check-title">{t('call.device.title')}</FocusHeading>
      <p>{t('call.device.intro', { name: otherName })}</p>
      <p role="status" className="etm-hint">
        {starting ? t('call.device.starting') : ''}
      </p>
      <div className="etm-device-check-media">
        <SelfPreview stream={preview.stream} />
        <MicrophoneMeter track={preview.stream?.getAudioTracks()[0]} />
      </div>
      {help ? (
        <DeviceProblemHelp help={help}>
          <button type="button" className="etm-button" onClick={preview.retry}>
            {t('call.device.tryAgain')}
          </button>
        </DeviceProblemHelp>
      ) : null}
      <div className="etm-device-pickers">
        <DeviceSelect
          label={t('call.device.camera')}
          devices={preview.cameras}
          value={preview.cameraId}
          onChoose={(cameraId) => setChoice((c) => ({ ...c, cameraId }))}
          none=""
        />
        <DeviceSelect
          label={t('call.device.microphone')}
          devices={preview.microphones}
          value={preview.microphoneId}
          onChoose={(microphoneId) => setChoice((c) => ({ ...c, microphoneId }))}
          none=""
        />
      </div>
      {withoutBoth ? <p className="etm-hint">{t('call.device.joinWithoutBoth', { name: otherName })}</p> : null}
      {connection?.(() => join(true))}
      <div className="etm-call-actions">
        <button
          type="button"
          className="etm-button etm-button--primary"
          disabled={!canJoin || starting}
          onClick={() => join()}
        >
          {t('call.device.join')}
        </button>
        <button type="button" className="etm-button" disabled={!canJoin || starting} onClick={() => join(true)}>
          {t('call.device.joinSoundOnly')}
        </button>
        <button type="button" className="etm-button" onClick={onCancel}>
          {t('call.device.back')}
        </button>
      </div>
      {!canJoin ? <p className="etm-hint">{t('call.device.gettingReady')}</p> : <p className="etm-hint">{joinNote}</p>}
    </section>
  );
}
