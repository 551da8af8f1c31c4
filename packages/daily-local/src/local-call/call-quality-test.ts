import type { DailyCallQualityTestResults, DailyCallQualityTestStats } from '@daily-co/daily-js';
import { intervalBetween, readStats, type StatsInterval } from './network-quality.ts';

/**
 * Daily's documented verdicts for `testCallQuality()`: the worst of send packet loss (5% / 10%),
 * maximum round-trip time (300 / 600 ms) and average send bitrate (1.1 / 0.7 Mbit/s).
 */
export function callQualityVerdict(data: DailyCallQualityTestStats['data']): DailyCallQualityTestStats['result'] {
  const loss = data.avgSendPacketLoss ?? 0;
  const rtt = data.maxRoundTripTime ?? 0;
  const bitrate = data.avgSendBitsPerSecond ?? 0;
  if (loss >= 0.1 || rtt >= 0.6 || bitrate < 700_000) return 'bad';
  if (loss >= 0.05 || rtt >= 0.3 || bitrate < 1_100_000) return 'warning';
  return 'good';
}

const SAMPLE_MS = 1_000;
const CONNECT_TIMEOUT_MS = 10_000;
/** Chromium's congestion control starts a video send at about 300 kbit/s; Daily's test sends for up to 30 s. */
const START_BITRATE_KBPS = 1_500;

/**
 * The stand-in's `testCallQuality()`: like Daily's, it sends self-generated video over a real WebRTC
 * connection and averages the outbound stats. Daily sends to its own servers; the stand-in has none,
 * so it sends to a second connection in the same page over the same host candidates a local call uses.
 * The numbers are real measurements of this browser's WebRTC path (its encoder, the machine's
 * network stack), not a canned answer; what they cannot see is a network beyond this device.
 */
export class LocalCallQualityTest {
  private stopped = false;

  constructor(
    private readonly configuration: RTCConfiguration,
    private readonly durationMs: number,
  ) {}

  stop(): void {
    this.stopped = true;
  }

  async run(): Promise<DailyCallQualityTestResults> {
    const started = Date.now();
    const elapsed = () => Math.round((Date.now() - started) / 1000);
    const source = noiseVideo();
    const sender = new RTCPeerConnection(this.configuration);
    const receiver = new RTCPeerConnection(this.configuration);
    try {
      sender.addEventListener(
        'icecandidate',
        ({ candidate }) => void (candidate && receiver.addIceCandidate(candidate)),
      );
      receiver.addEventListener(
        'icecandidate',
        ({ candidate }) => void (candidate && sender.addIceCandidate(candidate)),
      );
      sender.addTrack(source.track);
      const offer = await sender.createOffer();
      await sender.setLocalDescription({ type: 'offer', sdp: withStartBitrate(offer.sdp ?? '') });
      await receiver.setRemoteDescription(sender.localDescription!);
      const answer = await receiver.createAnswer();
      await receiver.setLocalDescription(answer);
      await sender.setRemoteDescription({ type: 'answer', sdp: withStartBitrate(answer.sdp ?? '') });
      await connected(sender);

      const intervals: StatsInterval[] = [];
      let previous = readStats([await sender.getStats()], Date.now());
      const gathering = Date.now();
      while (!this.stopped && Date.now() - gathering < this.durationMs) {
        await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
        const reading = readStats([await sender.getStats()], Date.now());
        intervals.push(intervalBetween(previous, reading));
        previous = reading;
      }
      if (intervals.length === 0) return { result: 'aborted', secondsElapsed: elapsed() };
      const data = summarise(intervals);
      return { result: callQualityVerdict(data), data, secondsElapsed: Math.round((Date.now() - gathering) / 1000) };
    } catch (error) {
      return {
        result: 'failed',
        errorMsg: error instanceof Error ? error.message : 'The connection test could not connect.',
        secondsElapsed: elapsed(),
      };
    } finally {
      sender.close();
      receiver.close();
      source.stop();
    }
  }
}

function summarise(intervals: StatsInterval[]): DailyCallQualityTestStats['data'] {
  const values = (pick: (i: StatsInterval) => number | null) =>
    intervals.map(pick).filter((v): v is number => v !== null);
  const average = (pick: (i: StatsInterval) => number | null) => {
    const known = values(pick);
    return known.length === 0 ? null : known.reduce((sum, v) => sum + v, 0) / known.length;
  };
  const rtts = values((i) => i.roundTripTime);
  return {
    maxRoundTripTime: rtts.length === 0 ? null : Math.max(...rtts),
    avgRoundTripTime: average((i) => i.roundTripTime),
    avgSendPacketLoss: average((i) => i.sendPacketLoss),
    avgAvailableOutgoingBitrate: average((i) => i.availableOutgoingBitrate),
    // The first second is the encoder starting up; Daily's averages lean to the recent data too.
    avgSendBitsPerSecond:
      intervals.length > 1
        ? average((i) => (i === intervals[0] ? null : i.sendBitsPerSecond))
        : average((i) => i.sendBitsPerSecond),
  };
}

/** Chromium's `x-google-start-bitrate` (and a matching minimum) on every video codec line of the SDP. */
function withStartBitrate(sdp: string): string {
  return sdp.replace(
    /^(a=fmtp:\d+ .*)$/gm,
    (line) => `${line};x-google-start-bitrate=${START_BITRATE_KBPS};x-google-min-bitrate=${START_BITRATE_KBPS / 2}`,
  );
}

function connected(connection: RTCPeerConnection): Promise<void> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('The connection test could not connect.')), CONNECT_TIMEOUT_MS);
    const check = () => {
      if (connection.connectionState === 'connected') {
        clearTimeout(timeout);
        resolve();
      } else if (connection.connectionState === 'failed' || connection.connectionState === 'closed') {
        clearTimeout(timeout);
        reject(new Error('The connection test could not connect.'));
      }
    };
    connection.addEventListener('connectionstatechange', check);
    check();
  });
}

/** Moving noise at 640×480, 15 fps: the encoder has real work to do, as with a camera picture. */
function noiseVideo(): { track: MediaStreamTrack; stop(): void } {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(canvas.width, canvas.height);
  const draw = () => {
    for (let i = 0; i < image.data.length; i += 4) {
      const value = (Math.random() * 255) | 0;
      image.data[i] = value;
      image.data[i + 1] = value;
      image.data[i + 2] = value;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  };
  draw();
  const timer = setInterval(draw, 1000 / 15);
  const track = canvas.captureStream(15).getVideoTracks()[0]!;
  return {
    track,
    stop() {
      clearInterval(timer);
      track.stop();
    },
  };
}
