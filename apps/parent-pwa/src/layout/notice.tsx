import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';

/**
 * A short confirmation after an action ("Booked: …"), shown on the screen the parent lands on and
 * gone once they move on.
 */
interface Notice {
  message: string;
  path: string;
}

const NoticeContext = createContext<{ notice: Notice | null; show: (message: string, path: string) => void }>({
  notice: null,
  show: () => undefined,
});

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const value = useMemo(
    () => ({ notice, show: (message: string, path: string) => setNotice({ message, path }) }),
    [notice],
  );
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

/** Show `message` on the screen at `path` (usually the one being navigated to). */
export function useShowNotice() {
  return useContext(NoticeContext).show;
}

export function NoticeBar() {
  const { notice } = useContext(NoticeContext);
  const [location] = useLocation();
  return (
    <div role="status" className="notice-region">
      {notice && notice.path === location && <p className="banner notice">{notice.message}</p>}
    </div>
  );
}
