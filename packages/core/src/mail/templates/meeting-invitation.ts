import { meetingWhen, type Reader } from '../reader.ts';
import { renderEmail, type Block, type RenderedEmail, type SchoolLine } from './layout.ts';

/** The link a parent's invitee gets: for one meeting, within its window. */
export function meetingInvitationEmail(input: {
  from: SchoolLine;
  reader: Reader;
  inviterName: string;
  /** "Interpreter"; null for the child's other parent. */
  roleLabel: string | null;
  teacherName: string;
  studentName: string;
  meeting: { startsAt: Date; endsAt: Date };
  link: string;
}): RenderedEmail {
  const { reader, inviterName: inviter, teacherName: teacher, roleLabel: role } = input;
  const { t } = reader;
  const blocks: Block[] = [
    { p: t('invitation.body', { inviter, teacher, student: input.studentName }) },
    { list: [meetingWhen(reader, input.meeting), ...(role ? [t('invitation.role', { role })] : [])] },
    { link: { label: t('invitation.join'), url: input.link } },
    { p: t('invitation.howTo', { teacher }) },
    { note: t('invitation.linkNote') },
  ];
  if (!role) blocks.push({ note: t('invitation.appNote') });
  return renderEmail(
    input.from,
    t('invitation.subject', { inviter, teacher }),
    t('invitation.greeting'),
    blocks,
    reader.language,
  );
}
