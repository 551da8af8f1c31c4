import { useT } from '@edutrack/i18n/react';
import type { ReactNode } from 'react';
import { useLocalMedia } from '../media/use-local-media.ts';
import { DevicePickers } from './device-pickers.tsx';

/**
 * The call's buttons. Each says what it will do ("Turn microphone off"), and the state it changes
 * is also written on the person's own tile, so nothing depends on an icon or a colour.
 */
export function CallControls({
  onLeave,
  leaveLabel,
  children,
}: {
  onLeave: () => void;
  leaveLabel: string;
  children?: ReactNode;
}) {
  const t = useT();
  const { micOn, cameraOn, toggleMic, toggleCamera } = useLocalMedia();
  return (
    <div className="etm-controls" role="group" aria-label={t('call.controls.label')}>
      <div className="etm-controls-row">
        <button type="button" className="etm-button" onClick={toggleMic} data-off={!micOn || undefined}>
          {micOn ? t('call.controls.micOff') : t('call.controls.micOn')}
        </button>
        <button type="button" className="etm-button" onClick={toggleCamera} data-off={!cameraOn || undefined}>
          {cameraOn ? t('call.controls.cameraOff') : t('call.controls.cameraOn')}
        </button>
        <button type="button" className="etm-button etm-button--leave" onClick={onLeave}>
          {leaveLabel}
        </button>
      </div>
      <details className="etm-devices">
        <summary>{t('call.controls.devices')}</summary>
        <DevicePickers />
      </details>
      {children}
    </div>
  );
}
