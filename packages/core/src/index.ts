export * from './actors.ts';
export * from './clock.ts';
export * from './deps.ts';
export * from './errors.ts';
export { isErrorKey, moment, said, sayIn, type ErrorKey, type Said } from './error-messages/say.ts';
export * from './logger.ts';
export { errorForLog, redactLogObject, type LoggedError } from './log-redaction.ts';
export { isDatabaseUnavailable, databaseUnavailable, postgresErrorOf } from './db-errors.ts';

export { argon2Passwords, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, type PasswordHasher } from './auth/passwords.ts';
export { createAttemptLimiter, type AttemptLimiter } from './auth/attempt-limiter.ts';
export { emailSchema, normalizeEmail } from './auth/email-address.ts';
export { findUnstorableText, isStorableText, storableString } from './storable-text.ts';
export {
  createSession,
  guardianForSession,
  loadStaffActor,
  revokeSession,
  staffForSession,
  SESSION_TTL_MS,
} from './auth/sessions.ts';
export { createSessionCache, SESSION_REVOCATION_CHANNEL, type SessionCache } from './auth/session-cache.ts';
export { signInStaff } from './auth/sign-in-staff.ts';
export { requestMagicLink, redeemMagicLink, sendSignInLink, signInLinkJob } from './auth/magic-link.ts';
export { sendSetPasswordLink, setStaffPassword } from './auth/staff-password.ts';
export { passwordResetLinkJob, requestStaffPasswordReset, sendPasswordResetLink } from './auth/password-reset.ts';
export { hashOpaqueToken } from './auth/opaque-token.ts';

export { createOutboxMailer, maskEmail, type Mailer, type OutgoingEmail } from './mail/mailer.ts';
export { MailDeliveryError, type MailMessage, type MailTransport } from './mail/mail-transport.ts';
export { deliverEmail, type DeliveryOutcome } from './mail/deliver-email.ts';
export { mailDeliveryJob } from './mail/mail-jobs.ts';
export { calendarInvite, meetingUid } from './mail/calendar-invite.ts';
export { listUndeliveredEmails, type UndeliveredEmail } from './mail/undelivered-emails.ts';

export type { PushNotification, PushSender, PushTarget } from './push/push-sender.ts';
export { pushDeliveryJob } from './push/push-jobs.ts';
export { pushToGuardian } from './push/push-to-guardian.ts';
export {
  pushPublicKey,
  removePushSubscription,
  savePushSubscription,
  type SubscriptionInput,
} from './push/subscriptions.ts';

export {
  DEFAULT_REMINDER_SETTINGS,
  getReminderSettings,
  MAX_REMINDERS,
  MAX_REMINDER_MINUTES,
  MIN_REMINDER_MINUTES,
  updateReminderSettings,
  type ReminderSettingsView,
} from './reminders/reminder-settings.ts';
export { reminderPlanJob, reminderSendJob } from './reminders/reminder-jobs.ts';
export { planReminders } from './reminders/plan-reminders.ts';
export { sendReminder, REMINDER_GROUP_WINDOW_MS } from './reminders/send-reminder.ts';

export {
  listBranchTeachers,
  listMyBranches,
  MAX_CALL_HANDOVER_MINUTES,
  resolveBranchId,
  updateBranch,
  type BranchView,
} from './directory/branches.ts';
export { listStudentsForStaff, type StudentWithGuardians } from './directory/students.ts';
export { listBranchClasses, type ClassView } from './directory/classes.ts';
export { isGuardianOf, listMyChildren, listTeachersOfMyChildren, type ChildView } from './directory/children.ts';
export { setGuardianLanguage } from './directory/guardian-language.ts';
export { importRoster, type RosterImportReport } from './directory/roster/import-roster.ts';
export { ROSTER_COLUMNS, MAX_ROSTER_BYTES } from './directory/roster/roster-format.ts';

export { publishSlots, MAX_SLOTS_PER_PUBLISH, type PublishSlotsInput } from './availability/publish-slots.ts';
export { listOpenSlotsForGuardian, listTeacherSlots } from './availability/list-slots.ts';
export { removeSlots } from './availability/remove-slots.ts';

export { appointmentScope, findVisibleAppointment, getAppointment } from './appointments/access.ts';
export { toAppointmentView, type AppointmentView } from './appointments/appointment-view.ts';
export { scheduleMeeting, type ScheduleMeetingInput } from './appointments/schedule-meeting.ts';
export { bookSlot, type BookSlotInput } from './appointments/book-slot.ts';
export { bookingNoticeJob, sendBookingNotice } from './appointments/booking-notice.ts';
export { cancelAppointment, rescheduleByGuardian, rescheduleByStaff } from './appointments/reschedule.ts';
export {
  listAppointments,
  type AppointmentPage,
  type ListAppointmentsInput,
} from './appointments/list-appointments.ts';
export { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES } from './appointments/time-rules.ts';

