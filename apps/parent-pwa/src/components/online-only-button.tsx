import { useId, type ButtonHTMLAttributes } from 'react';
import { useOnline } from '../hooks/use-online.ts';
import { OfflineHint } from './offline-hint.tsx';

/**
 * A button for something that needs the server. Offline it is disabled and says why (linked with
 * aria-describedby); while its request runs it shows `busyLabel`.
 */
export function OnlineOnlyButton({
  action,
  busy = false,
  busyLabel,
  disabled,
  className = 'button primary',
  children,
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { action: string; busy?: boolean; busyLabel?: string }) {
  const online = useOnline();
  const hintId = useId();
  return (
    <>
      <button
        {...button}
        className={className}
        disabled={disabled || busy || !online}
        aria-describedby={online ? undefined : hintId}
      >
        {busy && busyLabel ? busyLabel : children}
      </button>
      {!online && <OfflineHint id={hintId} action={action} />}
    </>
  );
}
