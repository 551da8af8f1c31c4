import type { DailyErrorType } from '@edutrack/daily';

/** An error the emulator answers the way Daily does: `{error: type, info}` with Daily's status. */
export class DailyEmulatorError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: DailyErrorType,
    readonly info: string,
  ) {
    super(info);
  }

  get body(): { error: DailyErrorType; info: string } {
    return { error: this.type, info: this.info };
  }
}

export const invalidRequest = (info: string): DailyEmulatorError =>
  new DailyEmulatorError(400, 'invalid-request-error', info);

export const notFound = (info: string): DailyEmulatorError => new DailyEmulatorError(404, 'not-found', info);
