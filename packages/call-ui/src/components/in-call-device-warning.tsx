import { useT } from '@edutrack/i18n/react';
import { useDevices } from '@daily-co/daily-react';
import { describeDeviceProblem } from '../errors/describe-device-problem.ts';
import { deviceIssueFromDailyState } from '../errors/device-issue.ts';
import type { Platform } from '../errors/platform.ts';
import { DeviceProblemHelp } from './device-problem-help.tsx';

/** A camera or microphone that failed during the call (daily's `camera-error`), with the fix. */
export function InCallDeviceWarning({ platform }: { platform: Platform }) {
  const t = useT();
  const { camState, micState } = useDevices();
  const help = describeDeviceProblem(
    { camera: deviceIssueFromDailyState(camState), microphone: deviceIssueFromDailyState(micState) },
    platform,
    t,
  );
  return help ? <DeviceProblemHelp help={help} /> : null;
}
