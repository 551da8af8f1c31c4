import { describe, expect, test } from 'vitest';
import { describeDeviceProblem } from '../src/errors/describe-device-problem.ts';
import { deviceIssueFromDailyState, deviceIssueFromMediaError } from '../src/errors/device-issue.ts';
import { detectPlatform } from '../src/errors/platform.ts';
import { englishT as t } from './support/english.ts';

describe('describeDeviceProblem', () => {
  test('nothing wrong: no help', () => {
    expect(describeDeviceProblem({}, 'desktop', t)).toBeNull();
  });

  test('blocked in the installed iPhone app: the way through Settings, then reopen the app', () => {
    const help = describeDeviceProblem({ camera: 'blocked', microphone: 'blocked' }, 'ios-installed', t)!;
    expect(help.title).toBe('Your camera and microphone are blocked');
    expect(help.steps.join(' ')).toMatch(/Settings app/);
    expect(help.steps.join(' ')).toMatch(/Safari/);
    expect(help.steps.join(' ')).toMatch(/Camera and Microphone to Allow/);
    expect(help.steps.join(' ')).toMatch(/open it again/);
  });

  test('blocked in Safari on iOS: the website settings under aA', () => {
    expect(describeDeviceProblem({ microphone: 'blocked' }, 'ios-browser', t)!.steps[0]).toContain('aA');
  });

  test('blocked on a computer: the icon in the address bar', () => {
    const help = describeDeviceProblem({ camera: 'blocked' }, 'desktop', t)!;
    expect(help.title).toBe('Your camera is blocked');
    expect(help.steps[0]).toContain('address bar');
  });

  test('missing and busy devices say what to do, and that joining still works for a missing one', () => {
    expect(describeDeviceProblem({ camera: 'not-found' }, 'android', t)!.message).toContain('You can still join');
    expect(describeDeviceProblem({ microphone: 'in-use' }, 'desktop', t)!.message).toContain(
      'Another app is using your microphone',
    );
  });

  test('the worse problem leads when both devices have one', () => {
    expect(describeDeviceProblem({ camera: 'not-found', microphone: 'blocked' }, 'desktop', t)!.title).toBe(
      'Your camera and microphone are blocked',
    );
  });
});

describe('device issues', () => {
  test('from getUserMedia errors', () => {
    expect(deviceIssueFromMediaError(new DOMException('x', 'NotAllowedError'))).toBe('blocked');
    expect(deviceIssueFromMediaError(new DOMException('x', 'NotFoundError'))).toBe('not-found');
    expect(deviceIssueFromMediaError(new DOMException('x', 'NotReadableError'))).toBe('in-use');
    expect(deviceIssueFromMediaError(new Error('?'))).toBe('unknown');
  });

  test("from daily-react's device states", () => {
    expect(deviceIssueFromDailyState('blocked')).toBe('blocked');
    expect(deviceIssueFromDailyState('not-found')).toBe('not-found');
    expect(deviceIssueFromDailyState('in-use')).toBe('in-use');
    expect(deviceIssueFromDailyState('granted')).toBeNull();
    expect(deviceIssueFromDailyState('idle')).toBeNull();
  });
});

describe('detectPlatform', () => {
  const iphone =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
  test('an iPhone home-screen app, Safari on an iPhone, an iPad posing as a Mac, Android, a desktop', () => {
    expect(detectPlatform({ userAgent: iphone, standalone: true }, () => false)).toBe('ios-installed');
    expect(detectPlatform({ userAgent: iphone }, () => true)).toBe('ios-installed');
    expect(detectPlatform({ userAgent: iphone }, () => false)).toBe('ios-browser');
    expect(
      detectPlatform({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', maxTouchPoints: 5 }, () => false),
    ).toBe('ios-browser');
    expect(detectPlatform({ userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8)' }, () => true)).toBe('android');
    expect(detectPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', maxTouchPoints: 0 }, () => false)).toBe(
      'desktop',
    );
  });
});
