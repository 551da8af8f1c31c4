import { formatClock, formatLongDay, zoneCity } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import { useState, type FormEvent } from 'react';
import type { ParentEvening } from '../../api/types.ts';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { ChildTeachersChoice } from './child-teachers-choice.tsx';
import { defaultTargets, targetState } from './family-view.ts';
import { windowChoices } from './time-window.ts';

export interface PlanRequest {
  requests: { studentId: string; targetIds: string[] }[];
  window: { from: string; to: string };
}

/** Per child, which teachers to see (all, to start with), and the time the family can do. */
export function PlanForm(props: {
  evening: ParentEvening;
  now: Date;
  busy: boolean;
  initial: PlanRequest | null;
  onSubmit: (request: PlanRequest) => void;
}) {
  const t = useT();
  const { evening } = props;
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const [chosen, setChosen] = useState(() => initialChoice(evening, props.initial));
  // A session closes on its own (24 hours before it starts, unless the school chose otherwise).
  const sessions = evening.sessions.filter((s) => Date.parse(s.closesAt) > props.now.getTime());
  const [sessionId, setSessionId] = useState(() => sessionOf(sessions, props.initial));
  const session = sessions.find((s) => s.id === sessionId) ?? sessions[0]!;
  const times = windowChoices(session);
  const [from, setFrom] = useState(props.initial?.window.from ?? times[0]!);
  const [to, setTo] = useState(props.initial?.window.to ?? times.at(-1)!);
  const [problem, setProblem] = useState<string | null>(null);
  const zone = evening.timeZone;

  const toggle = (studentId: string, targetId: string) =>
    setChosen((previous) => {
      const next = new Map(previous);
      const set = new Set(next.get(studentId));
      if (set.has(targetId)) set.delete(targetId);
      else set.add(targetId);
      next.set(studentId, set);
      return next;
    });
  const chooseSession = (id: string) => {
    const next = sessions.find((s) => s.id === id)!;
    const nextTimes = windowChoices(next);
    setSessionId(id);
    setFrom(nextTimes[0]!);
    setTo(nextTimes.at(-1)!);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const requests = [...chosen]
      .map(([studentId, targets]) => ({ studentId, targetIds: [...targets] }))
      .filter((r) => r.targetIds.length > 0);
    if (requests.length === 0) return setProblem(t('evenings.tickOneTeacher'));
    if (Date.parse(to) <= Date.parse(from)) return setProblem(t('evenings.endAfterStart'));
    setProblem(null);
    props.onSubmit({ requests, window: { from, to } });
  };

  return (
    <form className="stack panel" onSubmit={submit} aria-labelledby="plan-heading" noValidate>
      <h2 id="plan-heading">{t('evenings.bookYourMeetings')}</h2>
      <p>{t('evenings.planIntro')}</p>
      {evening.children.map((child) => (
        <ChildTeachersChoice
          key={child.id}
          evening={evening}
          child={child}
          chosen={chosen.get(child.id) ?? new Set()}
          onToggle={(targetId) => toggle(child.id, targetId)}
        />
      ))}
      <fieldset className="choice time-window">
        <legend>{t('evenings.whenCanYouBeThere')}</legend>
        <p className="hint">{t('evenings.timesAreZone', { city: zoneCity(zone) })}</p>
        {sessions.length > 1 && (
          <label className="field">
            <span>{t('evenings.day')}</span>
            <select value={session.id} onChange={(e) => chooseSession(e.target.value)}>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatLongDay(s.startsAt, style)}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="window-row">
          <label className="field">
            <span>{t('evenings.from')}</span>
            <select value={from} onChange={(e) => setFrom(e.target.value)}>
              {times.slice(0, -1).map((time) => (
                <option key={time} value={time}>
                  {formatClock(time, style)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('evenings.until')}</span>
            <select value={to} onChange={(e) => setTo(e.target.value)}>
              {times.slice(1).map((time) => (
                <option key={time} value={time}>
                  {formatClock(time, style)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <OnlineOnlyButton
        type="submit"
        action={t('evenings.findingAction')}
        busy={props.busy}
        busyLabel={t('evenings.finding')}
      >
        {t('evenings.findTimes')}
      </OnlineOnlyButton>
    </form>
  );
}

/** Every teacher still to book (a joint meeting instead of its teachers alone), for every child; or what the parent chose last time. */
function initialChoice(evening: ParentEvening, initial: PlanRequest | null): Map<string, Set<string>> {
  return new Map(
    evening.children.map((child) => {
      const before = initial?.requests.find((r) => r.studentId === child.id);
      const free = child.targets.filter((t) => targetState(evening, child.id, t) === 'available').map((t) => t.id);
      return [
        child.id,
        new Set(before ? before.targetIds.filter((id) => free.includes(id)) : defaultTargets(evening, child)),
      ];
    }),
  );
}

function sessionOf(sessions: ParentEvening['sessions'], initial: PlanRequest | null): string | undefined {
  const from = initial ? Date.parse(initial.window.from) : NaN;
  const match = sessions.find((s) => Date.parse(s.startsAt) <= from && from < Date.parse(s.endsAt));
  return (match ?? sessions[0])?.id;
}
