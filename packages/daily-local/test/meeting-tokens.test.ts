import { decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { parentTokenProperties, teacherTokenProperties } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { inMinutes, rawRequest, startEmulator, TEST_API_KEY } from './support/emulator-harness.ts';

const holder = (exp: Date) => ({ roomName: 'etm-room', userId: 'parent-42', userName: 'Sam Lee', exp });

describe('meeting tokens', () => {
  it('are HS256 JWTs signed with the API key, with Daily’s short claim names', async () => {
    const { client, clock, emulator } = await startEmulator();
    const exp = inMinutes(clock, 90);
    const token = await client().createMeetingToken(parentTokenProperties(holder(exp)));

    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const { payload } = await jwtVerify(token, new TextEncoder().encode(TEST_API_KEY), { currentDate: clock.now() });
    expect(payload).toMatchObject({
      r: 'etm-room',
      ud: 'parent-42',
      u: 'Sam Lee',
      o: false,
      k: true,
      exp: toUnixSeconds(exp),
      d: emulator.state.domainId,
    });
    expect(payload).not.toHaveProperty('room_name');
  });

  it('validate through GET /meeting-tokens/:token, answering the long property names', async () => {
    const { client, clock } = await startEmulator();
    const daily = client();
    const token = await daily.createMeetingToken(teacherTokenProperties(holder(inMinutes(clock, 90))));
    expect(await daily.validateMeetingToken(token)).toMatchObject({
      room_name: 'etm-room',
      is_owner: true,
      user_name: 'Sam Lee',
      user_id: 'parent-42',
    });
  });

  it('stop validating at exp, per the clock', async () => {
    const { client, clock } = await startEmulator();
    const daily = client();
    const token = await daily.createMeetingToken(parentTokenProperties(holder(inMinutes(clock, 10))));
    clock.advance(10 * 60_000);
    const error: unknown = await daily.validateMeetingToken(token).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ status: 400, type: 'invalid-request-error' });
    // The token is a credential: the error names the route, not the token.
    expect(error).toMatchObject({ path: '/meeting-tokens/{meeting_token}' });
    expect(String(error)).not.toContain(token.slice(0, 20));
  });

  it('honour nbf unless ignoreNbf is asked for', async () => {
    const { client, clock } = await startEmulator();
    const daily = client();
    const token = await daily.createMeetingToken({
      room_name: 'r',
      nbf: toUnixSeconds(inMinutes(clock, 5)),
      exp: toUnixSeconds(inMinutes(clock, 60)),
    });
    await expect(daily.validateMeetingToken(token)).rejects.toMatchObject({ status: 400 });
    expect(await daily.validateMeetingToken(token, { ignoreNbf: true })).toMatchObject({ room_name: 'r' });
  });

  it('are refused with an exp in the past', async () => {
    const { client, clock } = await startEmulator();
    await expect(
      client().createMeetingToken({ room_name: 'r', exp: toUnixSeconds(clock.now()) - 1 }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('refuse properties Daily does not know', async () => {
    const { baseUrl } = await startEmulator();
    const response = await rawRequest(baseUrl, '/meeting-tokens', {
      method: 'POST',
      body: { properties: { room_name: 'r', owner: true } },
    });
    expect(response.status).toBe(400);
  });

  it('reject a token signed with another key, or tampered with', async () => {
    const { client, clock, emulator } = await startEmulator();
    const daily = client();
    const claims = { r: 'etm-room', o: true, d: emulator.state.domainId, exp: toUnixSeconds(inMinutes(clock, 30)) };
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('not-the-key'));
    await expect(daily.validateMeetingToken(forged)).rejects.toMatchObject({ status: 400 });

    const genuine = await daily.createMeetingToken(parentTokenProperties(holder(inMinutes(clock, 30))));
    const [header, , signature] = genuine.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...decodeJwt(genuine), o: true, k: false })).toString('base64url');
    await expect(daily.validateMeetingToken(`${header}.${promoted}.${signature}`)).rejects.toMatchObject({
      status: 400,
    });
  });

  it('accept a self-signed token made with the API key and the domain id', async () => {
    const { client, clock, emulator } = await startEmulator();
    const claims = {
      r: 'etm-room',
      u: 'Ms Rivera',
      o: true,
      d: emulator.state.domainId,
      exp: toUnixSeconds(inMinutes(clock, 30)),
    };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(TEST_API_KEY));
    expect(await client().validateMeetingToken(token)).toMatchObject({
      room_name: 'etm-room',
      user_name: 'Ms Rivera',
      is_owner: true,
    });
    const elsewhere = await new SignJWT({ ...claims, d: 'another-domain' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(TEST_API_KEY));
    await expect(client().validateMeetingToken(elsewhere)).rejects.toMatchObject({ status: 400 });
  });
});
