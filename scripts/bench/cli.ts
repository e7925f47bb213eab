import { parseArgs } from 'node:util';
import { runScreenPop } from './screen-pop';

const HELP = `Usage: npm run bench -- screen-pop [options]

Starts the real server in this process on a fresh store, logs in --agents agents and connects a
socket for each, then sends --calls newCall webhooks (form-encoded, a known caller in a varied
number format, ringing one random agent's extension) and measures, per call, the time from just
before the HTTP request to the 'call.ringing' pop arriving on that agent's socket.

The floor is measured in the same run, on the same store, in the same process: a bare express +
socket.io server that parses the same request, commits one row (table bench_floor) and emits a
pop of the same shape and size (captured from the real server) to the same agent, over a second
socket per agent. Real and floor calls alternate one by one. Warm-up calls are not counted; each
real call is hung up after its pop, outside the measurement.

Options:
  --agents <n>        connected agents (default 200)
  --calls <n>         measured calls, to the server and to the floor each (default 500)
  --store <kind>      pglite (default, in memory) or postgres (needs DATABASE_URL on loopback;
                      a throw-away database is created and dropped)
  --concurrency <n>   calls in flight at once (default 1: strictly sequential)
  --warmup <n>        warm-up calls to each, not counted (default 50)
  --customers <n>     customers with phone numbers (default 100)
  --seed <n>          PRNG seed for agents and numbers (default 1)
  -h, --help          this help

The last line reads: screen-pop p50=<ms> p95=<ms> p99=<ms> floor_p99=<ms> ratio=<x>
Target: p99 below 10 ms on loopback and within 3x of the floor (reported, never an exit code).
`;

class UsageError extends Error {}

function int(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`--${name}: expected an integer from ${min} to ${max}, got "${text}"`);
  return Number(text);
}

async function main(): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      strict: true,
      options: {
        agents: { type: 'string', default: '200' },
        calls: { type: 'string', default: '500' },
        store: { type: 'string', default: 'pglite' },
        concurrency: { type: 'string', default: '1' },
        warmup: { type: 'string', default: '50' },
        customers: { type: 'string', default: '100' },
        seed: { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const [command, ...extra] = positionals;
    if (command !== 'screen-pop')
      throw new UsageError(
        command ? `unknown benchmark "${command}" (available: screen-pop)` : 'missing benchmark name: screen-pop',
      );
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (values.store !== 'pglite' && values.store !== 'postgres')
      throw new UsageError(`--store: pglite or postgres, got "${values.store}"`);
    if (values.store === 'postgres' && !process.env.DATABASE_URL)
      throw new UsageError(
        '--store postgres needs DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres',
      );
    const options = {
      agents: int('agents', values.agents, 1, 2000),
      calls: int('calls', values.calls, 1, 100_000),
      concurrency: int('concurrency', values.concurrency, 1, 16),
      warmup: int('warmup', values.warmup, 0, 10_000),
      customers: int('customers', values.customers, 1, 10_000),
      seed: int('seed', values.seed, 0, 2 ** 31),
      store: values.store,
    } as const;
    process.stdout.write(
      `bench screen-pop: agents=${options.agents} calls=${options.calls} store=${options.store} concurrency=${options.concurrency} warmup=${options.warmup} (node ${process.version})\n`,
    );
    const result = await runScreenPop({
      ...options,
      databaseUrl: process.env.DATABASE_URL,
      log: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`${result.lines.join('\n')}\n${result.lastLine}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`bench: ${(err as Error).message}\nRun "npm run bench -- --help" for usage.\n`);
      return 2;
    }
    throw err;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
