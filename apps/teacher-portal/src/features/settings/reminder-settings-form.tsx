import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useReminderSettings, useUpdateReminderSettings } from '../../api/use-notifications.ts';
import { TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { applyServerError } from '../../lib/server-errors.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** "24, 1" (hours before the meeting) ⇄ minutes, the unit the server keeps. */
function parseReminderHours(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const minutes = parts.map((p) => Math.round(Number(p) * 60));
  return minutes.every((m) => Number.isFinite(m) && m > 0) ? minutes : null;
}
const formatReminderHours = (minutes: number[]) =>
  minutes.map((m) => (m % 60 === 0 ? String(m / 60) : (m / 60).toFixed(2).replace(/0+$/, ''))).join(', ');

const schema = z.object({
  hours: z
    .string()
    .refine(
      (text) => parseReminderHours(text) !== null,
      'Give hours before the meeting separated by commas, e.g. 24, 1.',
    ),
  emailEnabled: z.boolean(),
  pushEnabled: z.boolean(),
});

/** Admins: when parents are reminded of their meetings, and how (email, notifications on their phone). */
export function ReminderSettingsForm() {
  const settings = useReminderSettings();
  if (settings.isError) return <QueryProblem error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <p role="status">Loading reminder settings…</p>;
  return <LoadedForm initial={settings.data} />;
}

function LoadedForm({
  initial,
}: {
  initial: { offsetsMinutes: number[]; emailEnabled: boolean; pushEnabled: boolean };
}) {
  const { branch } = useWorkspace();
  const update = useUpdateReminderSettings();
  const toast = useToast();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      hours: formatReminderHours(initial.offsetsMinutes),
      emailEnabled: initial.emailEnabled,
      pushEnabled: initial.pushEnabled,
    },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      await update.mutateAsync({
        branchId: branch.id,
        offsetsMinutes: parseReminderHours(values.hours)!,
        emailEnabled: values.emailEnabled,
        pushEnabled: values.pushEnabled,
      });
      toast.show('Reminder settings saved. Upcoming meetings follow the new times.');
    } catch (error) {
      setProblem(applyServerError(error, form.setError, { offsetsMinutes: 'hours' }));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack panel" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders to parents</h2>
      <p className="hint">
        For the whole school. A family with several meetings close together gets one reminder for all of them; the one
        an hour or less before has the &quot;Join Video Call&quot; links.
      </p>
      <TextField
        label="Hours before the meeting"
        hint="Separated by commas, e.g. 24, 1. Leave empty for no reminders."
        inputMode="decimal"
        error={form.formState.errors.hours?.message}
        {...form.register('hours')}
      />
      <label className="checkbox">
        <input type="checkbox" {...form.register('emailEnabled')} /> Send reminders by email
      </label>
      <label className="checkbox">
        <input type="checkbox" {...form.register('pushEnabled')} /> Send reminders as notifications to the parent app
      </label>
      <FormFooter problem={problem} busy={form.formState.isSubmitting} label="Save reminders" busyLabel="Saving…" />
    </form>
  );
}