export { defineJob, jobKeyOf, type JobDefinition, type JobLog } from './jobs/define-job.ts';
export { enqueueJob, enqueueJobPerRow } from './jobs/enqueue-job.ts';
export { ALL_JOBS } from './jobs/all-jobs.ts';
export { checkWebhookJob, dailyWebhookJob, reconcileRoomsJob, roomSyncJob } from './meetings/meeting-jobs.ts';
export * from './time/meeting-window.ts';
export { formatInZone, formatTimeInZone, isValidTimeZone, zonedDateTime } from './time/time-zones.ts';

export type { MeetingDeps } from './meetings/meeting-deps.ts';
export type { CallAttendance, ProvisionedRoom, RoomWindow, VideoRooms, WebhookCheck } from './meetings/video-rooms.ts';
export { needsRoom, syncRoom, type RoomSyncOutcome } from './meetings/sync-room.ts';
export { reconcileRooms, type ReconcileReport } from './meetings/reconcile-rooms.ts';
export { joinAsParent, joinAsTeacher, type JoinTicket } from './meetings/join-meeting.ts';
export { rejoinAsParent } from './meetings/rejoin-meeting.ts';
export { listVouchedKnockers, recordKnock } from './meetings/lobby.ts';
export { getAttendance } from './meetings/attendance.ts';
export { endMeeting, reopenMeeting } from './meetings/end-meeting.ts';
export { applyMeetingEvent, recordWebhookEvent, type MeetingEvent } from './meetings/webhook-events.ts';
export { settleClosedMeetings } from './meetings/settle-meetings.ts';
export { recordAttendanceFromProvider } from './meetings/attendance-from-provider.ts';
export { checkWebhookHealth, countSkippedWebhook, getWebhookHealth } from './meetings/webhook-health.ts';
export { isTeacherInCall } from './meetings/teacher-presence.ts';

export { createEvening, type CreateEveningInput, type EveningRulesInput } from './evenings/create-evening.ts';
export { openingRules } from './evenings/opening-rules.ts';
export { updateEveningRules } from './evenings/update-rules.ts';
export { setEveningTeacher } from './evenings/set-teacher.ts';
export { markUnavailable } from './evenings/mark-unavailable.ts';
export { addJointMeeting, removeJointMeeting } from './evenings/joint-meetings.ts';
export { flagFamily, setEarlyAccess } from './evenings/early-access.ts';
export { getEveningForStaff, getTeacherSchedule, listEveningsForStaff } from './evenings/evening-views.ts';
export { getEveningForGuardian, listEveningsForGuardian } from './evenings/parent-evening.ts';
export { proposeItinerary, type ProposeInput } from './evenings/propose-itinerary.ts';
export { adjustHeldMeeting, listFreeSlots, releaseHolds } from './evenings/adjust-meeting.ts';
export { confirmItinerary } from './evenings/confirm-itinerary.ts';
export { cancelEveningBooking } from './evenings/cancel-booking.ts';
export { joinWaitlist, leaveWaitlist } from './evenings/waitlist.ts';
export { eveningWaitlistJob, offerFreedSlots } from './evenings/waitlist-offers.ts';
export { planItinerary, type Itinerary, type Option, type Request } from './evenings/itinerary.ts';
export { OFFER_HOLD_MS, PROPOSAL_HOLD_MS } from './evenings/evening-rules.ts';
export type * from './evenings/evening-types.ts';
export { MAX_RUNNING_LATE_MINUTES, setRunningLate } from './meetings/running-late.ts';
export { getRunningOrder } from './meetings/running-order.ts';
export { MEET_NOW_MINUTES, meetNow } from './meetings/meet-now.ts';

export { MAX_REPORT_DAYS, type ReportScopeInput } from './reports/report-scope.ts';
export { getBookingDashboard, type BookingDashboard } from './reports/booking-dashboard.ts';
export { exportReportCsv, REPORT_KINDS, type ReportKind } from './reports/report-csv.ts';
export { nudgeFamilies, type NudgeOutcome } from './reports/nudge-families.ts';
export {
  getMeetingGuests,
  inviteToMeeting,
  type Invitee,
  type MeetingGuestsView,
} from './meetings/guests/invite-to-meeting.ts';
export { withdrawInvitation } from './meetings/guests/withdraw-invitation.ts';
export { joinAsInvitee, previewInvitation, recordInviteeKnock } from './meetings/guests/guest-link.ts';
export { ejectInviteeJob } from './meetings/guests/guest-jobs.ts';
