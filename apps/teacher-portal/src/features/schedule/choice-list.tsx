import { useId } from 'react';

export interface Choice {
  id: string;
  label: string;
  detail?: string;
  disabled?: boolean;
}

/** A labelled group of radio buttons, with an error for the group and a note when there is nothing to choose. */
export function ChoiceList(props: {
  legend: string;
  name: string;
  value: string;
  choices: Choice[];
  empty: string;
  error?: string | undefined;
  onChoose: (id: string) => void;
}) {
  const errorId = useId();
  return (
    <fieldset className="choice-list" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {!props.choices.length && <p className="muted">{props.empty}</p>}
      {props.choices.map((choice) => (
        <label key={choice.id} className={`choice${choice.disabled ? ' disabled' : ''}`}>
          <input
            type="radio"
            name={props.name}
            value={choice.id}
            checked={props.value === choice.id}
            disabled={choice.disabled}
            onChange={() => props.onChoose(choice.id)}
          />
          <span>
            <span className="choice-label">{choice.label}</span>
            {choice.detail && <span className="muted small"> {choice.detail}</span>}
          </span>
        </label>
      ))}
      {props.error && (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
