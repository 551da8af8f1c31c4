import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { useUpdateBranch } from '../../api/use-directory.ts';
import { TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { applyServerError } from '../../lib/server-errors.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { knownTimeZones, TimeZonePicker } from './time-zone-picker.tsx';
import { ReminderSettingsForm } from './reminder-settings-form.tsx';
import { UndeliveredEmails } from './undelivered-emails.tsx';
import { VideoServiceStatus } from './video-service-status.tsx';

const schemaFor = (zones: string[]) =>
  z.object({
    name: z.string().trim().min(1, 'The branch needs a name.').max(120, 'Keep the name under 120 characters.'),
    timeZone: z.string().refine((zone) => zones.includes(zone), 'Choose the time zone the branch is in from the list.'),
    guestsAllowed: z.boolean(),
  });

/**
 * Admins: the branch's name and time zone (meeting times are typed and shown in it), whether parents may
 * invite a guest, reminders, undelivered mail.
 */
export function BranchSettingsPage() {
  const { branch } = useWorkspace();
  const update = useUpdateBranch();
  const toast = useToast();
  const zones = useMemo(() => knownTimeZones(branch.timeZone), [branch.timeZone]);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(schemaFor(zones)),
    defaultValues: { name: branch.name, timeZone: branch.timeZone, guestsAllowed: branch.guestsAllowed },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      await update.mutateAsync({ branchId: branch.id, ...values });
      toast.show('Branch settings saved.');
    } catch (error) {
      setProblem(applyServerError(error, form.setError, { name: 'name', timeZone: 'timeZone' }));
    }
  });

  return (
    <>
      <h1>Branch settings</h1>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="stack panel">
          <TextField label="Branch name" error={form.formState.errors.name?.message} {...form.register('name')} />
          <TimeZonePicker zones={zones} error={form.formState.errors.timeZone?.message} />
          <label className="checkbox">
            <input type="checkbox" {...form.register('guestsAllowed')} /> Parents may invite one more person to a
            meeting (the other parent, or an interpreter)
          </label>
          <FormFooter problem={problem} busy={form.formState.isSubmitting} label="Save settings" busyLabel="Saving…" />
        </form>
      </FormProvider>
      <ReminderSettingsForm />
      <UndeliveredEmails />
      <VideoServiceStatus />
    </>
  );
}
