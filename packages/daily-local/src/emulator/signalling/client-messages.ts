import { z } from 'zod';
import type { ClientMessage } from './protocol.ts';

// Browsers are not trusted: every frame is checked before it touches the call registry.
const ref = z.number().int().nonnegative();
const sessionId = z.string().min(1).max(100);
const media = z.object({ audio: z.boolean(), video: z.boolean() });
const roomName = z.string().min(1).max(128);
const token = z.string().min(1).max(8192);

const signalPayload = {
  description: z.object({ type: z.enum(['offer', 'answer']), sdp: z.string().max(200_000) }).optional(),
  candidate: z
    .object({
      candidate: z.string().max(2_000),
      sdpMid: z.string().max(100).nullish(),
      sdpMLineIndex: z.number().int().nonnegative().nullish(),
      usernameFragment: z.string().max(256).nullish(),
    })
    .optional(),
};

const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pre-auth'), ref, roomName, token: token.optional() }),
  z.object({
    type: z.literal('join'),
    roomName,
    token: token.optional(),
    userName: z.string().max(200).optional(),
    media,
  }),
  z.object({ type: z.literal('request-access'), name: z.string().max(200) }),
  z.object({ type: z.literal('answer-knock'), ref, id: sessionId, grant: z.boolean() }),
  z.object({ type: z.literal('eject'), ref, ids: z.union([z.array(sessionId).max(50), z.literal('*')]) }),
  z.object({ type: z.literal('media'), media }),
  z.object({ type: z.literal('signal'), to: sessionId, ...signalPayload }),
  z.object({ type: z.literal('app-message'), data: z.unknown(), to: sessionId.optional() }),
  z.object({ type: z.literal('leave') }),
]);

export type ClientMessageParse = { ok: true; message: ClientMessage } | { ok: false; reason: string };

/** One text frame from a browser, validated. */
export function parseClientMessage(frame: string): ClientMessageParse {
  let json: unknown;
  try {
    json = JSON.parse(frame);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = clientMessageSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
  // Typed against the protocol, so the schema and ClientMessage cannot drift apart unnoticed.
  const message: ClientMessage = parsed.data;
  return { ok: true, message };
}
