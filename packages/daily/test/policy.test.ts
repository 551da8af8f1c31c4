import { describe, expect, it } from 'vitest';
import { DAILY_ROOM_NAME_PATTERN, isOurRoomName, roomNameFor } from '../src/policy/room-name.ts';
import {
  MEETING_MAX_PARTICIPANTS,
  roomDifferences,
  roomNeedsUpdate,
  roomPropertiesFor,
} from '../src/policy/room-properties.ts';
import { parentTokenProperties, teacherTokenProperties } from '../src/policy/token-properties.ts';
import type { DailyRoom } from '../src/spec-types.ts';

describe('roomNameFor', () => {
  const appointmentId = '6f1c2a9e-3b7d-4c55-9a0e-1d2f3a4b5c6d';

  it('gives the same appointment the same name, and different appointments different names', () => {
    expect(roomNameFor(appointmentId)).toBe(roomNameFor(appointmentId));
    expect(roomNameFor(appointmentId)).not.toBe(roomNameFor('6f1c2a9e-3b7d-4c55-9a0e-1d2f3a4b5c6e'));
  });

  it('is a valid Daily room name that does not contain the id', () => {
    const name = roomNameFor(appointmentId);
    expect(name).toMatch(DAILY_ROOM_NAME_PATTERN);
    expect(name.length).toBeLessThanOrEqual(128);
    expect(name).not.toContain(appointmentId.slice(0, 8));
    expect(name.startsWith('etm-')).toBe(true);
  });

  it('keeps any id, even one with characters Daily forbids, to a valid name', () => {
    expect(roomNameFor('Ünïcode id / with spaces & more')).toMatch(DAILY_ROOM_NAME_PATTERN);
  });

  it('separates environments by prefix', () => {
    expect(roomNameFor(appointmentId, 'etm-staging')).not.toBe(roomNameFor(appointmentId));
    expect(roomNameFor(appointmentId, 'etm-staging').startsWith('etm-staging-')).toBe(true);
  });

  it('refuses prefixes Daily would refuse and empty ids', () => {
    expect(() => roomNameFor(appointmentId, 'bad prefix')).toThrow(RangeError);
    expect(() => roomNameFor(appointmentId, '')).toThrow(RangeError);
    expect(() => roomNameFor('')).toThrow(RangeError);
  });
});

describe('isOurRoomName', () => {
  it('recognises names made by roomNameFor with the same prefix only', () => {
    const name = roomNameFor('a1');
    expect(isOurRoomName(name)).toBe(true);
    expect(isOurRoomName(name, 'other')).toBe(false);
    expect(isOurRoomName(roomNameFor('a1', 'etm-staging'), 'etm-staging')).toBe(true);
  });

  it('leaves rooms someone else made alone', () => {
    expect(isOurRoomName('etm-hello')).toBe(false);
    expect(isOurRoomName('w2pp2cf4kltgFACPKXmX')).toBe(false);
    expect(isOurRoomName(`${roomNameFor('a1')}x`)).toBe(false);
    expect(isOurRoomName(roomNameFor('a1').toUpperCase())).toBe(false);
  });
});

describe('roomPropertiesFor', () => {
  const opensAt = new Date('2030-03-04T08:55:00Z');
  const closesAt = new Date('2030-03-04T09:45:00Z');

  it('makes a private knocking room open exactly within the window, in unix seconds', () => {
    const wanted = roomPropertiesFor({ opensAt, closesAt });
    expect(wanted.privacy).toBe('private');
    expect(wanted.properties).toMatchObject({
      nbf: opensAt.getTime() / 1000,
      exp: closesAt.getTime() / 1000,
      eject_at_room_exp: true,
      enable_knocking: true,
      max_participants: MEETING_MAX_PARTICIPANTS,
      enable_prejoin_ui: false,
    });
    expect(wanted.properties).not.toHaveProperty('enable_recording');
  });

  it('gives a joint meeting (2-3 teachers) a seat for each extra teacher', () => {
    expect(roomPropertiesFor({ opensAt, closesAt }, 3).properties.max_participants).toBe(MEETING_MAX_PARTICIPANTS + 2);
  });

  it('rounds sub-second times down to whole seconds', () => {
    const wanted = roomPropertiesFor({ opensAt: new Date(opensAt.getTime() + 999), closesAt });
    expect(wanted.properties.nbf).toBe(opensAt.getTime() / 1000);
  });

  it('refuses an empty or inverted window and invalid dates', () => {
    expect(() => roomPropertiesFor({ opensAt: closesAt, closesAt })).toThrow(RangeError);
    expect(() => roomPropertiesFor({ opensAt: closesAt, closesAt: opensAt })).toThrow(RangeError);
    expect(() => roomPropertiesFor({ opensAt: new Date('nonsense'), closesAt })).toThrow(RangeError);
  });
});

