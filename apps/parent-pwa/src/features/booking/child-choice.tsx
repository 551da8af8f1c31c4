import type { Child } from '../../api/types.ts';

/** Which child the meeting is about: a choice only when the teacher teaches more than one of them. */
export function ChildChoice(props: {
  options: Child[];
  value: string;
  onChange: (id: string) => void;
  missing: boolean;
}) {
  if (props.options.length === 1) return <p>About {props.options[0]!.name}</p>;
  return (
    <fieldset className="field choice" aria-invalid={props.missing || undefined}>
      <legend>Which child is this meeting about?</legend>
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
          Choose the child this meeting is about.
        </p>
      )}
    </fieldset>
  );
}
