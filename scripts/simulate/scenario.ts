import { SeededRandom } from '@shared/utils/seeded-random';
import { INVALID_NUMBERS, SHOWCASE_NUMBERS, WITHHELD_NUMBERS, formatRandomly, randomNumber } from './numbers';

/**
 * Pure, seeded generation of the calls a run will place: who calls, for which agents, and the
 * script each call follows (newCall, maybe answer, hold/unhold, transfer, then hangup), with the
 * delay of every event from the call's start. The sender adds the `timestamp` when it sends.
 */

/** One generic-CTI webhook body (shared/schemas/cti.ts), without `timestamp`. */
export interface CtiBody {
  event: 'newCall' | 'answer' | 'hangup' | 'hold' | 'unhold' | 'transfer';
  callId: string;
  from?: string;
  to?: string;
  direction?: 'in' | 'out';
  user?: string[];
  queue?: string;
  answeringNumber?: string;
  cause?: 'normalClearing' | 'cancel' | 'noAnswer';
  transferTo?: string;
  transferType?: 'blind' | 'consult';
}

export interface ScriptedEvent {
  /** Milliseconds after the call's newCall. */
  atMs: number;
  body: CtiBody;
}

export type CallerKind = 'known' | 'unknown' | 'withheld' | 'invalid';

export interface CallScript {
  index: number;
  callId: string;
  /** Milliseconds after the run's start. */
  startMs: number;
  caller: CallerKind;
  answered: boolean;
  events: ScriptedEvent[];
}

export interface ScenarioOptions {
  seed: number;
  /** Prefix of every callId, unique per run. */
  runId: string;
  /** Calls started per second. */
  ratePerSecond: number;
  durationSeconds: number;
  extensions: readonly string[];
  /** Extra known callers (e.g. from --numbers-file), sent exactly as written. */
  knownNumbers?: readonly string[];
}

/** The centre's lines (the number dialled) and its queues, as in the demo data. */
export const CENTRE_LINES = ['+33 1 84 88 00 00', '01 84 88 00 01', '+32 2 808 00 00'] as const;
export const QUEUES = ['Accueil', 'Facturation', 'Support technique N2', 'Réclamations'] as const;

/** The mix of a working day. */
const MIX = { known: 0.35, unknown: 0.45, withheld: 0.12, invalid: 0.08 };
const P_ANSWERED = 0.7;
const P_HOLD = 0.25;
const P_TRANSFER = 0.15;
const P_BLIND = 0.6;
/** Events of one call are never closer than this, so each gets its own timestamp. */
const MIN_GAP_MS = 5;

export function callCount(options: Pick<ScenarioOptions, 'ratePerSecond' | 'durationSeconds'>): number {
  return Math.max(1, Math.floor(options.ratePerSecond * options.durationSeconds));
}

function pickCaller(rng: SeededRandom, known: () => string): { kind: CallerKind; from: string } {
  const r = rng.next();
  if (r < MIX.known) return { kind: 'known', from: known() };
  if (r < MIX.known + MIX.unknown) return { kind: 'unknown', from: formatRandomly(rng, randomNumber(rng)) };
  if (r < MIX.known + MIX.unknown + MIX.withheld) return { kind: 'withheld', from: rng.pick(WITHHELD_NUMBERS) };
  return { kind: 'invalid', from: rng.pick(INVALID_NUMBERS) };
}

/**
 * Delays scale with the run: a call lasts at most ~70 % of --duration (capped at two minutes of
 * scale), so calls started near the end still finish soon after it.
 */
function delays(rng: SeededRandom, durationSeconds: number) {
  const scale = Math.min(durationSeconds, 120) * 1000;
  const span = (lo: number, hi: number) => Math.max(MIN_GAP_MS, Math.round(rng.uniform(lo, hi) * scale));
  return {
    ring: () => span(0.02, 0.12),
    giveUp: () => span(0.03, 0.2),
    talk: () => span(0.05, 0.2),
    hold: () => span(0.02, 0.08),
  };
}

/** A known caller: a showcase customer in a random format, or one of --numbers-file as written. */
function knownCaller(rng: SeededRandom, extra: readonly string[]): string {
  const i = rng.int(0, SHOWCASE_NUMBERS.length + extra.length - 1);
  return i < SHOWCASE_NUMBERS.length ? formatRandomly(rng, SHOWCASE_NUMBERS[i]!) : extra[i - SHOWCASE_NUMBERS.length]!;
}

export function generateCall(rng: SeededRandom, index: number, options: ScenarioOptions): CallScript {
  const { extensions } = options;
  const callId = `${options.runId}-${index}`;
  const d = delays(rng, options.durationSeconds);
  const caller = pickCaller(rng, () => knownCaller(rng, options.knownNumbers ?? []));
  const ringing = rng.sample(extensions, rng.chance(0.3) ? 2 : 1);
  const events: ScriptedEvent[] = [];
  let t = 0;
  const push = (gap: number, body: Omit<CtiBody, 'callId'>) => {
    t += events.length === 0 ? 0 : Math.max(MIN_GAP_MS, gap);
    events.push({ atMs: t, body: { ...body, callId } as CtiBody });
  };

  push(0, {
    event: 'newCall',
    direction: 'in',
    from: caller.from,
    to: rng.pick(CENTRE_LINES),
    queue: rng.pick(QUEUES),
    user: ringing,
  });
  const answered = rng.chance(P_ANSWERED);
  if (!answered) {
    push(d.giveUp(), { event: 'hangup', cause: rng.chance(0.6) ? 'cancel' : 'noAnswer' });
  } else {
    let agent = rng.pick(ringing);
    push(d.ring(), { event: 'answer', answeringNumber: agent, user: [agent] });
    if (rng.chance(P_HOLD)) {
      push(d.talk() / 2, { event: 'hold' });
      push(d.hold(), { event: 'unhold' });
    }
    const others = extensions.filter((e) => e !== agent);
    if (others.length > 0 && rng.chance(P_TRANSFER)) {
      const target = rng.pick(others);
      push(d.talk() / 2, {
        event: 'transfer',
        transferTo: target,
        transferType: rng.chance(P_BLIND) ? 'blind' : 'consult',
      });
      push(d.ring(), { event: 'answer', answeringNumber: target, user: [target] });
      agent = target;
    }
    push(d.talk(), { event: 'hangup', cause: 'normalClearing' });
  }
  return {
    index,
    callId,
    startMs: Math.round((index * 1000) / options.ratePerSecond),
    caller: caller.kind,
    answered,
    events,
  };
}

/** Every call of the run, in start order. Same options, same calls. */
export function generateScenario(options: ScenarioOptions): CallScript[] {
  if (options.extensions.length === 0) throw new Error('at least one extension is needed');
  const rng = new SeededRandom(options.seed);
  return Array.from({ length: callCount(options) }, (_, index) => generateCall(rng, index, options));
}
