import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Branch, StaffMe } from '../api/types.ts';
import { useSignOut } from '../api/use-session.ts';
import { setHtmlLanguage } from '../i18n/html-language.ts';

/**
 * Where and for whom the signed-in person is working: their branch, and (for a branch admin) the
 * teacher whose agenda and availability they are looking at. `teacherId` undefined means "all
 * teachers" for an admin; a teacher always works as themself.
 */
export interface Workspace {
  me: StaffMe;
  branch: Branch;
  isAdmin: boolean;
  teacherId: string | undefined;
  setTeacherId: (id: string | undefined) => void;
  setBranchId: (id: string) => void;
}

const WorkspaceContext = createContext<Workspace | null>(null);
const storageKey = (staffId: string) => `etm.staff.actingTeacher.${staffId}`;

export function WorkspaceProvider({ me, children }: { me: StaffMe; children: ReactNode }) {
  const [branchId, setBranchId] = useState(me.branches[0]?.id);
  const [chosenTeacher, setChosenTeacher] = useState<string | undefined>(
    () => sessionStorage.getItem(storageKey(me.id)) ?? undefined,
  );
  const branch = me.branches.find((b) => b.id === branchId) ?? me.branches[0];
  const branchLocale = branch?.locale;
  useEffect(() => {
    if (branchLocale) setHtmlLanguage(branchLocale);
  }, [branchLocale]);

  const value = useMemo<Workspace | null>(() => {
    if (!branch) return null;
    const isAdmin = branch.role === 'admin';
    return {
      me,
      branch,
      isAdmin,
      teacherId: isAdmin ? chosenTeacher : me.id,
      setTeacherId: (id) => {
        if (id) sessionStorage.setItem(storageKey(me.id), id);
        else sessionStorage.removeItem(storageKey(me.id));
        setChosenTeacher(id);
      },
      setBranchId: (id) => {
        setBranchId(id);
        setChosenTeacher(undefined);
        sessionStorage.removeItem(storageKey(me.id));
      },
    };
  }, [me, branch, chosenTeacher]);

  if (!value) return <NoBranchPage />;
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

function NoBranchPage() {
  const signOut = useSignOut();
  return (
    <main className="page narrow" id="main">
      <h1>No branch yet</h1>
      <p>Your account is not part of any branch yet. Ask your school admin to add you, then sign in again.</p>
      <button type="button" className="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        Sign out
      </button>
    </main>
  );
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside WorkspaceProvider');
  return workspace;
}
