import { useEffect } from 'react';

/** Each screen names itself (the browser tab, screen readers announcing the page). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · EduTrack Meet`;
  }, [title]);
}
