import { useState, type FormEvent } from 'react';
import { describeError } from '@edutrack/web-kit';
import type { EveningDetail } from '../../api/types.ts';
import { useAddJointMeeting, useRemoveJointMeeting } from '../../api/use-evenings.ts';
import { FormAlert } from '../../components/form/form-alert.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';

/**
 * 2-3 teachers parents book as one meeting (e.g. form tutor and SEN lead): all of them are blocked
 * for it, and the first one's times are the ones offered.
 */
export function JointMeetings({ evening }: { evening: EveningDetail }) {
  const add = useAddJointMeeting();
  const remove = useRemoveJointMeeting();
  const toast = useToast();
  const [name, setName] = useState('');
  const [picked, setPicked] = useState(['', '', '']);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const teacherIds = picked.filter(Boolean);
    if (!name.trim()) return setProblem('Name the joint meeting, e.g. “Form tutor and SEN lead”.');
    if (teacherIds.length < 2 || new Set(teacherIds).size !== teacherIds.length)
      return setProblem('Choose 2 or 3 different teachers.');
    setProblem(null);
    add.mutate(
      { eveningId: evening.id, name: name.trim(), teacherIds },
      {
        onSuccess: () => {
          toast.show(`${name.trim()} can be booked as one meeting.`);
          setName('');
          setPicked(['', '', '']);
        },
        onError: (error) => setProblem(describeError(error).message),
      },
    );
  };
  return (
    <section className="section" aria-labelledby="joint-heading">
      <h2 id="joint-heading">Joint meetings</h2>
      {evening.jointMeetings.length === 0 && <p className="empty">No joint meetings.</p>}
      <ul className="meeting-list">
        {evening.jointMeetings.map((j) => (
          <li key={j.id} className="meeting-card">
            <div className="meeting-main">
              <strong>{j.name}</strong>
              <span className="muted">{j.teachers.map((t) => t.displayName).join(', ')}</span>
            </div>
            <button
              type="button"
              className="button small"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { jointMeetingId: j.id },
                  {
                    onSuccess: () => toast.show(`${j.name} removed.`),
                    onError: (error) => toast.show(describeError(error).message, 'error'),
                  },
                )
              }
            >
              Remove {j.name}
            </button>
          </li>
        ))}
      </ul>
      <form className="stack panel" onSubmit={submit} noValidate aria-labelledby="joint-add-heading">
        <h3 id="joint-add-heading">Pair teachers</h3>
        <div className="field">
          <label htmlFor="joint-name">Name parents see</label>
          <input id="joint-name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="row">
          {picked.map((value, i) => (
            <div key={i} className="field">
              <label htmlFor={`joint-teacher-${i}`}>
                {i === 0
                  ? 'First teacher (their times are used)'
                  : i === 1
                    ? 'Second teacher'
                    : 'Third teacher (optional)'}
              </label>
              <select
                id={`joint-teacher-${i}`}
                value={value}
                onChange={(e) => setPicked(picked.map((p, j) => (j === i ? e.target.value : p)))}
              >
                <option value="">{i === 2 ? 'None' : 'Choose a teacher'}</option>
                {evening.teachers.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.displayName}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <FormAlert message={problem} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={add.isPending}>
            Add joint meeting
          </button>
        </div>
      </form>
    </section>
  );
}
