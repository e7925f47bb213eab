import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const HELP = `Usage: npm run simulate -- calls --rate <n>/s --duration <s> [options]

Sends realistic generic-CTI webhook traffic (POST <url>/api/cti/<token>, form-encoded like
sipgate/Zammad) to a RUNNING omnidesk server on this machine: known callers (the demo's showcase
customers in varied number formats, plus --numbers-file), unknown, withheld and invalid callers;
each call rings 1-2 agent extensions, is maybe answered, sometimes held and transferred, and hung
up (normalClearing, or cancel/noAnswer when nobody answered: a missed call).

Options:
  --rate <n>/s           calls started per second (also <n>/min, or a plain number per second)
  --duration <s>         seconds during which calls are started (also 90s, 2m); the run then
                         waits for calls in progress (at most --drain seconds) and exits
  --url <url>            server base URL (default http://127.0.0.1:3000); loopback only:
                         127.0.0.1, localhost or [::1]
  --token <token>        the PBX's CTI webhook token (default: env CTI_TOKEN). Start the server
                         with CTI_TOKEN=<16+ chars> to register one, use the token the demo seed
                         prints at first start, or create a PBX in the admin screen.
  --extensions <list>    agent extensions to ring, comma-separated (default 1001,...,1009)
  --numbers-file <path>  extra known caller numbers, one per line, sent as written
  --seed <n>             PRNG seed (default: random, printed) for a reproducible scenario
  --format form|json     webhook encoding (default form)
  --max-inflight <n>     calls in progress at most; calls due beyond it are skipped (default 500)
  --drain <s>            wait at most this long after the last start (default: --duration + 10)
  -h, --help             this help
`;

export interface SimulateArgs {
  command: 'calls';
  ratePerSecond: number;
  durationSeconds: number;
  url: string;
  token: string;
  extensions: string[];
  numbersFile: string | null;
  seed: number;
  format: 'form' | 'json';
  maxInFlight: number;
  drainSeconds: number;
}

export type ParsedCommand = { help: true } | { help: false; args: SimulateArgs };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
export const DEFAULT_EXTENSIONS = Array.from({ length: 9 }, (_, i) => String(1001 + i));

export function parseRate(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(s|sec|second|m|min|minute))?\s*$/i.exec(text);
  if (!m) throw new UsageError(`--rate: expected <n>/s, <n>/min or a number, got "${text}"`);
  const value = Number(m[1]) / (m[2] && /^m/i.test(m[2]) ? 60 : 1);
  if (!(value > 0) || value > 1000) throw new UsageError(`--rate: must be above 0 and at most 1000/s, got "${text}"`);
  return value;
}

export function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m)?\s*$/i.exec(text);
  if (!m) throw new UsageError(`--duration: expected seconds (e.g. 30, 30s or 2m), got "${text}"`);
  const value = Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 60 : 1);
  if (!(value > 0) || value > 3600)
    throw new UsageError(`--duration: must be above 0 and at most 3600 s, got "${text}"`);
  return value;
}

/** Only this machine: the simulator is for demos and benchmarks, never someone else's server. */
export function checkLoopbackUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--url: not a URL: "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--url: use http:// or https://, got "${url.protocol}"`);
  if (!LOOPBACK_HOSTS.has(url.hostname.toLowerCase())) {
    throw new UsageError(
      `--url: refusing to send traffic to "${url.hostname}": only loopback targets are allowed (127.0.0.1, localhost, [::1])`,
    );
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function positiveInt(name: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new UsageError(`--${name}: expected an integer from 1 to ${max}, got "${text}"`);
  return Number(text);
}

/** node's parser, its errors turned into usage errors. */
function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        rate: { type: 'string' },
        duration: { type: 'string' },
        url: { type: 'string', default: 'http://127.0.0.1:3000' },
        token: { type: 'string' },
        extensions: { type: 'string' },
        'numbers-file': { type: 'string' },
        seed: { type: 'string' },
        format: { type: 'string', default: 'form' },
        'max-inflight': { type: 'string', default: '500' },
        drain: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function parseSimulateArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): ParsedCommand {
  const { values, positionals } = parseOptions(argv);
  if (values.help) return { help: true };
  const [command, ...extra] = positionals;
  if (command !== 'calls')
    throw new UsageError(command ? `unknown command "${command}" (the only one is "calls")` : 'missing command: calls');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (values.rate === undefined) throw new UsageError('--rate is required, e.g. --rate 5/s');
  if (values.duration === undefined) throw new UsageError('--duration is required, e.g. --duration 30');
  const ratePerSecond = parseRate(values.rate);
  const durationSeconds = parseDuration(values.duration);
  const url = checkLoopbackUrl(values.url);
  const token = values.token ?? env.CTI_TOKEN;
  if (!token) throw new UsageError('no CTI token: pass --token <token> or set CTI_TOKEN (see --help)');
  if (!/^[A-Za-z0-9._~-]{1,200}$/.test(token))
    throw new UsageError('--token: letters, digits and . _ ~ - only, at most 200 characters');
  const extensions =
    values.extensions === undefined
      ? DEFAULT_EXTENSIONS
      : values.extensions
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean);
  if (extensions.length === 0) throw new UsageError('--extensions: give at least one extension, e.g. 1001,1002');
  const tooLong = extensions.find((e) => e.length > 128);
  if (tooLong) throw new UsageError(`--extensions: "${tooLong.slice(0, 20)}…" is longer than 128 characters`);
  let seed: number;
  if (values.seed === undefined) seed = Math.floor(Math.random() * 2 ** 31);
  else if (/^\d{1,10}$/.test(values.seed) && Number(values.seed) < 2 ** 32) seed = Number(values.seed);
  else throw new UsageError(`--seed: expected an integer from 0 to 4294967295, got "${values.seed}"`);
  if (values.format !== 'form' && values.format !== 'json')
    throw new UsageError(`--format: form or json, got "${values.format}"`);
  const maxInFlight = positiveInt('max-inflight', values['max-inflight'], 100_000);
  const drainSeconds = values.drain === undefined ? durationSeconds + 10 : parseDuration(values.drain);
  return {
    help: false,
    args: {
      command: 'calls',
      ratePerSecond,
      durationSeconds,
      url,
      token,
      extensions,
      numbersFile: values['numbers-file'] ?? null,
      seed,
      format: values.format,
      maxInFlight,
      drainSeconds,
    },
  };
}
