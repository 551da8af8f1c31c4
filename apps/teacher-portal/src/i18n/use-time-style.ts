import { useMemo } from 'react';
import type { TimeStyle } from '@edutrack/i18n';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/**
 * How staff read dates and times: in their branch's "Language and region" (Branch settings), in the
 * zone given (an evening's, a meeting's) or else the branch's. Pass it to `@edutrack/i18n`'s formatters.
 */
export function useTimeStyle(zone?: string): TimeStyle {
  const { branch } = useWorkspace();
  const inZone = zone ?? branch.timeZone;
  return useMemo(() => ({ locale: branch.locale, zone: inZone }), [branch.locale, inZone]);
}
