import { formattingLocale, type TimeStyle } from '@edutrack/i18n';
import { useLocale } from '@edutrack/i18n/react';

/** How this parent reads times of a school: their language, the school's zone and regional style. */
export function useTimeStyle(branch: { timeZone: string; locale?: string }): TimeStyle {
  const language = useLocale();
  return { locale: formattingLocale(language, branch.locale ?? 'en-GB'), zone: branch.timeZone };
}
