import { formatSummary, summarize } from '../bench/percentiles';

/** What a run did: counts per outcome and the latency of every webhook request. */
export class SimulationStats {
  callsPlanned = 0;
  callsStarted = 0;
  callsCompleted = 0;
  /** Not started: too many calls in flight (--max-inflight). */
  callsSkipped = 0;
  /** Still running when the drain cap was reached: their remaining events were not sent. */
  callsAbandoned = 0;
  eventsSent = 0;
  /** `newCall` answered with `{action: "reject"}` (blocked numbers). */
  rejects = 0;
  readonly statusCounts = new Map<string, number>();
  readonly eventCounts = new Map<string, number>();
  readonly latenciesMs: number[] = [];
  readonly errorSamples: string[] = [];
  startedAt = 0;
  finishedAt = 0;

  recordResponse(
    event: string,
    status: number | 'network-error',
    latencyMs: number,
    rejected: boolean,
    error?: string,
  ): void {
    this.eventsSent += 1;
    const key = String(status);
    this.statusCounts.set(key, (this.statusCounts.get(key) ?? 0) + 1);
    this.eventCounts.set(event, (this.eventCounts.get(event) ?? 0) + 1);
    this.latenciesMs.push(latencyMs);
    if (rejected) this.rejects += 1;
    if (error && this.errorSamples.length < 5) this.errorSamples.push(error);
  }

  /** True when every request got a 2xx answer. */
  onlySuccess(): boolean {
    return [...this.statusCounts.keys()].every((k) => /^2\d\d$/.test(k));
  }

  summaryLines(): string[] {
    const seconds = Math.max(0, (this.finishedAt - this.startedAt) / 1000);
    const statuses =
      [...this.statusCounts.entries()]
        .sort()
        .map(([k, v]) => `${k}=${v}`)
        .join(' ') || 'none';
    const events = [...this.eventCounts.entries()].map(([k, v]) => `${k}=${v}`).join(' ') || 'none';
    const lines = [
      `calls: planned=${this.callsPlanned} started=${this.callsStarted} completed=${this.callsCompleted} skipped=${this.callsSkipped} abandoned=${this.callsAbandoned}`,
      `events sent: ${this.eventsSent} (${events}) in ${seconds.toFixed(1)} s`,
      `http status: ${statuses}`,
      `rejects (blocked callers): ${this.rejects}`,
      formatSummary('webhook latency', summarize(this.latenciesMs)),
    ];
    for (const sample of this.errorSamples) lines.push(`  error: ${sample}`);
    return lines;
  }
}
