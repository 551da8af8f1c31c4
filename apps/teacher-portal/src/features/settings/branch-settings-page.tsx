import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatDayAndClock, isSchoolLocale, SCHOOL_LOCALE_NAMES, SCHOOL_LOCALES } from '@edutrack/i18n';
import { useUpdateBranch } from '../../api/use-directory.ts';
import { SelectField, TextField } from '../../components/form/fields.tsx';
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
    locale: z.enum(SCHOOL_LOCALES, 'Choose the language and region from the list.'),
    callHandoverMinutes: z.string(),
    guestsAllowed: z.boolean(),
  });

const HANDOVER_CHOICES = [0, 1, 2, 3, 5, 10];

// What a date reads like in each choice, so an admin sees the difference ("Tue 1 Dec, 13:50" or "Tue, Dec 1, 1:50 PM").
const SAMPLE = '2026-12-01T13:50:00Z';

/**
 * Admins: the branch's name, time zone (meeting times are typed and shown in it) and language and region
 * (how staff read dates and times, and the call screens' clock), the handover after
 * each call, whether parents may invite a guest, reminders, undelivered mail.
 */
export function BranchSettingsPage() {
  const { branch } = useWorkspace();
  const update = useUpdateBranch();
  const toast = useToast();
  const zones = useMemo(() => knownTimeZones(branch.timeZone), [branch.timeZone]);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(schemaFor(zones)),
    defaultValues: {
      name: branch.name,
      timeZone: branch.timeZone,
      // A locale stored before this setting existed (or by hand) that we do not offer: the admin picks one.
      locale: isSchoolLocale(branch.locale) ? branch.locale : 'en-GB',
      callHandoverMinutes: String(branch.callHandoverMinutes),
      guestsAllowed: branch.guestsAllowed,
    },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      await update.mutateAsync({
        branchId: branch.id,
        ...values,
        callHandoverMinutes: Number(values.callHandoverMinutes),
      });
      toast.show('Branch settings saved.');
    } catch (error) {
      setProblem(
        applyServerError(error, form.setError, {
          name: 'name',
          timeZone: 'timeZone',
          locale: 'locale',
          callHandoverMinutes: 'callHandoverMinutes',
        }),
      );
    }
  });

  return (
    <>
      <h1>Branch settings</h1>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="stack panel">
          <TextField label="Branch name" error={form.formState.errors.name?.message} {...form.register('name')} />
          <TimeZonePicker zones={zones} error={form.formState.errors.timeZone?.message} />
          <SelectField
            label="Language and region"
            hint="How dates and times read in the staff portal and on the call screens. The portal's own words stay in English for now."
            error={form.formState.errors.locale?.message}
            {...form.register('locale')}
          >
            {SCHOOL_LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {`${SCHOOL_LOCALE_NAMES[locale]}: ${formatDayAndClock(SAMPLE, { locale, zone: 'UTC' })}`}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Handover after each meeting"
            hint="A video call ends this long after its slot, so the next family is not kept waiting."
            error={form.formState.errors.callHandoverMinutes?.message}
            {...form.register('callHandoverMinutes')}
          >
            {HANDOVER_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? 'None: at the end of the slot' : `${m} minute${m === 1 ? '' : 's'}`}
              </option>
            ))}
          </SelectField>
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
