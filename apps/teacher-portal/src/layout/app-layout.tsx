import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { AppHeader } from './app-header.tsx';
import { TeacherSwitcher } from './teacher-switcher.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const { isAdmin } = useWorkspace();
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
      {/* Whose agenda an admin is looking at: a bar of its own, so the header keeps to who and where. */}
      {isAdmin && (
        <section className="workspace-bar" aria-label="Whose agenda">
          <TeacherSwitcher />
        </section>
      )}
      <main className="page" id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </>
  );
}
