import { pgEnum } from 'drizzle-orm/pg-core';

export const staffRole = pgEnum('staff_role', ['admin', 'teacher']);

/** Who did something: a member of staff or a parent (guardian). */
export const actorKind = pgEnum('actor_kind', ['staff', 'guardian']);

export const appointmentStatus = pgEnum('appointment_status', ['scheduled', 'cancelled', 'completed', 'no_show']);

export const roomStatus = pgEnum('room_status', ['pending', 'ready', 'failed', 'deleted']);

export const loginTokenPurpose = pgEnum('login_token_purpose', ['guardian_sign_in', 'staff_set_password']);

/** In the call, or knocking in the lobby. */
export const presenceKind = pgEnum('presence_kind', ['participant', 'waiting']);

/**
 * Who a Daily session was, as far as the server can vouch: a token it minted (for the teacher, a parent,
 * or a person a parent invited through a meeting link), or nobody known (`guest`).
 */
export const attendeeRole = pgEnum('attendee_role', ['teacher', 'guardian', 'guest', 'invitee']);

/** An outbox email: waiting for (another) delivery attempt, accepted by the SMTP server, or refused for good. */
export const emailStatus = pgEnum('email_status', ['queued', 'sent', 'failed']);

/** The iCalendar method of an attached invite (RFC 5546): a new or changed event, or its removal. */
export const calendarMethod = pgEnum('calendar_method', ['REQUEST', 'CANCEL']);
