import { describe, expect, it } from 'vitest';
import { DEV_EMULATOR_API_KEY, readEmulatorCliEnv } from '../src/emulator/cli-config.ts';

describe('readEmulatorCliEnv', () => {
  it('defaults to port 4010 and the dev key', () => {
    expect(readEmulatorCliEnv({})).toMatchObject({ DAILY_EMULATOR_PORT: 4010, DAILY_API_KEY: DEV_EMULATOR_API_KEY });
  });

  it('reads the port and key', () => {
    expect(readEmulatorCliEnv({ DAILY_EMULATOR_PORT: '5055', DAILY_API_KEY: 'k' })).toMatchObject({
      DAILY_EMULATOR_PORT: 5055,
      DAILY_API_KEY: 'k',
    });
  });

  it('refuses a bad port and a webhook URL without its secret', () => {
    expect(() => readEmulatorCliEnv({ DAILY_EMULATOR_PORT: 'eighty' })).toThrow(/DAILY_EMULATOR_PORT/);
    expect(() => readEmulatorCliEnv({ DAILY_EMULATOR_WEBHOOK_URL: 'http://localhost:3000/webhooks/daily' })).toThrow(
      /together/,
    );
  });
});
