import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '@edutrack/daily';
import { DAILY_ROOM_NAME_PATTERN } from '@edutrack/daily';
import { isDefaultRoomProperty } from '@edutrack/daily/spec';
import type { CreateRoomBody, DailyRoom, DailyRoomProperties, UpdateRoomBody } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { invalidRequest, notFound } from './daily-emulator-error.ts';
import { paginate, type PageRequest } from './pagination.ts';

type RoomPrivacy = 'public' | 'private';

export interface StoredRoom {
  id: string;
  name: string;
  privacy: RoomPrivacy;
  createdAt: Date;
  /** Everything set on the room, defaults included; answers show only what differs from them. */
  properties: DailyRoomProperties;
}

const ROOM_PRIVACIES: readonly string[] = ['public', 'private'] satisfies RoomPrivacy[];

const privacyOf = (value: string | undefined, fallback: RoomPrivacy): RoomPrivacy => {
  if (value === undefined) return fallback;
  if (value === 'public' || value === 'private') return value;
  throw invalidRequest(`privacy must be one of ${ROOM_PRIVACIES.join(', ')}`);
};

// Daily invents a 20-character name when none is given.
const inventName = (): string => randomBytes(15).toString('base64url').replace(/[-_]/g, 'x');

/** Rooms by name. A room past its `exp` is gone for the REST API, as on Daily. */
export class RoomStore {
  private readonly rooms = new Map<string, StoredRoom>();
  /** Creation order of every id ever issued, kept after deletion so page cursors stay valid. */
  private readonly positions = new Map<string, number>();
  private creations = 0;

  constructor(
    private readonly clock: Clock,
    private readonly urlFor: (name: string) => string,
  ) {}

  /** How many rooms were ever created (a test sees duplicates and re-creations here). */
  get createdCount(): number {
    return this.creations;
  }

  isExpired(room: StoredRoom): boolean {
    const { exp } = room.properties;
    return exp !== undefined && toUnixSeconds(this.clock.now()) >= exp;
  }

  /** A live room. */
  get(name: string): StoredRoom | undefined {
    const room = this.rooms.get(name);
    return room === undefined || this.isExpired(room) ? undefined : room;
  }

  /** A room even when expired: joining one answers "exp-room" rather than "no-room". */
  peek(name: string): StoredRoom | undefined {
    return this.rooms.get(name);
  }

  require(name: string): StoredRoom {
    const room = this.get(name);
    if (room === undefined) throw notFound(`room ${name} not found`);
    return room;
  }

  live(): StoredRoom[] {
    return [...this.rooms.values()].filter((room) => !this.isExpired(room));
  }

  create(body: CreateRoomBody): StoredRoom {
    const name = body.name ?? inventName();
    if (!DAILY_ROOM_NAME_PATTERN.test(name)) {
      throw invalidRequest('room name must be 1-128 characters of A-Z, a-z, 0-9, - and _');
    }
    if (this.get(name) !== undefined) throw invalidRequest(`a room named ${name} already exists`);
    const properties = { ...body.properties };
    this.assertOpenEnded(properties);
    const room: StoredRoom = {
      id: randomUUID(),
      name,
      privacy: privacyOf(body.privacy, 'public'),
      createdAt: this.clock.now(),
      properties,
    };
    this.creations += 1;
    this.positions.set(room.id, this.creations);
    this.rooms.set(name, room);
    return room;
  }

  update(name: string, body: UpdateRoomBody): StoredRoom {
    const room = this.require(name);
    const properties = { ...room.properties, ...body.properties };
    if (body.properties?.exp !== undefined) this.assertOpenEnded(properties);
    const updated: StoredRoom = { ...room, privacy: privacyOf(body.privacy, room.privacy), properties };
    this.rooms.set(name, updated);
    return updated;
  }

  delete(name: string): StoredRoom {
    const room = this.require(name);
    this.rooms.delete(name);
    return room;
  }

  list(page: PageRequest): { total_count: number; data: StoredRoom[] } {
    const rooms = this.live();
    const data = paginate(
      rooms,
      { idOf: (room) => room.id, positionOf: (id) => this.positions.get(id) },
      page,
      'newest-first',
    );
    return { total_count: rooms.length, data };
  }

  render(room: StoredRoom): DailyRoom {
    const config = Object.fromEntries(
      Object.entries(room.properties).filter(
        ([key, value]) => value !== undefined && !isDefaultRoomProperty(key, value),
      ),
    );
    return {
      id: room.id,
      name: room.name,
      api_created: true,
      privacy: room.privacy,
      url: this.urlFor(room.name),
      created_at: room.createdAt.toISOString(),
      config,
    };
  }

  private assertOpenEnded({ exp }: DailyRoomProperties): void {
    if (exp !== undefined && exp <= toUnixSeconds(this.clock.now())) throw invalidRequest('exp must be in the future');
  }
}
