import { useFieldArray, useFormContext } from 'react-hook-form';
import { WatchedChosenDate } from '../../components/form/chosen-date.tsx';
import { FormDateInput, FormTimeInput } from '../../components/form/form-date-time-fields.tsx';
import type { EveningValues } from './evening-schema.ts';

/** One or more sessions (e.g. two evenings in the same week), each a day with a start and an end. */
export function SessionsFields() {
  const form = useFormContext<EveningValues>();
  const sessions = useFieldArray({ control: form.control, name: 'sessions' });
  const errors = form.formState.errors.sessions;
  return (
    <fieldset className="stack">
      <legend>Sessions</legend>
      {sessions.fields.map((field, index) => (
        <div key={field.id} className="row session-row" role="group" aria-label={`Session ${index + 1}`}>
          <FormDateInput control={form.control} name={`sessions.${index}.date`} label="Day" />
          <FormTimeInput control={form.control} name={`sessions.${index}.startTime`} label="From" />
          <FormTimeInput control={form.control} name={`sessions.${index}.endTime`} label="To" />
          <WatchedChosenDate
            control={form.control}
            date={`sessions.${index}.date`}
            from={`sessions.${index}.startTime`}
            to={`sessions.${index}.endTime`}
          />
          {sessions.fields.length > 1 && (
            <button type="button" className="button small" onClick={() => sessions.remove(index)}>
              Remove session {index + 1}
            </button>
          )}
        </div>
      ))}
      {errors?.root?.message && <p className="field-error">{errors.root.message}</p>}
      <button
        type="button"
        className="button"
        onClick={() => {
          const last = form.getValues(`sessions.${sessions.fields.length - 1}`);
          sessions.append({
            date: last?.date ?? '',
            startTime: last?.startTime ?? '16:00',
            endTime: last?.endTime ?? '19:00',
          });
        }}
      >
        Add another session
      </button>
    </fieldset>
  );
}
