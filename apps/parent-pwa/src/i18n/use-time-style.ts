import { formattingLocale, type TimeStyle } from '@edutrack/i18n';
import { useLocale } from '@edutrack/i18n/react';

/**
 * The locale this parent reads a school's times in: their language, in the school's regional style when
 * it matches (en-GB, the default school locale, when the data carries none: "17:00", not "5:00 PM").
 */
export function useSchoolLocale(schoolLocale?: string): string {
  return formattingLocale(useLocale(), schoolLocale ?? 'en-GB');
}

/** How this parent reads times of a school: their language, the school's zone and regional style. */
export function useTimeStyle(branch: { timeZone: string; locale?: string }): TimeStyle {
  return { locale: useSchoolLocale(branch.locale), zone: branch.timeZone };
}
