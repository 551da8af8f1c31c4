import type { MeetingTokenProperties } from '@edutrack/daily';

/**
 * Daily's short claim names for meeting-token properties, as published for self-signed tokens
 * (docs.daily.co, "Self-signing tokens"). Properties without a published abbreviation keep their name.
 */
const TOKEN_CLAIM_ABBREVIATIONS = {
  nbf: 'nbf',
  exp: 'exp',
  room_name: 'r',
  user_id: 'ud',
  user_name: 'u',
  is_owner: 'o',
  knocking: 'k',
  close_tab_on_exit: 'ctoe',
  redirect_on_meeting_exit: 'rome',
  start_cloud_recording: 'sr',
  start_cloud_recording_opts: 'sro',
  auto_start_transcription: 'ast',
  enable_recording: 'er',
  enable_screenshare: 'ss',
  start_video_off: 'vo',
  start_audio_off: 'ao',
  eject_at_token_exp: 'ejt',
  eject_after_elapsed: 'eje',
  lang: 'uil',
  enable_recording_ui: 'erui',
  permissions: 'p',
} as const satisfies Partial<Record<keyof MeetingTokenProperties, string>>;

/** The domain a token belongs to; Daily requires it in self-signed tokens. */
export const DOMAIN_ID_CLAIM = 'd';

const longNames = new Map<string, string>(
  Object.entries(TOKEN_CLAIM_ABBREVIATIONS).map(([long, short]) => [short, long]),
);

export const abbreviateTokenProperties = (properties: MeetingTokenProperties): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]): [string, unknown] => [String(Reflect.get(TOKEN_CLAIM_ABBREVIATIONS, key) ?? key), value]),
  );

/** Claims back to property names; JWT bookkeeping (iat, the domain id) is left out. */
export const expandTokenClaims = (claims: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(claims)
      .filter(([key]) => key !== 'iat' && key !== DOMAIN_ID_CLAIM)
      .map(([key, value]) => [longNames.get(key) ?? key, value]),
  );
