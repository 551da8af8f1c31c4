import { useT } from '@edutrack/i18n/react';
import type { Child } from '../../api/types.ts';

/** Which child the meeting is about: a choice only when the teacher teaches more than one of them. */
export function ChildChoice(props: {
  options: Child[];
  value: string;
  onChange: (id: string) => void;
  missing: boolean;
}) {
  const t = useT();
  if (props.options.length === 1) return <p>{t('booking.about', { child: props.options[0]!.name })}</p>;
  return (
    <fieldset className="field choice" aria-invalid={props.missing || undefined}>
      <legend>{t('booking.whichChild')}</legend>
      {props.options.map((child) => (
        <label key={child.id} className="choice-option">
          <input
            type="radio"
            name="child"
            value={child.id}
            checked={props.value === child.id}
            onChange={() => props.onChange(child.id)}
          />
          <span>{child.name}</span>
        </label>
      ))}
      {props.missing && (
        <p role="alert" className="field-error">
          {t('booking.chooseChild')}
        </p>
      )}
    </fieldset>
  );
}
