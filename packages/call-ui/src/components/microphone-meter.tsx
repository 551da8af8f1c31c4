import { useEffect, useId, useState } from 'react';
import { useMicrophoneLevel } from '../media/use-microphone-level.ts';

const HEARD = 0.08;

/**
 * A live microphone level, with a sentence that says whether we hear anything: the bar alone
 * would leave people guessing (and say nothing to a screen reader).
 */
export function MicrophoneMeter({ track }: { track: MediaStreamTrack | undefined }) {
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
        <p className="etm-hint">Your microphone is on. This browser can't show how loud it is.</p>
      ) : (
        <>
          <label htmlFor={id}>Microphone level</label>
          <meter id={id} min={0} max={1} low={0.08} high={0.9} optimum={0.5} value={level} />
          <p role="status" className="etm-hint">
            {heard ? 'We can hear you.' : 'Say something: the bar moves when we hear you.'}
          </p>
        </>
      )}
    </div>
  );
}
