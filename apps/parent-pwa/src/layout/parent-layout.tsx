import type { ReactNode } from 'react';
import { AppHeader } from './app-header.tsx';
import { BottomNav } from './bottom-nav.tsx';
import { ConnectionBanner } from './connection-banner.tsx';
import { NoticeBar } from './notice.tsx';

/** The frame of every signed-in screen: name, connection state, content, navigation at the bottom. */
export function ParentLayout({ children }: { children: ReactNode }) {
  return (
    <div className="app-frame">
      <AppHeader />
      <ConnectionBanner />
      <NoticeBar />
      <main className="page">{children}</main>
      <BottomNav />
    </div>
  );
}

/** Screens outside the signed-in area (sign-in, not found) and the full-screen call. */
export function PlainLayout({ children }: { children: ReactNode }) {
  return (
    <div className="app-frame">
      <AppHeader />
      <main className="page">{children}</main>
    </div>
  );
}
