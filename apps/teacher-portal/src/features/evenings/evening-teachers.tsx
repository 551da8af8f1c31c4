import { useState } from 'react';
import { Link } from 'wouter';
import { describeError } from '@edutrack/web-kit';
import type { EveningDetail } from '../../api/types.ts';
import { useTeachers } from '../../api/use-directory.ts';
import { useSetEveningTeacher } from '../../api/use-evenings.ts';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { TeacherBreakForm } from './teacher-break-form.tsx';
import { TeacherSessions } from './teacher-sessions.tsx';

const LENGTHS = [4, 5, 6, 8, 10, 12, 15];

/**
 * Who takes part, how booked each is, and per teacher: another meeting length, which sessions, breaks,
 * or leaving the evening.
 */
export function EveningTeachers({ evening }: { evening: EveningDetail }) {
  const setTeacher = useSetEveningTeacher();
  const branchTeachers = useTeachers();
  const toast = useToast();
  const [adding, setAdding] = useState('');
  const others = (branchTeachers.data ?? []).filter(
    (t) => t.role === 'teacher' && !evening.teachers.some((e) => e.id === t.id),
  );
  // The server replaces a teacher's overrides as a whole: a change to one keeps the other as it is.
  const change = (
    input: { teacherId: string; participating?: boolean; slotMinutes?: number | null; sessionIds?: string[] | null },
    done: string,
  ) => {
    const current = evening.teachers.find((t) => t.id === input.teacherId);
    setTeacher.mutate(
      {
        eveningId: evening.id,
        slotMinutes: current?.slotMinutes ?? null,
        sessionIds: current?.sessionIds ?? null,
        ...input,
      },
      { onSuccess: () => toast.show(done), onError: (error) => toast.show(describeError(error).message, 'error') },
    );
  };
  return (
    <section className="section" aria-labelledby="teachers-heading">
      <h2 id="teachers-heading">Teachers</h2>
      <ul className="meeting-list">
        {evening.teachers.map((t) => (
          <li key={t.id} className="meeting-card evening-teacher">
            <div className="meeting-main stacked-lines">
              <strong>{t.displayName}</strong>
              <span className="muted">
                {t.slots.booked} of {t.slots.total} booked
                {t.slots.unavailable > 0 && `, ${t.slots.unavailable} unavailable`}
              </span>
              <Link href={`/evenings/${evening.id}/teachers/${t.id}`}>{t.displayName}’s evening</Link>
            </div>
            <div className="field">
              <label htmlFor={`length-${t.id}`}>Meeting length</label>
              <select
                id={`length-${t.id}`}
                value={t.slotMinutes ?? ''}
                disabled={setTeacher.isPending}
                onChange={(e) =>
                  change(
                    { teacherId: t.id, slotMinutes: e.target.value ? Number(e.target.value) : null },
                    `${t.displayName}’s meetings are now ${e.target.value || evening.slotMinutes} minutes.`,
                  )
                }
              >
                <option value="">As the evening ({evening.slotMinutes} min)</option>
                {LENGTHS.filter((n) => n !== evening.slotMinutes).map((n) => (
                  <option key={n} value={n}>
                    {n} min
                  </option>
                ))}
              </select>
            </div>
            <TeacherSessions
              evening={evening}
              teacher={t}
              busy={setTeacher.isPending}
              onChange={(sessionIds) =>
                change(
                  { teacherId: t.id, sessionIds },
                  sessionIds
                    ? `${t.displayName} takes part in ${sessionIds.length} of ${evening.sessions.length} sessions.`
                    : `${t.displayName} takes part in every session.`,
                )
              }
            />
            <TeacherBreakForm evening={evening} teacher={t} />
            <button
              type="button"
              className="button small"
              disabled={setTeacher.isPending}
              onClick={() =>
                change({ teacherId: t.id, participating: false }, `${t.displayName} no longer takes part.`)
              }
            >
              Remove {t.displayName} from the evening
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <div className="row add-teacher">
          <div className="field">
            <label htmlFor="add-teacher">Add a teacher</label>
            <select id="add-teacher" value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose a teacher</option>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.displayName} ({t.name})
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={!adding || setTeacher.isPending}
            onClick={() => {
              const name = others.find((t) => t.id === adding)?.displayName ?? 'The teacher';
              change({ teacherId: adding, participating: true }, `${name} takes part now.`);
              setAdding('');
            }}
          >
            Add to the evening
          </button>
        </div>
      )}
    </section>
  );
}
