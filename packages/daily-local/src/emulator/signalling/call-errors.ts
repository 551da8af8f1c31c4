import type { AdmissionError } from '../admission.ts';
import type { LeaveReason } from '../call-registry.ts';
import type { CallError } from './protocol.ts';

// daily-js's own wording where it is known (the lobby's "Join request rejected"); plain English elsewhere.
const ADMISSION_MESSAGES: Record<AdmissionError, string> = {
  'no-room': 'The meeting you are trying to join does not exist.',
  'nbf-room': 'The meeting you are trying to join has not started yet.',
  'exp-room': 'The meeting you are trying to join has ended.',
  'nbf-token': 'Your meeting token is not valid yet.',
  'exp-token': 'Your meeting token has expired.',
  'not-allowed': 'You are not allowed to join this meeting.',
  'meeting-full': 'The meeting is full.',
};

export const admissionError = (error: AdmissionError): CallError => ({ type: error, msg: ADMISSION_MESSAGES[error] });

/** Why someone left the call against their will, as daily-js tells the person removed. */
export const ejectionError = (reason: Exclude<LeaveReason, 'left'>): CallError => ({
  type: 'ejected',
  msg:
    reason === 'expired'
      ? 'Meeting has ended: the room has expired.'
      : reason === 'room-deleted'
        ? 'Meeting has ended: the room was deleted.'
        : 'You have been ejected from the meeting.',
});
