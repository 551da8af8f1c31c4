import { useState } from 'react';
import { describeError } from '@edutrack/web-kit';
import { useSetRunningLate } from '../../api/use-running-order.ts';
import { useToast } from '../../components/toast/toast-provider.tsx';

const CHOICES = [5, 10, 15, 20, 30];

/** "I'm running about N minutes late": every family still to come today sees the new time at once. */
export function RunningLateControl({ current }: { current: { minutes: number } | null }) {
  const setLate = useSetRunningLate();
  const toast = useToast();
  const [minutes, setMinutes] = useState(10);
  const say = (value: number) =>
    setLate.mutate(
      { minutes: value },
      {
        onSuccess: () =>
          toast.show(
            value
              ? `Families still to come now see that you are running about ${value} minutes late.`
              : 'Families now see their booked times again.',
          ),
        onError: (error) => toast.show(describeError(error).message, 'error'),
      },
    );
  return (
    <section className="panel stack" aria-labelledby="running-late-heading">
      <h2 id="running-late-heading">Running late?</h2>
      <p role="status">
        {current
          ? `Families still to come see that you are running about ${current.minutes} minutes late.`
          : 'You are on time: families see their booked times.'}
      </p>
      <div className="row">
        <label>
          Running about{' '}
          <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} aria-label="Minutes late">
            {CHOICES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>{' '}
          minutes late
        </label>
        <button type="button" className="button primary" disabled={setLate.isPending} onClick={() => say(minutes)}>
          Tell the families
        </button>
        {current && (
          <button type="button" className="button" disabled={setLate.isPending} onClick={() => say(0)}>
            I’m on time again
          </button>
        )}
      </div>
    </section>
  );
}
