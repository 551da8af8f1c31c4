import { useT } from '@edutrack/i18n/react';
import type { ReactNode } from 'react';
import type { DeviceHelp } from '../errors/describe-device-problem.ts';

/** What is wrong with the camera or microphone and how to fix it, as numbered steps. */
export function DeviceProblemHelp({ help, children }: { help: DeviceHelp; children?: ReactNode }) {
  const t = useT();
  return (
    <section className="etm-device-help" role="alert" aria-label={help.title}>
      <h3>{help.title}</h3>
      <p>{help.message}</p>
      {help.steps.length > 0 ? (
        <>
          <p className="etm-device-help-how">{t('call.help.how')}</p>
          <ol>
            {help.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
      {children}
    </section>
  );
}
