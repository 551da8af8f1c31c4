import { and, eq, ne } from 'drizzle-orm';
import {
  branches,
  guardianStudents,
  guardians,
  meetingInvitations,
  schoolGuardians,
  type Transaction,
} from '@edutrack/db';
import type { GuardianActor } from '../../actors.ts';
import { findVisibleAppointment } from '../../appointments/access.ts';
import type { AppointmentRow } from '../../appointments/appointment-view.ts';
import { newOpaqueToken } from '../../auth/opaque-token.ts';
import { tooManyAttempts } from '../../auth/sign-in-staff.ts';
import { normalizeEmail } from '../../auth/email-address.ts';
import type { CoreDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { schoolOfBranch } from '../../mail/school-line.ts';
import { readerOf } from '../../mail/reader.ts';
import { meetingInvitationEmail } from '../../mail/templates/meeting-invitation.ts';
import { pushToGuardian } from '../../push/push-to-guardian.ts';
import { meetingWindow } from '../../time/meeting-window.ts';
import { findOpenInvitation, type OpenInvitation } from './open-invitation.ts';
import { said } from '../../error-messages/say.ts';

export type Invitee =
  { kind: 'other-parent'; guardianId: string } | { kind: 'guest'; email: string; roleLabel: string };

/** What the parent app shows on a meeting: who is invited, and whom the parent could invite. */
export interface MeetingGuestsView {
  /** The school lets parents bring one more person. */
  guestsAllowed: boolean;
  /** Still possible: the meeting is ahead or under way. */
  canInvite: boolean;
  invitation: { kind: 'other-parent' | 'guest'; name: string; roleLabel: string; email: string } | null;
  /** The child's other parents the school has linked (by the school's record of their name). */
  otherParents: { id: string; name: string }[];
}

const OTHER_PARENT_LABEL = 'Parent';

/** The meeting's guests as the parent app shows them; any parent of the child may look. */
export async function getMeetingGuests(
  deps: CoreDeps,
  guardian: GuardianActor,
  appointmentId: string,
): Promise<MeetingGuestsView> {
  const row = await findVisibleAppointment(deps.db, guardian, appointmentId);
  const [branch] = await deps.db
    .select({ guestsAllowed: branches.guestsAllowed, schoolId: branches.schoolId })
    .from(branches)
    .where(eq(branches.id, row.branch.id));
  const invitation = await findOpenInvitation(deps.db, { appointmentId, branchId: row.branch.id });
  const otherParents = await deps.db
    .select({ id: schoolGuardians.guardianId, name: schoolGuardians.name })
    .from(guardianStudents)
    .innerJoin(
      schoolGuardians,
      and(eq(schoolGuardians.guardianId, guardianStudents.guardianId), eq(schoolGuardians.schoolId, branch!.schoolId)),
    )
    .where(
      and(
        eq(guardianStudents.studentId, row.student.id),
        ne(guardianStudents.guardianId, guardian.id),
        ne(guardianStudents.guardianId, row.appointment.guardianId),
      ),
    );
  return {
    guestsAllowed: branch!.guestsAllowed,
    canInvite: branch!.guestsAllowed && isUpcoming(row, deps.clock.now()),
    invitation: invitation && {
      kind: invitation.guardianId ? 'other-parent' : 'guest',
      name: invitation.guardianName ?? invitation.roleLabel,
      roleLabel: invitation.roleLabel,
      email: invitation.email,
    },
    otherParents,
  };
}

/**
 * A parent of the child invites one more person: the child's other parent, or a guest by email with a
 * role. They get an email (the other parent a push too) with a link for this meeting only. The meeting
 * row is locked while the invitation is written, so two parents inviting at once leave one invitation.
 */
export async function inviteToMeeting(
  deps: CoreDeps,
  guardian: GuardianActor,
  input: { appointmentId: string; invitee: Invitee },
): Promise<MeetingGuestsView> {
  const row = await findVisibleAppointment(deps.db, guardian, input.appointmentId);
  await checkInvitable(deps, row);
  const invitee = await resolveInvitee(deps, row, guardian, input.invitee);
  await limitInvitations(deps, guardian, invitee.email);

  const invitationId = await deps.db.transaction(async (tx) => {
    const locked = await findVisibleAppointment(tx, guardian, input.appointmentId, { forUpdate: true });
    if (await findOpenInvitation(tx, { appointmentId: locked.appointment.id, branchId: locked.branch.id })) {
      throw new AppError('CONFLICT', said('errors.guests.alreadyInvited'));
    }
    const { token, hash } = newOpaqueToken();
    const [created] = await tx
      .insert(meetingInvitations)
      .values({
        appointmentId: locked.appointment.id,
        invitedById: guardian.id,
        guardianId: invitee.guardianId,
        email: invitee.email,
        roleLabel: invitee.roleLabel,
        tokenHash: hash,
        createdAt: deps.clock.now(),
      })
      .returning({ id: meetingInvitations.id });
    const open = (await findOpenInvitation(tx, { appointmentId: locked.appointment.id, branchId: locked.branch.id }))!;
    await sendInvitation(deps, tx, locked, open, token, invitee.language);
    return created!.id;
  });
  deps.log.info(
    { event: 'meeting-invitation-sent', invitationId, appointmentId: row.appointment.id },
    'invitation sent',
  );
  return getMeetingGuests(deps, guardian, input.appointmentId);
}

function isUpcoming(row: AppointmentRow, now: Date): boolean {
  const a = row.appointment;
  return a.status === 'scheduled' && !a.endedAt && now < meetingWindow(a).closesAt;
}

async function checkInvitable(deps: CoreDeps, row: AppointmentRow): Promise<void> {
  const [branch] = await deps.db
    .select({ guestsAllowed: branches.guestsAllowed })
    .from(branches)
    .where(eq(branches.id, row.branch.id));
  if (!branch?.guestsAllowed) {
    throw new AppError('FORBIDDEN', said('errors.guests.turnedOff'));
  }
  if (!isUpcoming(row, deps.clock.now())) {
    throw new AppError('PRECONDITION_FAILED', said('errors.guests.meetingOver'));
  }
}

async function resolveInvitee(
  deps: CoreDeps,
  row: AppointmentRow,
  guardian: GuardianActor,
  invitee: Invitee,
): Promise<{ guardianId: string | null; email: string; roleLabel: string; language: string | null }> {
  if (invitee.kind === 'guest') {
    const email = normalizeEmail(invitee.email);
    if (email === normalizeEmail(guardian.email)) {
      throw new AppError('BAD_REQUEST', said('errors.guests.ownEmail'), { field: 'email' });
    }
    // A guest has no language of their own with us: they are written to in the inviting parent's,
    // who knows them (an interpreter, a relative) and chose it in the app.
    return { guardianId: null, email, roleLabel: invitee.roleLabel.trim(), language: guardian.language };
  }
  const [other] = await deps.db
    .select({ id: guardians.id, email: guardians.email, language: guardians.language })
    .from(guardianStudents)
    .innerJoin(guardians, eq(guardians.id, guardianStudents.guardianId))
    .where(and(eq(guardianStudents.studentId, row.student.id), eq(guardianStudents.guardianId, invitee.guardianId)));
  if (!other || other.id === guardian.id || other.id === row.appointment.guardianId) {
    throw new AppError('BAD_REQUEST', said('errors.guests.notOtherParent', { child: row.student.name }));
  }
  // The child's other parent is one of ours: their own language.
  return { guardianId: other.id, email: other.email, roleLabel: OTHER_PARENT_LABEL, language: other.language };
}

async function limitInvitations(deps: CoreDeps, guardian: GuardianActor, email: string): Promise<void> {
  const byParent = await deps.limiter.reserve('meeting-invitation-parent', guardian.id);
  const byAddress = await deps.limiter.reserve('meeting-invitation-address', email);
  if (byParent.allowed && byAddress.allowed) return;
  // Ids only: neither address goes to the log.
  deps.log.warn({ event: 'meeting-invitations-rate-limited', guardianId: guardian.id }, 'too many invitations');
  throw tooManyAttempts(Math.max(byParent.blockedForSeconds, byAddress.blockedForSeconds), 'invitations');
}

async function sendInvitation(
  deps: CoreDeps,
  tx: Transaction,
  row: AppointmentRow,
  invitation: OpenInvitation,
  token: string,
  language: string | null,
): Promise<void> {
  const school = await schoolOfBranch(tx, row.branch.id);
  // In the fragment, as sign-in links: browsers never send it to a server, so it stays out of logs.
  const link = `${deps.publicUrl}/parent/guest#invite=${token}`;
  const reader = readerOf(language, row.branch);
  const { t } = reader;
  await deps.mailer.send(tx, {
    ...meetingInvitationEmail({
      from: school,
      reader,
      inviterName: invitation.invitedByName,
      roleLabel: invitation.guardianId ? null : invitation.roleLabel,
      teacherName: row.teacher.displayName,
      studentName: row.student.name,
      meeting: row.appointment,
      link,
    }),
    kind: 'meeting-invitation',
    schoolId: school.schoolId,
    to: invitation.email,
  });
  if (invitation.guardianId) {
    // Their own app already shows the meeting (they are a parent of the child): no token in a push.
    await pushToGuardian(tx, invitation.guardianId, {
      title: t('invitation.pushTitle', { inviter: invitation.invitedByName }),
      body: t('invitation.pushBody', { teacher: row.teacher.displayName, student: row.student.name }),
      url: `/parent/meetings/${row.appointment.id}`,
      tag: `invitation-${row.appointment.id}`,
    });
  }
}
