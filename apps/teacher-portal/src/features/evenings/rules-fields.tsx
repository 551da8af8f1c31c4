import { useFormContext } from 'react-hook-form';
import { SelectField, TextField } from '../../components/form/fields.tsx';
import type { RulesValues } from './rules-schema.ts';

/** When booking opens and closes, limits, households, early access and changes after closing. */
export function RulesFields({ zone, legend = 'Booking rules' }: { zone: string; legend?: string }) {
  const form = useFormContext<RulesValues>();
  const errors = form.formState.errors;
  const closing = form.watch('closing');
  return (
    <fieldset className="stack">
      <legend>{legend}</legend>
      <p className="hint">Dates and times are in the branch’s time zone, {zone}.</p>
      <div className="row">
        <TextField
          label="Booking opens on"
          type="date"
          error={errors.opensDate?.message}
          {...form.register('opensDate')}
        />
        <TextField label="Opening time" type="time" error={errors.opensTime?.message} {...form.register('opensTime')} />
      </div>
      <div className="row">
        <TextField
          label="Early booking opens on (optional)"
          hint="Families you choose, and families a teacher asks to see, can book from then."
          type="date"
          error={errors.earlyDate?.message}
          {...form.register('earlyDate')}
        />
        <TextField
          label="Early opening time"
          type="time"
          error={errors.earlyTime?.message}
          {...form.register('earlyTime')}
        />
      </div>
      <fieldset className="choice-list">
        <legend>Booking closes</legend>
        <label className="choice">
          <input type="radio" value="before-each-session" {...form.register('closing')} />
          <span>24 hours before each session</span>
        </label>
        <label className="choice">
          <input type="radio" value="at" {...form.register('closing')} />
          <span>At a time I choose</span>
        </label>
      </fieldset>
      {closing === 'at' && (
        <div className="row">
          <TextField
            label="Booking closes on"
            type="date"
            error={errors.closesDate?.message}
            {...form.register('closesDate')}
          />
          <TextField
            label="Closing time"
            type="time"
            error={errors.closesTime?.message}
            {...form.register('closesTime')}
          />
        </div>
      )}
      <div className="row">
        <TextField
          label="Meetings per parent (optional)"
          hint="Leave empty for no limit."
          type="number"
          min={1}
          max={50}
          error={errors.perParentLimit?.message}
          {...form.register('perParentLimit', { valueAsNumber: true })}
        />
        <TextField
          label="Meetings per child (optional)"
          hint="Leave empty for no limit."
          type="number"
          min={1}
          max={50}
          error={errors.perChildLimit?.message}
          {...form.register('perChildLimit', { valueAsNumber: true })}
        />
      </div>
      <SelectField
        label="Parents of the same child"
        error={errors.householdMode?.message}
        {...form.register('householdMode')}
      >
        <option value="one_per_household">Book one meeting together, per teacher</option>
        <option value="per_parent">Each parent may book their own meeting (e.g. separated parents)</option>
      </SelectField>
      <label className="choice">
        <input type="checkbox" {...form.register('parentsMayChangeAfterClose')} />
        <span>Parents may change or cancel their meetings after booking closes (staff always can)</span>
      </label>
    </fieldset>
  );
}
