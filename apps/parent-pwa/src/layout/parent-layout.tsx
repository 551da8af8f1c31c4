import type { ReactNode } from 'react';
import { BottomNav } from './bottom-nav.tsx';
import { ConnectionBanner } from './connection-banner.tsx';
import { NoticeBar } from './notice.tsx';

/** The frame of every signed-in screen: name, connection state, content, navigation at the bottom. */
export function ParentLayout({ children }: { children: ReactNode }) {
  return (
    <div className="app-frame">
      <header className="app-header">
        <span className="app-name">EduTrack Meet</span>
      </header>
      <ConnectionBanner />
      <NoticeBar />
      <main className="page">{children}</main>
      <BottomNav />
    </div>
  );
}

/** Screens outside the signed-in area (sign-in, not found). */
export function PlainLayout({ children }: { children: ReactNode }) {
  return (
    <div className="app-frame">
      <header className="app-header">
        <span className="app-name">EduTrack Meet</span>
      </header>
      <main className="page">{children}</main>
    </div>
  );
}
