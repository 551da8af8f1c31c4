import type { Translate } from '../i18n/translate.ts';
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
export function describeDeviceProblem(problems: DeviceProblems, platform: Platform, t: Translate): DeviceHelp | null {
  const { camera, microphone } = problems;
  if (!camera && !microphone) return null;
  const what: DeviceWhat = camera && microphone ? 'both' : camera ? 'camera' : 'microphone';
  const issue = worst(camera, microphone);
  switch (issue) {
    case 'blocked':
      return {
        title: t('call.deviceHelp.blockedTitle', { what }),
        message: t('call.deviceHelp.blocked', { what }),
        steps: permissionSteps(platform, what, t),
      };
    case 'not-found':
      return {
        title: t('call.deviceHelp.notFoundTitle', { what }),
        message: t('call.deviceHelp.notFound', { what }),
        steps: [],
      };
    case 'in-use':
      return {
        title: t('call.deviceHelp.busyTitle', { what }),
        message: t('call.deviceHelp.busy', { what }),
        steps: [],
      };
    case 'unsupported':
      return {
        title: t('call.deviceHelp.unsupportedTitle'),
        message:
          platform === 'ios-installed' || platform === 'ios-browser'
            ? t('call.deviceHelp.unsupportedIos')
            : t('call.deviceHelp.unsupported'),
        steps: [],
      };
    default:
      return {
        title: t('call.deviceHelp.failedTitle', { what }),
        message: t('call.deviceHelp.failed', { what }),
        steps: [],
      };
  }
}

/** Which device the words are about (the messages' `what` select). */
type DeviceWhat = 'both' | 'camera' | 'microphone';

const severity: DeviceIssue[] = ['blocked', 'unsupported', 'in-use', 'not-found', 'unknown'];

function worst(a?: DeviceIssue | null, b?: DeviceIssue | null): DeviceIssue {
  const found = [a, b].filter((x): x is DeviceIssue => Boolean(x));
  return found.sort((x, y) => severity.indexOf(x) - severity.indexOf(y))[0] ?? 'unknown';
}

function permissionSteps(platform: Platform, what: DeviceWhat, t: Translate): string[] {
  switch (platform) {
    case 'ios-installed':
      return [
        t('call.deviceHelp.iosInstalled1'),
        t('call.deviceHelp.iosInstalled2'),
        t('call.deviceHelp.iosInstalled3', { what }),
        t('call.deviceHelp.iosInstalled4'),
      ];
    case 'ios-browser':
      return [
        t('call.deviceHelp.iosBrowser1'),
        t('call.deviceHelp.iosBrowser2', { what }),
        t('call.deviceHelp.chooseTryAgain'),
      ];
    case 'android':
      return [
        t('call.deviceHelp.android1'),
        t('call.deviceHelp.android2', { what }),
        t('call.deviceHelp.chooseTryAgain'),
      ];
    default:
      return [t('call.deviceHelp.desktop1'), t('call.deviceHelp.desktop2', { what }), t('call.deviceHelp.desktop3')];
  }
}
