import { performance } from 'node:perf_hooks';
import type { CallScript, CtiBody } from './scenario';
import { SimulationStats } from './stats';

export interface SenderOptions {
  /** Base URL of a running server, e.g. http://127.0.0.1:3000 (loopback only, checked by the CLI). */
  url: string;
  token: string;
  /** `form` (application/x-www-form-urlencoded, `user[]=1001`, like sipgate/Zammad) or `json`. */
  format: 'form' | 'json';
  /** At most this many calls in progress; a call due while the limit is reached is skipped. */
  maxInFlight: number;
  /** After the last call has started, wait at most this long for calls in progress. */
  drainCapMs: number;
  /** Per-request timeout. */
  requestTimeoutMs?: number;
  onProgress?: (stats: SimulationStats) => void;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** The webhook body on the wire; `timestamp` is the moment of sending, in ISO 8601. */
export function encodeBody(
  body: CtiBody,
  format: 'form' | 'json',
  timestamp: string,
): { contentType: string; payload: string } {
  const full = { ...body, timestamp };
  if (format === 'json') return { contentType: 'application/json', payload: JSON.stringify(full) };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(full)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) params.append(`${key}[]`, v);
    else params.append(key, String(value));
  }
  return { contentType: 'application/x-www-form-urlencoded', payload: params.toString() };
}

async function sendEvent(
  options: SenderOptions,
  endpoint: string,
  body: CtiBody,
  stats: SimulationStats,
): Promise<{ ok: boolean; rejected: boolean }> {
  const { contentType, payload } = encodeBody(body, options.format, new Date().toISOString());
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: payload,
      signal: AbortSignal.timeout(options.requestTimeoutMs ?? 10_000),
    });
    const text = await response.text();
    const latency = performance.now() - started;
    const rejected = response.ok && text.includes('"reject"');
    const error = response.ok ? undefined : `${body.event} ${body.callId}: ${response.status} ${text.slice(0, 200)}`;
    stats.recordResponse(body.event, response.status, latency, rejected, error);
    return { ok: response.ok, rejected };
  } catch (err) {
    stats.recordResponse(
      body.event,
      'network-error',
      performance.now() - started,
      false,
      `${body.event} ${body.callId}: ${(err as Error).message}`,
    );
    return { ok: false, rejected: false };
  }
}

/** One call's events in order, each at its scripted delay (or right after the previous answer if late). */
async function runCall(
  options: SenderOptions,
  endpoint: string,
  script: CallScript,
  stats: SimulationStats,
  stop: AbortSignal,
): Promise<void> {
  const start = performance.now();
  for (const scripted of script.events) {
    await sleep(start + scripted.atMs - performance.now(), stop);
    if (stop.aborted) {
      stats.callsAbandoned += 1;
      return;
    }
    const { rejected } = await sendEvent(options, endpoint, scripted.body, stats);
    // A blocked caller is refused at newCall: the PBX plays busy, there is nothing more to send.
    if (rejected && scripted.body.event === 'newCall') break;
  }
  stats.callsCompleted += 1;
}

/**
 * Starts each call at its `startMs` (a schedule relative to the run's start: a late tick starts
 * every call already due, so the average rate holds), then waits for calls in progress, at most
 * `drainCapMs` after the last start.
 */
export async function runSimulation(
  scripts: readonly CallScript[],
  options: SenderOptions,
  stats = new SimulationStats(),
): Promise<SimulationStats> {
  const endpoint = `${options.url.replace(/\/+$/, '')}/api/cti/${encodeURIComponent(options.token)}`;
  const stop = new AbortController();
  const inFlight = new Set<Promise<void>>();
  stats.callsPlanned += scripts.length;
  stats.startedAt = performance.now();
  const progress = options.onProgress ? setInterval(() => options.onProgress!(stats), 5000) : null;
  try {
    for (const script of scripts) {
      await sleep(stats.startedAt + script.startMs - performance.now());
      if (inFlight.size >= options.maxInFlight) {
        stats.callsSkipped += 1;
        continue;
      }
      stats.callsStarted += 1;
      const running: Promise<void> = runCall(options, endpoint, script, stats, stop.signal).finally(() =>
        inFlight.delete(running),
      );
      inFlight.add(running);
    }
    const drained = Promise.all(inFlight).then(() => true);
    const capped = sleep(options.drainCapMs, stop.signal).then(() => false);
    if (!(await Promise.race([drained, capped]))) {
      stop.abort();
      await Promise.all(inFlight);
    }
    stop.abort(); // releases the drain timer when the calls finished first
  } finally {
    if (progress) clearInterval(progress);
    stats.finishedAt = performance.now();
  }
  return stats;
}
