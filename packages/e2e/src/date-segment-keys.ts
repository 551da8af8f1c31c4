/**
 * The digits a person types into one part ("segment") of a date or time field drawn as parts, such as
 * the staff portal's DateInput / TimeInput: day, month and year of 'YYYY-MM-DD', hour and minute of
 * 'HH:mm' (the hour on a 12-hour clock where the field's region uses one). AM/PM is chosen with the
 * arrow keys, as its letters differ by language: see `dayPeriodValue`. Pure, so jsdom tests and
 * browser tests type the same way.
 */
export function segmentKeys(value: string, segment: string, twelveHour: boolean): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const [, year, month, day] = date;
    const keys: Record<string, string | undefined> = { year, month: unpadded(month), day: unpadded(day) };
    return keysOrThrow(keys[segment], value, segment);
  }
  const time = /^(\d{2}):(\d{2})$/.exec(value);
  if (time) {
    const hour = Number(time[1]);
    const keys: Record<string, string | undefined> = {
      hour: String(twelveHour ? hour % 12 || 12 : hour),
      minute: unpadded(time[2]),
    };
    return keysOrThrow(keys[segment], value, segment);
  }
  throw new Error(`"${value}" is neither a date (YYYY-MM-DD) nor a time (HH:mm).`);
}

/** The AM/PM part's aria-valuenow for 'HH:mm': 0 for AM, 1 for PM (React Aria's convention). */
export const dayPeriodValue = (time: string): string => (Number(time.slice(0, 2)) < 12 ? '0' : '1');

const unpadded = (digits: string | undefined) => String(Number(digits));

function keysOrThrow(keys: string | undefined, value: string, segment: string): string {
  if (keys === undefined) throw new Error(`The field has a "${segment}" part, which "${value}" does not give.`);
  return keys;
}
