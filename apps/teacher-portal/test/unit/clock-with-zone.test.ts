import { describe, expect, it } from 'vitest';
import { clockWithZone } from '../../src/i18n/clock-with-zone.ts';

describe('a clock time that names its zone only when the device reads it differently', () => {
  const at = '2030-07-05T13:00:00Z'; // 14:00 in London (BST)
  const uk = { locale: 'en-GB', zone: 'Europe/London' };
  it('"14:00" on a device in the branch zone (or one that reads the same)', () => {
    expect(clockWithZone(at, uk, 'Europe/London')).toBe('14:00');
    expect(clockWithZone(at, uk, 'Africa/Lagos')).toBe('14:00');
  });
  it('"14:00 London time (09:00 your time)" on a device in New York', () => {
    expect(clockWithZone(at, uk, 'America/New_York')).toBe('14:00 London time (09:00 your time)');
  });
  it('in a US school’s style, the 12-hour clock', () => {
    expect(clockWithZone(at, { locale: 'en-US', zone: 'America/New_York' }, 'Europe/London')).toBe(
      '9:00 AM New York time (2:00 PM your time)',
    );
  });
});
