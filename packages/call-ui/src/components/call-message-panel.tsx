import { type ReactNode, useId } from 'react';
import { FocusHeading } from './focus-on-mount-heading.tsx';

/**
 * A whole-screen message: joining, waiting, ended, refused, failed. The title takes focus when the
 * panel appears; the body is a live region, so a change while it is shown is read out too.
 */
export function CallMessagePanel({
  title,
  children,
  actions,
  tone = 'neutral',
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  tone?: 'neutral' | 'ended' | 'problem';
}) {
  const titleId = useId();
  return (
    <section className={`etm-call-message etm-call-message--${tone}`} aria-labelledby={titleId}>
      <FocusHeading id={titleId}>{title}</FocusHeading>
      <div className="etm-call-message-body" role="status">
        {children}
      </div>
      {actions ? <div className="etm-call-actions">{actions}</div> : null}
    </section>
  );
}
