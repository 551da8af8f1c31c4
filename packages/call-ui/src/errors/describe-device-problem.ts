import type { DeviceIssue } from './device-issue.ts';
import type { Platform } from './platform.ts';

export interface DeviceProblems {
  camera?: DeviceIssue | null;
  microphone?: DeviceIssue | null;
}

export interface DeviceHelp {
  title: string;
  message: string;
  /** What to do, in order; empty when there is nothing to change in settings. */
  steps: string[];
}

/**
 * How to fix a camera or microphone that can't be used, in the words of the platform the person is
 * on. The installed app on an iPhone has no address bar to click, so it gets the Settings path.
 */
export function describeDeviceProblem(problems: DeviceProblems, platform: Platform): DeviceHelp | null {
  const { camera, microphone } = problems;
  if (!camera && !microphone) return null;
  const what = camera && microphone ? 'camera and microphone' : camera ? 'camera' : 'microphone';
  const issue = worst(camera, microphone);
  switch (issue) {
    case 'blocked':
      return {
        title: `Your ${what} ${camera && microphone ? 'are' : 'is'} blocked`,
        message: `EduTrack Meet needs permission to use your ${what}. You can still join and see and hear the teacher.`,
        steps: permissionSteps(platform, what),
      };
    case 'not-found':
      return {
        title: `No ${what} found`,
        message: `We couldn't find a ${what} on this device. If you use an external one, plug it in and choose Try again. You can still join and see and hear the teacher.`,
        steps: [],
      };
    case 'in-use':
      return {
        title: `Your ${what} ${camera && microphone ? 'are' : 'is'} busy`,
        message: `Another app is using your ${what}. Close other video or camera apps (or browser tabs), then choose Try again.`,
        steps: [],
      };
    case 'unsupported':
      return {
        title: 'This browser cannot use a camera here',
        message:
          platform === 'ios-installed' || platform === 'ios-browser'
            ? 'Update your iPhone or iPad (Settings → General → Software Update), then open EduTrack Meet again.'
            : 'Open EduTrack Meet in an up-to-date Chrome, Edge, Firefox or Safari to use your camera and microphone.',
        steps: [],
      };
    default:
      return {
        title: `Your ${what} could not be started`,
        message: `Something stopped your ${what} from starting. Choose Try again; if that doesn't help, restart the browser or the app.`,
        steps: [],
      };
  }
}

const severity: DeviceIssue[] = ['blocked', 'unsupported', 'in-use', 'not-found', 'unknown'];

function worst(a?: DeviceIssue | null, b?: DeviceIssue | null): DeviceIssue {
  const found = [a, b].filter((x): x is DeviceIssue => Boolean(x));
  return found.sort((x, y) => severity.indexOf(x) - severity.indexOf(y))[0] ?? 'unknown';
}

function permissionSteps(platform: Platform, what: string): string[] {
  const allow =
    what === 'camera and microphone' ? 'Camera and Microphone' : what === 'camera' ? 'Camera' : 'Microphone';
  switch (platform) {
    case 'ios-installed':
      return [
        'Open the Settings app on your iPhone or iPad.',
        `Tap Apps, then Safari (on older iOS: tap Safari straight away). If EduTrack Meet is listed by name in Settings, tap it instead.`,
        `Set ${allow} to Allow (or Ask).`,
        'Close EduTrack Meet completely (swipe it away in the app switcher), open it again and choose Try again.',
      ];
    case 'ios-browser':
      return [
        'Tap the aA button at the left of the address bar, then Website Settings.',
        `Set ${allow} to Allow.`,
        'Choose Try again.',
      ];
    case 'android':
      return [
        'Tap the icon at the left of the address bar (in the installed app: open the ⋮ menu, then Site settings or App info → Permissions).',
        `Tap Permissions and allow ${allow}.`,
        'Choose Try again.',
      ];
    default:
      return [
        'Click the camera icon or the lock at the left of the address bar.',
        `Allow ${allow} for this site.`,
        'Choose Try again (some browsers need the page reloaded).',
      ];
  }
}
