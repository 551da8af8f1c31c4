import type { DailyNetworkStats, DailyNetworkStatsData, networkStateReasons } from '@daily-co/daily-js';

/**
 * The stand-in's network assessment, read from its real RTCPeerConnections' stats the way daily-js
 * describes its own: packet loss, round-trip time and available outgoing bitrate, averaged over a
 * rolling window (Daily: about 30 s). Daily does not publish the exact cut-offs of `networkState`;
 * these are the ones it documents for `testCallQuality()` (5% / 10% loss, 300 / 600 ms), so the
 * pre-call test and the in-call indicator agree.
 */
const NETWORK_THRESHOLDS = {
  warning: { packetLoss: 0.05, roundTripTime: 0.3 },
  bad: { packetLoss: 0.1, roundTripTime: 0.6 },
} as const;

/** Counters read from one `getStats()` of every connection at one moment. */
export interface StatsReading {
  at: number;
  /** Seconds; the worst current round-trip time of the active candidate pairs. */
  roundTripTime: number | null;
  availableOutgoingBitrate: number | null;
  bytesSent: number;
  bytesReceived: number;
  packetsSent: number;
  /** As reported back by the other side (remote-inbound-rtp). */
  packetsLostBySender: number;
  packetsReceived: number;
  packetsLost: number;
}

/** What happened between two readings. */
export interface StatsInterval {
  at: number;
  roundTripTime: number | null;
  availableOutgoingBitrate: number | null;
  sendBitsPerSecond: number | null;
  recvBitsPerSecond: number | null;
  /** Fractions 0..1, or null when nothing was sent / received in the interval. */
  sendPacketLoss: number | null;
  recvPacketLoss: number | null;
}

/** Sums the stats reports of some peer connections into one reading. */
export function readStats(reports: RTCStatsReport[], at: number): StatsReading {
  const reading: StatsReading = {
    at,
    roundTripTime: null,
    availableOutgoingBitrate: null,
    bytesSent: 0,
    bytesReceived: 0,
    packetsSent: 0,
    packetsLostBySender: 0,
    packetsReceived: 0,
    packetsLost: 0,
  };
  for (const report of reports) {
    report.forEach((stat: Record<string, unknown>) => {
      const number = (key: string) => (typeof stat[key] === 'number' ? stat[key] : undefined);
      switch (stat.type) {
        case 'candidate-pair': {
          if (stat.nominated !== true || stat.state !== 'succeeded') return;
          const rtt = number('currentRoundTripTime');
          if (rtt !== undefined) reading.roundTripTime = Math.max(reading.roundTripTime ?? 0, rtt);
          const available = number('availableOutgoingBitrate');
          if (available !== undefined)
            reading.availableOutgoingBitrate = (reading.availableOutgoingBitrate ?? 0) + available;
          reading.bytesSent += number('bytesSent') ?? 0;
          reading.bytesReceived += number('bytesReceived') ?? 0;
          return;
        }
        case 'outbound-rtp':
          reading.packetsSent += number('packetsSent') ?? 0;
          return;
        case 'remote-inbound-rtp':
          reading.packetsLostBySender += number('packetsLost') ?? 0;
          return;
        case 'inbound-rtp':
          reading.packetsReceived += number('packetsReceived') ?? 0;
          reading.packetsLost += number('packetsLost') ?? 0;
          return;
      }
    });
  }
  return reading;
}

export function intervalBetween(before: StatsReading, after: StatsReading): StatsInterval {
  const seconds = Math.max((after.at - before.at) / 1000, 0.001);
  const delta = (key: keyof StatsReading) => Math.max(0, Number(after[key] ?? 0) - Number(before[key] ?? 0));
  const loss = (lost: number, arrived: number) => (lost + arrived > 0 ? lost / (lost + arrived) : null);
  const sent = delta('packetsSent');
  return {
    at: after.at,
    roundTripTime: after.roundTripTime,
    availableOutgoingBitrate: after.availableOutgoingBitrate,
    sendBitsPerSecond: (delta('bytesSent') * 8) / seconds,
    recvBitsPerSecond: (delta('bytesReceived') * 8) / seconds,
    sendPacketLoss: sent > 0 ? Math.min(1, delta('packetsLostBySender') / sent) : null,
    recvPacketLoss: loss(delta('packetsLost'), delta('packetsReceived')),
  };
}

