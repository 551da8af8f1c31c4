type Translate = (id: string, values?: Record<string, unknown>) => string;

/**
 * A wait in words short enough for a phone: "2 days 4 h", "3 h 12 min", and the last hour to the
 * second ("12:05"), as a countdown clock. Words come from the evenings catalog, in the parent's language.
 */
export function formatCountdown(ms: number, t: Translate): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return t('evenings.countdownDays', { days, hours });
  if (hours > 0) return t('evenings.countdownHours', { hours, minutes });
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
