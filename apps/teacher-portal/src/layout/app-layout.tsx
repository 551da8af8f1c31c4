import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { AppHeader } from './app-header.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // After moving to another page, start there (screen readers read the new page, Tab starts from it).
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [path]);

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader />
      <main className="page" id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </>
  );
}
