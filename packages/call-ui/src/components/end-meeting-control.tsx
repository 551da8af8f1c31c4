import { useT } from '@edutrack/i18n/react';
import { useEffect, useRef, useState } from 'react';

/**
 * "End meeting for everyone", asked twice: the second step names the consequence. The server does
 * the ending (it ejects everyone and closes the room); a failure is shown and can be tried again.
 */
export function EndMeetingControl({
  onEnd,
  describeError,
}: {
  onEnd: () => Promise<void>;
  describeError: (error: unknown) => string;
}) {
  const t = useT();
  const [step, setStep] = useState<'idle' | 'confirm' | 'ending'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  // Focus lands on the safe choice, so a double Enter does not end the meeting.
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'confirm') keepRef.current?.focus();
  }, [step]);

  if (step === 'idle') {
    return (
      <div className="etm-end-meeting">
        <button type="button" className="etm-button etm-button--danger" onClick={() => setStep('confirm')}>
          {t('call.end.button')}
        </button>
        {problem ? (
          <p role="alert" className="etm-problem-text">
            {problem}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="etm-end-meeting etm-confirm" role="group" aria-labelledby="etm-end-confirm-text">
      <p id="etm-end-confirm-text">{t('call.end.confirm')}</p>
      <div className="etm-call-actions">
        <button
          type="button"
          className="etm-button etm-button--danger"
          disabled={step === 'ending'}
          onClick={async () => {
            setStep('ending');
            try {
              await onEnd();
            } catch (error) {
              setProblem(describeError(error));
              setStep('idle');
            }
          }}
        >
          {step === 'ending' ? t('call.end.ending') : t('call.end.yes')}
        </button>
        <button
          ref={keepRef}
          type="button"
          className="etm-button"
          disabled={step === 'ending'}
          onClick={() => setStep('idle')}
        >
          {t('call.end.keep')}
        </button>
      </div>
    </div>
  );
}
