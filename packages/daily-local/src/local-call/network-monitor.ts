import type { DailyNetworkStats } from '@daily-co/daily-js';
import { assessNetwork, intervalBetween, readStats, type StatsInterval, type StatsReading } from './network-quality.ts';

/** How often the stand-in reads its connections' stats, and how many intervals it averages (~30 s, as Daily). */
const SAMPLE_MS = 2_000;
const WINDOW = 15;

/**
 * Reads the call's peer connections every two seconds and reports daily-js's `network-quality-change`
 * when the assessment changes (Daily: "fires whenever Daily's assessment of the local participant's
 * network changes"). `getNetworkStats()` answers the latest assessment.
 */
export class NetworkMonitor {
  private timer: ReturnType<typeof setInterval> | undefined;
  private previous: StatsReading | undefined;
  private readonly window: StatsInterval[] = [];
  private current: DailyNetworkStats = assessNetwork([]);

  constructor(
    private readonly connections: () => RTCPeerConnection[],
    private readonly changed: (stats: DailyNetworkStats) => void,
    private readonly sampleMs = SAMPLE_MS,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.sample(), this.sampleMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.previous = undefined;
    this.window.length = 0;
    this.current = assessNetwork([]);
  }

  stats(): DailyNetworkStats {
    return this.current;
  }

  private async sample(): Promise<void> {
    const connections = this.connections().filter((c) => c.connectionState === 'connected');
    if (connections.length === 0) return;
    const reading = readStats(await Promise.all(connections.map((c) => c.getStats())), Date.now());
    if (this.timer === undefined) return;
    const previous = this.previous;
    this.previous = reading;
    if (previous === undefined) return;
    this.window.push(intervalBetween(previous, reading));
    if (this.window.length > WINDOW) this.window.shift();
    const before = this.current.networkState;
    this.current = assessNetwork(this.window);
    if (this.current.networkState !== before) this.changed(this.current);
  }
}
