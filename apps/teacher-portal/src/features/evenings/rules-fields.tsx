import { useFormContext } from 'react-hook-form';
import { SelectField, TextField } from '../../components/form/fields.tsx';
import { FormDateInput, FormTimeInput } from '../../components/form/form-date-time-fields.tsx';
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
        <FormDateInput control={form.control} name="opensDate" label="Booking opens on" />
        <FormTimeInput control={form.control} name="opensTime" label="Opening time" />
      </div>
      <div className="row">
        <FormDateInput
          control={form.control}
          name="earlyDate"
          label="Early booking opens on (optional)"
          hint="Families you choose, and families a teacher asks to see, can book from then."
        />
        <FormTimeInput control={form.control} name="earlyTime" label="Early opening time" />
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
          <FormDateInput control={form.control} name="closesDate" label="Booking closes on" />
          <FormTimeInput control={form.control} name="closesTime" label="Closing time" />
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
