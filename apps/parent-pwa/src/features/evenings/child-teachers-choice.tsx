import { useT } from '@edutrack/i18n/react';
import type { ParentEvening } from '../../api/types.ts';
import { targetState } from './family-view.ts';

type EveningChild = ParentEvening['children'][number];

/**
 * Which of one child's teachers (or joint meetings) to see: every one still to book is ticked to
 * start with. One already booked, or waited for, says so in words instead of offering a box.
 */
export function ChildTeachersChoice(props: {
  evening: ParentEvening;
  child: EveningChild;
  chosen: Set<string>;
  onToggle: (targetId: string) => void;
}) {
  const t = useT();
  const { child } = props;
  return (
    <fieldset className="choice child-teachers">
      <legend>{t('evenings.teachersToSee', { child: child.name })}</legend>
      {child.targets.length === 0 && <p className="hint">{t('evenings.noTeachersTakePart', { child: child.name })}</p>}
      {child.targets.map((target) => {
        const state = targetState(props.evening, child.id, target);
        if (state === 'available') {
          return (
            <label key={target.id} className="choice-option">
              <input type="checkbox" checked={props.chosen.has(target.id)} onChange={() => props.onToggle(target.id)} />
              <span>
                {target.name}
                {target.joint && <span className="hint"> {t('evenings.jointMeeting')}</span>}
              </span>
            </label>
          );
        }
        return (
          <p key={target.id} className="teacher-note">
            {target.name} <span className="hint">· {t('evenings.targetState', { state })}</span>
          </p>
        );
      })}
    </fieldset>
  );
}
