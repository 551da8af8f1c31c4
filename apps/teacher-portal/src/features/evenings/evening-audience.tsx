import type { EveningDetail } from '../../api/types.ts';
import { useBranchClasses } from '../../api/use-directory.ts';

/** Who the evening is for, as chosen at set-up: year groups and classes, or the whole branch (list items). */
export function EveningAudience({ evening }: { evening: Pick<EveningDetail, 'yearGroups' | 'classIds'> }) {
  const classes = useBranchClasses();
  if (evening.yearGroups.length === 0 && evening.classIds.length === 0) return <li>For the whole branch</li>;
  const names = evening.classIds.map((id) => classes.data?.find((c) => c.id === id)?.name);
  // Until the roster has loaded (or for a class since removed from it) the class is counted, not hidden.
  const unnamed = names.filter((n) => n === undefined).length;
  const classWords = [
    ...names.filter((n): n is string => n !== undefined),
    ...(unnamed ? [`${unnamed} other ${unnamed === 1 ? 'class' : 'classes'}`] : []),
  ];
  return (
    <>
      {evening.yearGroups.length > 0 && <li>Year groups: {evening.yearGroups.join(', ')}</li>}
      {classWords.length > 0 && <li>Classes: {classWords.join(', ')}</li>}
    </>
  );
}
