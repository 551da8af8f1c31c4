import { useT } from '@edutrack/i18n/react';
import { useState } from 'react';
import { useLocalMedia } from '../media/use-local-media.ts';
import { useLocalNetworkQuality } from './network-quality-context.tsx';

/**
 * When this side's connection turns poor with the camera on: say so, and offer to turn the camera
 * off (what Daily's own Prebuilt does by itself on 'bad'; here the person decides). "Not now" hides it
 * until the connection recovers and turns poor again.
 */
export function PoorConnectionOffer() {
  const t = useT();
  const state = useLocalNetworkQuality();
  const { cameraOn, toggleCamera } = useLocalMedia();
  const [dismissed, setDismissed] = useState(false);
  const poor = state === 'bad';
  // A recovery resets "Not now": the next poor spell offers again.
  if (dismissed && !poor) setDismissed(false);
  if (!poor || !cameraOn || dismissed) return null;
  return (
    <div className="etm-connection-offer" role="alert">
      <p>{t('call.connection.poorOffer')}</p>
      <div className="etm-call-actions">
        <button type="button" className="etm-button etm-button--primary" onClick={toggleCamera}>
          {t('call.controls.cameraOff')}
        </button>
        <button type="button" className="etm-button" onClick={() => setDismissed(true)}>
          {t('call.connection.notNow')}
        </button>
      </div>
    </div>
  );
}
