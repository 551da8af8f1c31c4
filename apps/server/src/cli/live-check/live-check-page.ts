/**
 * The browser half of `pnpm daily:live-check`, bundled by esbuild and served under the apps' CSP. It
 * creates the call object exactly as both apps do (`createCallObjectFor`: daily-js with
 * `dailyConfig: { avoidEval: true }`, or the local stand-in) and exposes a few steps to the script.
 */
import { createCallObjectFor } from '@edutrack/call-ui/call-object';

type Call = ReturnType<typeof createCallObjectFor>;

const EVENTS = ['joined-meeting', 'left-meeting', 'error', 'access-state-updated', 'waiting-participant-added'];

let call: Call | undefined;
const seen: { action: string; detail?: string }[] = [];
let knock: Promise<{ granted?: boolean }> | undefined;
const required = (): Call => {
  if (!call) throw new Error('no call object yet');
  return call;
};

const liveCheck = {
  seen,
  create(ticket: { mode: 'daily' | 'local'; signallingUrl: string | null }) {
    call = createCallObjectFor(ticket);
    for (const action of EVENTS) {
      call.on(action as 'error', (event) => {
        const e = event as { errorMsg?: string; error?: { type?: string } };
        seen.push({ action, detail: e.error?.type ?? e.errorMsg });
      });
    }
  },
  async preAuth(url: string, token: string): Promise<string> {
    const answer = (await required().preAuth({ url, token })) as { access?: { level?: string } | string };
    return typeof answer.access === 'string' ? answer.access : (answer.access?.level ?? 'unknown');
  },
  async join(url: string, token: string): Promise<string> {
    await required().join({ url, token });
    const access = required().accessState().access;
    return access === 'unknown' ? 'unknown' : access.level;
  },
  knock(name: string): void {
    knock = required().requestAccess({ name, access: { level: 'full' } });
  },
  async knockAnswer(): Promise<boolean | undefined> {
    return (await knock)?.granted;
  },
  waiting(): { id: string; name: string }[] {
    return Object.values(required().waitingParticipants()).map((w) => ({ id: w.id, name: w.name }));
  },
  async admit(id: string): Promise<void> {
    await required().updateWaitingParticipant(id, { grantRequestedAccess: true });
  },
  accessLevel(): string {
    const access = required().accessState().access;
    return access === 'unknown' ? 'unknown' : access.level;
  },
  meetingState(): string {
    return call?.meetingState() ?? 'none';
  },
  /** Plays every remote camera track in a <video> and answers how many show real frames. */
  remoteVideosPlaying(): number {
    for (const participant of Object.values(required().participants())) {
      const track = participant.local ? undefined : participant.tracks?.video?.persistentTrack;
      if (!track || document.getElementById(`v-${participant.session_id}`)) continue;
      const video = document.createElement('video');
      video.id = `v-${participant.session_id}`;
      video.muted = true;
      video.autoplay = true;
      video.playsInline = true;
      video.srcObject = new MediaStream([track]);
      document.body.append(video);
      void video.play().catch(() => undefined);
    }
    return [...document.querySelectorAll('video')].filter((v) => v.videoWidth > 0 && !v.paused).length;
  },
  async leave(): Promise<void> {
    await call?.leave().catch(() => undefined);
  },
};

declare global {
  interface Window {
    liveCheck: typeof liveCheck;
  }
}
window.liveCheck = liveCheck;