const average = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((sum, v) => sum + v, 0) / known.length;
};

/** daily-js's `DailyNetworkStats` for a window of intervals (oldest first). */
export function assessNetwork(window: StatsInterval[]): DailyNetworkStats {
  const latest = window.at(-1);
  if (latest === undefined) {
    return { networkState: 'unknown', networkStateReasons: [], stats: {}, threshold: 'good', quality: 100 };
  }
  const sendLoss = average(window.map((i) => i.sendPacketLoss));
  const recvLoss = average(window.map((i) => i.recvPacketLoss));
  const rtt = average(window.map((i) => i.roundTripTime));
  const reasonsAt = (level: 'warning' | 'bad'): networkStateReasons[] => {
    const limit = NETWORK_THRESHOLDS[level];
    const reasons: networkStateReasons[] = [];
    if ((sendLoss ?? 0) >= limit.packetLoss) reasons.push('sendPacketLoss');
    if ((recvLoss ?? 0) >= limit.packetLoss) reasons.push('recvPacketLoss');
    if ((rtt ?? 0) >= limit.roundTripTime) reasons.push('roundTripTime');
    return reasons;
  };
  const bad = reasonsAt('bad');
  const warning = reasonsAt('warning');
  const networkState = bad.length > 0 ? 'bad' : warning.length > 0 ? 'warning' : 'good';
  const worst = (values: (number | null)[]) => Math.max(0, ...values.filter((v): v is number => v !== null));
  const stats: DailyNetworkStatsData = {
    latest: {
      timestamp: latest.at,
      recvBitsPerSecond: latest.recvBitsPerSecond,
      sendBitsPerSecond: latest.sendBitsPerSecond,
      availableOutgoingBitrate: latest.availableOutgoingBitrate,
      networkRoundTripTime: latest.roundTripTime,
      videoRecvBitsPerSecond: null,
      videoSendBitsPerSecond: null,
      audioRecvBitsPerSecond: null,
      audioSendBitsPerSecond: null,
      videoRecvPacketLoss: null,
      videoSendPacketLoss: null,
      audioRecvPacketLoss: null,
      audioSendPacketLoss: null,
      totalSendPacketLoss: latest.sendPacketLoss,
      totalRecvPacketLoss: latest.recvPacketLoss,
      videoRecvJitter: null,
      videoSendJitter: null,
      audioRecvJitter: null,
      audioSendJitter: null,
    },
    worstVideoRecvPacketLoss: worst(window.map((i) => i.recvPacketLoss)),
    worstVideoSendPacketLoss: worst(window.map((i) => i.sendPacketLoss)),
    worstAudioRecvPacketLoss: worst(window.map((i) => i.recvPacketLoss)),
    worstAudioSendPacketLoss: worst(window.map((i) => i.sendPacketLoss)),
    worstVideoRecvJitter: 0,
    worstVideoSendJitter: 0,
    worstAudioRecvJitter: 0,
    worstAudioSendJitter: 0,
    averageNetworkRoundTripTime: rtt ?? 0,
  };
  return {
    networkState,
    networkStateReasons: networkState === 'bad' ? bad : warning,
    stats,
    // The deprecated fields, kept consistent: Daily's old 'low' / 'very-low' are today's warning / bad.
    threshold: networkState === 'bad' ? 'very-low' : networkState === 'warning' ? 'low' : 'good',
    quality: networkState === 'bad' ? 20 : networkState === 'warning' ? 60 : 100,
  };
}
