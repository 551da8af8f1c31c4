import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useUpdateBranch } from '../../api/use-directory.ts';
import { TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { applyServerError } from '../../lib/server-errors.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { VideoServiceStatus } from './video-service-status.tsx';

const schema = z.object({
  name: z.string().trim().min(1, 'The branch needs a name.').max(120, 'Keep the name under 120 characters.'),
  timeZone: z.string().trim().min(1, 'Choose the time zone the branch is in.'),
});
const ZONES = Intl.supportedValuesOf('timeZone');

/** Admins: the branch's name and time zone (meeting times are typed and shown in it). */
export function BranchSettingsPage() {
  const { branch } = useWorkspace();
  const update = useUpdateBranch();
  const toast = useToast();
  const zonesId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: branch.name, timeZone: branch.timeZone },
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
      <form onSubmit={onSubmit} noValidate className="stack panel">
        <TextField label="Branch name" error={form.formState.errors.name?.message} {...form.register('name')} />
        <TextField
          label="Time zone"
          list={zonesId}
          hint="An IANA name such as Europe/London. Meeting times are typed and shown in this zone; existing meetings keep their moment in time."
          error={form.formState.errors.timeZone?.message}
          {...form.register('timeZone')}
        />
        <datalist id={zonesId}>
          {ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FormFooter problem={problem} busy={form.formState.isSubmitting} label="Save settings" busyLabel="Saving…" />
      </form>
      <VideoServiceStatus />
    </>
  );
}
