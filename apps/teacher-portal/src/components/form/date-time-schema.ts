import { z } from 'zod';
import { PARTLY_TYPED } from './date-time-values.ts';

/**
 * A form's date ('YYYY-MM-DD') or time ('HH:mm') field: '' when left empty, refused when left partly
 * typed. The refusal aborts, so the form's own checks across fields never read a half-typed value.
 */
const notPartlyTyped = (message: string) =>
  z.string().refine((value) => value !== PARTLY_TYPED, { message, abort: true });

export const dateValue = () => notPartlyTyped('This date is only partly typed. Finish it: day, month and year.');
export const timeValue = () => notPartlyTyped('This time is only partly typed. Finish it: hours and minutes.');
