// Screens
export { TeacherCallScreen, type TeacherCallScreenProps } from './screens/teacher-call-screen.tsx';
export { ParentCallScreen, type ParentCallScreenProps } from './screens/parent-call-screen.tsx';

// The call object
export type { CallObject, CallObjectFactory } from './call-object/call-object.ts';
export { useManagedCallObject } from './call-object/use-managed-call-object.ts';
export { createCallObjectFor } from './call-object/create-call-object.ts';
export { JoinGate, type JoinGateProps } from './join/join-gate.tsx';
export { CallProvider } from './call-object/call-provider.tsx';
export { type CallTicket, type Clock, type DescribeError, systemClock } from './call-ticket.ts';
export type { CallScreenProps } from './screens/call-screen-props.ts';

// Pieces, for screens composed differently
export { CallTimer } from './components/call-timer.tsx';
export { CallControls } from './components/call-controls.tsx';
export { DeviceCheck } from './components/device-check.tsx';
export { DevicePickers } from './components/device-pickers.tsx';
export { VideoGrid } from './components/video-grid.tsx';
export { VideoTile } from './components/video-tile.tsx';
export { WaitingRoomPanel, type Knocker } from './components/waiting-room-panel.tsx';
export { KnockToast } from './components/knock-toast.tsx';
export { EndMeetingControl } from './components/end-meeting-control.tsx';

// Hooks: the call's state machines
export {
  useKnock,
  KNOCK_TIMEOUT_MS,
  type JoinMedia,
  type KnockState,
  type UseKnockOptions,
} from './knock/use-knock.ts';
export { TEACHER_PRESENCE_POLL_MS, useTeacherPresent, type LoadTeacherPresence } from './knock/use-teacher-present.ts';
export { useHostJoin, type HostCallState } from './host/use-host-join.ts';
export { useKnockers } from './host/use-knockers.ts';
export { useVouchedKnockers, LOBBY_POLL_MS, type LoadLobby, type VouchedKnocker } from './host/use-vouched-knockers.ts';
export { classifyKnocker, type KnockerIdentity } from './host/classify-knocker.ts';
export { useLocalMedia } from './media/use-local-media.ts';
export { useDevicePreview, type DevicePreview, type DeviceChoice } from './media/use-device-preview.ts';
export { useMicrophoneLevel } from './media/use-microphone-level.ts';
export type { MediaDevicesLike } from './media/media-devices.ts';
export { countdown, useCountdown, ENDING_SOON_MS, type Countdown } from './time/countdown.ts';

// Words for errors
export {
  describeCallError,
  type CallProblem,
  type CallErrorContext,
  type DailyErrorLike,
} from './errors/describe-call-error.ts';
export { describeDeviceProblem, type DeviceHelp, type DeviceProblems } from './errors/describe-device-problem.ts';
export { deviceIssueFromDailyState, deviceIssueFromMediaError, type DeviceIssue } from './errors/device-issue.ts';
export { detectPlatform, type Platform } from './errors/platform.ts';

// Messages
export { callCatalogs } from './i18n/call-catalogs.ts';
