import type { ReactNode } from 'react';
import { AppHeader } from './app-header.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader />
      <main className="page" id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
