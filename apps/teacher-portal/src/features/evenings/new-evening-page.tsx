import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import type { BranchClass, StaffMe } from '../../api/types.ts';
import { useBranchClasses, useTeachers } from '../../api/use-directory.ts';
import { useCreateEvening } from '../../api/use-evenings.ts';
import { TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { QueryProblem } from '../../components/query-problem.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { applyServerError } from '../../lib/server-errors.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { AudienceChoice } from './audience-choice.tsx';
import { eveningSchema, newEveningDefaults, toCreateInput, type EveningValues } from './evening-schema.ts';
import { RulesFields } from './rules-fields.tsx';
import { SessionsFields } from './sessions-fields.tsx';
import { TeachersChoice } from './teachers-choice.tsx';

type Teacher = { id: string; name: string; displayName: string; role: StaffMe['branches'][number]['role'] };

/** Admins: a new parents' evening. The server makes every teacher's slots; the details come next. */
export function NewEveningPage() {
  const teachers = useTeachers();
  const classes = useBranchClasses();
  const failed = teachers.isError ? teachers : classes.isError ? classes : null;
  return (
    <>
      <h1>Set up a parents’ evening</h1>
      {failed && <QueryProblem error={failed.error} onRetry={() => void failed.refetch()} />}
      {(teachers.isPending || classes.isPending) && <p className="muted">Loading teachers and classes…</p>}
      {teachers.data && classes.data && (
        <EveningForm teachers={teachers.data.filter((t) => t.role === 'teacher')} classes={classes.data} />
      )}
    </>
  );
}

const API_FIELDS = {
  name: 'name',
  slotMinutes: 'slotMinutes',
  gapMinutes: 'gapMinutes',
  teacherIds: 'teacherIds',
  sessions: 'sessions',
  'rules.opensAt': 'opensDate',
  'rules.earlyAccessOpensAt': 'earlyDate',
  'rules.closesAt': 'closesDate',
  'rules.perParentLimit': 'perParentLimit',
  'rules.perChildLimit': 'perChildLimit',
} as const;

function EveningForm({ teachers, classes }: { teachers: Teacher[]; classes: BranchClass[] }) {
  const { branch } = useWorkspace();
  const zone = branch.timeZone;
  const create = useCreateEvening();
  const toast = useToast();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  const schema = useMemo(() => eveningSchema(zone), [zone]);
  const form = useForm<EveningValues>({
    resolver: zodResolver(schema),
    defaultValues: newEveningDefaults(
      zone,
      new Date(),
      teachers.map((t) => t.id),
    ),
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const evening = await create.mutateAsync(toCreateInput(values, zone, branch.id));
      toast.show(`${evening.name} is set up. Add breaks, joint meetings and early access below.`);
      navigate(`/evenings/${evening.id}`);
    } catch (error) {
      setProblem(applyServerError(error, form.setError, API_FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="stack panel evening-form">
        <TextField
          label="Name"
          hint="Parents see it, e.g. “Year 7 parents’ evening, spring term”."
          error={errors.name?.message}
          {...form.register('name')}
        />
        <SessionsFields />
        <div className="row">
          <TextField
            label="Meeting length (minutes)"
            type="number"
            min={4}
            max={15}
            error={errors.slotMinutes?.message}
            {...form.register('slotMinutes', { valueAsNumber: true })}
          />
          <TextField
            label="Gap between meetings (minutes)"
            type="number"
            min={0}
            max={30}
            error={errors.gapMinutes?.message}
            {...form.register('gapMinutes', { valueAsNumber: true })}
          />
        </div>
        {classes.length > 0 && <AudienceChoice classes={classes} teacherIds={teachers.map((t) => t.id)} />}
        <TeachersChoice teachers={teachers} />
        <RulesFields zone={zone} />
        <FormFooter
          problem={problem}
          busy={form.formState.isSubmitting}
          label="Set up the evening"
          busyLabel="Setting up…"
        />
      </form>
    </FormProvider>
  );
}
