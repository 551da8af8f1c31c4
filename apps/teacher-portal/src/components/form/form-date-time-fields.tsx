import type { ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { DateInput, TimeInput } from './date-time-fields.tsx';

interface FormFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: ReactNode;
}

/** `DateInput` bound to a react-hook-form field holding 'YYYY-MM-DD'. */
export function FormDateInput<T extends FieldValues>(props: FormFieldProps<T>) {
  return <Bound {...props} Field={DateInput} />;
}

/** `TimeInput` bound to a react-hook-form field holding 'HH:mm'. */
export function FormTimeInput<T extends FieldValues>(props: FormFieldProps<T>) {
  return <Bound {...props} Field={TimeInput} />;
}

function Bound<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  Field,
}: FormFieldProps<T> & { Field: typeof DateInput }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Field
      label={label}
      hint={hint}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      reportPartlyTyped
      error={fieldState.error?.message}
      focusRef={field.ref}
    />
  );
}
