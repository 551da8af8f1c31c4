import { describe, expect, it } from 'vitest';
import { callQualityVerdict } from '../src/local-call/call-quality-test.ts';
import { assessNetwork, intervalBetween, type StatsReading } from '../src/local-call/network-quality.ts';

const reading = (at: number, overrides: Partial<StatsReading> = {}): StatsReading => ({
  at,
  roundTripTime: 0.02,
  availableOutgoingBitrate: 2_000_000,
  bytesSent: 0,
  bytesReceived: 0,
  packetsSent: 0,
  packetsLostBySender: 0,
  packetsReceived: 0,
  packetsLost: 0,
  ...overrides,
});

/** Two seconds of a call: 100 packets each way, some lost, at a given round trip. */
function interval({ sentLost = 0, recvLost = 0, rtt = 0.02 }) {
  return intervalBetween(
    reading(0),
    reading(2_000, {
      roundTripTime: rtt,
      bytesSent: 250_000,
      bytesReceived: 250_000,
      packetsSent: 100,
      packetsLostBySender: sentLost,
      packetsReceived: 100 - recvLost,
      packetsLost: recvLost,
    }),
  );
}

describe("the stand-in's network assessment (daily-js's networkState from real stats)", () => {
  it('is unknown before any data, as early in a Daily call', () => {
    expect(assessNetwork([])).toMatchObject({ networkState: 'unknown', stats: {} });
  });

  it('is good on a clean connection, and says what made it worse', () => {
    expect(assessNetwork([interval({}), interval({})])).toMatchObject({
      networkState: 'good',
      networkStateReasons: [],
    });
    expect(assessNetwork([interval({ sentLost: 6 })])).toMatchObject({
      networkState: 'warning',
      networkStateReasons: ['sendPacketLoss'],
      threshold: 'low',
    });
    expect(assessNetwork([interval({ recvLost: 12, rtt: 0.7 }), interval({ recvLost: 12, rtt: 0.7 })])).toMatchObject({
      networkState: 'bad',
      networkStateReasons: ['recvPacketLoss', 'roundTripTime'],
      threshold: 'very-low',
    });
  });

  it('averages over its window: one bad moment in a good minute stays good', () => {
    const window = [...Array.from({ length: 14 }, () => interval({})), interval({ sentLost: 40 })];
    expect(assessNetwork(window).networkState).toBe('good');
  });

  it('reads bits per second and loss from counters between two readings', () => {
    expect(interval({ sentLost: 5 })).toMatchObject({ sendBitsPerSecond: 1_000_000, sendPacketLoss: 0.05 });
  });
});

describe("testCallQuality's verdict, by Daily's documented thresholds", () => {
  const data = {
    maxRoundTripTime: 0.05,
    avgRoundTripTime: 0.03,
    avgSendPacketLoss: 0,
    avgAvailableOutgoingBitrate: 2e6,
  };
  it('is good, warning or bad by the worst of loss, round trip and send bitrate', () => {
    expect(callQualityVerdict({ ...data, avgSendBitsPerSecond: 1_500_000 })).toBe('good');
    expect(callQualityVerdict({ ...data, avgSendBitsPerSecond: 900_000 })).toBe('warning');
    expect(callQualityVerdict({ ...data, avgSendBitsPerSecond: 1_500_000, maxRoundTripTime: 0.4 })).toBe('warning');
    expect(callQualityVerdict({ ...data, avgSendBitsPerSecond: 1_500_000, avgSendPacketLoss: 0.12 })).toBe('bad');
    expect(callQualityVerdict({ ...data, avgSendBitsPerSecond: 500_000 })).toBe('bad');
  });
});
