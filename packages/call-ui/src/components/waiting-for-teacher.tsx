import { formatClock } from '@edutrack/i18n';
import type { CallTicket } from '../call-ticket.ts';
import { callTimeStyle } from '../i18n/clock-locale.ts';
import { useLocale, useT } from '@edutrack/i18n/react';
import { type LoadTeacherPresence, useTeacherPresent } from '../knock/use-teacher-present.ts';
import { CallMessagePanel } from './call-message-panel.tsx';

/** The knock screen: who we wait for, whether they are in the call yet, and a way out. */
export function WaitingForTeacher({
  teacherName,
  onStop,
  loadTeacherPresence,
  pollMs,
  school,
  timeZone,
}: {
  teacherName: string;
  /** The school's locale and zone (from the ticket): the style of the expected time when running late. */
  school: CallTicket['school'];
  /** Another zone to show that time in; the school's when absent. */
  timeZone?: string;
  onStop: () => void;
  loadTeacherPresence?: LoadTeacherPresence;
  pollMs?: number;
}) {
  const t = useT();
  const locale = useLocale();
  const { present: teacherPresent, runningLate } = useTeacherPresent(loadTeacherPresence, pollMs);
  return (
    <CallMessagePanel
      title={t('call.waiting.title', { name: teacherName })}
      actions={
        <button type="button" className="etm-button" onClick={onStop}>
          {t('call.waiting.stop')}
        </button>
      }
    >
      <p className="etm-presence" data-present={teacherPresent || undefined}>
        {teacherPresent
          ? t('call.waiting.present', { name: teacherName })
          : t('call.waiting.notYet', { name: teacherName })}
      </p>
      {runningLate && !teacherPresent && (
        <p className="etm-running-late" role="status">
          {t('call.waiting.runningLate', {
            name: teacherName,
            minutes: runningLate.minutes,
            time: formatClock(runningLate.expectedStartsAt, callTimeStyle(locale, school, timeZone)),
          })}
        </p>
      )}
      <p className="etm-hint">{t('call.waiting.keepOpen')}</p>
    </CallMessagePanel>
  );
}