describe('roomNeedsUpdate', () => {
  const wanted = roomPropertiesFor({
    opensAt: new Date('2030-03-04T08:55:00Z'),
    closesAt: new Date('2030-03-04T09:45:00Z'),
  });
  // As Daily answers: config lists only what differs from the defaults (enable_prejoin_ui false is one).
  const asDailyAnswers = (overrides: Partial<DailyRoom> = {}): DailyRoom => ({
    name: 'etm-x',
    privacy: 'private',
    config: {
      nbf: wanted.properties.nbf,
      exp: wanted.properties.exp,
      eject_at_room_exp: true,
      enable_knocking: true,
      max_participants: MEETING_MAX_PARTICIPANTS,
    },
    ...overrides,
  });

  it('sees no difference when the room matches, reading absent config keys as defaults', () => {
    expect(roomDifferences(asDailyAnswers(), wanted)).toEqual([]);
    expect(roomNeedsUpdate(asDailyAnswers(), wanted)).toBe(false);
  });

  it('notices a moved window', () => {
    const moved = asDailyAnswers({ config: { ...asDailyAnswers().config, exp: (wanted.properties.exp ?? 0) - 600 } });
    expect(roomDifferences(moved, wanted)).toEqual(['exp']);
    expect(roomNeedsUpdate(moved, wanted)).toBe(true);
  });

  it('notices properties back at their defaults (absent from config) and a public room', () => {
    const { enable_knocking: _knocking, eject_at_room_exp: _eject, ...rest } = asDailyAnswers().config ?? {};
    const drifted = asDailyAnswers({ privacy: 'public', config: rest });
    expect(roomDifferences(drifted, wanted).sort()).toEqual(['eject_at_room_exp', 'enable_knocking', 'privacy']);
  });

  it('reads a missing privacy as Daily’s default, public', () => {
    const { privacy: _privacy, ...noPrivacy } = asDailyAnswers();
    expect(roomDifferences(noPrivacy, wanted)).toEqual(['privacy']);
  });

  it('notices max_participants at the default of 200 (absent) when a small cap is wanted', () => {
    const { max_participants: _max, ...rest } = asDailyAnswers().config ?? {};
    expect(roomDifferences(asDailyAnswers({ config: rest }), wanted)).toEqual(['max_participants']);
  });
});

describe('meeting token properties', () => {
  const holder = {
    roomName: 'etm-abc',
    userId: '0b7c1a52-8f5e-4d0c-9e51-0c8f0c4a2d11',
    userName: '  Ms Rivera ',
    exp: new Date('2030-03-04T09:45:00Z'),
  };

  it('makes the teacher an owner who does not knock', () => {
    const token = teacherTokenProperties(holder);
    expect(token).toEqual({
      room_name: 'etm-abc',
      user_id: holder.userId,
      user_name: 'Ms Rivera',
      exp: holder.exp.getTime() / 1000,
      is_owner: true,
    });
  });

  it('makes the parent knock, named and identified, never an owner', () => {
    const token = parentTokenProperties({ ...holder, userName: 'Sam Lee' });
    expect(token).toMatchObject({
      knocking: true,
      is_owner: false,
      user_name: 'Sam Lee',
      user_id: holder.userId,
      room_name: 'etm-abc',
    });
  });

  it('sets no eject property, which would override the room’s eject_at_room_exp', () => {
    for (const token of [teacherTokenProperties(holder), parentTokenProperties(holder)]) {
      expect(Object.keys(token).filter((key) => key.startsWith('eject'))).toEqual([]);
    }
  });

  it('accepts a 36-character id and refuses a longer or empty one', () => {
    expect(parentTokenProperties({ ...holder, userId: 'x'.repeat(36) }).user_id).toHaveLength(36);
    expect(() => parentTokenProperties({ ...holder, userId: 'x'.repeat(37) })).toThrow(RangeError);
    expect(() => teacherTokenProperties({ ...holder, userId: '' })).toThrow(RangeError);
  });

  it('refuses a token without a room or with an invalid expiry', () => {
    expect(() => teacherTokenProperties({ ...holder, roomName: '' })).toThrow(RangeError);
    expect(() => teacherTokenProperties({ ...holder, exp: new Date('nope') })).toThrow(RangeError);
  });
});
