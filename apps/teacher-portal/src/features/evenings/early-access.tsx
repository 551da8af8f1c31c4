import { useState } from 'react';
import { describeError } from '@edutrack/web-kit';
import type { EveningDetail } from '../../api/types.ts';
import { useStudentSearch, useTeachers } from '../../api/use-directory.ts';
import { useSetEarlyAccess } from '../../api/use-evenings.ts';
import { TextField } from '../../components/form/fields.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';

/**
 * Families who may book before everyone else (e.g. SEN), chosen by the admin, and those a teacher
 * asked to see. Both book from the early opening time.
 */
export function EarlyAccess({ evening }: { evening: EveningDetail }) {
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search, 300);
  const found = useStudentSearch(settled, undefined);
  const known = useStudentSearch('', undefined);
  const teachers = useTeachers();
  const set = useSetEarlyAccess();
  const toast = useToast();
  const nameOf = (id: string) =>
    [...(known.data ?? []), ...(found.data ?? [])].find((s) => s.id === id)?.name ?? 'A child';
  const teacherName = (id: string) => teachers.data?.find((t) => t.id === id)?.displayName ?? 'A teacher';
  const change = (studentId: string, earlyAccess: boolean) =>
    set.mutate(
      { eveningId: evening.id, studentIds: [studentId], earlyAccess },
      {
        onSuccess: () =>
          toast.show(
            earlyAccess
              ? `${nameOf(studentId)}’s family can book early.`
              : `${nameOf(studentId)}’s family books with everyone else.`,
          ),
        onError: (error) => toast.show(describeError(error).message, 'error'),
      },
    );
  const chosen = new Set(evening.earlyAccessStudentIds);
  return (
    <section className="section" aria-labelledby="early-heading">
      <h2 id="early-heading">Early booking</h2>
      {!evening.rules.earlyAccessOpensAt && (
        <p className="notice">Set when early booking opens (booking rules above) for these families to book early.</p>
      )}
      {chosen.size === 0 && evening.flags.length === 0 && <p className="empty">No families book early yet.</p>}
      <ul className="meeting-list">
        {[...chosen].map((id) => (
          <li key={id} className="meeting-card">
            <span className="meeting-main">{nameOf(id)}’s family</span>
            <button type="button" className="button small" disabled={set.isPending} onClick={() => change(id, false)}>
              Remove early booking for {nameOf(id)}
            </button>
          </li>
        ))}
        {evening.flags.map((f) => (
          <li key={`${f.teacherId}-${f.studentId}`} className="meeting-card">
            <span className="meeting-main">
              {nameOf(f.studentId)}’s family{' '}
              <span className="muted small">· asked for by {teacherName(f.teacherId)}</span>
            </span>
          </li>
        ))}
      </ul>
      <TextField
        label="Find a child"
        type="search"
        hint="Type part of a child’s or a parent’s name."
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {settled.trim() && (
        <ul className="meeting-list" aria-label="Children found">
          {(found.data ?? [])
            .filter((s) => !chosen.has(s.id))
            .map((s) => (
              <li key={s.id} className="meeting-card">
                <span className="meeting-main">
                  {s.name} <span className="muted small">{s.classes.join(', ')}</span>
                </span>
                <button
                  type="button"
                  className="button small"
                  disabled={set.isPending}
                  onClick={() => change(s.id, true)}
                >
                  Let {s.name}’s family book early
                </button>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
