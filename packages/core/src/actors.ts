/** Who is asking. Services take one of these, never a raw session. */
export interface StaffMembership {
  branchId: string;
  role: 'admin' | 'teacher';
}

export interface StaffActor {
  kind: 'staff';
  id: string;
  email: string;
  name: string;
  displayName: string;
  memberships: StaffMembership[];
}

export interface GuardianActor {
  kind: 'guardian';
  id: string;
  email: string;
  name: string;
  /** The language they chose in the app; null until they choose (emails are then in English). */
  language: string | null;
}

export type Actor = StaffActor | GuardianActor;

export const adminBranchIds = (staff: StaffActor) =>
  staff.memberships.filter((m) => m.role === 'admin').map((m) => m.branchId);

export const isAdminOf = (staff: StaffActor, branchId: string) =>
  staff.memberships.some((m) => m.branchId === branchId && m.role === 'admin');

export const isMemberOf = (staff: StaffActor, branchId: string) =>
  staff.memberships.some((m) => m.branchId === branchId);
