import { formattingLocale, type TimeStyle } from '@edutrack/i18n';
import { useLocale } from '@edutrack/i18n/react';

type Branch = { timeZone: string; locale?: string };

// The default school locale when the data carries none (open slots, a guest's invitation).
const styleOf = (language: string, branch: Branch): TimeStyle => ({
  locale: formattingLocale(language, branch.locale ?? 'en-GB'),
  zone: branch.timeZone,
});

/**
 * The locale this parent reads a school's times in: their language, in the school's regional style when
 * it matches (en-GB, the default school locale, when the data carries none: "17:00", not "5:00 PM").
 */
export function useSchoolLocale(schoolLocale?: string): string {
  return styleOf(useLocale(), { timeZone: 'UTC', locale: schoolLocale }).locale;
}

/** How this parent reads times of a school: their language, the school's zone and regional style. */
export function useTimeStyle(branch: Branch): TimeStyle {
  return styleOf(useLocale(), branch);
}

/** The same, for a branch known only later (a meeting just booked, in the request's success handler). */
export function useTimeStyleOf(): (branch: Branch) => TimeStyle {
  const language = useLocale();
  return (branch) => styleOf(language, branch);
}
