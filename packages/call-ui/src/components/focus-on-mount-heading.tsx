import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The screen's top-level heading (each state of the call is a screen of its own: the page has no
 * other h1). It takes focus when it appears, so keyboard and screen reader users land on the new
 * state of the call (waiting, in the call, ended) instead of on a button that is gone.
 */
export function FocusHeading({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className={['etm-call-heading', className].filter(Boolean).join(' ')}>
      {children}
    </h1>
  );
}
