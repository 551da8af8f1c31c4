import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { EveningDetail } from '../../api/types.ts';
import { useUpdateEveningRules } from '../../api/use-evenings.ts';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { applyServerError } from '../../lib/server-errors.ts';
import { RulesFields } from './rules-fields.tsx';
import { checkRules, rulesShape, rulesValues, toRules, type RulesValues } from './rules-schema.ts';

const API_FIELDS = {
  'rules.opensAt': 'opensDate',
  'rules.earlyAccessOpensAt': 'earlyDate',
  'rules.closesAt': 'closesDate',
  'rules.perParentLimit': 'perParentLimit',
  'rules.perChildLimit': 'perChildLimit',
} as const;

/** Changes an evening's booking rules (the server checks them against bookings already made). */
export function RulesForm({ evening }: { evening: EveningDetail }) {
  const zone = evening.timeZone;
  const update = useUpdateEveningRules();
  const toast = useToast();
  const [problem, setProblem] = useState<string | null>(null);
  const schema = useMemo(() => z.object(rulesShape).superRefine((v, ctx) => checkRules(v, zone, ctx)), [zone]);
  const form = useForm<RulesValues>({ resolver: zodResolver(schema), defaultValues: rulesValues(evening.rules, zone) });
  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      await update.mutateAsync({ eveningId: evening.id, rules: toRules(values, zone) });
      toast.show('Booking rules saved.');
    } catch (error) {
      setProblem(applyServerError(error, form.setError, API_FIELDS));
    }
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="stack panel">
        <RulesFields zone={zone} legend="When and how parents book" />
        <FormFooter
          problem={problem}
          busy={form.formState.isSubmitting}
          label="Save booking rules"
          busyLabel="Saving…"
        />
      </form>
    </FormProvider>
  );
}
