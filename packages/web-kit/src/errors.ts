import { TRPCClientError } from '@trpc/client';
import type { AppRouter, ErrorData } from '@edutrack/api';

export interface ShownError {
  /** A sentence a person can act on. */
  message: string;
  code: ErrorData['code'] | 'NETWORK';
  fieldErrors: Record<string, string>;
  details: NonNullable<ErrorData['details']>;
}

/**
 * What to show for a failed call. The server already words its errors for people; a network failure
 * is worded here. Never shows raw exception text.
 */
export function describeError(error: unknown): ShownError {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as ErrorData | undefined;
    if (data?.code) {
      return {
        message: error.message,
        code: data.code,
        fieldErrors: data.fieldErrors ?? {},
        details: data.details ?? {},
      };
    }
  }
  return {
    message: "We couldn't reach EduTrack Meet. Check your internet connection and try again.",
    code: 'NETWORK',
    fieldErrors: {},
    details: {},
  };
}
