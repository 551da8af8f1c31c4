import { useFormContext } from 'react-hook-form';
import { MEETING_LENGTHS, type MeetingTimeValues } from '../../lib/meeting-time-schema.ts';
import { WatchedChosenDate } from '../../components/form/chosen-date.tsx';
import { SelectField } from '../../components/form/fields.tsx';
import { FormDateInput, FormTimeInput } from '../../components/form/form-date-time-fields.tsx';

/** Date, start time and length of a meeting, typed in the branch's zone. Used inside a FormProvider. */
export function MeetingTimeFields({ zone, extraLength }: { zone: string; extraLength?: number }) {
  const { register, formState, control } = useFormContext<MeetingTimeValues>();
  const lengths =
    extraLength && !MEETING_LENGTHS.includes(extraLength)
      ? [...MEETING_LENGTHS, extraLength].sort((a, b) => a - b)
      : MEETING_LENGTHS;
  return (
    <fieldset className="time-fields">
      <legend>When</legend>
      <p className="hint">Times are in the branch’s time zone, {zone}.</p>
      <div className="row">
        <FormDateInput control={control} name="date" label="Date" />
        <FormTimeInput control={control} name="startTime" label="Start time" />
        <SelectField
          label="Length"
          error={formState.errors.durationMinutes?.message}
          {...register('durationMinutes', { valueAsNumber: true })}
        >
          {lengths.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes} minutes
            </option>
          ))}
        </SelectField>
      </div>
      <WatchedChosenDate control={control} date="date" from="startTime" lengthField="durationMinutes" zone={zone} />
    </fieldset>
  );
}
