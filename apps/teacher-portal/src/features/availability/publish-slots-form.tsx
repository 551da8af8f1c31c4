import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { PublishResult } from '../../api/types.ts';
import { usePublishSlots } from '../../api/use-availability.ts';
import { WatchedChosenDate } from '../../components/form/chosen-date.tsx';
import { TextField } from '../../components/form/fields.tsx';
import { FormDateInput, FormTimeInput } from '../../components/form/form-date-time-fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { planSlotRun } from '../../lib/slot-plan.ts';
import { applyServerError } from '../../lib/server-errors.ts';
import { PublishResultNote } from './publish-result.tsx';
import { SlotPreview } from './slot-preview.tsx';
import { dateValue, timeValue } from '../../components/form/date-time-schema.ts';

const whole = (what: string) =>
  z.number({ error: `Enter the ${what} in minutes.` }).int(`Enter the ${what} in whole minutes.`);

function publishSchema(zone: string) {
  return z
    .object({
      date: dateValue(),
      startTime: timeValue(),
      endTime: timeValue(),
      slotMinutes: whole('slot length'),
      gapMinutes: whole('gap'),
    })
    .superRefine((values, ctx) => {
      const plan = planSlotRun(values, zone);
      if (!plan.ok) ctx.addIssue({ code: 'custom', path: [plan.field], message: plan.problem });
      else if (plan.slots[0]!.startsAt <= new Date()) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: 'Those times have already started or passed. Choose a later date or time.',
        });
      }
    });
}
type PublishValues = z.infer<ReturnType<typeof publishSchema>>;
const API_FIELDS = {
  date: 'date',
  startTime: 'startTime',
  endTime: 'endTime',
  slotMinutes: 'slotMinutes',
  gapMinutes: 'gapMinutes',
} as const;

/** A run of bookable slots on one day, e.g. 17:00–20:00 as 10-minute slots with 2-minute gaps. */
export function PublishSlotsForm(props: {
  zone: string;
  teacherId: string;
  defaultDate: string;
  onDateChange: (date: string) => void;
}) {
  const publish = usePublishSlots();
  const [result, setResult] = useState<PublishResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const schema = useMemo(() => publishSchema(props.zone), [props.zone]);
  const form = useForm<PublishValues>({
    resolver: zodResolver(schema),
    defaultValues: { date: props.defaultDate, startTime: '17:00', endTime: '20:00', slotMinutes: 10, gapMinutes: 2 },
  });
  const values = form.watch();
  const plan = planSlotRun(values, props.zone);
  const errors = form.formState.errors;
  const publishLabel = plan.ok
    ? `Publish ${plan.slots.length} ${plan.slots.length === 1 ? 'slot' : 'slots'}`
    : 'Publish slots';

  const onSubmit = form.handleSubmit(async (input) => {
    setProblem(null);
    setResult(null);
    try {
      setResult(await publish.mutateAsync({ ...input, teacherId: props.teacherId }));
      props.onDateChange(input.date);
    } catch (error) {
      setProblem(applyServerError(error, form.setError, API_FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish slots</h2>
      <p className="hint">Times are in the branch’s time zone, {props.zone}.</p>
      <div className="row">
        <FormDateInput control={form.control} name="date" label="Date" />
        <FormTimeInput control={form.control} name="startTime" label="From" />
        <FormTimeInput control={form.control} name="endTime" label="To" />
      </div>
      <WatchedChosenDate control={form.control} date="date" from="startTime" to="endTime" zone={props.zone} />
      <div className="row">
        <TextField
          label="Slot length (minutes)"
          type="number"
          min={5}
          max={120}
          error={errors.slotMinutes?.message}
          {...form.register('slotMinutes', { valueAsNumber: true })}
        />
        <TextField
          label="Gap between slots (minutes)"
          type="number"
          min={0}
          max={60}
          error={errors.gapMinutes?.message}
          {...form.register('gapMinutes', { valueAsNumber: true })}
        />
      </div>
      <SlotPreview plan={plan} zone={props.zone} />
      <FormFooter problem={problem} busy={form.formState.isSubmitting} label={publishLabel} busyLabel="Publishing…" />
      {result && <PublishResultNote result={result} zone={props.zone} />}
    </form>
  );
}
