import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

/**
 * A screen's h1. It takes focus when the screen opens, so keyboard and screen-reader users start
 * at the new content instead of wherever the last screen left them. A layout effect, so focus moves as
 * the screen is drawn: Preact runs plain effects a frame later, when a quick parent (or a password
 * manager) may already be typing in a field of the new screen.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title);
  useLayoutEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
