import { useT } from '@edutrack/i18n/react';
import { useEffect, useId, useState } from 'react';
import { useMicrophoneLevel } from '../media/use-microphone-level.ts';

const HEARD = 0.08;

/**
 * A live microphone level, with a sentence that says whether we hear anything: the bar alone
 * would leave people guessing (and say nothing to a screen reader).
 */
export function MicrophoneMeter({ track }: { track: MediaStreamTrack | undefined }) {
  const t = useT();
  const level = useMicrophoneLevel(track);
  const [heard, setHeard] = useState(false);
  const id = useId();
  useEffect(() => {
    if (level !== null && level >= HEARD) setHeard(true);
  }, [level]);
  useEffect(() => setHeard(false), [track]);
  if (!track) return null;
  return (
    <div className="etm-mic-meter">
      {level === null ? (
        <p className="etm-hint">{t('call.meter.noLevel')}</p>
      ) : (
        <>
          <label htmlFor={id}>{t('call.meter.label')}</label>
          <meter id={id} min={0} max={1} low={0.08} high={0.9} optimum={0.5} value={level} />
          <p role="status" className="etm-hint">
            {heard ? t('call.meter.heard') : t('call.meter.saySomething')}
          </p>
        </>
      )}
    </div>
  );
}
