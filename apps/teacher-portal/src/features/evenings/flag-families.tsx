import { describeError } from '@edutrack/web-kit';
import type { TeacherSchedule } from '../../api/types.ts';
import { useFlagFamily } from '../../api/use-evenings.ts';
import { useToast } from '../../components/toast/toast-provider.tsx';

/**
 * Families the teacher needs to see: ticking one gives the family early access and an invitation,
 * so they are asked first, before booking opens for everyone.
 */
export function FlagFamilies({ eveningId, students }: { eveningId: string; students: TeacherSchedule['students'] }) {
  const flag = useFlagFamily();
  const toast = useToast();
  const toggle = (student: { id: string; name: string }, flagged: boolean) =>
    flag.mutate(
      { eveningId, studentId: student.id, flagged },
      {
        onSuccess: () =>
          toast.show(
            flagged
              ? `${student.name}’s family will be asked first.`
              : `${student.name}’s family is no longer flagged.`,
          ),
        onError: (error) => toast.show(describeError(error).message, 'error'),
      },
    );
  if (students.length === 0) return <p className="empty">None of your classes has children yet.</p>;
  return (
    <fieldset className="choice-list flag-families">
      <legend>Families you need to see</legend>
      <p className="hint">They are invited by email and can book before everyone else.</p>
      {students.map((s) => (
        <label key={s.id} className="choice">
          <input type="checkbox" checked={s.flagged} disabled={flag.isPending} onChange={() => toggle(s, !s.flagged)} />
          <span>
            <span className="choice-label">{s.name}</span>
            {s.booked && <span className="muted small"> · booked with you</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
