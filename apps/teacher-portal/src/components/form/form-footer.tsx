import type { ReactNode } from 'react';
import { FormAlert } from './form-alert.tsx';

/**
 * The end of a form: its own error (announced as it appears), the submit button (disabled and
 * saying what is happening while the request runs, so a second click does nothing) and any others.
 */
export function FormFooter(props: {
  problem: string | null | undefined;
  busy: boolean;
  label: string;
  busyLabel: string;
  tone?: 'primary' | 'danger';
  children?: ReactNode;
}) {
  return (
    <>
      <FormAlert message={props.problem} />
      <div className="actions">
        <button type="submit" className={`button ${props.tone ?? 'primary'}`} disabled={props.busy}>
          {props.busy ? props.busyLabel : props.label}
        </button>
        {props.children}
      </div>
    </>
  );
}
