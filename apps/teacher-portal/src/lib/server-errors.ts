import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { describeError } from '@edutrack/web-kit';

/**
 * Puts a failed call's message where the user will look: on the form field it is about (input
 * problems by API field name, or a rule naming its field), otherwise above the submit button.
 * Returns the form-level message to show.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldFor: Partial<Record<string, Path<T>>>,
): string {
  const shown = describeError(error);
  const placed: [Path<T>, string][] = [];
  for (const [apiField, message] of Object.entries(shown.fieldErrors)) {
    const field = fieldFor[apiField];
    if (field) placed.push([field, message]);
  }
  const ruleField = shown.details.field ? fieldFor[shown.details.field] : undefined;
  if (ruleField && !placed.length) placed.push([ruleField, shown.message]);
  placed.forEach(([field, message], index) =>
    setError(field, { type: 'server', message }, { shouldFocus: index === 0 }),
  );
  if (!placed.length) return shown.message;
  return ruleField ? shown.message : 'Some details need changing. Check the highlighted fields and try again.';
}
