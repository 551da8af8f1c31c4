import { renderEmail, type Block, type RenderedEmail, type SchoolLine } from './layout.ts';

/** The link a parent's invitee gets: for one meeting, within its window. */
export function meetingInvitationEmail(input: {
  from: SchoolLine;
  inviterName: string;
  /** "Interpreter"; null for the child's other parent. */
  roleLabel: string | null;
  teacherName: string;
  studentName: string;
  /** meetingWhen(): date, times and the branch's zone. */
  when: string;
  link: string;
}): RenderedEmail {
  const blocks: Block[] = [
    {
      p: `${input.inviterName} invited you to their video meeting with ${input.teacherName} about ${input.studentName}.`,
    },
    { list: [input.when, ...(input.roleLabel ? [`You join as: ${input.roleLabel}`] : [])] },
    { link: { label: 'Join the meeting', url: input.link } },
    {
      p: `Open the link when the meeting is about to start: you check your camera and microphone, then ${input.teacherName} lets you in.`,
    },
    {
      note: 'The link works only for this meeting, from 5 minutes before it starts until 30 minutes after it ends. Please do not forward it.',
    },
  ];
  if (!input.roleLabel) blocks.push({ note: 'You can also join from the EduTrack Meet app, signed in as yourself.' });
  return renderEmail(
    input.from,
    `${input.inviterName} invited you to a meeting with ${input.teacherName}`,
    'Hello,',
    blocks,
  );
}
